/**
 * Actuals from period data (seed 003: twelve monthly numerator/denominator
 * pairs per KPI). Periods with a blank value are skipped.
 */
import { Outcome, div0Error, finite, naError } from "./errors";

export type PeriodAggregation = "meanOfRatios" | "ratioOfSums" | "sum" | "mean" | "last";

export const RATIO_AGGREGATIONS: readonly PeriodAggregation[] = ["meanOfRatios", "ratioOfSums"];

/**
 * - meanOfRatios: mean over the periods of numerator/denominator (as seed 003 computes its actuals);
 * - ratioOfSums: Σ numerators / Σ denominators;
 * - sum, mean, last: of the numerators alone.
 */
export function aggregatePeriods(
  aggregation: PeriodAggregation,
  numerators: readonly number[],
  denominators: readonly number[] = []
): Outcome<number> {
  if (numerators.length === 0) return naError("noPeriodData");
  switch (aggregation) {
    case "sum":
      return finite(
        numerators.reduce((a, b) => a + b, 0),
        "sum"
      );
    case "mean":
      return finite(numerators.reduce((a, b) => a + b, 0) / numerators.length, "mean");
    case "last":
      return numerators[numerators.length - 1];
    case "meanOfRatios": {
      if (denominators.length !== numerators.length) return naError("periodPairs");
      let sum = 0;
      for (let i = 0; i < numerators.length; i++) {
        if (denominators[i] === 0) return div0Error("periodDenominatorZero", { period: i + 1 });
        sum += numerators[i] / denominators[i];
      }
      return finite(sum / numerators.length, "meanOfRatios");
    }
    case "ratioOfSums": {
      if (denominators.length !== numerators.length) return naError("periodPairs");
      const den = denominators.reduce((a, b) => a + b, 0);
      if (den === 0) return div0Error("denominatorsSumZero");
      return finite(numerators.reduce((a, b) => a + b, 0) / den, "ratioOfSums");
    }
  }
}

/** Direction of the last period against the one before: 1 up, -1 down, 0 flat; undefined with fewer than two periods. */
export function trend(values: readonly number[]): -1 | 0 | 1 | undefined {
  if (values.length < 2) return undefined;
  const diff = values[values.length - 1] - values[values.length - 2];
  return diff > 0 ? 1 : diff < 0 ? -1 : 0;
}
