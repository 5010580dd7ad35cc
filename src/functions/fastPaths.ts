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
import type { CsiSum, NpsTally } from "../core/survey";
import type { WeightedSum } from "../core/weighted";
import type { Columns } from "./params";

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
