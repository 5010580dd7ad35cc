/**
 * Tables (ListObjects): a named rectangle with a header row, an optional
 * total row, unique column names and a style. Structured references
 * (Table1[Column]) are not understood by the formula engine; adding rows or
 * columns overwrites the cells below or beside the table instead of shifting
 * them.
 */
import { Rect, colCount, intersect } from "./address";
import { readFormulas, readValues, writeContents } from "./cells";
import { ErrorCode, hostError, invalidArgument, itemNotFound } from "./errors";
import type { SheetModel } from "./sheet";
import type { RangeModel, TableModel, Workbook } from "./workbook";

const VALID_TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function checkName(wb: Workbook, name: string, except?: TableModel): void {
  if (!VALID_TABLE_NAME.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[rc]$/i.test(name))
    throw invalidArgument(`'${name}' is not a valid table name.`);
  const key = name.toLowerCase();
  if (
    wb.tables.some((t) => t !== except && t.name.toLowerCase() === key) ||
    wb.names.some((n) => n.name.toLowerCase() === key)
  ) {
    throw hostError(
      ErrorCode.itemAlreadyExists,
      `A table or name called '${name}' already exists.`
    );
  }
}

/** Header texts made unique and non-blank, as Excel does ("Column1", "Name2"). */
function uniqueHeaders(raw: unknown[]): string[] {
  const seen = new Set<string>();
  return raw.map((v, j) => {
    let name = v === "" || v === null || v === undefined ? `Column${j + 1}` : String(v);
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function addTable(wb: Workbook, range: RangeModel, hasHeaders: unknown): TableModel {
  const { sheet } = range;
  let rect = range.rect;
  if (wb.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect)))
    throw invalidArgument("A table can't overlap another table.");
  if (hasHeaders !== true) {
    const body = readFormulas(wb, range);
    rect = { ...rect, r1: rect.r1 + 1 };
    writeContents(
      wb,
      { sheet, rect: { ...rect, r0: rect.r0 + 1 } },
      body.map((row) => row.map((v) => (v === "" ? null : v)))
    );
    writeContents(wb, { sheet, rect: { ...rect, r1: rect.r0 } }, [
      new Array(colCount(rect)).fill(""),
    ]);
  }
  const header: RangeModel = { sheet, rect: { ...rect, r1: rect.r0 } };
  const names = uniqueHeaders(readValues(wb, header)[0]);
  writeContents(wb, header, [names.map((n) => `'${n}`)]);
  let n = wb.nextId("table");
  while (wb.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n = wb.nextId("table");
  const table: TableModel = {
    id: String(n),
    name: `Table${n}`,
    sheet,
    rect: rect.r1 === rect.r0 ? { ...rect, r1: rect.r0 + 1 } : rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  wb.tables.push(table);
  return table;
}

export function renameTable(wb: Workbook, t: TableModel, name: unknown): void {
  checkName(wb, String(name), t);
  t.name = String(name);
}

export function findTable(
  wb: Workbook,
  sheet: SheetModel | undefined,
  key: unknown,
  nullable: boolean
): TableModel | null {
  const k = String(key).toLowerCase();
  const found = wb.tables.find(
    (t) =>
      (sheet === undefined || t.sheet === sheet) &&
      (t.name.toLowerCase() === k || t.id === String(key))
  );
  if (found) return found;
  if (nullable) return null;
  throw itemNotFound(`table '${String(key)}'`);
}

export function headerRect(t: TableModel): Rect {
  return { ...t.rect, r1: t.rect.r0 };
}

export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1, r1: t.showTotals ? t.rect.r1 - 1 : t.rect.r1 };
}

export function totalRect(t: TableModel): Rect | undefined {
  return t.showTotals ? { ...t.rect, r0: t.rect.r1 } : undefined;
}

export function headerNames(wb: Workbook, t: TableModel): string[] {
  return readValues(wb, { sheet: t.sheet, rect: headerRect(t) })[0].map(String);
}

export function setShowTotals(wb: Workbook, t: TableModel, show: unknown): void {
  if ((show === true) === t.showTotals) return;
  if (show === true) {
    t.rect = { ...t.rect, r1: t.rect.r1 + 1 };
    t.showTotals = true;
    writeContents(
      wb,
      { sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1, c1: t.rect.c0 } },
      "Total"
    );
  } else {
    writeContents(wb, { sheet: t.sheet, rect: totalRect(t)! }, "");
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
    t.showTotals = false;
  }
}

/** TableRowCollection.add: rows appended at the end (or written at `index`, rows below moving down). */
export function addRows(wb: Workbook, t: TableModel, index: unknown, values: unknown): number {
  const body = bodyRect(t);
  const rows =
    Array.isArray(values) && Array.isArray(values[0])
      ? (values as unknown[][])
      : [new Array(colCount(t.rect)).fill(values ?? "")];
  const at =
    index === undefined || index === null || index === -1 ? body.r1 - body.r0 + 1 : Number(index);
  const moved = readFormulas(wb, {
    sheet: t.sheet,
    rect: { ...body, r0: body.r0 + at, r1: body.r1 + (t.showTotals ? 1 : 0) },
  });
  const isEmptyFirst =
    t.rect.r1 - t.rect.r0 === 1 &&
    readValues(wb, { sheet: t.sheet, rect: body })[0].every((v) => v === "");
  const start = body.r0 + (isEmptyFirst ? 0 : at);
  const grow = isEmptyFirst ? rows.length - 1 : rows.length;
  t.rect = { ...t.rect, r1: t.rect.r1 + grow };
  writeContents(
    wb,
    { sheet: t.sheet, rect: { ...body, r0: start, r1: start + rows.length - 1 } },
    rows
  );
  if (!isEmptyFirst && moved.length > 0 && at <= body.r1 - body.r0) {
    writeContents(
      wb,
      {
        sheet: t.sheet,
        rect: { ...body, r0: start + rows.length, r1: start + rows.length + moved.length - 1 },
      },
      moved
    );
  }
  return at;
}

export function addColumn(wb: Workbook, t: TableModel, values: unknown, name: unknown): number {
  t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
  const col: Rect = { ...t.rect, c0: t.rect.c1 };
  const header = name === undefined || name === null ? `Column${colCount(t.rect)}` : String(name);
  if (Array.isArray(values)) writeContents(wb, { sheet: t.sheet, rect: col }, values);
  const names = uniqueHeaders([...headerNames(wb, t).slice(0, -1), header]);
  writeContents(wb, { sheet: t.sheet, rect: { ...col, r1: col.r0 } }, [
    [`'${names[names.length - 1]}`],
  ]);
  return colCount(t.rect) - 1;
}

export function removeTable(wb: Workbook, t: TableModel, clearCells: boolean): void {
  wb.tables = wb.tables.filter((x) => x !== t);
  if (clearCells) {
    writeContents(wb, { sheet: t.sheet, rect: t.rect }, "");
    t.sheet.formats.clear(t.rect);
  }
}
