/* global Excel */
/**
 * Reads a block of cells in row chunks whose answers stay under a budget:
 * Excel on the web refuses a response over 5 MB (Microsoft, "Resource limits
 * and performance optimization for Office Add-ins"), and a source of about
 * 30,000 rows × 7 columns read as values, formulas and text in one request
 * exceeds it. The first chunk is sized by a guess; each next one by the bytes
 * per row the previous chunks measured; a chunk Excel still refuses is read
 * again in halves.
 */

/** Bytes one read's answer may carry: under half of Excel on the web's 5 MB. */
export const DEFAULT_READ_BUDGET_BYTES = 2_000_000;

/** A guess for the first chunk: bytes per cell per loaded property. */
const FIRST_GUESS_BYTES_PER_CELL = 40;

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export type GridProperty = "values" | "formulas" | "text";

export type Grid = Record<GridProperty, unknown[][]>;

/** JSON bytes of what a chunk answered (close to what the response carried for it). */
function answeredBytes(range: Excel.Range, properties: readonly GridProperty[]): number {
  let bytes = 0;
  for (const p of properties) bytes += JSON.stringify(range[p]).length;
  return bytes;
}

export async function readGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: Block,
  properties: readonly GridProperty[],
  budget: number = DEFAULT_READ_BUDGET_BYTES
): Promise<Grid> {
  const grid: Grid = { values: [], formulas: [], text: [] };
  let bytesPerRow = FIRST_GUESS_BYTES_PER_CELL * block.columns * properties.length;
  let start = 0;
  while (start < block.rows) {
    let rows = Math.max(1, Math.min(block.rows - start, Math.floor(budget / bytesPerRow)));
    for (;;) {
      const range = sheet
        .getRangeByIndexes(block.row + start, block.column, rows, block.columns)
        .load(properties.join(","));
      try {
        // One sync per chunk on purpose: each answer must stay under Excel on the web's response limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code !== RESPONSE_TOO_LARGE || rows === 1) throw error;
        rows = Math.ceil(rows / 2);
        continue;
      }
      for (const p of properties) grid[p].push(...(range[p] as unknown[][]));
      bytesPerRow = Math.max(1, answeredBytes(range, properties) / rows);
      break;
    }
    start += rows;
  }
  return grid;
}
