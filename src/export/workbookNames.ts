/**
 * Workbook-wide names as ExcelJS holds them: defined names and table names
 * (one namespace in Excel), and the tables of a worksheet with their ranges.
 * A build's plans take them as the names to avoid (buildPlans); the writer
 * only checks that the plan's are still free.
 */
import type ExcelJS from "exceljs";

export interface SheetTable {
  readonly name: string;
  /** Range including the header row, e.g. "A1:G5". */
  readonly ref: string;
  readonly headerRow: boolean;
}

/** ExcelJS's table model (read from a file: tableRef; added in code: ref is the top-left cell and tableRef the range). */
interface TableModel {
  readonly name?: string;
  readonly ref?: string;
  readonly tableRef?: string;
  readonly headerRow?: boolean;
}

/** The tables of a worksheet; ExcelJS's typings for `getTables()` are wrong, hence the narrow cast. */
export function tablesOf(sheet: ExcelJS.Worksheet): SheetTable[] {
  const tables = (sheet as unknown as { getTables(): { model?: TableModel }[] }).getTables();
  return tables.flatMap((t) => {
    const m = t.model;
    const ref = m?.tableRef ?? m?.ref;
    return m?.name && ref ? [{ name: m.name, ref, headerRow: m.headerRow !== false }] : [];
  });
}

/** Lower-cased defined names and table names already in the workbook. */
export function takenNames(workbook: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const n of workbook.definedNames.model) taken.add(n.name.toLowerCase());
  for (const sheet of workbook.worksheets) {
    for (const t of tablesOf(sheet)) taken.add(t.name.toLowerCase());
  }
  return taken;
}

/** `name`, or `name_2`, ... when taken: the plans' rule (src/scorecard/sheetNames.ts), for copies of a workbook's names. */
export { uniqueDefinedName as uniqueName } from "../scorecard/sheetNames";
