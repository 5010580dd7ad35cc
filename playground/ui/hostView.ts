/**
 * What the grid needs to know about a sheet of the simulated host, read
 * through its inspection API: extent, row and column sizes, frozen panes,
 * merges, conditional formats and charts. Read again after every change.
 *
 * Sizes, gridlines, visibility and tab colours are read from the host's sheet
 * model (`host.workbook`): the inspection API has no cheap per-row/column
 * reader (getCellFormat per row of a 12,000-row sheet would be slow).
 */
import { columnLetter, parseAddress } from "../../src/scorecard/a1";
import type { SimulatedHost } from "../../excel-simulator";
import { CfRule, Rect, toRule } from "./conditional";
import { Axis, PX_PER_PT, buildAxis } from "./layout";
import { wrappedLines } from "./measure";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface ChartInfo {
  readonly title: string;
  readonly horizontal: boolean;
  /** Top-left cell (0-based) and size in points. */
  readonly row: number;
  readonly col: number;
  readonly widthPt: number;
  readonly heightPt: number;
  /** The chart's source range (categories in its first column, values in its second). */
  readonly source: { readonly sheet: string; readonly address: string };
}

export interface ChartData {
  readonly categories: string[];
  readonly values: number[];
}

export interface TableInfo {
  readonly rect: Rect;
  readonly showHeaders: boolean;
  readonly style: string;
}

export interface SheetInfo {
  readonly name: string;
  readonly rows: Axis;
  readonly cols: Axis;
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly showGridlines: boolean;
  readonly merges: readonly Rect[];
  readonly rules: readonly CfRule[];
  readonly charts: readonly ChartInfo[];
  readonly tables: readonly TableInfo[];
}

export interface TabInfo {
  readonly name: string;
  readonly color: string;
}

interface SheetModelLike {
  readonly visibility: string;
  readonly tabColor: string;
  readonly showGridlines: boolean;
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly formats: {
    get(r: number, c: number, key: string): unknown;
    mayUse(key: string, value: unknown): boolean;
  };
  rowHeight(r: number): number;
  columnWidth(c: number): number;
}

function model(host: SimulatedHost, name: string): SheetModelLike {
  return host.workbook.requireSheet(name) as unknown as SheetModelLike;
}

