/**
 * KPI table + options → the sheet plans of a build, with names that do not
 * collide with the workbook's sheets. One employee (or none): one scorecard
 * sheet. Several: a summary sheet and a details sheet, plus one scorecard sheet
 * per employee on request.
 */
import { formatFor } from "../core/catalogue";
import { SHEET_LABELS, sourceLabel as labelOf } from "./messages";
import { SheetPlan } from "./plan";
import { groupBy } from "./groups";
import { scorecardSheetPlan } from "./scorecardSheet";
import { uniqueSheetName } from "./sheetNames";
import { detailSheetPlan, perspectivesOf, summarySheetPlan } from "./summarySheets";
import { BuildOptions, KpiTable } from "./types";

export function buildPlans(
  table: KpiTable,
  options: BuildOptions,
  existingSheetNames: readonly string[]
): SheetPlan[] {
  const taken = new Set(existingSheetNames.map((n) => n.toLowerCase()));
  // In the sheet's language, numbers in the language's locale (the sheet's own numbers are formats).
  const sourceLabel = labelOf(formatFor(options.language), table.source.label);
  const employees = groupBy(table.rows, (r) => r.employee);
  if (employees.size <= 1) {
    const [employee = "", rows = []] = [...employees][0] ?? [];
    const name = uniqueSheetName(employee ? `${options.title} ${employee}` : options.title, taken);
    return [scorecardSheetPlan({ name, employee, rows, sourceLabel }, options)];
  }
  const labels = SHEET_LABELS[options.language];
  const withCss =
    table.mapping.assessmentScore !== undefined && table.mapping.developmentScore !== undefined;
  const summaryName = uniqueSheetName(`${options.title} ${labels.summary}`, taken);
  const detailName = uniqueSheetName(`${options.title} ${labels.details}`, taken);
  const { plan: detail, blocks } = detailSheetPlan(detailName, employees, options, withCss);
  const summary = summarySheetPlan(
    summaryName,
    detailName,
    blocks,
    perspectivesOf(table.rows),
    options,
    withCss
  );
  const plans = [summary, detail];
  if (options.sheetPerEmployee) {
    for (const [employee, rows] of employees) {
      const name = uniqueSheetName(employee, taken);
      plans.push(scorecardSheetPlan({ name, employee, rows, sourceLabel }, options));
    }
  }
  return plans;
}
