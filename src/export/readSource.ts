/**
 * Reads a KPI table (header row + data rows) from an ExcelJS workbook, as
 * src/excel/readSource.ts does from Excel: each cell's value, formula and text
 * as Excel shows it (src/export/shownText.ts), turned into the source table by
 * the same function (src/scorecard/sourceTable.ts). Which range:
 *
 * - `table`: that Excel table (any sheet; names compared case-insensitively);
 * - `range`: that range ("A1:G9" or "Data!A1:G9"), on `sheet` or the first sheet;
 * - `sheet` alone: the table region of that sheet (below);
 * - nothing: the first Excel table whose headers name the KPI table's required
 *   columns, else the first sheet whose region's headers do, else the first sheet.
 *
 * A sheet's table region starts at the first non-blank row (the header row),
 * spans its first to last non-blank header cells and ends before the first
 * blank row: notes or other blocks below a blank row are not read.
 *
 * Formula cells: the value is the cached result; a file written by a program
 * has none, so the formula is computed by src/export/formulaEval.ts when it
 * can be, and the cell is listed in `uncomputed` when it cannot.
 */
import type ExcelJS from "exceljs";
import { parseAddress, qualified, rangeA1 } from "../scorecard/a1";
import { matchColumns } from "../scorecard/headers";
import { headerText, toSourceTable } from "../scorecard/sourceTable";
import { REQUIRED_COLUMNS, SourceLabel, SourceTable, SourceValue } from "../scorecard/types";
import { cellText, readCell } from "./cellValues";
import { evaluateFormula } from "./formulaEval";
import { SourceError } from "./messages";
import { tablesOf } from "./workbookNames";

export { SourceError } from "./messages";

export interface ReadSourceOptions {
  readonly sheet?: string;
  readonly range?: string;
  readonly table?: string;
}

export interface SourceRead {
  readonly source: SourceTable;
  /** Formula cells ("'Data'!G2") whose result is neither cached nor computable here (read as blank). */
  readonly uncomputed: readonly string[];
  /** Formula cells without a cached result that were computed here. */
  readonly computed: readonly string[];
}

interface Area {
  readonly sheet: ExcelJS.Worksheet;
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly label: SourceLabel;
}

const blank = (cell: ExcelJS.Cell): boolean => readCell(cell).value === "";

function worksheet(workbook: ExcelJS.Workbook, name?: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (name === undefined) {
    if (!sheets[0]) throw new SourceError("noSheets");
    return sheets[0];
  }
  const found = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new SourceError("noSheet", { name, known: sheets.map((s) => s.name) });
  return found;
}

/** The table region of a sheet (see the file comment), or undefined when the sheet is empty. */
export function sheetRegion(sheet: ExcelJS.Worksheet): Area | undefined {
  let header: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (
      !header &&
      row.actualCellCount > 0 &&
      !isBlankRow(sheet, row.number - 1, 0, sheet.columnCount)
    )
      header = row;
  });
  if (!header) return undefined;
  let first = -1;
  let last = -1;
  for (let c = 1; c <= sheet.columnCount; c++) {
    if (!blank(header.getCell(c))) {
      if (first < 0) first = c - 1;
      last = c - 1;
    }
  }
  const top = header.number - 1;
  const columns = last - first + 1;
  let bottom = top;
  while (bottom + 1 < sheet.rowCount && !isBlankRow(sheet, bottom + 1, first, columns)) bottom++;
  const rows = bottom - top + 1;
  return {
    sheet,
    row: top,
    column: first,
    rows,
    columns,
    label: { kind: "range", address: rangeLabel(sheet.name, top, first, rows, columns) },
  };
}

function isBlankRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  column: number,
  columns: number
): boolean {
  for (let c = 0; c < columns; c++)
    if (!blank(sheet.getCell(row + 1, column + c + 1))) return false;
  return true;
}

const rangeLabel = (sheet: string, row: number, column: number, rows: number, columns: number) =>
  qualified(sheet, rangeA1(row, column, rows, columns));

function areaOf(sheet: ExcelJS.Worksheet, address: string, table?: string): Area {
  const a = parseAddress(address);
  if (!a) throw new SourceError("notAnAddress", { address });
  const where = rangeLabel(sheet.name, a.row, a.column, a.rows, a.columns);
  const label: SourceLabel =
    table === undefined
      ? { kind: "range", address: where }
      : { kind: "table", name: table, address: where };
  return { ...a, sheet, label };
}