/** "A1:C3", "A:B", "2:5", with or without a sheet, as a rectangle. */
export function parseRect(address: string): Rect | undefined {
  const a = parseAddress(address);
  if (a) return { r0: a.row, c0: a.column, r1: a.row + a.rows - 1, c1: a.column + a.columns - 1 };
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (cols) {
    const p = parseAddress(`${cols[1]}1:${cols[2]}1`)!;
    return { r0: 0, r1: MAX_ROWS - 1, c0: p.column, c1: p.column + p.columns - 1 };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(local);
  if (rows) {
    const [x, y] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { r0: Math.min(x, y), r1: Math.max(x, y), c0: 0, c1: MAX_COLS - 1 };
  }
  return undefined;
}

export function visibleTabs(host: SimulatedHost): TabInfo[] {
  return host
    .sheetNames()
    .map((name) => ({ name, m: model(host, name) }))
    .filter(({ m }) => m.visibility === "Visible")
    .map(({ name, m }) => ({ name, color: m.tabColor }));
}

/**
 * Where the sheet's charts are and what they draw. Their data is not read
 * here (readChartData, when a chart is drawn): a chart whose source cannot be
 * read fails alone, inside its own frame, and the sheet still shows.
 */
function chartsOf(host: SimulatedHost, sheet: string): ChartInfo[] {
  const out: ChartInfo[] = [];
  for (const c of host.charts(sheet)) {
    const source = parseAddress(String(c.sourceData ?? ""));
    const position = (c.position ?? {}) as { startCell?: string };
    const start = parseAddress(String(position.startCell ?? ""));
    if (!source || !start || source.columns < 2) continue;
    out.push({
      title: String((c.title as { text?: string } | undefined)?.text ?? ""),
      horizontal: String(c.chartType).startsWith("Bar"),
      row: start.row,
      col: start.column,
      widthPt: Number(c.width) || 360,
      heightPt: Number(c.height) || 216,
      source: {
        sheet: source.sheet ?? sheet,
        address: String(c.sourceData).replace(/^.*!/, ""),
      },
    });
  }
  return out;
}

/** The categories and values a chart draws; throws what the host throws (e.g. its source sheet is gone). */
export function readChartData(host: SimulatedHost, chart: ChartInfo): ChartData {
  const values = host.getValues(chart.source.sheet, chart.source.address);
  return {
    categories: values.map((row) => String(row[0])),
    values: values.map((row) => (typeof row[1] === "number" ? row[1] : 0)),
  };
}

/** The sheet as the grid draws it: the used range plus room to type, at least 100 rows and 26 columns. */
export function readSheetInfo(host: SimulatedHost, name: string): SheetInfo {
  const m = model(host, name);
  const used = host.usedRange(name);
  const rect = used ? parseRect(used) : undefined;
  const charts = chartsOf(host, name);
  let lastRow = rect ? rect.r1 : 0;
  let lastCol = rect ? rect.c1 : 0;
  for (const ch of charts) {
    lastRow = Math.max(lastRow, ch.row + Math.ceil(ch.heightPt / 15));
    lastCol = Math.max(lastCol, ch.col + Math.ceil(ch.widthPt / 48));
  }
  const rowCount = Math.min(MAX_ROWS, Math.max(100, lastRow + 41));
  const colCount = Math.min(MAX_COLS, Math.max(26, lastCol + 9));
  const rules = host
    .conditionalFormats(name)
    .map((cf) => toRule(cf))
    .filter((r): r is CfRule => r !== undefined)
    .sort((a, b) => a.priority - b.priority);
  const autofit = autofitRowHeights(host, m, name, rect);
  return {
    name,
    rows: buildAxis(rowCount, (r) => autofit.get(r) ?? m.rowHeight(r)),
    cols: buildAxis(colCount, (c) => m.columnWidth(c)),
    frozen: host.frozen(name),
    showGridlines: m.showGridlines,
    merges: host
      .merges(name)
      .map((a) => parseRect(a))
      .filter((r): r is Rect => r !== undefined),
    rules,
    charts,
    tables: host
      .tables()
      .filter((t) => t.sheet === name)
      .map((t) => ({ rect: parseRect(t.address)!, showHeaders: t.showHeaders, style: t.style }))
      .filter((t) => t.rect !== undefined),
  };
}

const AUTOFIT_ROWS = 3000;
const AUTOFIT_COLS = 60;

/**
 * Excel grows a row whose height was never set to fit its largest font and
 * its wrapped text; the host keeps 15 pt. Estimated here (about 7 px per
 * character of Calibri 11 pt) for the rows of the used range.
 */
function autofitRowHeights(
  host: SimulatedHost,
  m: SheetModelLike,
  name: string,
  used: Rect | undefined
) {
  const out = new Map<number, number>();
  if (!used) return out;
  const wraps = m.formats.mayUse("wrapText", true);
  const r1 = Math.min(used.r1, used.r0 + AUTOFIT_ROWS);
  const c1 = Math.min(used.c1, used.c0 + AUTOFIT_COLS);
  for (let r = used.r0; r <= r1; r++) {
    if (m.rowHeights.has(r)) continue;
    let height = 0;
    for (let c = used.c0; c <= c1; c++) {
      const size = Number(m.formats.get(r, c, "font.size")) || 11;
      if (size > 11) height = Math.max(height, Math.round(size * 1.36 * 4) / 4);
      if (!wraps || m.formats.get(r, c, "wrapText") !== true) continue;
      const a1 = `${columnLetter(c)}${r + 1}`;
      const text = host.getText(name, a1)[0][0];
      if (!text) continue;
      const font = {
        size,
        bold: m.formats.get(r, c, "font.bold") === true,
        italic: m.formats.get(r, c, "font.italic") === true,
      };
      const lines = wrappedLines(text, m.columnWidth(c) * PX_PER_PT - 7, font);
      height = Math.max(height, lines * 15 * (size / 11));
    }
    if (height > m.rowHeight(r)) out.set(r, height);
  }
  return out;
}

/** An empty sheet of Excel's default sizes: what the keyboard moves over while a sheet cannot be read. */
export function blankSheetInfo(name: string): SheetInfo {
  return {
    name,
    rows: buildAxis(100, () => 15),
    cols: buildAxis(26, () => 48),
    frozen: { rows: 0, columns: 0 },
    showGridlines: true,
    merges: [],
    rules: [],
    charts: [],
    tables: [],
  };
}
