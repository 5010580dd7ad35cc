/**
 * A plan's table with ExcelJS. `addTable` takes the header names and the rows
 * and writes them into the cells itself, so the table is built from the cells
 * the plan already wrote (formulas included: they are plain formula cells of
 * the table's rows). Excel needs unique, non-empty text headers: when the
 * header row has anything else, the range gets an autofilter instead of a
 * table, and the function returns undefined.
 */
import type ExcelJS from "exceljs";
import { cellA1 } from "../scorecard/a1";
import type { TablePlan } from "../scorecard/plan";
import { rangeOf } from "./rangeFormat";

type TableTheme = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

/** Text headers, or undefined when Excel would not accept them as table column names. */
function headerNames(sheet: ExcelJS.Worksheet, row: number, column: number, columns: number) {
  const names: string[] = [];
  for (let c = 0; c < columns; c++) {
    const v = sheet.getCell(row + 1, column + c + 1).value;
    if (typeof v !== "string" || v.trim() === "") return undefined;
    names.push(v);
  }
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return lower.size === names.length ? names : undefined;
}

/**
 * Adds the table under `plan.name` (a plan's names are final: src/scorecard/sheetNames.ts)
 * and records the name in `taken` (lower case) when given.
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  plan: TablePlan,
  taken?: Set<string>
): string | undefined {
  const a = rangeOf(plan.address);
  const headers = headerNames(sheet, a.row, a.column, a.columns);
  if (!headers || a.rows < 2) {
    sheet.autoFilter = plan.address;
    return undefined;
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r < a.rows; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = 0; c < a.columns; c++)
      row.push(sheet.getCell(a.row + r + 1, a.column + c + 1).value);
    rows.push(row);
  }
  const { name } = plan;
  taken?.add(name.toLowerCase());
  sheet.addTable({
    name,
    displayName: name,
    ref: cellA1(a.row, a.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: plan.style as TableTheme, showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
  return name;
}
