/**
 * The spreadsheet grid of one sheet. Only the rows and columns on screen are
 * rendered (in blocks of 16 rows / 4 columns, so native scrolling moves
 * them and React renders again only when a new block comes into view).
 * Frozen rows and columns stay put (sticky bands). Mouse handling and
 * scrolling into view: ./useGridPointer.
 */
import { RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { SimulatedHost } from "../../excel-simulator";
import { readCells } from "./blockCache";
import { ChartOverlay } from "./ChartOverlay";
import { ErrorBoundary, WayOut } from "./ErrorBoundary";
import { GridRegion, cellId } from "./GridCells";
import { ColumnHeaders, RowHeaders } from "./Headers";
import type { SheetInfo } from "./hostView";
import { HEADER_HEIGHT, PX_PER_PT, ROW_HEADER_WIDTH, totalSize, visibleSpan } from "./layout";
import { Selection, rectOf } from "./selection";
import { useGridPointer } from "./useGridPointer";

export interface GridProps {
  readonly host: SimulatedHost;
  readonly info: SheetInfo;
  readonly selection: Selection;
  readonly draft?: string;
  readonly gridRef: RefObject<HTMLDivElement>;
  readonly onSelect: (sel: Selection) => void;
  readonly onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>, pageRows: number) => void;
  readonly onEdit: () => void;
  /** Ways out offered when a chart cannot be drawn (besides "Try again"). */
  readonly chartActions?: readonly WayOut[];
}

interface Spans {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

export function Grid(p: GridProps) {
  const { host, info, selection } = p;
  const el = p.gridRef;
  const fr = Math.min(info.frozen.rows, info.rows.count);
  const fc = Math.min(info.frozen.columns, info.cols.count);
  const frozenH = info.rows.starts[fr];
  const frozenW = info.cols.starts[fc];
  const [spans, setSpans] = useState<Spans>({
    r0: fr,
    r1: Math.min(info.rows.count, 48) - 1,
    c0: fc,
    c1: Math.min(info.cols.count, 16) - 1,
  });

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
      prev.r0 === next.r0 && prev.r1 === next.r1 && prev.c0 === next.c0 && prev.c1 === next.c1
        ? prev
        : next
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
  const leftBand = useMemo(
    () => readCells(host, info, r0, r1, 0, fc - 1),
    [host, info, r0, r1, fc]
  );
  const corner = useMemo(() => readCells(host, info, 0, fr - 1, 0, fc - 1), [host, info, fr, fc]);

  const bodyTop = useCallback((r: number) => info.rows.starts[r] - frozenH, [info, frozenH]);
  const bandTop = useCallback((r: number) => HEADER_HEIGHT + info.rows.starts[r], [info]);
  const left = useCallback((c: number) => ROW_HEADER_WIDTH + info.cols.starts[c], [info]);

  const { onMouseDown } = useGridPointer({
    el,
    info,
    selection,
    onSelect: p.onSelect,
    frozen: { rows: fr, columns: fc, height: frozenH, width: frozenW },
  });

  const rect = rectOf(selection);
  const region = {
    rows: info.rows,
    cols: info.cols,
    merges: info.merges,
    selection: rect,
    active: selection.active,
    gridlines: info.showGridlines,
    draft: p.draft,
  };
  const activeRendered = selection.active.r <= r1 && selection.active.c <= c1;
  const bodyHeight = totalSize(info.rows) - frozenH;
  const width = ROW_HEADER_WIDTH + totalSize(info.cols);
  const pageRows = Math.max(
    1,
    Math.floor(((el.current?.clientHeight ?? 400) - HEADER_HEIGHT - frozenH) / 20) - 1
  );

  return (
    <div
      ref={el}
      className="grid"
      role="grid"
      aria-label={`Sheet ${info.name}`}
      aria-rowcount={info.rows.count}
      aria-colcount={info.cols.count}
      aria-multiselectable
      aria-activedescendant={
        activeRendered ? cellId(selection.active.r, selection.active.c) : undefined
      }
      tabIndex={0}
      onScroll={measure}
      onMouseDown={onMouseDown}
      onDoubleClick={p.onEdit}
      onKeyDown={(e) => p.onKeyDown(e, pageRows)}
    >
      <div className="content" style={{ width, height: HEADER_HEIGHT + totalSize(info.rows) }}>
        <div className="band-top" style={{ height: HEADER_HEIGHT + frozenH, width }}>
          <div
            className="band-corner"
            style={{ width: ROW_HEADER_WIDTH + frozenW, height: HEADER_HEIGHT + frozenH }}
          >
            <div
              className="corner"
              style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }}
              aria-hidden
            />
            <ColumnHeaders cols={info.cols} first={0} last={fc - 1} left={left} selection={rect} />
            <RowHeaders rows={info.rows} first={0} last={fr - 1} top={bandTop} selection={rect} />
            <GridRegion cells={corner} r0={0} c0={0} top={bandTop} left={left} {...region} />
          </div>
          <ColumnHeaders cols={info.cols} first={c0} last={c1} left={left} selection={rect} />
          <GridRegion
            cells={topBand}
            r0={0}
            c0={c0}
            top={bandTop}
            left={left}
            {...region}
            lead={fc > 0 && c0 === fc ? corner : undefined}
          />
        </div>
        <div className="body" style={{ height: bodyHeight, width }}>
          <div
            className="band-left"
            style={{ width: ROW_HEADER_WIDTH + frozenW, height: bodyHeight }}
          >
            <RowHeaders rows={info.rows} first={r0} last={r1} top={bodyTop} selection={rect} />
            <GridRegion cells={leftBand} r0={r0} c0={0} top={bodyTop} left={left} {...region} />
          </div>
          <GridRegion
            cells={main}
            r0={r0}
            c0={c0}
            top={bodyTop}
            left={left}
            {...region}
            lead={fc > 0 && c0 === fc ? leftBand : undefined}
          />
          {info.charts
            .filter((ch) => ch.row >= fr && ch.col < info.cols.count && ch.row < info.rows.count)
            .map((ch, i) => (
              <ErrorBoundary
                key={i}
                title={`The chart “${ch.title}” could not be drawn`}
                resetKeys={[ch]}
                actions={p.chartActions}
                variant="inline"
                style={{
                  top: bodyTop(ch.row),
                  left: left(ch.col),
                  width: Math.round(ch.widthPt * PX_PER_PT),
                  height: Math.round(ch.heightPt * PX_PER_PT),
                }}
              >
                <ChartOverlay
                  host={host}
                  chart={ch}
                  top={bodyTop(ch.row)}
                  left={left(ch.col)}
                  separators={host.workbook.culture}
                />
              </ErrorBoundary>
            ))}
        </div>
      </div>
    </div>
  );
}
