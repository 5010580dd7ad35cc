/* global setImmediate, setTimeout, clearTimeout */
/**
 * The command line's writer: the input workbook's sheets and the plans'
 * sheets streamed into a new file row by row (ExcelJS's streaming writer,
 * exceljsStream.ts), instead of adding the plans to the workbook in memory
 * and writing it whole (writePlan.ts, which the pane's downloads and the tests
 * keep using). The file says the same as writePlanToWorkbook + writeFile
 * would (test/export/streamWorkbook.test.ts compares them): the user's sheets
 * as ExcelJS read them, then each plan's cells, formats, column widths,
 * conditional formats, table, defined names, freeze panes, print set-up and
 * tab colour, the first plan's sheet active, and "recalculate on load".
 *
 * Why: at 10,000 employees × 12 KPIs the in-memory writer held 2 million
 * cells as objects, each with its own style object, built every sheet's XML
 * as one string and compressed it in JavaScript (3.3 GB, 35 s). Here a plan's
 * cells are made one row at a time, their styles are shared objects
 * (rangeFormat.ts SharedStyles) and the zip is compressed by Node's zlib.
 */
import type ExcelJS from "exceljs";
import { cellA1 } from "../scorecard/a1";
import type { PlanCell, SheetPlan } from "../scorecard/plan";
import { StreamSheet, StreamingWorkbook, TableModel, tableModel } from "./exceljsStream";
import { SharedStyles, Style, rangeOf } from "./rangeFormat";
import { argb } from "./units";
import { tablesOf } from "./workbookNames";
import { toCellValue, writeColumnWidths, writeConditionalFormat } from "./writePlan";

/** Rows written between two pauses that let the zip take what was written (memory stays flat). */
const ROWS_PER_PAUSE = 1000;

/** The style of cells without one: one object, so ExcelJS works its style id out once (not per cell). */
const NO_STYLE: Style = {};

/** The stream the zip reads a sheet part from (readable-stream's PassThrough: its state is internal). */
interface Sink {
  readonly writableLength?: number;
  readonly _writableState?: { readonly length: number };
  once(event: "drain", listener: () => void): void;
  removeListener(event: "drain", listener: () => void): void;
}

/** Bytes of a sheet part the zip may be behind by before the writing waits for it. */
const BEHIND_BYTES = 1 << 20;

/**
 * Waits until the zip has taken most of the sheet's rows written so far (the
 * stream it reads the sheet part from drains), or 200 ms at most. Without
 * it the rows pile up in memory until the sheet is committed: the zip
 * compresses on Node's event loop, which a loop writing rows never leaves;
 * the time limit keeps a part the zip has not reached yet from holding the
 * writing up for good.
 */
function pause(sheet: StreamSheet): Promise<void> {
  const sink = (sheet.stream as unknown as { pipes?: Sink[] }).pipes?.[0];
  const behind = sink ? (sink.writableLength ?? sink._writableState?.length ?? 0) : 0;
  return new Promise((resolve) => {
    if (!sink || behind < BEHIND_BYTES) {
      setImmediate(resolve);
      return;
    }
    const done = () => {
      clearTimeout(timer);
      sink.removeListener("drain", done);
      resolve();
    };
    const timer = setTimeout(done, 200);
    sink.once("drain", done);
  });
}

export interface StreamProgress {
  /** Rows written so far (all sheets) and the rows the file will have. */
  (rowsWritten: number): void;
}

type RowInternals = ExcelJS.Row & { hasValues: boolean };

/** Commits a row, cells with only a style included (ExcelJS's streaming writer skips rows without values). */
function commitRow(row: ExcelJS.Row, styledOnly: boolean): void {
  if (styledOnly && !(row as RowInternals).hasValues)
    Object.defineProperty(row, "hasValues", { value: true });
  row.commit();
}

/** The cell models of a row read from a file; a merged area's other cells keep their style. */
interface CellModel {
  type: number;
  address: string;
  style?: Style;
  master?: string;
}
const MERGE = 1; // ExcelJS ValueType.Merge
const NULL = 0; // ExcelJS ValueType.Null

const isEmpty = (style: object): boolean => {
  for (const _ in style) return false;
  return true;
};

function tableModels(sheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables?: Record<string, { model: TableModel }> }).tables;
  return tablesOf(sheet).length && tables ? Object.values(tables).map((t) => t.model) : [];
}

