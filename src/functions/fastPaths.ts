/**
 * The loops of a function's own, kept where `npm run bench` shows that the
 * runner's shared column loop is over 2x the bare loop and this one is not
 * (bench/NOTES.md has the figures). Each takes the rows of whole columns from
 * `from` on while a row is plain numbers that the core takes as they are, and
 * returns the first row it did not take (params.ts, FastRows): the runner reads
 * that row the general way and hands the rest back. So these loops hold no error
 * handling and no maths: they call the core's accumulator, as the body does.
 *
 * What they save is the shared loop's per-row costs: the body's call through a
 * spec (V8 cannot inline a call that sees every function's body), the `values`
 * array, and the test of every argument's kind.
 */
import { CssWeights, weightedCss } from "../core/css";
import type { Language } from "../core/language";
import { RATING_BANDS, RatingScheme, bandIndex, bandLabels } from "../core/rating";
import { RatioSpec, growth, ratio, roa } from "../core/ratios";
import { plainClampedScore, requiredActual, scoresPlainly } from "../core/scoring";
import type { CsiSum, NpsTally } from "../core/survey";
import type { WeightedSum } from "../core/weighted";
import type { Matrix } from "./cells";
import { Columns, present } from "./params";

/**
 * Argument `k` as rows to read at `r & maskOf(plan, k)`: its column, or one row
 * holding the constant that stands for every row (a single number, an omitted
 * argument's default). One way to read both, so a loop holds no
 * `column === undefined ? constant : cell` choice per cell: in V8 (Node 20) a
 * value that is either a cell loaded in the loop or a number from outside it
 * (that constant, or a NaN marking a bad cell) is boxed, one heap number per
 * cell read, which a loop over a million rows pays in scavenges (bench/NOTES.md).
 */
function rowsOf(plan: Columns, k: number): readonly unknown[] {
  return plan.columns[k] ?? [[plan.constants[k]]];
}

/** -1 for a column (row `r` is its own), 0 for a constant (row 0 stands for every row). */
function maskOf(plan: Columns, k: number): number {
  return plan.columns[k] === undefined ? 0 : -1;
}

/**
 * Whether a row of an argument (`rows[r & mask]`) is one number: any number
 * (callers reject non-finite ones with `x - x !== 0`, true for NaN and
 * ±Infinity only). Each loop reads a row once into a local, checks it with this
 * and takes `row[0]`: reading the row through a helper for the check and again
 * for the number cost BSC_SCORE a fifth of its time (2.57 against 2.05 ms for
 * 100,000 rows; bench/NOTES.md).
 */
function isNumberRow(row: unknown): row is readonly [number] {
  return Array.isArray(row) && row.length === 1 && typeof row[0] === "number";
}

/**
 * An optional argument's value that stops the loop: a non-finite number in a
 * column. A constant NaN is the omitted argument (ABSENT), which the loop takes.
 */
const stops = (mask: number, x: number): boolean => mask !== 0 && x - x !== 0;

// ---- element-wise: each writes `out[r] = [number]` for the rows it takes ----

/** KPI_SCORE: the core's clamped score line. */
export function kpiScoreRows(plan: Columns, out: Matrix, from: number): number {
  const a = rowsOf(plan, 0);
  const l = rowsOf(plan, 1);
  const h = rowsOf(plan, 2);
  const f = rowsOf(plan, 3);
  const c = rowsOf(plan, 4);
  const ma = maskOf(plan, 0);
  const ml = maskOf(plan, 1);
  const mh = maskOf(plan, 2);
  const mf = maskOf(plan, 3);
  const mc = maskOf(plan, 4);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const aRow = a[r & ma];
    const lRow = l[r & ml];
    const hRow = h[r & mh];
    const fRow = f[r & mf];
    const cRow = c[r & mc];
    if (
      !isNumberRow(aRow) ||
      !isNumberRow(lRow) ||
      !isNumberRow(hRow) ||
      !isNumberRow(fRow) ||
      !isNumberRow(cRow)
    )
      return r;
    const x = aRow[0];
    const lo = lRow[0];
    const hi = hRow[0];
    const floor = fRow[0];
    const cap = cRow[0];
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0 || stops(mf, floor) || stops(mc, cap))
      return r;
    if (!scoresPlainly(x, lo, hi, floor, cap)) return r;
    out[r] = [plainClampedScore(x, lo, hi, floor, cap)];
  }
  return rows;
}

