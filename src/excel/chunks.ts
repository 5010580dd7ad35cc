/**
 * Splits what a build writes into requests Excel accepts: Excel on the web
 * rejects a request over 5 MB, so rows are grouped into chunks whose JSON size
 * stays under a budget, thousands of rows per sync rather than one.
 */
import type { PlanCell } from "../scorecard/plan";

/** Bytes a build may queue before it syncs: well under Excel on the web's 5 MB request limit. */
export const DEFAULT_SYNC_BUDGET_BYTES = 3 * 1024 * 1024;

/** Approximate bytes of a value in Office.js's JSON request. */
export function cellBytes(c: unknown): number {
  if (c === null || c === undefined) return 3;
  if (typeof c === "number") return 12;
  if (typeof c === "boolean") return 6;
  if (typeof c === "string") return c.length + 3;
  if (typeof c === "object" && "formula" in (c as object))
    return (c as { formula: string }).formula.length + 3;
  return JSON.stringify(c).length + 1;
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const c of row) n += cellBytes(c);
  return n;
}

export interface Chunk {
  /** First row (0-based, within the block) and number of rows. */
  readonly start: number;
  readonly rows: number;
  readonly bytes: number;
}

/** Consecutive row chunks of at most `budget` bytes each (a single oversized row is a chunk of its own). */
export function chunkRows(
  rows: readonly (readonly unknown[])[],
  budget: number = DEFAULT_SYNC_BUDGET_BYTES
): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
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
 * What Office.js's `formulas` takes for a plan cell: constants, "=..." formulas,
 * "" for empty. Excel reads a leading apostrophe as "text follows" and drops it,
 * as when typing, so text that starts with one gets a second ("'x'" stays 'x').
 */
export function toFormulaValue(c: PlanCell): string | number | boolean {
  if (c === null) return "";
  if (typeof c === "object") return c.formula;
  return typeof c === "string" && c.startsWith("'") ? `'${c}` : c;
}

/** Text Excel would read as a formula if written as is: it must be written into a Text-formatted cell. */
export function looksLikeFormula(c: PlanCell): boolean {
  return typeof c === "string" && /^[=+\-@]/.test(c);
}

/** A rows × columns array filled with one value (Office.js sets 2D properties cell by cell). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  const row = new Array<T>(columns).fill(value);
  return Array.from({ length: rows }, () => row.slice());
}
