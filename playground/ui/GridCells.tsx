/**
 * One rectangular region of the grid (main, frozen rows, frozen columns or
 * their corner): cells grouped by row, absolutely positioned, with merges,
 * text overflowing into empty neighbours (as Excel draws it), selection
 * highlight and the active cell's frame.
 */
import { memo } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { CellInfo } from "./cellView";
import type { Rect } from "./conditional";
import { Axis, sizeOf } from "./layout";
import { textWidth } from "./measure";
import type { Cell } from "./selection";

export interface RegionProps {
  readonly cells: CellInfo[][];
  readonly r0: number;
  readonly c0: number;
  readonly rows: Axis;
  readonly cols: Axis;
  /** Where row r / column c starts inside the region's container, in px. */
  readonly top: (r: number) => number;
  readonly left: (c: number) => number;
  readonly merges: readonly Rect[];
  readonly selection: Rect;
  readonly active: Cell;
  readonly gridlines: boolean;
  /** Text being typed into the active cell (shown in it, as Excel does). */
  readonly draft?: string;
}

const SELECTION_COLOR = "#217346";

export const cellId = (r: number, c: number): string => `cell-${cellA1(r, c)}`;

function mergeAt(merges: readonly Rect[], r: number, c: number): Rect | undefined {
  return merges.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
}

export const GridRegion = memo(function GridRegion(p: RegionProps) {
  const { cells, r0, c0, rows, cols, selection: s } = p;
  const multi = s.r0 !== s.r1 || s.c0 !== s.c1;
  return (
    <>
      {cells.map((line, i) => {
        const r = r0 + i;
        const height = sizeOf(rows, r);
        if (height === 0) return null;
        let overflowUntil = -1;
        return (
          <div role="row" aria-rowindex={r + 1} key={r} className="row">
            {line.map((info, j) => {
              const c = c0 + j;
              let width = sizeOf(cols, c);
              if (width === 0) return null;
              let h = height;
              const merge = p.merges.length ? mergeAt(p.merges, r, c) : undefined;
              if (merge && (merge.r0 !== r || merge.c0 !== c)) return null;
              if (merge) {
                width = p.left(merge.c1) + sizeOf(cols, merge.c1) - p.left(c);
                h = p.top(merge.r1) + sizeOf(rows, merge.r1) - p.top(r);
              }
              const isActive = p.active.r === r && p.active.c === c;
              const text = isActive && p.draft !== undefined ? p.draft : info.text;
              // Text wider than its cell runs on over empty, unfilled cells to the right.
              let spill = width;
              if (!merge && info.kind === "text" && info.align === "left" && !info.wrap) {
                const needed = textWidth(text, info.font) + 8;
                for (let k = j + 1; spill < needed && k < line.length; k++) {
                  const next = line[k];
                  if (next.kind !== "empty" || next.hasFill) break;
                  spill += sizeOf(cols, c0 + k);
                  overflowUntil = c0 + k;
                }
              }
              const covered = c < overflowUntil || spill > width;
              const inSel = r >= s.r0 && r <= s.r1 && c >= s.c0 && c <= s.c1;
              const shadows = [...info.shadows];
              if (inSel && multi) {
                if (r === s.r0) shadows.push(`inset 0 2px 0 ${SELECTION_COLOR}`);
                if (r === s.r1 || (merge && merge.r1 >= s.r1)) shadows.push(`inset 0 -2px 0 ${SELECTION_COLOR}`);
                if (c === s.c0) shadows.push(`inset 2px 0 0 ${SELECTION_COLOR}`);
                if (c === s.c1 || (merge && merge.c1 >= s.c1)) shadows.push(`inset -2px 0 0 ${SELECTION_COLOR}`);
              }
              if (isActive) shadows.push(`inset 0 0 0 2px ${SELECTION_COLOR}`);
              const className = [
                "c",
                p.gridlines ? "g" : "",
                inSel && multi && !isActive ? "sel" : "",
                info.wrap ? "wrap" : "",
                info.kind === "error" ? "err" : "",
              ]
                .filter(Boolean)
                .join(" ");
              return (
                <div
                  role="gridcell"
                  id={cellId(r, c)}
                  key={c}
                  aria-colindex={c + 1}
                  aria-selected={inSel}
                  data-cell={cellA1(r, c)}
                  className={className}
                  title={info.error}
                  style={{
                    ...info.style,
                    top: p.top(r),
                    left: p.left(c),
                    width,
                    height: h,
                    justifyContent: info.align === "right" ? "flex-end" : info.align === "center" ? "center" : "flex-start",
                    textAlign: info.align,
                    boxShadow: shadows.length ? shadows.join(", ") : undefined,
                    borderRightColor: covered ? "transparent" : info.style.borderRightColor,
                    zIndex: spill > width ? 1 : undefined,
                    overflow: spill > width ? "visible" : undefined,
                  }}
                >
                  <span className="t" style={spill > width ? { width: spill - 6, overflow: "visible" } : undefined}>
                    {text}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </>
  );
});
