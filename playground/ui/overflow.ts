/**
 * Text of a frozen column that runs on past the freeze line: Excel draws it
 * in the scrolling pane too, over the empty cells beside it, and it scrolls
 * away under the frozen pane like the cells do. This finds, for one row, the
 * frozen cell whose text continues, and how far it still has to go.
 */
import type { CellInfo } from "./cellView";
import { Axis, sizeOf } from "./layout";
import { textWidth } from "./measure";

export interface Ghost {
  /** The frozen cell whose text continues, and its column. */
  readonly cell: CellInfo;
  readonly col: number;
  /** Pixels of text still to show after the freeze line. */
  readonly remaining: number;
}

/**
 * `lead`: the row's cells in the frozen columns (from column `leadC0`), ending
 * at the freeze line. The text of its last non-empty cell continues when it is
 * left-aligned, unwrapped and wider than what is left of the frozen part.
 */
export function ghostOf(lead: readonly CellInfo[], leadC0: number, cols: Axis): Ghost | undefined {
  let j = lead.length - 1;
  while (j >= 0 && lead[j].kind === "empty" && !lead[j].hasFill) j--;
  if (j < 0) return undefined;
  const cell = lead[j];
  if (cell.kind !== "text" || cell.align !== "left" || cell.wrap) return undefined;
  let room = 0;
  for (let k = j; k < lead.length; k++) room += sizeOf(cols, leadC0 + k);
  const remaining = textWidth(cell.text, cell.font) + 8 - room;
  return remaining > 0 ? { cell, col: leadC0 + j, remaining } : undefined;
}
