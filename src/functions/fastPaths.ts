/**
 * Optimistic fast paths for the common case of whole columns of plain numbers,
 * with the same arithmetic as the core. Each returns `undefined` at the first
 * cell that is not a finite number (or any other unusual input): the caller then
 * runs the general pipeline, which produces the exact error or message.
 *
 * The loops read the 2D arrays directly (no reader closure per cell, no grid
 * objects) and write each result row as a one-element array literal: that is what
 * keeps them within a small factor of a bare loop over the same arrays.
 */
import { Outcome } from "../core/errors";
import type { RatioSpec } from "../core/ratios";
import { sumsToOne } from "../core/tolerance";
import type { CellValue, Matrix, NumberArg } from "./args";

/**
 * An argument of the fast paths: a column of `rows` one-cell rows (`column`), or
 * one number for every row (`constant`). Rows are checked as they are read.
 */
interface ColumnArgs {
  readonly rows: number;
  /** `columns[k]` is argument k's 2D array, or undefined when it is a constant. */
  readonly columns: (readonly unknown[] | undefined)[];
  readonly constants: number[];
}

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && x - x === 0;

/**
 * Classifies the arguments: each one a column of the common height, a single
 * finite number (a scalar or a 1×1 range) or an omitted optional argument
 * (`fallback`). Undefined for anything else (text, blanks inside a 1×1 range,
 * wider ranges, ranges of different heights, fewer than two rows).
 */
function columnArgs(
  values: readonly unknown[],
  optional: readonly boolean[],
  fallback: readonly number[]
): ColumnArgs | undefined {
  const count = values.length;
  const columns: (readonly unknown[] | undefined)[] = new Array(count).fill(undefined);
  const constants: number[] = new Array(count).fill(0);
  let rows = -1;
  for (let k = 0; k < count; k++) {
    const v = values[k];
    if (Array.isArray(v)) {
      const first: unknown = v[0];
      if (v.length === 1 && Array.isArray(first) && first.length === 1) {
        if (!isFiniteNumber(first[0])) return undefined;
        constants[k] = first[0];
        continue;
      }
      if (rows < 0) rows = v.length;
      else if (v.length !== rows) return undefined;
      columns[k] = v;
    } else if (v === null || v === undefined) {
      if (!optional[k]) return undefined;
      constants[k] = fallback[k];
    } else if (isFiniteNumber(v)) {
      constants[k] = v;
    } else {
      return undefined;
    }
  }
  if (rows < 2) return undefined;
  return { rows, columns, constants };
}

/**
 * The number in row `r` of a column of one-cell rows, or NaN when that row is
 * not one number. Callers reject non-finite results with `x - x !== 0` (true for
 * NaN and ±Infinity only). NaN rather than undefined: a number-only result stays
 * an unboxed double in optimised code.
 */
function cellOf(column: readonly unknown[], r: number): number {
  const row: unknown = column[r];
  if (!Array.isArray(row) || row.length !== 1) return NaN;
  const x: unknown = row[0];
  return typeof x === "number" ? x : NaN;
}

/**
 * The element-wise functions (KPI_SCORE, ROA, CSS_TOTAL, ...) over columns of
 * plain numbers: `body` sees the same `values` the general pipeline gives it
 * (an omitted optional argument is its default or ABSENT), and its outcome
 * becomes a cell through the same `toCell`, so errors from the core (a zero
 * span, a negative base) read exactly as on the general path. Undefined at the
 * first input cell that is not a finite number.
 */
export function fastMapColumns(
  args: readonly NumberArg[],
  absent: number,
  body: (values: number[]) => Outcome<CellValue>,
  toCell: (result: Outcome<CellValue>, rows: number, r: number) => CellValue
): Matrix | undefined {
  const count = args.length;
  const given: unknown[] = new Array(count);
  const optional: boolean[] = new Array(count);
  const fallback: number[] = new Array(count);
  for (let k = 0; k < count; k++) {
    given[k] = args[k].value;
    optional[k] = args[k].optional === true;
    fallback[k] = args[k].defaultValue ?? absent;
  }
  const plan = columnArgs(given, optional, fallback);
  if (!plan) return undefined;
  const { rows, columns } = plan;
  const values = plan.constants.slice();
  const out: Matrix = new Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < count; k++) {
      const column = columns[k];
      if (column === undefined) continue;
      const x = cellOf(column, r);
      if (x - x !== 0) return undefined;
      values[k] = x;
    }
    const result = body(values);
    out[r] = [typeof result === "number" ? result : toCell(result, rows, r)];
  }
  return out;
}

/**
 * KPI_SCORE over column ranges: 50 + 50 × (actual - valueAt50) / span, clamped
 * to floor and cap when given (each a column, a number or omitted). The same
 * arithmetic as core/scoring.ts's clampedKpiScore; undefined (general path) at
 * the first row it would not give a plain number for (a zero span, a floor above
 * the cap, a result too large), so every error and message stays the core's.
 */
export function fastKpiScores(
  actual: unknown,
  valueAt50: unknown,
  valueAt100: unknown,
  floor: unknown,
  cap: unknown
): Matrix | undefined {
  const plan = columnArgs(
    [actual, valueAt50, valueAt100, floor, cap],
    [false, false, false, true, true],
    // An omitted floor or cap is NaN: every comparison with NaN is false, so it never clamps.
    [0, 0, 0, NaN, NaN]
  );
  if (!plan) return undefined;
  const n = plan.rows;
  const [a, l, h, f, c] = plan.columns;
  const [a0, l0, h0, f0, c0] = plan.constants;
  const out: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = a === undefined ? a0 : cellOf(a, i);
    const lo = l === undefined ? l0 : cellOf(l, i);
    const hi = h === undefined ? h0 : cellOf(h, i);
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0) return undefined;
    // A blank floor or cap cell is the general path's business (ABSENT there too, but keep it simple).
    const fl = f === undefined ? f0 : cellOf(f, i);
    const cp = c === undefined ? c0 : cellOf(c, i);
    if ((f !== undefined && fl - fl !== 0) || (c !== undefined && cp - cp !== 0)) return undefined;
    if (fl > cp) return undefined;
    const span = hi - lo;
    if (span === 0) return undefined;
    let score = 50 + (50 * (x - lo)) / span;
    if (score - score !== 0) return undefined;
    if (score < fl) score = fl;
    if (score > cp) score = cp;
    out[i] = [score];
  }
  return out;
}

