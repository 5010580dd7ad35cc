/**
 * The spreadsheet grid of one sheet. Only the rows and columns on screen are
 * rendered (in blocks of 16 rows / 4 columns, so native scrolling moves
 * them and React renders again only when a new block comes into view).
 * Frozen rows and columns stay put (sticky bands). Mouse positions map to
 * cells by geometry, so overflowing text and charts never get in the way.
 */
import { MouseEvent as ReactMouseEvent, RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { SimulatedHost } from "../host";
import { readCells } from "./blockCache";
import { ChartOverlay } from "./ChartOverlay";
import { GridRegion, cellId } from "./GridCells";
import { ColumnHeaders, RowHeaders } from "./Headers";
import { MAX_COLS, MAX_ROWS, SheetInfo } from "./hostView";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, indexAt, scrollToShow, totalSize, visibleSpan } from "./layout";
import { Cell, Selection, rectOf, single } from "./selection";

export interface GridProps {
  readonly host: SimulatedHost;
  readonly info: SheetInfo;
  readonly selection: Selection;
  readonly draft?: string;
  readonly gridRef: RefObject<HTMLDivElement>;
  readonly onSelect: (sel: Selection) => void;
  readonly onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>, pageRows: number) => void;
  readonly onEdit: () => void;
}

interface Spans {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

type Hit = { r?: number; c?: number };

export function Grid(p: GridProps) {
  const { host, info, selection } = p;
  const el = p.gridRef;
  const fr = Math.min(info.frozen.rows, info.rows.count);
  const fc = Math.min(info.frozen.columns, info.cols.count);
  const frozenH = info.rows.starts[fr];
  const frozenW = info.cols.starts[fc];
  const [spans, setSpans] = useState<Spans>({ r0: fr, r1: Math.min(info.rows.count, 48) - 1, c0: fc, c1: Math.min(info.cols.count, 16) - 1 });

  const measure = useCallback(() => {
    const s = el.current;
    if (!s) return;
    const vr = visibleSpan(info.rows, s.scrollTop, s.clientHeight - HEADER_HEIGHT, fr, 4);
    const vc = visibleSpan(info.cols, s.scrollLeft, s.clientWidth - ROW_HEADER_WIDTH, fc, 2);
    const next: Spans = {
      r0: Math.max(fr, Math.floor(vr.first / 16) * 16),
      r1: Math.min(info.rows.count - 1, Math.ceil((vr.last + 1) / 16) * 16 - 1),
      c0: Math.max(fc, Math.floor(vc.first / 4) * 4),
      c1: Math.min(info.cols.count - 1, Math.ceil((vc.last + 1) / 4) * 4 - 1),
    };
    setSpans((prev) =>
      prev.r0 === next.r0 && prev.r1 === next.r1 && prev.c0 === next.c0 && prev.c1 === next.c1 ? prev : next
    );
  }, [el, info, fr, fc]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    const s = el.current;
    if (!s || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => measure());
    observer.observe(s);
    return () => observer.disconnect();
  }, [el, measure]);

  const { r0, r1, c0, c1 } = spans;
  const main = useMemo(() => readCells(host, info, r0, r1, c0, c1), [host, info, r0, r1, c0, c1]);
  const topBand = useMemo(() => readCells(host, info, 0, fr - 1, c0, c1), [host, info, fr, c0, c1]);
  const leftBand = useMemo(() => readCells(host, info, r0, r1, 0, fc - 1), [host, info, r0, r1, fc]);
  const corner = useMemo(() => readCells(host, info, 0, fr - 1, 0, fc - 1), [host, info, fr, fc]);

  const bodyTop = useCallback((r: number) => info.rows.starts[r] - frozenH, [info, frozenH]);
  const bandTop = useCallback((r: number) => HEADER_HEIGHT + info.rows.starts[r], [info]);
  const left = useCallback((c: number) => ROW_HEADER_WIDTH + info.cols.starts[c], [info]);

