/* global Excel */
/** Reading the workbook: sources for the pane, their values and formulas, period data. */
import { shownNumber } from "../scorecard/shownNumber";
import { parseAddress } from "../scorecard/a1";
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
    default:
      return context.workbook.getSelectedRange();
  }
}

const sourceLabel = (choice: SourceChoice, address: string): SourceLabel =>
  choice.kind === "selection"
    ? { kind: "range", address }
    : { kind: choice.kind, name: choice.id, address };

/** A date or number header reads as shown ("Jan-24"), not as its serial number. */
function headerText(value: SourceValue, shown: string | undefined): string {
  return shownNumber(value, shown) ?? String(value ?? "");
}

/**
 * Header row + data rows of a source; whole-column selections are cut to the
 * used range. Large sources are read in chunks whose answers stay under
 * `budget` bytes (src/excel/readGrid.ts).
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
    const values = grid.values as SourceValue[][];
    const formulas = grid.formulas.map((row) => row.map((f) => String(f ?? "")));
    const [headers = [], ...rows] = values;
    const [headerTexts = [], ...texts] = grid.text as string[][];
    return {
      sheetName: range.worksheet.name,
      top: range.rowIndex,
      left: range.columnIndex,
      headers: headers.map((h, c) => headerText(h, headerTexts[c])),
      values: rows,
      formulas: formulas.slice(1),
      texts,
      label: sourceLabel(choice, range.address),
    };
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
