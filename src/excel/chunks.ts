/**
 * Splits what a build writes into requests Excel accepts: Excel on the web
 * rejects a request over 5 MB, so rows are grouped into chunks whose JSON size
 * stays under a budget, thousands of rows per sync rather than one.
 */
import { PlanCell, RowFormulaCell, formulaText, isRowFormulaCell } from "../scorecard/plan";

/** Bytes a build may queue before it syncs: well under Excel on the web's 5 MB request limit. */
export const DEFAULT_SYNC_BUDGET_BYTES = 3 * 1024 * 1024;

/** A value as Office.js sends it: what `Range.formulas` takes for one cell. */
export type SentValue = string | number | boolean | null;

/**
 * UTF-8 bytes of a value in the request's JSON (quotes and escapes included),
 * plus the comma that separates it from the next: what the 5 MB limit counts.
 */
export function sentBytes(v: SentValue): number {
  if (v === null) return 5;
  if (typeof v === "boolean") return v ? 5 : 6;
  if (typeof v === "number") return String(v).length + 1;
  let n = 3;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92) n += 2;
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdfff)
      n += 2; // half of a 4-byte pair
    else n += 3;
  }
  return n;
}

/** What the parts of a row formula cost in the request, less the numbers between them: worked out once per formula. */
const partBytes = new WeakMap<RowFormulaCell, number>();

function rowFormulaBytes(c: RowFormulaCell, sheetRow: number): number {
  let bytes = partBytes.get(c);
  if (bytes === undefined) {
    bytes = 3;
    for (const part of c.parts) bytes += sentBytes(part) - 3;
    partBytes.set(c, bytes);
  }
  // The row numbers are ASCII digits: one byte each.
  for (const offset of c.rows) bytes += String(sheetRow + offset).length;
  return bytes;
}

/** Bytes a plan cell written in sheet row `sheetRow` (1-based) costs in the request: what `toFormulaValue` sends for it. */
export function cellBytes(c: PlanCell, sheetRow: number): number {
  if (isRowFormulaCell(c)) return rowFormulaBytes(c, sheetRow);
  return sentBytes(toFormulaValue(c, sheetRow));
}

/** Bytes of a row of cells written in sheet row `sheetRow` (1-based). */
export function rowBytes(row: readonly PlanCell[], sheetRow: number): number {
  let n = 2;
  for (const c of row) n += cellBytes(c, sheetRow);
  return n;
}

export interface Chunk {
  /** First row (0-based, within the block) and number of rows. */
  readonly start: number;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Consecutive row chunks of at most `budget` bytes each (a single oversized row
 * is a chunk of its own); `firstRow` is the 1-based sheet row of `rows[0]`.
 */
export function chunkRows(
  rows: readonly (readonly PlanCell[])[],
  budget: number = DEFAULT_SYNC_BUDGET_BYTES,
  firstRow = 1
): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = rowBytes(row, firstRow + i);
    if (i > start && bytes + b > budget) {
      chunks.push({ start, rows: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rows.length > start) chunks.push({ start, rows: rows.length - start, bytes });
  return chunks;
}

/**
 * What Office.js's `formulas` takes for a plan cell written in sheet row
 * `sheetRow` (1-based): "=..." for a formula (a row formula's text for that row),
 * numbers and booleans as they are, "" for an empty cell, and text with a
 * leading apostrophe.
 *
 * Every string of a plan is literal text (src/scorecard/plan.ts decides that),
 * and Office.js reads a string written to `values` or `formulas` as if it were
 * typed: "=x", "+x", "-1+2", "@SUM(A1)" become formulas, a 16-digit NIK loses
 * its last digit, "00123" becomes 123, "1/2" a date, "10%" 0.1, "TRUE" a
 * boolean, "#N/A" an error (excel-simulator/typedInput.ts has each rule and its
 * source). Excel documents two ways to keep typed text as text: a leading
 * apostrophe, which Excel drops and which marks the cell as text, or the Text
 * format set before the value ("Last digits are changed to zeros when you type
 * long numbers in cells of Excel", support.microsoft.com/kb/269370). The
 * apostrophe is used:
 * - it travels in the same 2D `formulas` write as the numbers and formulas
 *   around it: no per-cell format request, no order to keep between a format
 *   and a value, one more byte per text cell (counted by `cellBytes`);
 * - the cell keeps the plan's number format (General), so a user who later
 *   types a formula or a number into a name cell gets a formula or a number,
 *   where a Text-formatted cell would show the formula as text;
 * - it behaves the same in every locale: whatever Excel would make of the
 *   text, the apostrophe comes first.
 * A text that itself starts with an apostrophe keeps it: "'x" is sent as "''x".
 */
export function toFormulaValue(c: PlanCell, sheetRow: number): SentValue {
  if (c === null) return "";
  if (typeof c === "object") return formulaText(c, sheetRow);
  if (typeof c === "string") return c === "" ? "" : `'${c}`;
  return c;
}

/** A rows × columns array filled with one value (Office.js sets 2D properties cell by cell). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  const row = new Array<T>(columns).fill(value);
  return Array.from({ length: rows }, () => row.slice());
}
