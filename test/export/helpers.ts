/** Shared helpers of the export tests: plans from a source, xlsx round trips, example files. */
import ExcelJS from "exceljs";
import * as path from "path";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { SheetPlan } from "../../src/scorecard/plan";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  SourceTable,
} from "../../src/scorecard/types";

export const EXAMPLES_DIR = path.resolve(__dirname, "..", "..", "examples");
export const example = (file: string): string => path.join(EXAMPLES_DIR, file);

export function plansFor(
  source: SourceTable,
  options: Partial<BuildOptions> = {},
  existing: string[] = [source.sheetName]
): { table: KpiTable; plans: SheetPlan[]; options: BuildOptions } {
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => problemMessage(p, "en")).join("\n"));
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  return { table, plans: buildPlans(table, opts, existing), options: opts };
}

/** Writes a workbook to xlsx bytes and reads them back, as another program would. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found)
    throw new Error(`no sheet ${name} in ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  return found;
}

/** A formula cell's formula and result, or undefined for other cells. */
export function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } | undefined {
  const v = cell.value;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    return { formula: cell.formula, result: cell.result };
  }
  return undefined;
}

/** The computed value of a cell: a formula's result, or the constant. */
export function valueOf(cell: ExcelJS.Cell): unknown {
  const f = formulaOf(cell);
  return f ? f.result : cell.value;
}
