/**
 * Actuals from period data (seed 003: twelve monthly numerator/denominator
 * pairs per KPI).
 *
 * A blank period (null) is a period not yet reported: during the year, the
 * later months of a monitoring table are empty. Every aggregation uses the
 * periods that have data and only those: for the ratio aggregations a period
 * counts when its numerator is there, and a denominator typed ahead for a
 * blank period (a monthly target filled in for the whole year) is left out
 * with it, so a year-to-date ratio of sums is not diluted by future targets.
 * A reported numerator without its denominator is an error (`periodPairs`),
 * and so is a KPI with no reported period at all (`noPeriodData`).
 */
import { Outcome, div0Error, finite, isDomainError, naError } from "./errors";

export type PeriodAggregation = "meanOfRatios" | "ratioOfSums" | "sum" | "mean" | "last";

export const RATIO_AGGREGATIONS: readonly PeriodAggregation[] = ["meanOfRatios", "ratioOfSums"];

/** A period's value: a number, or null for a period not yet reported. */
export type PeriodValue = number | null;

export function isRatioAggregation(aggregation: PeriodAggregation): boolean {
  return aggregation === "meanOfRatios" || aggregation === "ratioOfSums";
}

/**
 * The reported periods of a row: their numerators and (for the ratio
 * aggregations) denominators and their 1-based period numbers, in order,
 * blanks left out; an error when a
 * reported numerator has no denominator.
 */
export function reportedPeriods(
  numerators: readonly PeriodValue[],
  denominators?: readonly PeriodValue[]
): Outcome<{ numerators: number[]; denominators: number[]; periods: number[] }> {
  const nums: number[] = [];
  const dens: number[] = [];
  const periods: number[] = [];
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i];
    if (n === null) continue;
    nums.push(n);
    periods.push(i + 1);
    if (denominators) {
      const d = denominators[i];
      if (d === null || d === undefined) return naError("periodPairs");
      dens.push(d);
    }
  }
  return { numerators: nums, denominators: dens, periods };
}

/**
 * - meanOfRatios: mean over the reported periods of numerator/denominator (as seed 003 computes its actuals);
 * - ratioOfSums: Σ numerators / Σ denominators of the reported periods;
 * - sum, mean, last: of the reported numerators alone.
 */
export function aggregatePeriods(
  aggregation: PeriodAggregation,
  numerators: readonly PeriodValue[],
  denominators: readonly PeriodValue[] = []
): Outcome<number> {
  const ratio = isRatioAggregation(aggregation);
  if (ratio && denominators.length !== numerators.length) return naError("periodPairs");
  const reported = reportedPeriods(numerators, ratio ? denominators : undefined);
  if (isDomainError(reported)) return reported;
  const nums = reported.numerators;
  const dens = reported.denominators;
  if (nums.length === 0) return naError("noPeriodData");
  switch (aggregation) {
    case "sum":
      return finite(
        nums.reduce((a, b) => a + b, 0),
        "sum"
      );
    case "mean":
      return finite(nums.reduce((a, b) => a + b, 0) / nums.length, "mean");
    case "last":
      return nums[nums.length - 1];
    case "meanOfRatios": {
      let sum = 0;
      for (let i = 0; i < nums.length; i++) {
        if (dens[i] === 0)
          return div0Error("periodDenominatorZero", { period: reported.periods[i] });
        sum += nums[i] / dens[i];
      }
      return finite(sum / nums.length, "meanOfRatios");
    }
    case "ratioOfSums": {
      const den = dens.reduce((a, b) => a + b, 0);
      if (den === 0) return div0Error("denominatorsSumZero");
      return finite(nums.reduce((a, b) => a + b, 0) / den, "ratioOfSums");
    }
  }
}

/** Direction of the last period against the one before: 1 up, -1 down, 0 flat; undefined with fewer than two periods. */
export function trend(values: readonly number[]): -1 | 0 | 1 | undefined {
  if (values.length < 2) return undefined;
  const diff = values[values.length - 1] - values[values.length - 2];
  return diff > 0 ? 1 : diff < 0 ? -1 : 0;
}

/**
 * Whether a trend is an improvement: up for a higher-is-better KPI, down for a
 * lower-is-better one (core/direction.ts); undefined when flat or unknown.
 */
export function trendImproves(
  direction: -1 | 0 | 1 | undefined,
  lowerIsBetter: boolean
): boolean | undefined {
  if (direction === undefined || direction === 0) return undefined;
  return lowerIsBetter ? direction < 0 : direction > 0;
}
