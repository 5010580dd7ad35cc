/**
 * Geometry of a sheet on screen: row tops and column lefts in CSS pixels
 * (Excel's sizes are in points: 1 pt = 4/3 px), and which rows and columns a
 * scroll position shows. Pure functions, cheap enough to redo on every change
 * (a 12,000-row sheet is one pass over a typed array).
 */

export const PX_PER_PT = 4 / 3;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 46;

export interface Axis {
  /** Offsets of each line: starts[i] is where row/column i begins; starts[n] is the total size. */
  readonly starts: Float64Array;
  readonly count: number;
}

/** An axis of `count` lines whose size in points comes from `sizePt` (0 = hidden). */
export function buildAxis(count: number, sizePt: (i: number) => number): Axis {
  const starts = new Float64Array(count + 1);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    at += Math.round(sizePt(i) * PX_PER_PT);
  }
  starts[count] = at;
  return { starts, count };
}

export const sizeOf = (axis: Axis, i: number): number => axis.starts[i + 1] - axis.starts[i];
export const totalSize = (axis: Axis): number => axis.starts[axis.count];

/** The line at pixel offset `px` (clamped to the axis). */
export function indexAt(axis: Axis, px: number): number {
  let lo = 0;
  let hi = axis.count - 1;
  if (px <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (axis.starts[mid] <= px) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * The lines visible in a viewport of `length` px scrolled by `scroll`, after
 * `frozen` lines that never scroll, with `overscan` lines either side.
 */
export function visibleSpan(
  axis: Axis,
  scroll: number,
  length: number,
  frozen: number,
  overscan: number
): Span {
  const frozenSize = axis.starts[Math.min(frozen, axis.count)];
  const from = axis.starts[frozen] + scroll;
  const first = Math.max(frozen, indexAt(axis, from) - overscan);
  const last = Math.min(axis.count - 1, indexAt(axis, from + length - frozenSize) + overscan);
  return { first, last: Math.max(first - 1, last) };
}

/** The scroll offset that brings line `i` into a viewport of `length` px (unchanged when visible). */
export function scrollToShow(
  axis: Axis,
  i: number,
  scroll: number,
  length: number,
  frozen: number
): number {
  if (i < frozen) return scroll;
  const frozenSize = axis.starts[frozen];
  const top = axis.starts[i] - frozenSize;
  const bottom = axis.starts[i + 1] - frozenSize;
  const room = length - frozenSize;
  if (top < scroll) return top;
  if (bottom > scroll + room) return Math.max(0, bottom - room);
  return scroll;
}