/** Copies a worksheet ExcelJS read into the stream, then lets go of its rows. */
export async function copySheet(
  out: StreamingWorkbook,
  sheet: ExcelJS.Worksheet,
  tabSelected: boolean,
  progress?: () => void
): Promise<void> {
  const views = (sheet.views?.length ? sheet.views : [{}]).map((v) => ({ ...v, tabSelected }));
  const target = out.addWorksheet(sheet.name, {
    properties: sheet.properties,
    state: sheet.state,
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    views: views as ExcelJS.WorksheetView[],
  });
  if (sheet.autoFilter) target.autoFilter = sheet.autoFilter;
  (sheet.columns ?? []).forEach((column, i) => {
    if (!column) return;
    const c = target.getColumn(i + 1);
    if (column.width !== undefined) c.width = column.width;
    if (column.hidden) c.hidden = column.hidden;
    if (column.outlineLevel) c.outlineLevel = column.outlineLevel;
    if (column.style && Object.keys(column.style).length) c.style = column.style;
  });
  const merges = (sheet as unknown as { _merges: Record<string, { range: string }> })._merges;
  for (const m of Object.values(merges)) target._merges.push(m.range);
  const cfs = (
    sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
  ).conditionalFormattings;
  for (const cf of cfs ?? []) target.addConditionalFormatting(cf);
  const validations = (sheet as unknown as { dataValidations: { model: object } }).dataValidations;
  (target as unknown as { dataValidations: { model: object } }).dataValidations.model =
    validations.model;
  for (const t of tableModels(sheet)) out.addTable(target, t);
  // Row by row, each let go once written (the read workbook is not used again), with pauses for the zip.
  const rows = (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    rows[i] = undefined;
    const model = (row as unknown as { model: { cells: CellModel[] } | null }).model;
    if (!model) continue;
    for (let k = 0; k < model.cells.length; k++) {
      const c = model.cells[k];
      if (c.type === MERGE) model.cells[k] = { type: NULL, address: c.address, style: c.style };
      else if (!c.style || isEmpty(c.style)) c.style = NO_STYLE;
    }
    const copy = target.getRow(row.number);
    (copy as unknown as { model: unknown }).model = model;
    commitRow(copy, model.cells.length > 0);
    progress?.();
    if ((i + 1) % ROWS_PER_PAUSE === 0) await pause(target);
  }
  (sheet as unknown as { _rows: unknown[] })._rows = [];
  target.commit();
}

/** The plan's cell styles, row by row (shared style objects; undefined: no style). */
function styleGrid(plan: SheetPlan, styles: SharedStyles): (Style | undefined)[][] {
  const grid: (Style | undefined)[][] = [];
  const at = (row: number): (Style | undefined)[] => (grid[row] ??= []);
  for (const block of plan.blocks) {
    const origin = rangeOf(block.address);
    block.cells.forEach((cells, r) =>
      cells.forEach((c, k) => {
        if (typeof c === "string" && /^[=+\-@]/.test(c)) {
          const row = at(origin.row + r);
          const column = origin.column + k;
          row[column] = styles.after(row[column] ?? styles.empty, styles.textStep, styles.makeText);
        }
      })
    );
  }
  for (const f of plan.formats) {
    styles.formatSteps(f, (row, column, step, make) => {
      const cells = at(row);
      cells[column] = styles.after(cells[column] ?? styles.empty, step, make);
    });
  }
  return grid;
}

/** Text header names of a plan table, or undefined when Excel would not take them (an autofilter then). */
function tableHeaders(plan: SheetPlan, address: string): string[] | undefined {
  const a = rangeOf(address);
  const names: string[] = [];
  for (let c = 0; c < a.columns; c++) {
    const v = cellAt(plan, a.row, a.column + c);
    if (typeof v !== "string" || v.trim() === "") return undefined;
    names.push(v);
  }
  return new Set(names.map((n) => n.toLowerCase())).size === names.length ? names : undefined;
}

function cellAt(plan: SheetPlan, row: number, column: number): PlanCell {
  for (const block of plan.blocks) {
    const o = rangeOf(block.address);
    const v = block.cells[row - o.row]?.[column - o.column];
    if (v !== undefined) return v;
  }
  return null;
}

/** Streams one plan's sheet (see the file comment). */
export async function streamPlan(
  out: StreamingWorkbook,
  plan: SheetPlan,
  tabSelected: boolean,
  progress?: () => void
): Promise<void> {
  const freeze = plan.freeze;
  const view: Partial<ExcelJS.WorksheetView> =
    freeze && freeze.rows + freeze.columns > 0
      ? {
          state: "frozen",
          xSplit: freeze.columns,
          ySplit: freeze.rows,
          topLeftCell: cellA1(freeze.rows, freeze.columns),
          activeCell: "A1",
        }
      : {};
  const sheet = out.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: [{ ...view, tabSelected } as unknown as ExcelJS.WorksheetView],
    pageSetup: {
      orientation: plan.print.orientation === "Landscape" ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: plan.print.fitToPagesWide,
      fitToHeight: 0,
    },
  });
  writeColumnWidths(sheet, plan);
  for (const cf of plan.conditionalFormats) writeConditionalFormat(sheet, cf);
  for (const t of plan.tables) {
    const headers = tableHeaders(plan, t.address);
    const a = rangeOf(t.address);
    if (!headers || a.rows < 2) {
      sheet.autoFilter = t.address;
      continue;
    }
    out.addTable(
      sheet,
      tableModel({
        name: t.name,
        ref: cellA1(a.row, a.column),
        rows: a.rows - 1,
        columns: headers.map((name) => ({ name, filterButton: true })),
        style: { theme: t.style, showRowStripes: true },
      })
    );
  }
  for (const n of plan.names) out.writer.definedNames.add(n.address, n.name);
  out.fullCalcOnLoad = true;
  await writeRows(sheet, plan, styleGrid(plan, new SharedStyles()), progress);
}

