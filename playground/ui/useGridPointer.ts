/* global window, MouseEvent, HTMLDivElement */
/**
 * The grid's pointer and scrolling behaviour: a mouse position maps to a cell
 * (or a row / column header) by geometry; click selects, Shift+click and
 * dragging extend, header clicks select whole columns or rows; and the cell
 * that moved (the corner when extending, else the active cell) is scrolled
 * into view after keyboard moves and selections made elsewhere.
 */
import {
  MouseEvent as ReactMouseEvent,
  RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
} from "react";
import { MAX_COLS, MAX_ROWS, SheetInfo } from "./hostView";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, indexAt, scrollToShow } from "./layout";
import { Cell, Selection, rectOf, single } from "./selection";

type Hit = { r?: number; c?: number };

export interface PointerOptions {
  readonly el: RefObject<HTMLDivElement>;
  readonly info: SheetInfo;
  readonly selection: Selection;
  readonly onSelect: (sel: Selection) => void;
  /** Frozen rows and columns, and their size in px. */
  readonly frozen: { rows: number; columns: number; height: number; width: number };
}

export function useGridPointer({ el, info, selection, onSelect, frozen }: PointerOptions) {
  const fr = frozen.rows;
  const fc = frozen.columns;
  const frozenH = frozen.height;
  const frozenW = frozen.width;
  // Keep the cell that moved (the corner when extending, else the active cell) on screen.
  const previous = useRef(selection);
  const dragging = useRef<"cells" | "rows" | "cols" | undefined>(undefined);
  useLayoutEffect(() => {
    const s = el.current;
    const before = previous.current;
    previous.current = selection;
    if (!s || before === selection || dragging.current) return;
    const cornerMoved =
      before.corner.r !== selection.corner.r || before.corner.c !== selection.corner.c;
    const target: Cell =
      cornerMoved && before.anchor === selection.anchor ? selection.corner : selection.active;
    const rect = rectOf(selection);
    const top =
      rect.r1 - rect.r0 >= MAX_ROWS - 1
        ? s.scrollTop
        : scrollToShow(
            info.rows,
            Math.min(target.r, info.rows.count - 1),
            s.scrollTop,
            s.clientHeight - HEADER_HEIGHT,
            fr
          );
    const lft =
      rect.c1 - rect.c0 >= MAX_COLS - 1
        ? s.scrollLeft
        : scrollToShow(
            info.cols,
            Math.min(target.c, info.cols.count - 1),
            s.scrollLeft,
            s.clientWidth - ROW_HEADER_WIDTH,
            fc
          );
    if (top !== s.scrollTop || lft !== s.scrollLeft) s.scrollTo(lft, top);
  }, [selection, el, info, fr, fc]);

  const hit = useCallback(
    (clientX: number, clientY: number): Hit => {
      const s = el.current!;
      const box = s.getBoundingClientRect();
      const vx = Math.max(0, Math.min(s.clientWidth - 1, clientX - box.left - s.clientLeft));
      const vy = Math.max(0, Math.min(s.clientHeight - 1, clientY - box.top - s.clientTop));
      const out: Hit = {};
      if (vy >= HEADER_HEIGHT) {
        const y = vy - HEADER_HEIGHT;
        out.r = indexAt(info.rows, y < frozenH ? y : y + s.scrollTop);
      }
      if (vx >= ROW_HEADER_WIDTH) {
        const x = vx - ROW_HEADER_WIDTH;
        out.c = indexAt(info.cols, x < frozenW ? x : x + s.scrollLeft);
      }
      return out;
    },
    [el, info, frozenH, frozenW]
  );

  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const extendTo = useCallback(
    (h: Hit) => {
      const sel = selectionRef.current;
      const mode = dragging.current;
      const corner =
        mode === "cols"
          ? { r: MAX_ROWS - 1, c: h.c ?? sel.corner.c }
          : mode === "rows"
            ? { r: h.r ?? sel.corner.r, c: MAX_COLS - 1 }
            : { r: h.r ?? sel.corner.r, c: h.c ?? sel.corner.c };
      if (corner.r !== sel.corner.r || corner.c !== sel.corner.c)
        onSelect({ ...sel, corner, active: sel.anchor });
    },
    [onSelect]
  );

  const onMouseDown = (e: ReactMouseEvent<HTMLDivElement>) => {
    const s = el.current;
    if (e.button !== 0 || !s) return;
    const box = s.getBoundingClientRect();
    if (
      e.clientX - box.left > s.clientLeft + s.clientWidth ||
      e.clientY - box.top > s.clientTop + s.clientHeight
    )
      return; // scrollbars
    e.preventDefault();
    s.focus({ preventScroll: true });
    const h = hit(e.clientX, e.clientY);
    const sel = selectionRef.current;
    if (h.r !== undefined && h.c !== undefined) {
      dragging.current = "cells";
      if (e.shiftKey) extendTo(h);
      else onSelect(single({ r: h.r, c: h.c }));
    } else if (h.c !== undefined) {
      dragging.current = "cols";
      if (e.shiftKey) extendTo(h);
      else
        onSelect({
          anchor: { r: 0, c: h.c },
          corner: { r: MAX_ROWS - 1, c: h.c },
          active: { r: 0, c: h.c },
        });
    } else if (h.r !== undefined) {
      dragging.current = "rows";
      if (e.shiftKey) extendTo(h);
      else
        onSelect({
          anchor: { r: h.r, c: 0 },
          corner: { r: h.r, c: MAX_COLS - 1 },
          active: { r: h.r, c: 0 },
        });
    } else {
      onSelect({
        anchor: { r: 0, c: 0 },
        corner: { r: MAX_ROWS - 1, c: MAX_COLS - 1 },
        active: sel.active,
      });
    }
    const move = (ev: MouseEvent) => extendTo(hit(ev.clientX, ev.clientY));
    const up = () => {
      dragging.current = undefined;
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  return { onMouseDown };
}
