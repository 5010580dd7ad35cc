/** A1 addresses: column letters, cell and range addresses, sheet-qualified references. */

function lettersOf(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters of the first 702 columns (A to ZZ), made once: plans name a column in every cell address. */
const LETTERS: readonly string[] = Array.from({ length: 702 }, (_, i) => lettersOf(i));

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  return LETTERS[index] ?? lettersOf(index);
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "B3". */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** 0-based row and column → "$B$3": a reference that stays put when copied (defined names). */
export function absoluteA1(row: number, column: number): string {
  return `$${columnLetter(column)}$${row + 1}`;
}

/** 0-based top-left and size → "B3:D7" (or "B3" for one cell). */
export function rangeA1(row: number, column: number, rows: number, columns: number): string {
  const first = cellA1(row, column);
  return rows === 1 && columns === 1
    ? first
    : `${first}:${cellA1(row + rows - 1, column + columns - 1)}`;
}

/**
 * A cell address's parts: the sheet prefix with its "!" (or none), the column
 * letters and the row, "$" signs dropped ("'Data'!$G$5" → "'Data'!", "G", "5").
 */
export const CELL_PARTS = /^(.*!)?\$?([A-Z]{1,3})\$?(\d+)$/;

/** A sheet name as it appears in a formula: always quoted, quotes doubled ('It''s'). */
export function quoteSheet(name: string): string {
  // Called for every cell address of a plan (a million for a big company): skip the regex when there is no quote.
  return name.includes("'") ? `'${name.replace(/'/g, "''")}'` : `'${name}'`;
}

/** "'Data'!G5" */
export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

export interface ParsedAddress {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "'My sheet'!B2:D9", "Sheet1!A1" or "C5"; undefined when it is not a cell or range address. */
export function parseAddress(address: string): ParsedAddress | undefined {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    const raw = ref.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.split(":");
  const m1 = CELL.exec(a);
  const m2 = CELL.exec(b);
  if (!m1 || !m2) return undefined;
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  const c1 = columnIndex(m1[1]);
  const c2 = columnIndex(m2[1]);
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}
