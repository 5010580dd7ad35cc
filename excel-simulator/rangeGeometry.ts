/**
 * Pure range arithmetic behind Range's navigation methods (getCell,
 * getOffsetRange, getResizedRange, getEntireColumn, getBoundingRect...), with
 * Excel's errors for ranges that would leave the grid.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  colCount,
  formatAddress,
  intersect,
  rowCount,
  union,
} from "./address";
import { invalidArgument } from "./errors";
import type { RangeModel } from "./workbook";

function checked(range: RangeModel, rect: Rect): RangeModel {
  if (
    rect.r0 < 0 ||
    rect.c0 < 0 ||
    rect.r1 >= MAX_ROWS ||
    rect.c1 >= MAX_COLS ||
    rect.r1 < rect.r0 ||
    rect.c1 < rect.c0
  ) {
    throw invalidArgument("The range would extend beyond the worksheet.");
  }
  return { sheet: range.sheet, rect };
}

const num = (v: unknown, name: string): number => {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw invalidArgument(`${name} must be a whole number.`);
  return v;
};

export function addressOf(range: RangeModel): string {
  return formatAddress(range.sheet.name, range.rect);
}

export function getCell(range: RangeModel, row: unknown, col: unknown): RangeModel {
  const r = range.rect.r0 + num(row, "row");
  const c = range.rect.c0 + num(col, "column");
  return checked(range, { r0: r, c0: c, r1: r, c1: c });
}

export function getOffset(range: RangeModel, rows: unknown, cols: unknown): RangeModel {
  const dr = num(rows, "rowOffset");
  const dc = num(cols, "columnOffset");
  const { r0, c0, r1, c1 } = range.rect;
  return checked(range, { r0: r0 + dr, c0: c0 + dc, r1: r1 + dr, c1: c1 + dc });
}

export function getResized(range: RangeModel, rows: unknown, cols: unknown): RangeModel {
  const { r0, c0, r1, c1 } = range.rect;
  return checked(range, {
    r0,
    c0,
    r1: r1 + num(rows, "deltaRows"),
    c1: c1 + num(cols, "deltaColumns"),
  });
}

export function getAbsoluteResized(range: RangeModel, rows: unknown, cols: unknown): RangeModel {
  const { r0, c0 } = range.rect;
  return checked(range, {
    r0,
    c0,
    r1: r0 + num(rows, "numRows") - 1,
    c1: c0 + num(cols, "numColumns") - 1,
  });
}

export function getRow(range: RangeModel, i: unknown): RangeModel {
  const r = range.rect.r0 + num(i, "row");
  if (r > range.rect.r1) throw invalidArgument("The row index is outside the range.");
  return checked(range, { ...range.rect, r0: r, r1: r });
}

export function getColumn(range: RangeModel, i: unknown): RangeModel {
  const c = range.rect.c0 + num(i, "column");
  if (c > range.rect.c1) throw invalidArgument("The column index is outside the range.");
  return checked(range, { ...range.rect, c0: c, c1: c });
}

export function entireColumn(range: RangeModel): RangeModel {
  return { sheet: range.sheet, rect: { ...range.rect, r0: 0, r1: MAX_ROWS - 1 } };
}

export function entireRow(range: RangeModel): RangeModel {
  return { sheet: range.sheet, rect: { ...range.rect, c0: 0, c1: MAX_COLS - 1 } };
}

export function lastRow(range: RangeModel): RangeModel {
  return { sheet: range.sheet, rect: { ...range.rect, r0: range.rect.r1 } };
}

export function lastColumn(range: RangeModel): RangeModel {
  return { sheet: range.sheet, rect: { ...range.rect, c0: range.rect.c1 } };
}

export function lastCell(range: RangeModel): RangeModel {
  return {
    sheet: range.sheet,
    rect: { r0: range.rect.r1, c0: range.rect.c1, r1: range.rect.r1, c1: range.rect.c1 },
  };
}

export function rowsAbove(range: RangeModel, count: unknown = 1): RangeModel {
  const n = num(count ?? 1, "count");
  return checked(range, { ...range.rect, r0: range.rect.r0 - n, r1: range.rect.r0 - 1 });
}

export function rowsBelow(range: RangeModel, count: unknown = 1): RangeModel {
  const n = num(count ?? 1, "count");
  return checked(range, { ...range.rect, r0: range.rect.r1 + 1, r1: range.rect.r1 + n });
}

export function columnsBefore(range: RangeModel, count: unknown = 1): RangeModel {
  const n = num(count ?? 1, "count");
  return checked(range, { ...range.rect, c0: range.rect.c0 - n, c1: range.rect.c0 - 1 });
}

export function columnsAfter(range: RangeModel, count: unknown = 1): RangeModel {
  const n = num(count ?? 1, "count");
  return checked(range, { ...range.rect, c0: range.rect.c1 + 1, c1: range.rect.c1 + n });
}

function sameSheet(a: RangeModel, b: RangeModel): void {
  if (a.sheet !== b.sheet) throw invalidArgument("The ranges are on different worksheets.");
}

export function boundingRect(a: RangeModel, b: RangeModel): RangeModel {
  sameSheet(a, b);
  return { sheet: a.sheet, rect: union(a.rect, b.rect) };
}

export function intersection(a: RangeModel, b: RangeModel): RangeModel | null {
  sameSheet(a, b);
  const rect = intersect(a.rect, b.rect);
  return rect ? { sheet: a.sheet, rect } : null;
}

export function sizeOf(range: RangeModel): { rows: number; cols: number } {
  return { rows: rowCount(range.rect), cols: colCount(range.rect) };
}