/** REQUIRED_ACTUAL: the core's inverse of the score line. */
export function requiredActualRows(plan: Columns, out: Matrix, from: number): number {
  const t = rowsOf(plan, 0);
  const l = rowsOf(plan, 1);
  const h = rowsOf(plan, 2);
  const mt = maskOf(plan, 0);
  const ml = maskOf(plan, 1);
  const mh = maskOf(plan, 2);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const tRow = t[r & mt];
    const lRow = l[r & ml];
    const hRow = h[r & mh];
    if (!isNumberRow(tRow) || !isNumberRow(lRow) || !isNumberRow(hRow)) return r;
    const target = tRow[0];
    const lo = lRow[0];
    const hi = hRow[0];
    if (target - target !== 0 || lo - lo !== 0 || hi - hi !== 0) return r;
    const actual = requiredActual(target, lo, hi);
    if (typeof actual !== "number") return r;
    out[r] = [actual];
  }
  return rows;
}

/** GROWTH by the core's rule (a zero previous value is the runner's to report). */
export function growthRows(plan: Columns, out: Matrix, from: number): number {
  const c = rowsOf(plan, 0);
  const p = rowsOf(plan, 1);
  const mc = maskOf(plan, 0);
  const mp = maskOf(plan, 1);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const cRow = c[r & mc];
    const pRow = p[r & mp];
    if (!isNumberRow(cRow) || !isNumberRow(pRow)) return r;
    const current = cRow[0];
    const previous = pRow[0];
    if (current - current !== 0 || previous - previous !== 0) return r;
    const g = growth(current, previous);
    if (typeof g !== "number") return r;
    out[r] = [g];
  }
  return rows;
}

/** A numerator/denominator ratio of the library (ROE ... PRODUCTIVITY) by the core's rules. */
export function ratioRows(plan: Columns, out: Matrix, from: number, spec: RatioSpec): number {
  const u = rowsOf(plan, 0);
  const d = rowsOf(plan, 1);
  const mu = maskOf(plan, 0);
  const md = maskOf(plan, 1);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const uRow = u[r & mu];
    const dRow = d[r & md];
    if (!isNumberRow(uRow) || !isNumberRow(dRow)) return r;
    const x = uRow[0];
    const y = dRow[0];
    if (x - x !== 0 || y - y !== 0) return r;
    const q = ratio(spec, x, y);
    if (typeof q !== "number") return r;
    out[r] = [q];
  }
  return rows;
}

/** ROA, on closing assets or on the average of opening and closing ones. */
export function roaRows(plan: Columns, out: Matrix, from: number): number {
  const u = rowsOf(plan, 0);
  const d = rowsOf(plan, 1);
  const o = rowsOf(plan, 2);
  const mu = maskOf(plan, 0);
  const md = maskOf(plan, 1);
  const mo = maskOf(plan, 2);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const uRow = u[r & mu];
    const dRow = d[r & md];
    const oRow = o[r & mo];
    if (!isNumberRow(uRow) || !isNumberRow(dRow) || !isNumberRow(oRow)) return r;
    const x = uRow[0];
    const y = dRow[0];
    const opening = oRow[0];
    if (x - x !== 0 || y - y !== 0 || stops(mo, opening)) return r;
    const q = roa(x, y, present(opening));
    if (typeof q !== "number") return r;
    out[r] = [q];
  }
  return rows;
}

