/**
 * The numbers the pane shows before writing anything, computed by the core
 * from the KPI table: per-perspective fulfillment and weighted score, overall
 * score and rating, and CSS/GCR per employee when those columns are mapped.
 */
import { cssTotal, gcrEligible } from "../core/css";
import { DomainError } from "../core/errors";
import { scoreBand } from "../core/rating";
import { clampedKpiScore } from "../core/scoring";
import { groupBy } from "./groups";
import {
  BuildOptions,
  EmployeePreview,
  KpiRow,
  KpiTable,
  PerspectivePreview,
  ScorecardPreview,
} from "./types";

/** The KPI score as the sheet will compute it (clamped when the options say so); NaN when undefined. */
export function rowScore(row: KpiRow, options: Pick<BuildOptions, "floor" | "cap">): number {
  const score = clampedKpiScore(
    row.actual,
    row.valueAt50,
    row.valueAt100,
    options.floor,
    options.cap
  );
  return score instanceof DomainError ? NaN : score;
}

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
  const perspectives: PerspectivePreview[] = [];
  for (const [perspective, group] of groupBy(rows, (r) => r.perspective)) {
    const fulfillment = group.reduce((sum, r) => sum + rowScore(r, options) * r.kpiWeight, 0);
    const weight = group[0].perspectiveWeight;
    perspectives.push({ perspective, weight, fulfillment, weighted: fulfillment * weight });
  }
  const overall = perspectives.reduce((sum, p) => sum + p.weighted, 0);
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
  const css = cssTotal(overall, assessment, development);
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