/** The area's headers as the source table will have them (src/scorecard/sourceTable.ts). */
function headersOf(area: Area): string[] {
  const headers: string[] = [];
  for (let c = 0; c < area.columns; c++) {
    const cell = area.sheet.getCell(area.row + 1, area.column + c + 1);
    const { value } = readCell(cell);
    headers.push(headerText(value, cellText(cell, value)));
  }
  return headers;
}

/** Headers that name every required column (the actual may come from period data instead). */
function looksLikeKpiTable(headers: readonly string[]): boolean {
  const mapping = matchColumns(headers);
  return REQUIRED_COLUMNS.every((k) => k === "actual" || mapping[k] !== undefined);
}

function findArea(workbook: ExcelJS.Workbook, options: ReadSourceOptions): Area {
  if (options.table !== undefined) {
    const wanted = options.table.toLowerCase();
    for (const sheet of workbook.worksheets) {
      const t = tablesOf(sheet).find((x) => x.name.toLowerCase() === wanted);
      if (t) return areaOf(sheet, t.ref, t.name);
    }
    const known = workbook.worksheets.flatMap((s) => tablesOf(s).map((t) => t.name));
    throw new SourceError("noTable", { name: options.table, known });
  }
  if (options.range !== undefined) {
    const parsed = parseAddress(options.range);
    if (!parsed) throw new SourceError("notAnAddress", { address: options.range });
    const sheet = worksheet(workbook, parsed.sheet ?? options.sheet);
    return areaOf(sheet, options.range.slice(options.range.lastIndexOf("!") + 1));
  }
  const region = (sheet: ExcelJS.Worksheet): Area => {
    const r = sheetRegion(sheet);
    if (!r) throw new SourceError("emptySheet", { sheet: sheet.name });
    return r;
  };
  if (options.sheet !== undefined) return region(worksheet(workbook, options.sheet));
  for (const sheet of workbook.worksheets) {
    for (const t of tablesOf(sheet)) {
      const area = areaOf(sheet, t.ref, t.name);
      if (looksLikeKpiTable(headersOf(area))) return area;
    }
  }
  for (const sheet of workbook.worksheets) {
    const r = sheetRegion(sheet);
    if (r && looksLikeKpiTable(headersOf(r))) return r;
  }
  return region(worksheet(workbook));
}

/** The source table and the formula cells whose results had to be computed (or could not be). */
export function readSourceDetailed(
  workbook: ExcelJS.Workbook,
  options: ReadSourceOptions = {}
): SourceRead {
  const area = findArea(workbook, options);
  const { sheet } = area;
  const values: SourceValue[][] = [];
  const formulas: string[][] = [];
  const text: string[][] = [];
  const computed: string[] = [];
  const uncomputed: string[] = [];
  for (let r = 0; r < area.rows; r++) {
    const rowValues: SourceValue[] = [];
    const rowFormulas: string[] = [];
    const rowText: string[] = [];
    for (let c = 0; c < area.columns; c++) {
      const row = area.row + r;
      const column = area.column + c;
      const cell = sheet.getCell(row + 1, column + 1);
      const read = readCell(cell);
      let value = read.value;
      // Data rows only: the header row is read as its cached text, as when the area was found.
      if (read.uncached && r > 0) {
        const result = evaluateFormula(workbook, sheet.name, read.formula);
        (result === undefined ? uncomputed : computed).push(
          qualified(sheet.name, rangeA1(row, column, 1, 1))
        );
        value = result ?? "";
      }
      rowValues.push(value);
      rowFormulas.push(read.formula);
      rowText.push(cellText(cell, value));
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    text.push(rowText);
  }
  const source = toSourceTable({
    sheetName: sheet.name,
    top: area.row,
    left: area.column,
    values,
    formulas,
    text,
    label: area.label,
  });
  return { source, computed, uncomputed };
}

export function readSourceFromWorkbook(
  workbook: ExcelJS.Workbook,
  options: ReadSourceOptions = {}
): SourceTable {
  return readSourceDetailed(workbook, options).source;
}
