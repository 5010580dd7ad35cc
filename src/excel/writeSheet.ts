/* global Excel */
/**
 * Writes one sheet plan into a new worksheet: values and formulas as 2D arrays
 * in byte-budgeted chunks, then formats per range, conditional formats, column
 * widths, chart, table, names, frozen panes and print set-up.
 */
import { columnLetter, parseAddress } from "../scorecard/a1";
import type { BorderEdge, ConditionalFormatPlan, RangeFormat, SheetPlan } from "../scorecard/plan";
import { chunkRows, filled, sentBytes, toFormulaValue } from "./chunks";
import { supportsExcelApi } from "./excelRun";
import { SyncBatcher } from "./syncBatcher";
import { blockWriteBytes, formatBytes, tailBytes } from "./wireCost";

const EDGES: Readonly<Record<BorderEdge, string>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  insideHorizontal: "InsideHorizontal",
  insideVertical: "InsideVertical",
};

function bounds(address: string) {
  const a = parseAddress(address);
  if (!a) throw new Error(`Invalid address in sheet plan: ${address}`);
  return a;
}

/** Where the build points a name it keeps (a formula such as "='Balanced Scorecard'!$I$13"). */
export interface NamePointer {
  readonly name: string;
  readonly formula: string;
}

/** The names one sheet defined: added to the workbook, or kept (existing, to point at this sheet). */
export interface WrittenNames {
  readonly added: string[];
  readonly pointers: NamePointer[];
}

export async function writeSheet(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  keep: Set<string>,
  onChunk: () => void
): Promise<WrittenNames> {
  await writeCells(batcher, sheet, plan, onChunk);
  for (const f of plan.formats) await writeFormat(batcher, sheet, f);
  const autofit = autofitRuns(plan);
  await batcher.reserve(tailBytes(plan, autofit.length));
  for (const [column, width] of Object.entries(plan.columnWidths)) {
    const range = sheet.getRange(`${column}:${column}`);
    if (width === 0) range.columnHidden = true;
    else range.format.columnWidth = width;
  }
  for (const run of autofit) sheet.getRange(run).format.autofitColumns();
  for (const cf of plan.conditionalFormats) writeConditionalFormat(sheet, cf);
  for (const chart of plan.charts) {
    const data = sheet.getRange(chart.categories).getBoundingRect(sheet.getRange(chart.values));
    const c = sheet.charts.add(
      chart.type as Excel.ChartType,
      data,
      "Columns" as Excel.ChartSeriesBy
    );
    c.title.text = chart.title;
    c.legend.visible = false;
    c.setPosition(chart.topLeft, chart.bottomRight);
  }
  // Tables and names under the plan's names, final and free (writePlans checked).
  for (const t of plan.tables) {
    const table = sheet.tables.add(t.address, true);
    table.name = t.name;
    table.style = t.style;
  }
  const added: string[] = [];
  const pointers: NamePointer[] = [];
  for (const n of plan.names) {
    const formula = `=${n.address}`;
    // A name the previous build defined on a sheet this build replaces keeps its text (formulas
    // use names by their text): the caller points it at this sheet when it commits.
    if (keep.delete(n.name.toLowerCase())) {
      pointers.push({ name: n.name, formula });
      continue;
    }
    context.workbook.names.add(n.name, formula);
    added.push(n.name);
  }
  if (plan.freeze && plan.freeze.rows + plan.freeze.columns > 0) {
    const { rows, columns } = plan.freeze;
    if (columns === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
    else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  }
  // Page layout is ExcelApi 1.9: older Excel prints with its defaults rather than failing the build.
  if (supportsExcelApi("1.9")) {
    sheet.pageLayout.orientation = plan.print.orientation as Excel.PageOrientation;
    sheet.pageLayout.zoom = {
      horizontalFitToPages: plan.print.fitToPagesWide,
      verticalFitToPages: 0,
    };
  }
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  return { added, pointers };
}

/** Columns the plan writes but gives no width, as contiguous runs ("B:L"): Excel fits them to their contents. */
export function autofitRuns(plan: SheetPlan): string[] {
  let width = 0;
  for (const block of plan.blocks) {
    const origin = bounds(block.address);
    for (const row of block.cells) width = Math.max(width, origin.column + row.length);
  }
  const runs: string[] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const free = c < width && plan.columnWidths[columnLetter(c)] === undefined;
    if (free && start < 0) start = c;
    if (!free && start >= 0) {
      runs.push(`${columnLetter(start)}:${columnLetter(c - 1)}`);
      start = -1;
    }
  }
  return runs;
}

async function writeCells(
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  onChunk: () => void
): Promise<void> {
  for (const block of plan.blocks) {
    const origin = bounds(block.address);
    const width = Math.max(0, ...block.cells.map((r) => r.length));
    if (width === 0) continue;
    for (const chunk of chunkRows(block.cells, batcher.budget, origin.row + 1)) {
      await batcher.reserve(blockWriteBytes(block.address, chunk.rows, width, chunk.bytes));
      // One 2D write per chunk: formulas (row formulas written out for their row, a
      // chunk at a time), numbers, and text marked as literal (see toFormulaValue).
      const rows = block.cells.slice(chunk.start, chunk.start + chunk.rows).map((row, i) => {
        const sheetRow = origin.row + chunk.start + i + 1;
        const out = row.map((c) => toFormulaValue(c, sheetRow));
        while (out.length < width) out.push("");
        return out;
      });
      sheet.getRangeByIndexes(origin.row + chunk.start, origin.column, chunk.rows, width).formulas =
        rows;
      onChunk();
    }
  }
}

async function writeFormat(
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  f: RangeFormat
): Promise<void> {
  if (f.numberFormat !== undefined)
    await writeNumberFormat(batcher, sheet, f.address, f.numberFormat);
  await batcher.reserve(formatBytes(f));
  const format = sheet.getRange(f.address).format;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontColor) format.font.color = f.fontColor;
  if (f.fontSize) format.font.size = f.fontSize;
  if (f.fill) format.fill.color = f.fill;
  if (f.horizontalAlignment)
    format.horizontalAlignment = f.horizontalAlignment as Excel.HorizontalAlignment;
  if (f.wrapText !== undefined) format.wrapText = f.wrapText;
  if (f.indent && supportsExcelApi("1.9")) format.indentLevel = f.indent;
  for (const edge of f.borders ?? []) {
    const border = format.borders.getItem(EDGES[edge] as Excel.BorderIndex);
    border.style = "Continuous" as Excel.BorderLineStyle;
    if (f.borderColor) border.color = f.borderColor;
  }
}

/** Number formats are 2D in Office.js: large ranges are written in row chunks like values. */
async function writeNumberFormat(
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  address: string,
  numberFormat: string
) {
  const a = bounds(address);
  const rowSize = a.columns * sentBytes(numberFormat) + 2;
  const rowsPerChunk = Math.max(1, Math.floor(batcher.budget / rowSize));
  for (let start = 0; start < a.rows; start += rowsPerChunk) {
    const rows = Math.min(rowsPerChunk, a.rows - start);
    await batcher.reserve(blockWriteBytes(address, rows, a.columns, rows * rowSize));
    sheet.getRangeByIndexes(a.row + start, a.column, rows, a.columns).numberFormat = filled(
      rows,
      a.columns,
      numberFormat
    );
  }
}

function writeConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const added = sheet
    .getRange(cf.address)
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  added.custom.rule.formula = cf.formula;
  added.custom.format.fill.color = cf.fill;
  added.custom.format.font.color = cf.fontColor;
}