  // Keep the cell that moved (the corner when extending, else the active cell) on screen.
  const previous = useRef(selection);
  const dragging = useRef<"cells" | "rows" | "cols" | undefined>(undefined);
  useLayoutEffect(() => {
    const s = el.current;
    const before = previous.current;
    previous.current = selection;
    if (!s || before === selection || dragging.current) return;
    const cornerMoved = before.corner.r !== selection.corner.r || before.corner.c !== selection.corner.c;
    const target: Cell = cornerMoved && before.anchor === selection.anchor ? selection.corner : selection.active;
    const rect = rectOf(selection);
    const top = rect.r1 - rect.r0 >= MAX_ROWS - 1 ? s.scrollTop : scrollToShow(info.rows, Math.min(target.r, info.rows.count - 1), s.scrollTop, s.clientHeight - HEADER_HEIGHT, fr);
    const lft = rect.c1 - rect.c0 >= MAX_COLS - 1 ? s.scrollLeft : scrollToShow(info.cols, Math.min(target.c, info.cols.count - 1), s.scrollLeft, s.clientWidth - ROW_HEADER_WIDTH, fc);
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
  const onSelect = p.onSelect;
  const extendTo = useCallback(
    (h: Hit) => {
      const sel = selectionRef.current;
      const mode = dragging.current;
      const corner =
        mode === "cols" ? { r: MAX_ROWS - 1, c: h.c ?? sel.corner.c }
        : mode === "rows" ? { r: h.r ?? sel.corner.r, c: MAX_COLS - 1 }
        : { r: h.r ?? sel.corner.r, c: h.c ?? sel.corner.c };
      if (corner.r !== sel.corner.r || corner.c !== sel.corner.c) onSelect({ ...sel, corner, active: sel.anchor });
    },
    [onSelect]
  );

  const onMouseDown = (e: ReactMouseEvent<HTMLDivElement>) => {
    const s = el.current;
    if (e.button !== 0 || !s) return;
    const box = s.getBoundingClientRect();
    if (e.clientX - box.left > s.clientLeft + s.clientWidth || e.clientY - box.top > s.clientTop + s.clientHeight) return; // scrollbars
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
      else onSelect({ anchor: { r: 0, c: h.c }, corner: { r: MAX_ROWS - 1, c: h.c }, active: { r: 0, c: h.c } });
    } else if (h.r !== undefined) {
      dragging.current = "rows";
      if (e.shiftKey) extendTo(h);
      else onSelect({ anchor: { r: h.r, c: 0 }, corner: { r: h.r, c: MAX_COLS - 1 }, active: { r: h.r, c: 0 } });
    } else {
      onSelect({ anchor: { r: 0, c: 0 }, corner: { r: MAX_ROWS - 1, c: MAX_COLS - 1 }, active: sel.active });
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

  const rect = rectOf(selection);
  const region = { rows: info.rows, cols: info.cols, merges: info.merges, selection: rect, active: selection.active, gridlines: info.showGridlines, draft: p.draft };
  const activeRendered = selection.active.r <= r1 && selection.active.c <= c1;
  const bodyHeight = totalSize(info.rows) - frozenH;
  const width = ROW_HEADER_WIDTH + totalSize(info.cols);
  const pageRows = Math.max(1, Math.floor(((el.current?.clientHeight ?? 400) - HEADER_HEIGHT - frozenH) / 20) - 1);

  return (
    <div
      ref={el}
      className="grid"
      role="grid"
      aria-label={`Sheet ${info.name}`}
      aria-rowcount={info.rows.count}
      aria-colcount={info.cols.count}
      aria-multiselectable
      aria-activedescendant={activeRendered ? cellId(selection.active.r, selection.active.c) : undefined}
      tabIndex={0}
      onScroll={measure}
      onMouseDown={onMouseDown}
      onDoubleClick={p.onEdit}
      onKeyDown={(e) => p.onKeyDown(e, pageRows)}
    >
      <div className="content" style={{ width, height: HEADER_HEIGHT + totalSize(info.rows) }}>
        <div className="band-top" style={{ height: HEADER_HEIGHT + frozenH, width }}>
          <div className="band-corner" style={{ width: ROW_HEADER_WIDTH + frozenW, height: HEADER_HEIGHT + frozenH }}>
            <div className="corner" style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }} aria-hidden />
            <ColumnHeaders cols={info.cols} first={0} last={fc - 1} left={left} selection={rect} />
            <RowHeaders rows={info.rows} first={0} last={fr - 1} top={bandTop} selection={rect} />
            <GridRegion cells={corner} r0={0} c0={0} top={bandTop} left={left} {...region} />
          </div>
          <ColumnHeaders cols={info.cols} first={c0} last={c1} left={left} selection={rect} />
          <GridRegion cells={topBand} r0={0} c0={c0} top={bandTop} left={left} {...region} />
        </div>
        <div className="body" style={{ height: bodyHeight, width }}>
          <div className="band-left" style={{ width: ROW_HEADER_WIDTH + frozenW, height: bodyHeight }}>
            <RowHeaders rows={info.rows} first={r0} last={r1} top={bodyTop} selection={rect} />
            <GridRegion cells={leftBand} r0={r0} c0={0} top={bodyTop} left={left} {...region} />
          </div>
          <GridRegion cells={main} r0={r0} c0={c0} top={bodyTop} left={left} {...region} />
          {info.charts
            .filter((ch) => ch.row >= fr && ch.col < info.cols.count && ch.row < info.rows.count)
            .map((ch, i) => (
              <ChartOverlay key={i} chart={ch} top={bodyTop(ch.row)} left={left(ch.col)} />
            ))}
        </div>
      </div>
    </div>
  );
}
