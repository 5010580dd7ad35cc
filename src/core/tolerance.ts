/** Weights are fractions that must add up to 1; this is how close "equal" has to be. */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

export function sumsToOne(sum: number): boolean {
  return Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE;
}

/** A weight sum in percent, to 6 decimals, as messages show it: 0.95 → 95, 1.0000004 → 100.00004. */
export function weightSumPercent(sum: number): number {
  return Math.round(sum * 100 * 1e6) / 1e6;
}
