/**
 * The numbers the pane shows before writing anything, computed by the core
 * from the KPI table: per-perspective fulfillment and weighted score, overall
 * score and rating (core/weighted.ts, with the build's score bounds), and
 * CSS/GCR per employee when those columns are mapped.
 */
import { cssTotal, gcrEligible } from "../core/css";
import { DomainError, Outcome } from "../core/errors";
import { scoreBand } from "../core/rating";
import { WeightedSum } from "../core/weighted";
import { groupBy } from "./groups";
import {
  BuildOptions,
  EmployeePreview,
  KpiRow,
  KpiTable,
  PerspectivePreview,
  ScorecardPreview,
} from "./types";

/** A total, or NaN where the core says there is none (a table with errors is never previewed). */
const numberOf = (outcome: Outcome<number>): number =>
  outcome instanceof DomainError ? NaN : outcome;

/** Mean of the values given (employee-level scores may sit on one row only); undefined when none is. */
export function meanOfGiven(values: readonly (number | undefined)[]): number | undefined {
  const nums = values.filter((v): v is number => v !== undefined);
  return nums.length > 0 ? nums.reduce((a, b) => a + b, 0) / nums.length : undefined;
}

export function previewEmployee(
  employee: string,
  rows: readonly KpiRow[],
  options: BuildOptions
): EmployeePreview {
  const clamp = { floor: options.floor, cap: options.cap };
  const total = new WeightedSum(false, clamp);
  const perspectives: PerspectivePreview[] = [];
  for (const [perspective, group] of groupBy(rows, (r) => r.perspective)) {
    // Fulfillment: Σ score × KPI weight inside the perspective, the core's weighted sum at weight 1.
    const inside = new WeightedSum(false, clamp);
    for (const r of group) {
      inside.add(r.actual, r.valueAt50, r.valueAt100, r.kpiWeight, 1);
      total.add(r.actual, r.valueAt50, r.valueAt100, r.kpiWeight, r.perspectiveWeight);
    }
    const fulfillment = numberOf(inside.result());
    const weight = group[0].perspectiveWeight;
    perspectives.push({ perspective, weight, fulfillment, weighted: fulfillment * weight });
  }
  const overall = numberOf(total.result());
  const band = scoreBand(overall, options.scheme);
  const preview: EmployeePreview = {
    employee,
    perspectives,
    overall,
    rating: band.label[options.language],
    band: band.id,
  };
  const assessment = meanOfGiven(rows.map((r) => r.assessmentScore));
  const development = meanOfGiven(rows.map((r) => r.developmentScore));
  if (assessment === undefined || development === undefined) return preview;
  const css = cssTotal(overall, assessment, development, options.cssWeights);
  if (css instanceof DomainError) return preview;
  const gcr =
    options.gcrMinimumScore === undefined ? undefined : gcrEligible(css, options.gcrMinimumScore);
  return { ...preview, css, gcrEligible: gcr };
}

export function previewScorecard(table: KpiTable, options: BuildOptions): ScorecardPreview {
  const employees = [...groupBy(table.rows, (r) => r.employee)].map(([employee, rows]) =>
    previewEmployee(employee, rows, options)
  );
  return { employees };
}
