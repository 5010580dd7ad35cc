/**
 * The ExcelJS writer of a sheet plan: the headless twin of
 * src/excel/writeSheet.ts (same order, same meaning), for the command line and
 * file downloads.
 *
 * What an exported file holds: cells (text always literal), native formulas
 * without cached results (the workbook asks for a full recalculation on load),
 * number formats, fonts, fills, alignment, borders, column widths, frozen
 * panes, conditional formats, tables, defined names, print set-up, tab colour.
 *
 * What it does not: charts. ExcelJS cannot write charts, so a plan's charts
 * are left out (their data block is on the sheet, next to where the chart
 * would be); nothing is drawn in their place.
 */
import type ExcelJS from "exceljs";
import { cellA1 } from "../scorecard/a1";
import {
  CellBlock,
  ConditionalFormatPlan,
  PlanCell,
  SheetPlan,
  formulaText,
} from "../scorecard/plan";
import { SharedStyles, rangeOf } from "./rangeFormat";
import { writeTable } from "./tables";
import { argb, pointsToCharacters } from "./units";
import { takenNames } from "./workbookNames";

/**
 * Text Excel would read as a formula if it were typed again (a user editing the
 * cell): its cell gets the Text format. The plan decided the cell is text (every
 * plan string is) and a string cell in a file is text already; this is how this
 * writer protects a later edit, as the apostrophe the Office.js writer sends
 * does there (Excel marks such a cell quote-prefixed, which ExcelJS cannot write).
 */
function looksLikeFormula(c: PlanCell): boolean {
  return typeof c === "string" && /^[=+\-@]/.test(c);
}

/**
 * A plan cell written in sheet row `sheetRow` (1-based) as an ExcelJS value:
 * formulas (a row formula's text for that row) without "=" and without a
 * result, text as text.
 */
export function toCellValue(c: PlanCell, sheetRow: number): ExcelJS.CellValue {
  if (c === null) return null;
  if (typeof c === "object")
    return { formula: formulaText(c, sheetRow).replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return c;
}

export interface WrittenSheet {
  readonly worksheet: ExcelJS.Worksheet;
  /** Defined names as written (the plan's). */
  readonly names: readonly string[];
  /** Table names as written; empty when a table had to fall back to an autofilter. */
  readonly tables: readonly string[];
  /** Charts of the plan that the file does not contain. */
  readonly chartsLeftOut: number;
}

function writeBlock(sheet: ExcelJS.Worksheet, block: CellBlock, styles: SharedStyles): void {
  const origin = rangeOf(block.address);
  block.cells.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c === null) return;
      const cell = sheet.getCell(origin.row + r + 1, origin.column + k + 1);
      if (looksLikeFormula(c)) styles.text(cell);
      cell.value = toCellValue(c, origin.row + r + 1);
    })
  );
}

/** What both writers' sheets (ExcelJS's worksheet and its streaming writer) take for widths and rules. */
type SheetLike = Pick<ExcelJS.Worksheet, "getColumn" | "addConditionalFormatting">;

/** One rule of the plan's conditional formats (both writers). */
export function writeConditionalFormat(sheet: SheetLike, cf: ConditionalFormatPlan): void {
  sheet.addConditionalFormatting({
    ref: cf.address,
    rules: [
      {
        type: "expression",
        priority: 0,
        formulae: [cf.formula.replace(/^=/, "")],
        style: {
          // In a differential format the solid fill's colour is its background colour.
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          font: { color: { argb: argb(cf.fontColor) } },
        },
      },
    ],
  });
}

/** The plan's column widths, in ExcelJS's character units; a width of 0 hides the column (both writers). */
export function writeColumnWidths(sheet: SheetLike, plan: SheetPlan): void {
  for (const [column, width] of Object.entries(plan.columnWidths)) {
    if (width === 0) sheet.getColumn(column).hidden = true;
    else sheet.getColumn(column).width = pointsToCharacters(width);
  }
}

function writeFreeze(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const freeze = plan.freeze;
  if (!freeze || freeze.rows + freeze.columns === 0) return;
  sheet.views = [
    {
      state: "frozen",
      xSplit: freeze.columns,
      ySplit: freeze.rows,
      topLeftCell: cellA1(freeze.rows, freeze.columns),
      activeCell: "A1",
    },
  ];
}

/**
 * Adds a worksheet named `plan.name` and writes the plan into it, its tables
 * and defined names under the plan's names. Throws, before it adds anything,
 * when the workbook already has a sheet or a name the plan uses (buildPlans
 * picks free ones: give it the workbook's, workbookNames.ts takenNames).
 */
export function writePlanToWorkbook(workbook: ExcelJS.Workbook, plan: SheetPlan): WrittenSheet {
  if (workbook.worksheets.some((w) => w.name.toLowerCase() === plan.name.toLowerCase())) {
    throw new Error(`A sheet named "${plan.name}" already exists.`);
  }
  const taken = takenNames(workbook);
  for (const { name } of [...plan.tables, ...plan.names]) {
    if (taken.has(name.toLowerCase())) throw new Error(`A name "${name}" already exists.`);
  }
  const sheet = workbook.addWorksheet(plan.name);
  const styles = new SharedStyles();
  for (const block of plan.blocks) writeBlock(sheet, block, styles);
  for (const f of plan.formats) styles.apply(sheet, f);
  writeColumnWidths(sheet, plan);
  // Priorities follow the plan's order (ExcelJS numbers rules left at 0).
  for (const cf of plan.conditionalFormats) writeConditionalFormat(sheet, cf);
  const tables: string[] = [];
  for (const t of plan.tables) {
    const name = writeTable(sheet, t, taken);
    if (name) tables.push(name);
  }
  for (const n of plan.names) workbook.definedNames.add(n.address, n.name);
  writeFreeze(sheet, plan);
  sheet.pageSetup.orientation = plan.print.orientation === "Landscape" ? "landscape" : "portrait";
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = plan.print.fitToPagesWide;
  sheet.pageSetup.fitToHeight = 0;
  if (plan.tabColor) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
  // Formulas carry no cached results: ask Excel to compute everything on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const names = plan.names.map((n) => n.name);
  return { worksheet: sheet, names, tables, chartsLeftOut: plan.charts.length };
}
