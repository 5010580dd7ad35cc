/* global Excel */
/** Reading the workbook: sources for the pane, their values and formulas, period data. */
import { parseAddress } from "../scorecard/a1";
import type { WorkbookName, WorkbookNames } from "../scorecard/sheetNames";
import { toSourceTable } from "../scorecard/sourceTable";
import type { SourceLabel, SourceTable, SourceValue } from "../scorecard/types";
import type { SourceChoice } from "../scorecard/workbookService";
import { runExcel, runIdempotent } from "./excelRun";
import { WorkbookError } from "./messages";
import { DEFAULT_READ_BUDGET_BYTES, readGrid } from "./readGrid";

export async function listSources(): Promise<SourceChoice[]> {
  return runIdempotent(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name,items/type");
    await context.sync();
    // Choices are codes: the pane names them in its language.
    return [
      { kind: "selection", id: "" } as SourceChoice,
      ...tables.items.map((t): SourceChoice => ({ kind: "table", id: t.name })),
      ...names.items
        .filter((n) => n.type === "Range")
        .map((n): SourceChoice => ({ kind: "name", id: n.name })),
    ];
  });
}

function rangeOf(context: Excel.RequestContext, choice: SourceChoice): Excel.Range {
  switch (choice.kind) {
    case "table":
      return context.workbook.tables.getItem(choice.id).getRange();
    case "name":
      return context.workbook.names.getItem(choice.id).getRange();
    case "range": {
      // A range read before (the pane's Refresh of a selection): "'Sheet'!A1:G5".
      const parsed = parseAddress(choice.id);
      if (!parsed?.sheet) throw new WorkbookError("notAnAddress", { address: choice.id });
      return context.workbook.worksheets
        .getItem(parsed.sheet)
        .getRange(choice.id.slice(choice.id.lastIndexOf("!") + 1));
    }
    default:
      return context.workbook.getSelectedRange();
  }
}

const sourceLabel = (choice: SourceChoice, address: string): SourceLabel =>
  choice.kind === "selection" || choice.kind === "range"
    ? { kind: "range", address }
    : { kind: choice.kind, name: choice.id, address };

/**
 * Header row + data rows of a source; whole-column selections are cut to the
 * used range. Large sources are read in chunks whose answers stay under
 * `budget` bytes (src/excel/readGrid.ts): values, formulas and text, turned
 * into the source table by src/scorecard/sourceTable.ts as a file's are.
 */
export async function readSource(
  choice: SourceChoice,
  budget: number = DEFAULT_READ_BUDGET_BYTES
): Promise<SourceTable> {
  return runIdempotent(async (context) => {
    const full = rangeOf(context, choice).load("address");
    const used = full.worksheet.getUsedRangeOrNullObject(true);
    await context.sync();
    if (used.isNullObject) throw new WorkbookError("emptySource", { address: full.address });
    const range = full.getIntersectionOrNullObject(used);
    range.load("rowIndex,columnIndex,rowCount,columnCount,address");
    range.worksheet.load("name");
    await context.sync();
    if (range.isNullObject) throw new WorkbookError("emptySource", { address: full.address });
    const block = {
      row: range.rowIndex,
      column: range.columnIndex,
      rows: range.rowCount,
      columns: range.columnCount,
    };
    const grid = await readGrid(
      context,
      range.worksheet,
      block,
      ["values", "formulas", "text"],
      budget
    );
    return toSourceTable({
      sheetName: range.worksheet.name,
      top: range.rowIndex,
      left: range.columnIndex,
      values: grid.values as SourceValue[][],
      formulas: grid.formulas,
      text: grid.text as string[][],
      label: sourceLabel(choice, range.address),
    });
  });
}

/** Values of a sheet-qualified range ("'Monthly'!B9:M9"). */
export async function readValues(address: string): Promise<SourceValue[][]> {
  const parsed = parseAddress(address);
  if (!parsed) throw new WorkbookError("notAnAddress", { address });
  return runIdempotent(async (context) => {
    const sheet = parsed.sheet
      ? context.workbook.worksheets.getItem(parsed.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    const block = {
      row: parsed.row,
      column: parsed.column,
      rows: parsed.rows,
      columns: parsed.columns,
    };
    return (await readGrid(context, sheet, block, ["values"])).values as SourceValue[][];
  });
}

/** The sheet a defined name refers to ("='Data'!$A$1" → "Data"); undefined for other formulas. */
export function sheetOfName(formula: string): string | undefined {
  return parseAddress(formula.replace(/^=/, ""))?.sheet;
}

/** The workbook's sheets, defined names and tables: what a build's plans must not collide with. */
export async function workbookNames(): Promise<WorkbookNames> {
  return runIdempotent(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name, items/formula");
    const tables = context.workbook.tables.load("items/name, items/worksheet/name");
    await context.sync();
    return {
      sheets: sheets.items.map((s) => s.name),
      names: [
        ...names.items.map((n): WorkbookName => ({
          name: n.name,
          kind: "name",
          sheet: sheetOfName(n.formula),
        })),
        ...tables.items.map((t): WorkbookName => ({
          name: t.name,
          kind: "table",
          sheet: t.worksheet.name,
        })),
      ],
    };
  });
}

export async function sheetNames(): Promise<string[]> {
  return runIdempotent(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Selects an address ("'Data'!C5") and shows its sheet. */
export async function selectAddress(address: string): Promise<void> {
  const parsed = parseAddress(address);
  if (!parsed) throw new WorkbookError("notAnAddress", { address });
  await runExcel(async (context) => {
    const sheet = parsed.sheet
      ? context.workbook.worksheets.getItem(parsed.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    sheet.activate();
    sheet.getRangeByIndexes(parsed.row, parsed.column, parsed.rows, parsed.columns).select();
    await context.sync();
  });
}
