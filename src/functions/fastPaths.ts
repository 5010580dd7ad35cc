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
import { RatioSpec, growth, ratio, roa } from "../core/ratios";
import { clampedKpiScore, requiredActual } from "../core/scoring";
import type { CsiSum, NpsTally } from "../core/survey";
import type { WeightedSum } from "../core/weighted";
import type { Matrix } from "./cells";
import { Columns, present } from "./params";

/**
 * The number in row `r` of a column of one-cell rows, or NaN when that row is
 * not one number. Callers reject non-finite results with `x - x !== 0` (true for
 * NaN and ±Infinity only). NaN rather than undefined: a number-only result stays
 * an unboxed double in optimised code.
 */
function numberAt(column: readonly unknown[], r: number): number {
  const row: unknown = column[r];
  if (!Array.isArray(row) || row.length !== 1) return NaN;
  const x: unknown = row[0];
  return typeof x === "number" ? x : NaN;
}

/**
 * An optional argument's number in row `r`: NaN for a blank cell or an omitted
 * argument alike, so callers tell them apart: a column's NaN stops the loop
 * (the runner reads the blank), a constant NaN is the omitted argument (ABSENT).
 */
const stops = (column: readonly unknown[] | undefined, x: number): boolean =>
  column !== undefined && x - x !== 0;

// ---- element-wise: each writes `out[r] = [number]` for the rows it takes ----

/** KPI_SCORE: the core's clamped score line. */
export function kpiScoreRows(plan: Columns, out: Matrix, from: number): number {
  const [a, l, h, f, c] = plan.columns;
  const [a0, l0, h0, f0, c0] = plan.constants;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const x = a === undefined ? a0 : numberAt(a, r);
    const lo = l === undefined ? l0 : numberAt(l, r);
    const hi = h === undefined ? h0 : numberAt(h, r);
    const floor = f === undefined ? f0 : numberAt(f, r);
    const cap = c === undefined ? c0 : numberAt(c, r);
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0 || stops(f, floor) || stops(c, cap)) return r;
    const score = clampedKpiScore(x, lo, hi, present(floor), present(cap));
    if (typeof score !== "number") return r;
    out[r] = [score];
  }
  return rows;
}

/** REQUIRED_ACTUAL: the core's inverse of the score line. */
export function requiredActualRows(plan: Columns, out: Matrix, from: number): number {
  const [t, l, h] = plan.columns;
  const [t0, l0, h0] = plan.constants;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const target = t === undefined ? t0 : numberAt(t, r);
    const lo = l === undefined ? l0 : numberAt(l, r);
    const hi = h === undefined ? h0 : numberAt(h, r);
    if (target - target !== 0 || lo - lo !== 0 || hi - hi !== 0) return r;
    const actual = requiredActual(target, lo, hi);
    if (typeof actual !== "number") return r;
    out[r] = [actual];
  }
  return rows;
}

/** GROWTH by the core's rule (a zero previous value is the runner's to report). */
export function growthRows(plan: Columns, out: Matrix, from: number): number {
  const [c, p] = plan.columns;
  const [c0, p0] = plan.constants;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const current = c === undefined ? c0 : numberAt(c, r);
    const previous = p === undefined ? p0 : numberAt(p, r);
    if (current - current !== 0 || previous - previous !== 0) return r;
    const g = growth(current, previous);
    if (typeof g !== "number") return r;
    out[r] = [g];
  }
  return rows;
}

/** A numerator/denominator ratio of the library (ROE ... PRODUCTIVITY) by the core's rules. */
export function ratioRows(plan: Columns, out: Matrix, from: number, spec: RatioSpec): number {
  const [u, d] = plan.columns;
  const [u0, d0] = plan.constants;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const x = u === undefined ? u0 : numberAt(u, r);
    const y = d === undefined ? d0 : numberAt(d, r);
    if (x - x !== 0 || y - y !== 0) return r;
    const q = ratio(spec, x, y);
    if (typeof q !== "number") return r;
    out[r] = [q];
  }
  return rows;
}

/** ROA, on closing assets or on the average of opening and closing ones. */
export function roaRows(plan: Columns, out: Matrix, from: number): number {
  const [u, d, o] = plan.columns;
  const [u0, d0, o0] = plan.constants;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const x = u === undefined ? u0 : numberAt(u, r);
    const y = d === undefined ? d0 : numberAt(d, r);
    const opening = o === undefined ? o0 : numberAt(o, r);
    if (x - x !== 0 || y - y !== 0 || stops(o, opening)) return r;
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
  const [k, a, d] = plan.columns;
  const [k0, a0, d0] = plan.constants;
  const weights = settings.weights;
  const rows = plan.rows;
  for (let r = from; r < rows; r++) {
    const x = k === undefined ? k0 : numberAt(k, r);
    const y = a === undefined ? a0 : numberAt(a, r);
    const z = d === undefined ? d0 : numberAt(d, r);
    if (x - x !== 0 || y - y !== 0 || z - z !== 0) return r;
    const total = weightedCss(x, y, z, weights);
    if (typeof total !== "number") return r;
    out[r] = [total];
  }
  return rows;
}

// ---- aggregates: each adds the rows it takes to the accumulator ----

/** BSC_SCORE: each KPI row into the core's WeightedSum. Stops at a row of zeros: the runner skips it. */
export function kpiRows(plan: Columns, sum: WeightedSum, from: number): number {
  const [a, l, h, k, p] = plan.columns;
  const [a0, l0, h0, k0, p0] = plan.constants;
  for (let r = from; r < plan.rows; r++) {
    const x = a === undefined ? a0 : numberAt(a, r);
    const lo = l === undefined ? l0 : numberAt(l, r);
    const hi = h === undefined ? h0 : numberAt(h, r);
    const kw = k === undefined ? k0 : numberAt(k, r);
    const pw = p === undefined ? p0 : numberAt(p, r);
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0 || kw - kw !== 0 || pw - pw !== 0) return r;
    if ((x === 0 && lo === 0 && hi === 0) || sum.add(x, lo, hi, kw, pw) !== undefined) return r;
  }
  return plan.rows;
}

/** NPS: each answer into the core's NpsTally. */
export function npsAnswers(plan: Columns, tally: NpsTally, from: number): number {
  const column = plan.columns[0];
  if (column === undefined) return from;
  for (let r = from; r < plan.rows; r++) {
    const x = numberAt(column, r);
    if (x - x !== 0 || tally.add(x) !== undefined) return r;
  }
  return plan.rows;
}

/** CSI: each satisfaction/importance pair into the core's CsiSum. */
export function csiPairs(plan: Columns, sum: CsiSum, from: number): number {
  const [s, i] = plan.columns;
  const [s0, i0] = plan.constants;
  for (let r = from; r < plan.rows; r++) {
    const satisfaction = s === undefined ? s0 : numberAt(s, r);
    const importance = i === undefined ? i0 : numberAt(i, r);
    if (satisfaction - satisfaction !== 0 || importance - importance !== 0) return r;
    if (sum.add(satisfaction, importance) !== undefined) return r;
  }
  return plan.rows;
}
