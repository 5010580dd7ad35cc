/**
 * Optimistic fast paths for the common case of whole columns of plain numbers,
 * with the same arithmetic as the core. Each returns `undefined` at the first
 * cell that is not a finite number (or any other unusual input): the caller then
 * runs the general pipeline, which produces the exact error or message.
 */
import { sumsToOne } from "../core/tolerance";

/** A column of `rows` cells, or a single cell broadcast; undefined for anything else. */
function columnReader(value: unknown, rows: number): ((i: number) => unknown) | undefined {
  if (!Array.isArray(value)) return () => value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)
    return () => value[0][0];
  if (value.length !== rows) return undefined;
  for (let i = 0; i < rows; i++)
    if (!Array.isArray(value[i]) || value[i].length !== 1) return undefined;
  return (i) => value[i][0];
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
  const n = actual.length;
  const equal = kpiWeight === null || kpiWeight === undefined;
  const noPerspective = perspectiveWeight === null || perspectiveWeight === undefined;
  const a = columnReader(actual, n);
  const l = columnReader(valueAt50, n);
  const h = columnReader(valueAt100, n);
  const k = equal ? () => 1 : columnReader(kpiWeight, n);
  const p = noPerspective ? () => 1 : columnReader(perspectiveWeight, n);
  if (!a || !l || !h || !k || !p) return undefined;
  let total = 0;
  let weights = 0;
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const x = a(i);
    const lo = l(i);
    const hi = h(i);
    const kw = k(i);
    const pw = p(i);
    if (typeof x !== "number" || typeof lo !== "number" || typeof hi !== "number") return undefined;
    if (typeof kw !== "number" || typeof pw !== "number" || kw < 0 || pw < 0) return undefined;
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
