/**
 * The grid's selection: an active cell (where typing goes) and the opposite
 * corner of the selected rectangle, as Excel keeps them. Pure functions; the
 * host holds the rectangle (host.setSelection), the grid the active cell.
 */
import { rangeA1 } from "../../src/scorecard/a1";
import type { Rect } from "./conditional";
import { MAX_COLS, MAX_ROWS } from "./hostView";

export interface Cell {
  readonly r: number;
  readonly c: number;
}

/** anchor: where the selection started; corner: its opposite end; active: where typing goes (inside). */
export interface Selection {
  readonly anchor: Cell;
  readonly corner: Cell;
  readonly active: Cell;
}

export const single = (cell: Cell): Selection => ({ anchor: cell, corner: cell, active: cell });

export function rectOf(sel: Selection): Rect {
  const { anchor: a, corner: b } = sel;
  return {
    r0: Math.min(a.r, b.r),
    c0: Math.min(a.c, b.c),
    r1: Math.max(a.r, b.r),
    c1: Math.max(a.c, b.c),
  };
}

/** A rectangle as the host's selection (whole rows/columns kept as such: "A1:A1048576"). */
export function rectA1(rect: Rect): string {
  return rangeA1(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1);
}

/** What the Name box shows: "B3", "A1:G5", "C:C", "4:4". */
export function nameBoxText(rect: Rect): string {
  const a = rectA1(rect);
  const colLetters = (s: string) => s.replace(/\d+/g, "");
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1 && !(rect.c0 === 0 && rect.c1 === MAX_COLS - 1)) {
    const [x, y] = a.split(":");
    return `${colLetters(x)}:${colLetters(y ?? x)}`;
  }
  if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1 && rect.r0 !== 0)
    return `${rect.r0 + 1}:${rect.r1 + 1}`;
  return a;
}

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

export const inRect = (rect: Rect, r: number, c: number): boolean =>
  r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;

/** The selection for a rectangle the host reports (active cell: its top-left, or kept when inside). */
export function fromRect(rect: Rect, previous?: Selection): Selection {
  const keep = previous && inRect(rect, previous.active.r, previous.active.c);
  if (keep && sameRect(rectOf(previous), rect)) return previous;
  const active = keep ? previous.active : { r: rect.r0, c: rect.c0 };
  return { anchor: { r: rect.r0, c: rect.c0 }, corner: { r: rect.r1, c: rect.c1 }, active };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Moves the active cell (collapsing the selection), or extends the corner when `extend`. */
export function move(
  sel: Selection,
  dr: number,
  dc: number,
  extend: boolean,
  rows: number,
  cols: number
): Selection {
  if (extend) {
    const corner = {
      r: clamp(sel.corner.r + dr, 0, rows - 1),
      c: clamp(sel.corner.c + dc, 0, cols - 1),
    };
    return { anchor: sel.anchor, corner, active: sel.anchor };
  }
  return single({
    r: clamp(sel.active.r + dr, 0, rows - 1),
    c: clamp(sel.active.c + dc, 0, cols - 1),
  });
}

/**
 * Enter / Tab: inside a multi-cell selection the active cell cycles through
 * it (as in Excel); otherwise the selection moves by one cell.
 */
export function advance(
  sel: Selection,
  dr: number,
  dc: number,
  rows: number,
  cols: number
): Selection {
  const rect = rectOf(sel);
  const multi = rect.r0 !== rect.r1 || rect.c0 !== rect.c1;
  if (!multi || rect.r1 - rect.r0 >= MAX_ROWS - 1 || rect.c1 - rect.c0 >= MAX_COLS - 1)
    return move(sel, dr, dc, false, rows, cols);
  let { r, c } = sel.active;
  const width = rect.c1 - rect.c0 + 1;
  const height = rect.r1 - rect.r0 + 1;
  if (dc !== 0) {
    const i = (r - rect.r0) * width + (c - rect.c0) + dc;
    const n = (i + width * height) % (width * height);
    r = rect.r0 + Math.floor(n / width);
    c = rect.c0 + (n % width);
  } else {
    const i = (c - rect.c0) * height + (r - rect.r0) + dr;
    const n = (i + width * height) % (width * height);
    c = rect.c0 + Math.floor(n / height);
    r = rect.r0 + (n % height);
  }
  return { ...sel, active: { r, c } };
}
