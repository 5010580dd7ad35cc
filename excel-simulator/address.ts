/**
 * A1 addresses: parsing ("B2:D10", "A:A", "3:5", "'My Sheet'!$A$1") and
 * formatting ("Sheet1!A1:C3"), with Excel's grid limits. Rectangles are
 * 0-based and inclusive.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), when the address names one. */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function colToLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rectOf(r0: number, c0: number, rows = 1, cols = 1): Rect {
  return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
}

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const colCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const cellCount = (r: Rect): number => rowCount(r) * colCount(r);
export const isEntireColumn = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
export const isEntireRow = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : undefined;
}

export function union(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function parsePart(part: string): { r?: number; c?: number } | undefined {
  let m = CELL.exec(part);
  if (m) return { c: lettersToCol(m[1]), r: Number(m[2]) - 1 };
  m = COL.exec(part);
  if (m) return { c: lettersToCol(m[1]) };
  m = ROW.exec(part);
  if (m) return { r: Number(m[1]) - 1 };
  return undefined;
}

/** Splits "Sheet1!A1" / "'My ''x'' Sheet'!A1" into sheet name and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i + 1] === "!") return { sheet: name, local: text.slice(i + 2) };
    return { local: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses an A1 address; returns undefined when it is not one (e.g. a defined name). */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheet, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b) return undefined;
  const aCell = a.r !== undefined && a.c !== undefined;
  const bCell = b.r !== undefined && b.c !== undefined;
  let rect: Rect;
  if (aCell && bCell) rect = { r0: a.r!, c0: a.c!, r1: b.r!, c1: b.c! };
  else if (a.r === undefined && b.r === undefined && parts.length === 2)
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: a.c!, c1: b.c! };
  else if (a.c === undefined && b.c === undefined && parts.length === 2)
    rect = { r0: a.r!, r1: b.r!, c0: 0, c1: MAX_COLS - 1 };
  else return undefined;
  const norm: Rect = {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
  if (norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLS || norm.r0 < 0 || norm.c0 < 0) return undefined;
  return sheet === undefined ? { rect: norm } : { sheet, rect: norm };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellName(r: number, c: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${colToLetters(c)}${d}${r + 1}`;
}

/** "A1:C3", "A:A", "3:3" or "A1" (absolute with `$` when asked, as in names' formulas). */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRow(rect)) return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  if (isEntireColumn(rect)) return `${d}${colToLetters(rect.c0)}:${d}${colToLetters(rect.c1)}`;
  const a = cellName(rect.r0, rect.c0, absolute);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? a
    : `${a}:${cellName(rect.r1, rect.c1, absolute)}`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}
