/**
 * One rectangular region of the grid (main, frozen rows, frozen columns or
 * their corner): cells grouped by row, absolutely positioned, with merges,
 * text overflowing into empty neighbours (as Excel draws it), selection
 * highlight and the active cell's frame. Rows are memoized: scrolling renders
 * only the rows that came into view, a click only the rows whose selection
 * state changed.
 */
import { memo } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { CellInfo } from "./cellView";
import type { Rect } from "./conditional";
import { Axis, sizeOf } from "./layout";
import { textWidth } from "./measure";
import { Ghost, ghostOf } from "./overflow";
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
  /** The same rows' cells in the frozen columns, when this region starts at the freeze line. */
  readonly lead?: CellInfo[][];
}

const SELECTION_COLOR = "#217346";

export const cellId = (r: number, c: number): string => `cell-${cellA1(r, c)}`;

function mergeAt(merges: readonly Rect[], r: number, c: number): Rect | undefined {
  return merges.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
}

interface RowProps {
  readonly r: number;
  readonly line: CellInfo[];
  readonly c0: number;
  readonly rows: Axis;
  readonly cols: Axis;
  readonly top: (r: number) => number;
  readonly left: (c: number) => number;
  readonly merges: readonly Rect[];
  /** The selection when it touches this row (and is more than one cell), else null. */
  readonly sel: Rect | null;
  /** Column of the active cell when it is in this row, else -1. */
  readonly activeCol: number;
  readonly gridlines: boolean;
  readonly draft?: string;
  /** Text of a frozen cell that continues into this row's first cells. */
  readonly ghost?: Ghost;
}

function sameRow(a: RowProps, b: RowProps): boolean {
  if (
    a.r !== b.r ||
    a.c0 !== b.c0 ||
    a.rows !== b.rows ||
    a.cols !== b.cols ||
    a.top !== b.top ||
    a.left !== b.left ||
    a.merges !== b.merges ||
    a.activeCol !== b.activeCol ||
    a.gridlines !== b.gridlines ||
    a.draft !== b.draft ||
    a.ghost?.cell !== b.ghost?.cell ||
    a.line.length !== b.line.length
  )
    return false;
  if (
    a.sel !== b.sel &&
    (!a.sel ||
      !b.sel ||
      a.sel.r0 !== b.sel.r0 ||
      a.sel.r1 !== b.sel.r1 ||
      a.sel.c0 !== b.sel.c0 ||
      a.sel.c1 !== b.sel.c1)
  )
    return false;
  return a.line.every((cell, i) => cell === b.line[i]);
}

const GridRow = memo(function GridRow(p: RowProps) {
  const { r, line, c0, rows, cols, sel: s } = p;
  const height = sizeOf(rows, r);
  let overflowUntil = -1;
  let ghostWidth = 0;
  if (p.ghost) {
    ghostWidth = p.left(c0) - p.left(p.ghost.col);
    let covered = 0;
    for (let k = 0; covered < p.ghost.remaining && k < line.length; k++) {
      if (line[k].kind !== "empty" || line[k].hasFill) break;
      covered += sizeOf(cols, c0 + k);
      overflowUntil = c0 + k;
    }
    ghostWidth += covered;
  }
  return (
    <div role="row" aria-rowindex={r + 1} className="row">
      {p.ghost && overflowUntil >= c0 && (
        <div
          className="ghost"
          aria-hidden
          style={{
            ...p.ghost.cell.style,
            background: undefined,
            boxShadow: undefined,
            top: p.top(r),
            left: p.left(p.ghost.col),
            width: ghostWidth,
            height,
          }}
        >
          {p.ghost.cell.text}
        </div>
      )}
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
        const isActive = p.activeCol === c;
        const text = isActive && p.draft !== undefined ? p.draft : info.text;
        // Text wider than its cell runs on over empty, unfilled cells to the right.
        let spill = width;
        if (
          !merge &&
          info.kind === "text" &&
          info.align === "left" &&
          !info.wrap &&
          text !== "" &&
          line[j + 1]?.kind === "empty" &&
          !line[j + 1].hasFill
        ) {
          // Measured (widths are cached), not guessed from the length: a guess missed titles wider
          // than their cell.
          const needed = textWidth(text, info.font) + 8;
          for (let k = j + 1; spill < needed && k < line.length; k++) {
            const next = line[k];
            if (next.kind !== "empty" || next.hasFill) break;
            spill += sizeOf(cols, c0 + k);
            overflowUntil = c0 + k;
          }
        }
        const covered = c < overflowUntil || spill > width;
        const inSel = s !== null && c >= s.c0 && c <= s.c1;
        const shadows = info.shadows.length ? [...info.shadows] : [];
        if (inSel && s) {
          if (r === s.r0) shadows.push(`inset 0 2px 0 ${SELECTION_COLOR}`);
          if (r === s.r1 || (merge && merge.r1 >= s.r1))
            shadows.push(`inset 0 -2px 0 ${SELECTION_COLOR}`);
          if (c === s.c0) shadows.push(`inset 2px 0 0 ${SELECTION_COLOR}`);
          if (c === s.c1 || (merge && merge.c1 >= s.c1))
            shadows.push(`inset -2px 0 0 ${SELECTION_COLOR}`);
        }
        if (isActive) shadows.push(`inset 0 0 0 2px ${SELECTION_COLOR}`);
        let className = "c";
        if (p.gridlines) className += " g";
        if (inSel && !isActive) className += " sel";
        if (info.wrap) className += " wrap";
        if (info.kind === "error") className += " err";
        if (info.align === "right") className += " ar";
        else if (info.align === "center") className += " ac";
        const spills = spill > width;
        if (spills) className += " sp";
        return (
          <div
            role="gridcell"
            id={isActive ? cellId(r, c) : undefined}
            key={c}
            aria-colindex={c + 1}
            aria-selected={inSel || isActive}
            data-cell={cellA1(r, c)}
            className={className}
            title={info.error}
            style={{
              ...info.style,
              top: p.top(r),
              left: p.left(c),
              width,
              height: h,
              boxShadow: shadows.length ? shadows.join(", ") : undefined,
              borderRightColor: covered ? "transparent" : info.style.borderRightColor,
              zIndex: spills ? 1 : undefined,
              overflow: spills ? "visible" : undefined,
            }}
          >
            {spills ? (
              <span className="t" style={{ width: spill - 6, overflow: "visible" }}>
                {text}
              </span>
            ) : (
              text
            )}
          </div>
        );
      })}
    </div>
  );
}, sameRow);

export const GridRegion = memo(function GridRegion(p: RegionProps) {
  const { cells, r0, selection: s } = p;
  const multi = s.r0 !== s.r1 || s.c0 !== s.c1;
  return (
    <>
      {cells.map((line, i) => {
        const r = r0 + i;
        if (sizeOf(p.rows, r) === 0) return null;
        return (
          <GridRow
            key={r}
            r={r}
            line={line}
            c0={p.c0}
            rows={p.rows}
            cols={p.cols}
            top={p.top}
            left={p.left}
            merges={p.merges}
            sel={multi && r >= s.r0 && r <= s.r1 ? s : null}
            activeCol={p.active.r === r ? p.active.c : -1}
            gridlines={p.gridlines}
            draft={p.active.r === r ? p.draft : undefined}
            ghost={p.lead?.[i] ? ghostOf(p.lead[i], 0, p.cols) : undefined}
          />
        );
      })}
    </>
  );
});
