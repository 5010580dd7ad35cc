/**
 * Financial, customer and HR ratios (DOMAIN.md section 2), returned as fractions
 * (0.1127, formatted as 11.27%), like Excel's RATE or IRR.
 *
 * Each ratio is described by a small metadata record; one function checks the
 * domain and divides, so every ratio treats zero and negative bases alike.
 */
import { Outcome, div0Error, finiteNamed, numError } from "./errors";

export interface RatioSpec {
  /** Function id, e.g. "ROA". */
  readonly id: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The numerator may not be negative (counts of customers, leavers, ...). */
  readonly countNumerator: boolean;
  /** The numerator is part of the denominator, so it cannot exceed it (retained ≤ total). */
  readonly proportion: boolean;
}

const spec = (
  id: string,
  numerator: string,
  denominator: string,
  countNumerator: boolean,
  proportion: boolean
): RatioSpec => ({ id, numerator, denominator, countNumerator, proportion });

/** Every numerator/denominator ratio of the KPI library. */
export const RATIOS = {
  ROA: spec("ROA", "netProfit", "totalAssets", false, false),
  ROE: spec("ROE", "netProfit", "totalEquity", false, false),
  ROI: spec("ROI", "netProfit", "totalAssets", false, false),
  NPM: spec("NPM", "netProfit", "netSales", false, false),
  ACQUISITION: spec("ACQUISITION", "newCustomers", "totalCustomers", true, true),
  RETENTION: spec("RETENTION", "retainedCustomers", "totalCustomers", true, true),
  CHURN: spec("CHURN", "lostCustomers", "baseCustomers", true, false),
  SLA: spec("SLA", "met", "total", true, true),
  INNOVATION: spec("INNOVATION", "newProducts", "totalProducts", true, true),
  PRODUCTIVITY: spec("PRODUCTIVITY", "output", "employees", false, false),
  TURNOVER: spec("TURNOVER", "leavers", "headcount", true, false),
  ABSENTEEISM: spec("ABSENTEEISM", "lostDays", "scheduledDays", true, true),
} as const;

export type RatioId = keyof typeof RATIOS;

/** numerator / denominator under the ratio's domain rules. */
export function ratio(s: RatioSpec, numerator: number, denominator: number): Outcome<number> {
  if (denominator < 0) return numError("negative", { name: s.denominator, value: denominator });
  if (s.countNumerator && numerator < 0)
    return numError("negative", { name: s.numerator, value: numerator });
  if (denominator === 0) return div0Error("zero", { name: s.denominator });
  if (s.proportion && numerator > denominator) {
    return numError("partAboveWhole", {
      part: s.numerator,
      partValue: numerator,
      whole: s.denominator,
      wholeValue: denominator,
    });
  }
  return finiteNamed(numerator / denominator, s.id);
}

/** The mean of an opening and a closing balance, the base of ROA or TURNOVER on average figures. */
export function averageBase(name: string, opening: number, closing: number): Outcome<number> {
  if (opening < 0) return numError("negativeBalance", { name, end: "opening", value: opening });
  if (closing < 0) return numError("negativeBalance", { name, end: "closing", value: closing });
  return finiteNamed((opening + closing) / 2, name);
}

/** ROA = netProfit / totalAssets, or over the average of opening and closing assets. */
export function roa(
  netProfit: number,
  totalAssets: number,
  openingAssets?: number
): Outcome<number> {
  if (openingAssets === undefined) return ratio(RATIOS.ROA, netProfit, totalAssets);
  const base = averageBase("totalAssets", openingAssets, totalAssets);
  return typeof base === "number" ? ratio(RATIOS.ROA, netProfit, base) : base;
}

/** TURNOVER = leavers / headcount, or over the average of two headcounts. */
export function turnover(
  leavers: number,
  headcount: number,
  headcountEnd?: number
): Outcome<number> {
  if (headcountEnd === undefined) return ratio(RATIOS.TURNOVER, leavers, headcount);
  const base = averageBase("headcount", headcount, headcountEnd);
  return typeof base === "number" ? ratio(RATIOS.TURNOVER, leavers, base) : base;
}

/** ABSENTEEISM = lostDays / (daysWorked + daysNotWorked), seed 001's A/(B+C). */
export function absenteeism(
  lostDays: number,
  daysWorked: number,
  daysNotWorked: number
): Outcome<number> {
  if (daysWorked < 0) return numError("negative", { name: "daysWorked", value: daysWorked });
  if (daysNotWorked < 0)
    return numError("negative", { name: "daysNotWorked", value: daysNotWorked });
  return ratio(RATIOS.ABSENTEEISM, lostDays, daysWorked + daysNotWorked);
}

/**
 * ACHIEVEMENT: a count against its target, as a fraction that may exceed 1
 * (seed 003's services delivered against the service target, employees
 * trained against the training target): actual / target, or for a
 * lower-is-better count (complaints, defects) target / actual. Unlike SLA the
 * actual may be above the target.
 */
export function achievement(
  actual: number,
  target: number,
  lowerIsBetter = false
): Outcome<number> {
  if (actual < 0) return numError("negative", { name: "actual", value: actual });
  if (target < 0) return numError("negative", { name: "target", value: target });
  if (lowerIsBetter) {
    if (actual === 0) return div0Error("zero", { name: "actual" });
    return finiteNamed(target / actual, "ACHIEVEMENT");
  }
  if (target === 0) return div0Error("zero", { name: "target" });
  return finiteNamed(actual / target, "ACHIEVEMENT");
}

/** GROWTH = (current - previous) / |previous|, so growth from a loss is still read upwards. */
export function growth(current: number, previous: number): Outcome<number> {
  if (previous === 0) return div0Error("growthFromZero");
  return finiteNamed((current - previous) / Math.abs(previous), "GROWTH");
}
