/**
 * The whole build without Excel: read the KPI table from a workbook, check it,
 * and add the scorecard sheets to the same workbook (the user's sheets are not
 * touched; new sheets, tables and names get names the workbook does not have).
 * With errors nothing is written.
 */
import type ExcelJS from "exceljs";
import { qualified, rangeA1 } from "../scorecard/a1";
import { Analysis, analyseSource } from "../scorecard/analyse";
import { analysisOf, problem } from "../scorecard/problems";
import { buildPlans } from "../scorecard/buildPlans";
import { matchColumns } from "../scorecard/headers";
import { previewScorecard } from "../scorecard/preview";
import type { SheetPlan } from "../scorecard/plan";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  Problem,
  ScorecardPreview,
  SourceTable,
} from "../scorecard/types";
import { ReadSourceOptions, readSourceDetailed } from "./readSource";
import { writePlanToWorkbook } from "./writePlan";
import { takenNames } from "./workbookNames";

export type BuildWorkbookOptions = ReadSourceOptions & Partial<BuildOptions>;

export interface BuildWorkbookResult {
  /** Errors first, then warnings, each with the address of its cell when it has one. */
  readonly problems: readonly Problem[];
  /** Names of the sheets written; empty when there were errors. */
  readonly sheets: readonly string[];
  readonly source?: SourceTable;
  /** The core's numbers for the written sheets (overall score, rating, CSS, GCR per employee). */
  readonly preview?: ScorecardPreview;
  /** Charts of the plans that the file does not contain (ExcelJS cannot write charts). */
  readonly chartsLeftOut: number;
  /** Formula cells of the source without a cached result that were computed here / could not be. */
  readonly computed: readonly string[];
  readonly uncomputed: readonly string[];
}

const SOURCE_KEYS: readonly string[] = ["sheet", "range", "table"];

/** The build options given (undefined ones left out), over the defaults. */
function buildOptionsOf(options: BuildWorkbookOptions): BuildOptions {
  const given = Object.entries(options).filter(
    ([k, v]) => v !== undefined && !SOURCE_KEYS.includes(k)
  );
  return { ...DEFAULT_BUILD_OPTIONS, ...Object.fromEntries(given) };
}

/** Makes the first new sheet the active one, as the Office.js writer does. */
function activate(workbook: ExcelJS.Workbook, sheetName: string): void {
  const index = workbook.worksheets.findIndex((w) => w.name === sheetName);
  if (index < 0) return;
  workbook.worksheets.forEach((w) => {
    w.views = (w.views?.length ? w.views : [{}]).map((v) => ({
      ...v,
      tabSelected: w.name === sheetName,
    }));
  });
  const view = workbook.views?.[0];
  workbook.views = [
    view
      ? { ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }
      : {
          x: 0,
          y: 0,
          width: 12000,
          height: 8000,
          firstSheet: 0,
          activeTab: index,
          visibility: "visible",
        },
  ];
}

/** The source's header row, where a missing column is pointed at. */
const headerRow = (source: SourceTable): string =>
  qualified(
    source.sheetName,
    rangeA1(source.top, source.left, 1, Math.max(1, source.headers.length))
  );

/** A weighted roll-up asked for without a roll-up weight column: an error, nothing is written. */
function withRollupProblem(analysis: Analysis, options: BuildOptions): Analysis {
  const mapping = analysis.table?.mapping;
  if (!mapping || options.rollup !== "weighted" || mapping.unitWeight !== undefined)
    return analysis;
  return analysisOf([
    ...analysis.problems,
    problem("error", "rollupNeedsWeight", {}, headerRow(analysis.table!.source)),
  ]);
}

export interface PlannedWorkbook {
  /** What the build will say (its sheets are the plans' names). */
  readonly result: BuildWorkbookResult;
  /** Empty when the table has errors. */
  readonly plans: readonly SheetPlan[];
}

/** A workbook's KPI table read and checked: what planning needs, without the workbook's cells. */
export interface AnalysedWorkbook {
  readonly result: BuildWorkbookResult;
  /** Undefined when the table has errors. */
  readonly table?: KpiTable;
  readonly options: BuildOptions;
  /** The workbook's sheet names and its defined and table names, which the plans' names avoid. */
  readonly sheetNames: readonly string[];
  readonly takenNames: readonly string[];
}

/** Reads and checks the KPI table. */
export function analyseWorkbook(
  input: ExcelJS.Workbook,
  options: BuildWorkbookOptions = {}
): AnalysedWorkbook {
  const { source, computed, uncomputed } = readSourceDetailed(input, options);
  const opts = buildOptionsOf(options);
  const analysis = analyseSource(source, matchColumns(source.headers));
  const { table, problems } = withRollupProblem(analysis, opts);
  return {
    result: { source, computed, uncomputed, chartsLeftOut: 0, problems, sheets: [] },
    table,
    options: opts,
    sheetNames: input.worksheets.map((w) => w.name),
    takenNames: [...takenNames(input)],
  };
}

/** Plans the sheets of an analysed workbook (none when its table has errors). */
export function planAnalysed(analysed: AnalysedWorkbook): PlannedWorkbook {
  const { table, options: opts, result: base } = analysed;
  if (!table) return { result: base, plans: [] };
  const plans = buildPlans(table, opts, analysed.sheetNames, analysed.takenNames);
  let chartsLeftOut = 0;
  for (const plan of plans) chartsLeftOut += plan.charts.length;
  const result = {
    ...base,
    sheets: plans.map((p) => p.name),
    preview: previewScorecard(table, opts),
    chartsLeftOut,
  };
  return { result, plans };
}

/** Reads and checks the KPI table and plans the sheets, without writing them. */
export function planWorkbook(
  input: ExcelJS.Workbook,
  options: BuildWorkbookOptions = {}
): PlannedWorkbook {
  return planAnalysed(analyseWorkbook(input, options));
}

/** The build into the workbook in memory (the user's sheets are not touched). */
export function buildWorkbook(
  input: ExcelJS.Workbook,
  options: BuildWorkbookOptions = {}
): BuildWorkbookResult {
  const { result, plans } = planWorkbook(input, options);
  for (const plan of plans) writePlanToWorkbook(input, plan);
  if (plans[0]) activate(input, plans[0].name);
  return result;
}