/** CSS_TOTAL with its weights, checked once per call. */
export function cssRows(
  plan: Columns,
  out: Matrix,
  from: number,
  settings: { readonly weights: CssWeights }
): number {
  const k = rowsOf(plan, 0);
  const a = rowsOf(plan, 1);
  const d = rowsOf(plan, 2);
  const mk = maskOf(plan, 0);
  const ma = maskOf(plan, 1);
  const md = maskOf(plan, 2);
  const weights = settings.weights;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const kRow = k[r & mk];
    const aRow = a[r & ma];
    const dRow = d[r & md];
    if (!isNumberRow(kRow) || !isNumberRow(aRow) || !isNumberRow(dRow)) return r;
    const x = kRow[0];
    const y = aRow[0];
    const z = dRow[0];
    if (x - x !== 0 || y - y !== 0 || z - z !== 0) return r;
    const total = weightedCss(x, y, z, weights);
    if (typeof total !== "number") return r;
    out[r] = [total];
  }
  return rows;
}

/**
 * RATING: each score's band label by the core's rule (rounded, then the first
 * band it reaches), the scheme's bands and labels looked up once per call.
 */
export function ratingRows(
  plan: Columns,
  out: Matrix,
  from: number,
  settings: {
    readonly scheme: { readonly scheme: RatingScheme; readonly scale: number };
    readonly language: Language;
  }
): number {
  const s = rowsOf(plan, 0);
  const ms = maskOf(plan, 0);
  const { scheme, scale } = settings.scheme;
  const bands = RATING_BANDS[scheme];
  const labels = bandLabels(scheme, settings.language);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const sRow = s[r & ms];
    if (!isNumberRow(sRow)) return r;
    const x = sRow[0];
    if (x - x !== 0) return r;
    out[r] = [labels[bandIndex(bands, x * scale)]];
  }
  return rows;
}

// ---- aggregates: each adds the rows it takes to the accumulator ----

/** BSC_SCORE: each KPI row into the core's WeightedSum. Stops at a row of zeros: the runner skips it. */
export function kpiRows(plan: Columns, sum: WeightedSum, from: number): number {
  const a = rowsOf(plan, 0);
  const l = rowsOf(plan, 1);
  const h = rowsOf(plan, 2);
  const k = rowsOf(plan, 3);
  const p = rowsOf(plan, 4);
  const ma = maskOf(plan, 0);
  const ml = maskOf(plan, 1);
  const mh = maskOf(plan, 2);
  const mk = maskOf(plan, 3);
  const mp = maskOf(plan, 4);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const aRow = a[r & ma];
    const lRow = l[r & ml];
    const hRow = h[r & mh];
    const kRow = k[r & mk];
    const pRow = p[r & mp];
    if (
      !isNumberRow(aRow) ||
      !isNumberRow(lRow) ||
      !isNumberRow(hRow) ||
      !isNumberRow(kRow) ||
      !isNumberRow(pRow)
    )
      return r;
    const x = aRow[0];
    const lo = lRow[0];
    const hi = hRow[0];
    const kw = kRow[0];
    const pw = pRow[0];
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0 || kw - kw !== 0 || pw - pw !== 0) return r;
    if ((x === 0 && lo === 0 && hi === 0) || !sum.addPlain(x, lo, hi, kw, pw)) return r;
  }
  return rows;
}

/** NPS: each answer into the core's NpsTally. */
export function npsAnswers(plan: Columns, tally: NpsTally, from: number): number {
  const column = plan.columns[0];
  if (column === undefined) return from;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const row = column[r];
    if (!isNumberRow(row)) return r;
    const x = row[0];
    if (x - x !== 0 || !tally.addPlain(x)) return r;
  }
  return rows;
}

/** CSI: each satisfaction/importance pair into the core's CsiSum. */
export function csiPairs(plan: Columns, sum: CsiSum, from: number): number {
  const s = rowsOf(plan, 0);
  const i = rowsOf(plan, 1);
  const ms = maskOf(plan, 0);
  const mi = maskOf(plan, 1);
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const sRow = s[r & ms];
    const iRow = i[r & mi];
    if (!isNumberRow(sRow) || !isNumberRow(iRow)) return r;
    const satisfaction = sRow[0];
    const importance = iRow[0];
    if (satisfaction - satisfaction !== 0 || importance - importance !== 0) return r;
    if (!sum.addPlain(satisfaction, importance)) return r;
  }
  return rows;
}
