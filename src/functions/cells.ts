/**
 * Cells in and out.
 *
 * What one cell means to a numeric argument, Excel's way:
 * - null, undefined and "" are blank (Excel sends null for an empty cell; an
 *   omitted optional argument arrives as null or undefined: both are blank);
 * - TRUE and FALSE count as 1 and 0, as in Excel arithmetic;
 * - text is `#VALUE!` naming the argument (numbers stored as text included: a
 *   silent conversion could read "0,5" the wrong way);
 * - an error in the cell is passed on unchanged;
 * - NaN or ±Infinity (never sent by Excel) is `#NUM!` (without a message: Excel
 *   shows none on #NUM!).
 */
import { DomainError, Outcome } from "../core/errors";
import { ExcelError, bareError, excelError, fromDomainError, isExcelError } from "./excelError";
import { Shape, positionAt } from "./grid";

/** A value Excel can show in a cell. */
export type CellValue = number | string | boolean | ExcelError;
/** What every custom function returns: Excel spills it, and a 1x1 array shows as a single value. */
export type Matrix = CellValue[][];

export function single(value: CellValue): Matrix {
  return [[value]];
}

/** A core outcome at one position of a result as a cell: the value, or the error with its position. */
export function toCell(
  result: Outcome<number | string | boolean>,
  shape: Shape,
  r: number,
  c: number
): CellValue {
  return result instanceof DomainError ? fromDomainError(result, positionAt(shape, r, c)) : result;
}

export const BLANK: unique symbol = Symbol("blank");
export type Blank = typeof BLANK;

export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

export function coerceNumber(
  v: unknown,
  name: string,
  shape: Shape,
  r: number,
  c: number
): number | Blank | ExcelError {
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : bareError("num");
  }
  if (v === null || v === undefined || v === "") return BLANK;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isExcelError(v)) return v;
  if (typeof v === "string") {
    return excelError("value", "text", { name, position: positionAt(shape, r, c), text: v });
  }
  return excelError("value", "notSingle", { name, position: positionAt(shape, r, c) });
}

/** The top-left cell of an argument that is meant to be one value but may arrive as a range. */
export function firstCell(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return Array.isArray(v[0]) ? v[0][0] : v[0];
}

/** Text arguments (RATING's scheme and language): blank is undefined, anything else its trimmed text. */
export function coerceText(v: unknown, name: string): string | undefined | ExcelError {
  const cell = firstCell(v);
  if (isBlankCell(cell)) return undefined;
  if (isExcelError(cell)) return cell;
  if (typeof cell === "string") return cell.trim();
  return excelError("value", "mustBeText", { name });
}