/**
 * BSC_SCORE over column ranges: Σ score × kpiWeight × perspectiveWeight, with
 * all-zero rows skipped (hosts that send blanks as 0) and the weight-sum rule.
 * `undefined` means "take the general path".
 */
export function fastBscScore(
  actual: unknown,
  valueAt50: unknown,
  valueAt100: unknown,
  kpiWeight: unknown,
  perspectiveWeight: unknown
): number | undefined {
  if (!Array.isArray(actual)) return undefined;
  const equal = kpiWeight === null || kpiWeight === undefined;
  const plan = columnArgs(
    [actual, valueAt50, valueAt100, kpiWeight, perspectiveWeight],
    [false, false, false, true, true],
    [0, 0, 0, 1, 1]
  );
  // BSC_SCORE's first argument must be the column (a 1×1 actual is one KPI: general path).
  if (!plan || plan.columns[0] === undefined) return undefined;
  const n = plan.rows;
  const [, l, h, k, p] = plan.columns;
  const a = plan.columns[0];
  const [, l0, h0, k0, p0] = plan.constants;
  let total = 0;
  let weights = 0;
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const x = cellOf(a, i);
    const lo = l === undefined ? l0 : cellOf(l, i);
    const hi = h === undefined ? h0 : cellOf(h, i);
    const kw = k === undefined ? k0 : cellOf(k, i);
    const pw = p === undefined ? p0 : cellOf(p, i);
    if (x - x !== 0 || lo - lo !== 0 || hi - hi !== 0 || kw - kw !== 0 || pw - pw !== 0)
      return undefined;
    if (kw < 0 || pw < 0) return undefined;
    if (x === 0 && lo === 0 && hi === 0) continue;
    const span = hi - lo;
    if (span === 0) return undefined;
    const w = kw * pw;
    total += (50 + (50 * (x - lo)) / span) * w;
    weights += w;
    rows++;
  }
  if (rows === 0) return undefined;
  const scale = equal ? 1 / rows : 1;
  if ((rows >= 2 && !sumsToOne(weights * scale)) || !Number.isFinite(total * scale))
    return undefined;
  return total * scale;
}

/**
 * CSS_TOTAL over column ranges: w0 × kpiScore + w1 × assessment + w2 × development
 * per row, the weights already checked. The same arithmetic as core/css.ts's
 * weightedCss; undefined (general path) at the first cell that is not a finite
 * number or a result too large, so every error and message stays the core's.
 */
export function fastCssTotals(
  kpiScore: unknown,
  assessmentScore: unknown,
  developmentScore: unknown,
  weights: readonly [number, number, number]
): Matrix | undefined {
  const plan = columnArgs(
    [kpiScore, assessmentScore, developmentScore],
    [false, false, false],
    [0, 0, 0]
  );
  if (!plan) return undefined;
  const n = plan.rows;
  const [k, a, d] = plan.columns;
  const [k0, a0, d0] = plan.constants;
  const [wk, wa, wd] = weights;
  const out: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = k === undefined ? k0 : cellOf(k, i);
    const y = a === undefined ? a0 : cellOf(a, i);
    const z = d === undefined ? d0 : cellOf(d, i);
    const total = x * wk + y * wa + z * wd;
    if (total - total !== 0) return undefined; // a non-number cell (NaN) or an overflow
    out[i] = [total];
  }
  return out;
}

/**
 * A numerator/denominator ratio (ROA, RETENTION, ...) over column ranges, with
 * `opening` (a column, a number, or undefined when omitted) making the base the
 * average of opening and closing (ROA, TURNOVER). The same rules as
 * core/ratios.ts's ratio and averageBase; undefined (general path) at the first
 * row where one of them would give an error, so every message stays the core's.
 */
export function fastRatios(
  spec: RatioSpec,
  numerator: unknown,
  denominator: unknown,
  opening?: unknown
): Matrix | undefined {
  const averaged = opening !== null && opening !== undefined;
  const plan = columnArgs(
    averaged ? [numerator, denominator, opening] : [numerator, denominator],
    [false, false, false],
    [0, 0, 0]
  );
  if (!plan) return undefined;
  const n = plan.rows;
  const [u, d, o] = plan.columns;
  const [u0, d0, o0] = plan.constants;
  const { countNumerator, proportion } = spec;
  const out: Matrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = u === undefined ? u0 : cellOf(u, i);
    const closing = d === undefined ? d0 : cellOf(d, i);
    if (x - x !== 0 || closing - closing !== 0) return undefined;
    let base = closing;
    if (averaged) {
      const start = o === undefined ? o0 : cellOf(o, i);
      if (start - start !== 0 || start < 0 || closing < 0) return undefined;
      base = (start + closing) / 2;
    }
    // A zero or negative base, a negative count or a part above its whole: the core says why.
    if (!(base > 0) || (countNumerator && x < 0) || (proportion && x > base)) return undefined;
    const result = x / base;
    if (result - result !== 0) return undefined;
    out[i] = [result];
  }
  return out;
}
