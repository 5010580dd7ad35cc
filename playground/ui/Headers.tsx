/** Column letters and row numbers around the grid, highlighted where the selection is. */
import { memo } from "react";
import { columnLetter } from "../../src/scorecard/a1";
import type { Rect } from "./conditional";
import { Axis, HEADER_HEIGHT, ROW_HEADER_WIDTH, sizeOf } from "./layout";

export interface ColumnHeadersProps {
  readonly cols: Axis;
  readonly first: number;
  readonly last: number;
  readonly left: (c: number) => number;
  readonly selection: Rect;
}

export const ColumnHeaders = memo(function ColumnHeaders(p: ColumnHeadersProps) {
  const out = [];
  for (let c = p.first; c <= p.last; c++) {
    const width = sizeOf(p.cols, c);
    if (width === 0) continue;
    const on = c >= p.selection.c0 && c <= p.selection.c1;
    out.push(
      <div
        role="columnheader"
        key={c}
        aria-colindex={c + 1}
        className={on ? "ch on" : "ch"}
        style={{ left: p.left(c), width, height: HEADER_HEIGHT }}
      >
        {columnLetter(c)}
      </div>
    );
  }
  return (
    <div role="row" aria-rowindex={0} className="row">
      {out}
    </div>
  );
});

export interface RowHeadersProps {
  readonly rows: Axis;
  readonly first: number;
  readonly last: number;
  readonly top: (r: number) => number;
  readonly selection: Rect;
}

export const RowHeaders = memo(function RowHeaders(p: RowHeadersProps) {
  const out = [];
  for (let r = p.first; r <= p.last; r++) {
    const height = sizeOf(p.rows, r);
    if (height === 0) continue;
    const on = r >= p.selection.r0 && r <= p.selection.r1;
    out.push(
      <div
        role="rowheader"
        key={r}
        className={on ? "rh on" : "rh"}
        style={{ top: p.top(r), height, width: ROW_HEADER_WIDTH }}
      >
        {r + 1}
      </div>
    );
  }
  return <>{out}</>;
});
