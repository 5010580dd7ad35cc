/**
 * KPI table + options → the sheet plans of a build, with the final names of
 * everything they add: sheets that do not collide with the workbook's sheets,
 * tables and defined names that do not collide with its names (sheetNames.ts).
 * One scorecard (one employee, one period, or none): one scorecard sheet.
 * Several (employees, or periods of one): a summary sheet and a details sheet,
 * a history sheet with several periods, a roll-up sheet with a unit column,
 * plus one scorecard sheet per employee and period on request.
 */
import { formatFor } from "../core/catalogue";
import { SHEET_LABELS, sourceLabel as labelOf } from "./messages";
import { SheetPlan } from "./plan";
import { historySheetPlan, rollupSheetPlan } from "./historySheets";
import { rollupOf } from "./preview";
import { periodsInOrder, scorecardName, scorecardsOf } from "./scorecards";
import { scorecardSheetPlan } from "./scorecardSheet";
import { WorkbookName, WorkbookNames, claimNames, uniqueSheetName } from "./sheetNames";
import { detailSheetPlan, perspectivesOf, summaryLayout, summarySheetPlan } from "./summarySheets";
import { BuildOptions, KpiTable } from "./types";

/**
 * @param existingSheetNames sheets the plans must not use (any case)
 * @param existingNames defined names and table names the plans must not use
 *   (any case): the workbook's, which only a reader of it can see
 */
export function buildPlans(
  table: KpiTable,
  options: BuildOptions,
  existingSheetNames: readonly string[],
  existingNames: readonly string[] = []
): SheetPlan[] {
  return claimNames(sheetPlans(table, options, existingSheetNames), existingNames);
}

function sheetPlans(
  table: KpiTable,
  options: BuildOptions,
  existingSheetNames: readonly string[]
): SheetPlan[] {
  const taken = new Set(existingSheetNames.map((n) => n.toLowerCase()));
  // In the sheet's language, numbers in the language's locale (the sheet's own numbers are formats).
  const sourceLabel = labelOf(formatFor(options.language), table.source.label);
  const cards = scorecardsOf(table.rows);
  // CSS and GCR wherever their inputs are mapped: one employee's sheet included.
  const withCss =
    table.mapping.assessmentScore !== undefined && table.mapping.developmentScore !== undefined;
  if (cards.length <= 1) {
    const { employee = "", rows = [] } = cards[0] ?? {};
    const name = uniqueSheetName(employee ? `${options.title} ${employee}` : options.title, taken);
    return [scorecardSheetPlan({ name, employee, rows, sourceLabel, withCss }, options)];
  }
  const labels = SHEET_LABELS[options.language];
  const periods = periodsInOrder(table.rows);
  const perspectives = perspectivesOf(table.rows);
  const rollup = rollupOf(table, options);
  const lead = {
    period: periods.length > 0,
    unit: table.mapping.unit !== undefined,
    weight: table.mapping.unitWeight !== undefined,
  };
  const summaryName = uniqueSheetName(`${options.title} ${labels.summary}`, taken);
  const detailName = uniqueSheetName(`${options.title} ${labels.details}`, taken);
  const { plan: detail, blocks } = detailSheetPlan(
    detailName,
    cards,
    options,
    withCss,
    lead.period
  );
  const summary = summarySheetPlan(
    summaryName,
    detailName,
    blocks,
    perspectives,
    options,
    withCss,
    lead
  );
  const plans = [summary, detail];
  const layout = summaryLayout(perspectives.length, lead);
  if (periods.length > 1) {
    const name = uniqueSheetName(`${options.title} ${labels.history}`, taken);
    plans.push(historySheetPlan(name, summaryName, layout, cards, periods, options));
  }
  if (rollup) {
    const name = uniqueSheetName(`${options.title} ${labels.rollup}`, taken);
    plans.push(
      rollupSheetPlan(name, summaryName, layout, cards, periods, perspectives, rollup, options)
    );
  }
  if (options.sheetPerEmployee) {
    for (const card of cards) {
      const name = uniqueSheetName(scorecardName(card), taken);
      plans.push(
        scorecardSheetPlan(
          { name, employee: card.employee, rows: card.rows, sourceLabel, withCss },
          options
        )
      );
    }
  }
  return plans;
}

/** A build's plans and the existing sheets they replace. */
export interface PlannedBuild {
  readonly plans: readonly SheetPlan[];
  /** Existing sheets the plans replace (their names), empty unless replacing. */
  readonly replace: readonly string[];
}

const lower = (name: string) => name.toLowerCase();

/**
 * The plans of a build into `workbook`. Without `replace`, plans get fresh
 * sheet names; with it, a plan keeps its name and the sheet of that name is
 * replaced, except the sheet holding the data, which is never replaced. The
 * names a replaced sheet holds are free for the plans: the writer keeps the
 * previous build's defined names (pointing them at the new sheets) and moves
 * its tables out of the way (src/excel/writePlans.ts).
 */
export function planBuild(
  table: KpiTable,
  options: BuildOptions,
  workbook: WorkbookNames,
  replace: boolean
): PlannedBuild {
  const names = workbook.names.map((n) => n.name);
  if (!replace) return { plans: buildPlans(table, options, workbook.sheets, names), replace: [] };
  const sheets = sheetPlans(table, options, [table.source.sheetName]);
  const existing = new Set(workbook.sheets.map(lower));
  const replaced = sheets.map((p) => p.name).filter((name) => existing.has(lower(name)));
  const gone = new Set(replaced.map(lower));
  const takenBy = (kind: WorkbookName["kind"]) =>
    workbook.names
      .filter((n) => n.kind !== kind || n.sheet === undefined || !gone.has(lower(n.sheet)))
      .map((n) => n.name);
  return { plans: claimNames(sheets, takenBy("table"), takenBy("name")), replace: replaced };
}
