/**
 * ExcelJS cell values → the SourceTable's values and formulas, the way
 * Office.js reports them: "" for a blank, numbers, text, booleans, errors as
 * their text ("#N/A"), dates as serial numbers; a formula's value is its
 * cached result, and its formula text starts with "=".
 */
import type ExcelJS from "exceljs";
import type { SourceValue } from "../scorecard/types";
import { BUILT_IN_SHORT_DATE, shownText } from "./shownText";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as Excel's serial number (1900 date system). */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !(v instanceof Date);

export function isFormulaValue(v: ExcelJS.CellValue): boolean {
  return isObj(v) && ("formula" in v || "sharedFormula" in v);
}

/** A constant (or a formula's result) as a source value; undefined for "no result". */
export function plainValue(v: unknown): SourceValue | undefined {
  if (v === undefined) return undefined;
  if (v === null) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return excelSerial(v);
  if (isObj(v)) {
    if (typeof v.error === "string") return v.error;
    if (Array.isArray(v.richText)) {
      return v.richText.map((run) => (isObj(run) ? String(run.text ?? "") : "")).join("");
    }
    if ("hyperlink" in v) return plainValue(v.text) ?? "";
  }
  return String(v);
}

/**
 * The number format Excel shows a cell with: its own, or for a date without
 * one (ExcelJS gives a Date such a cell), the built-in short date.
 */
export function formatOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.numFmt) return cell.numFmt;
  const v = isFormulaValue(cell.value) ? cell.result : cell.value;
  return v instanceof Date ? BUILT_IN_SHORT_DATE : undefined;
}

/** A value's text as Excel shows it in `cell` (src/export/shownText.ts); "" for a blank. */
export function cellText(cell: ExcelJS.Cell, value: SourceValue): string {
  return shownText(value, formatOf(cell));
}

export interface ReadCell {
  readonly value: SourceValue;
  /** "=FORMULA" for formula cells, the constant as text otherwise ("" for a blank). */
  readonly formula: string;
  /** True for a formula cell without a cached result (a file not saved by a spreadsheet app). */
  readonly uncached: boolean;
}

export function readCell(cell: ExcelJS.Cell): ReadCell {
  // As in Office.js, only the top-left cell of a merged area holds its value.
  if (cell.isMerged && cell.master !== cell) return { value: "", formula: "", uncached: false };
  const v = cell.value;
  if (isFormulaValue(v)) {
    // cell.result, not cell.value.result: ExcelJS's value getter drops falsy results (0, FALSE, "").
    const result = plainValue(cell.result);
    return { value: result ?? "", formula: `=${cell.formula}`, uncached: result === undefined };
  }
  const value = plainValue(v) ?? "";
  return { value, formula: value === "" ? "" : String(value), uncached: false };
}
