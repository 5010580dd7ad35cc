/**
 * The input templates of src/scorecard/templates.ts as xlsx sheets. The
 * example's actuals are formulas over its monthly data; they get cached
 * results here (computed by formulaEval) so that the file can be read back,
 * by this CLI or any other program, before a spreadsheet app has opened it.
 */
import type ExcelJS from "exceljs";
import type { Language } from "../core/language";
import { claimNames } from "../scorecard/sheetNames";
import { TemplateKind, templatePlan } from "../scorecard/templates";
import { isFormulaValue } from "./cellValues";
import { evaluateFormula } from "./formulaEval";
import { WrittenSheet, writePlanToWorkbook } from "./writePlan";
import { takenNames } from "./workbookNames";

/** Gives every formula cell of the sheet without a result the result formulaEval computes. */
export function cacheResults(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!isFormulaValue(cell.value) || cell.result !== undefined) return;
      const result = evaluateFormula(workbook, sheet.name, cell.formula);
      if (result !== undefined) cell.value = { formula: cell.formula, result };
    })
  );
}

export function writeTemplate(
  workbook: ExcelJS.Workbook,
  kind: TemplateKind,
  language: Language,
  sheetName: string = language === "id" ? "KPI" : "KPIs"
): WrittenSheet {
  const [plan] = claimNames([templatePlan(kind, sheetName, language)], takenNames(workbook));
  const written = writePlanToWorkbook(workbook, plan);
  if (kind === "example") cacheResults(workbook, written.worksheet);
  return written;
}