/** The plan's rows, each made, committed and let go before the next; the zip takes them as they come. */
async function writeRows(
  sheet: StreamSheet,
  plan: SheetPlan,
  grid: (Style | undefined)[][],
  progress?: () => void
): Promise<void> {
  let rows = grid.length;
  for (const block of plan.blocks)
    rows = Math.max(rows, rangeOf(block.address).row + block.cells.length);
  const blocks = plan.blocks.map((b) => ({ origin: rangeOf(b.address), cells: b.cells }));
  for (let r = 0; r < rows; r++) {
    const row = sheet.getRow(r + 1);
    const styles = grid[r];
    let any = false;
    for (const { origin, cells } of blocks) {
      const values = cells[r - origin.row];
      if (!values) continue;
      for (let k = 0; k < values.length; k++) {
        const v = values[k];
        if (v === null) continue;
        const cell = row.getCell(origin.column + k + 1);
        cell.value = toCellValue(v, r + 1);
        if (!styles?.[origin.column + k]) cell.style = NO_STYLE as ExcelJS.Style;
        any = true;
      }
    }
    if (styles) {
      for (let c = 0; c < styles.length; c++) {
        const style = styles[c];
        if (style) {
          row.getCell(c + 1).style = style as ExcelJS.Style;
          any = true;
        }
      }
      grid[r] = [];
    }
    if (any) commitRow(row, true);
    progress?.();
    if ((r + 1) % ROWS_PER_PAUSE === 0) await pause(sheet);
  }
  sheet.commit();
}

export interface StreamBuildOptions {
  /** Called once per row written (the input's rows and the plans'). */
  readonly progress?: () => void;
  /**
   * Called when the input's sheets are written and their rows let go, before
   * `plans` (a function) is called: the command line collects the garbage
   * there, so the plans do not stack on the input's dead rows (V8 collects
   * its old generation late: at 10,000 employees that was 300 MB more peak).
   */
  readonly inputWritten?: () => void;
}

/**
 * Writes `input`'s sheets and the plans' into `file`, the first plan's sheet
 * active. `input` gives up its rows on the way (it is not usable afterwards).
 * `plans` may be a function, called once the input's sheets are written.
 */
export async function streamWorkbook(
  input: ExcelJS.Workbook,
  plans: readonly SheetPlan[] | (() => readonly SheetPlan[]),
  file: string,
  options: StreamBuildOptions = {}
): Promise<void> {
  const planned = typeof plans === "function" ? undefined : plans;
  const out = new StreamingWorkbook(file);
  const w = out.writer;
  w.creator = input.creator ?? "";
  w.lastModifiedBy = input.lastModifiedBy ?? "";
  w.created = input.created;
  w.modified = input.modified;
  (w.definedNames as unknown as { model: unknown }).model = input.definedNames.model;
  const sheets = input.worksheets;
  // Plans made after the copy (a function) are at least one sheet, as buildPlans makes them.
  const active = (planned?.length ?? 1) > 0 ? sheets.length : -1;
  const view = input.views?.[0];
  out.views = [
    view
      ? {
          ...view,
          ...(active >= 0
            ? { activeTab: active, firstSheet: Math.min(view.firstSheet ?? 0, active) }
            : {}),
        }
      : {
          x: 0,
          y: 0,
          width: 12000,
          height: 8000,
          firstSheet: 0,
          activeTab: Math.max(active, 0),
          visibility: "visible",
        },
  ];
  if (input.calcProperties?.fullCalcOnLoad) out.fullCalcOnLoad = true;
  for (const sheet of sheets)
    await copySheet(out, sheet, active < 0 && sheet === sheets[0], options.progress);
  // The input's rows are let go by now: plans made here do not share the memory with them.
  options.inputWritten?.();
  const all = planned ?? (plans as () => readonly SheetPlan[])();
  for (const [i, plan] of all.entries()) await streamPlan(out, plan, i === 0, options.progress);
  await out.commit();
}
