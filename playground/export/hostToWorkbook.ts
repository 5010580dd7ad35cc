/**
 * The simulated host's workbook as an ExcelJS workbook, for "Download .xlsx":
 * every sheet with its values, formulas (with their computed results, and a
 * full recalculation asked for on open), spilled arrays as array formulas,
 * number formats, fonts, fills, alignment, borders, column widths and row
 * heights, hidden rows and columns, merges, frozen panes, gridlines, tab
 * colours, "Custom" conditional formats, tables and simple defined names.
 * Left out: charts (ExcelJS cannot write them).
 *
 * Pure: runs in Node (tests) and in the browser (ExcelJS's browser build).
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../src/scorecard/a1";
import { writeTable } from "../../src/export/tables";
import { argb, pointsToCharacters } from "../../src/export/units";
import { takenNames, uniqueName } from "../../src/export/workbookNames";
import type { SheetSnapshot, SimulatedHost } from "../../excel-simulator";
import { cellStyle } from "./cellStyle";
import { spillRange } from "./spills";

type Bag = Record<string, unknown>;

const localPart = (address: string) => address.slice(address.lastIndexOf("!") + 1);

function cellValue(v: unknown, formula: string | undefined, isError: boolean): ExcelJS.CellValue {
  const result = isError ? { error: v as ExcelJS.ErrorValue } : (v as number | string | boolean);
  if (formula !== undefined) {
    return {
      formula: formula.replace(/^=/, ""),
      result: v === "" ? undefined : result,
    } as ExcelJS.CellFormulaValue;
  }
  if (v === "" || v === null || v === undefined) return null;
  return result as ExcelJS.CellValue;
}

function writeCells(ws: ExcelJS.Worksheet, host: SimulatedHost, snap: SheetSnapshot): void {
  for (const [a1, cell] of Object.entries(snap.cells)) {
    const target = ws.getCell(a1);
    const isError =
      typeof cell.v === "string" &&
      cell.v.startsWith("#") &&
      host.getCellError(snap.name, a1) !== undefined;
    const value = cellValue(cell.v, cell.f, isError);
    const spill = cell.f ? spillRange(host, snap.name, a1) : undefined;
    target.value = spill
      ? ({
          ...(value as ExcelJS.CellFormulaValue),
          shareType: "array",
          ref: spill,
        } as unknown as ExcelJS.CellValue)
      : value;
    const style = cellStyle(cell.fmt);
    if (style.numFmt) target.numFmt = style.numFmt;
    if (style.font) target.font = style.font;
    if (style.fill) target.fill = style.fill;
    if (style.alignment) target.alignment = style.alignment;
    if (style.border) target.border = style.border;
  }
}

function writeLayout(ws: ExcelJS.Worksheet, snap: SheetSnapshot): void {
  for (const [letters, points] of Object.entries(snap.columnWidths))
    ws.getColumn(letters).width = pointsToCharacters(points);
  for (const [row, points] of Object.entries(snap.rowHeights))
    ws.getRow(Number(row)).height = points;
  for (const r of snap.hiddenRows) ws.getRow(r + 1).hidden = true;
  for (const c of snap.hiddenColumns) ws.getColumn(columnLetter(c)).hidden = true;
  for (const m of snap.merges) {
    try {
      ws.mergeCells(m);
    } catch {
      // overlapping merges cannot happen in Excel; skip rather than fail the download
    }
  }
  const { rows, columns } = snap.frozen;
  ws.views = [
    rows + columns > 0
      ? { state: "frozen", xSplit: columns, ySplit: rows, showGridLines: snap.showGridlines }
      : { state: "normal", showGridLines: snap.showGridlines },
  ];
  if (snap.tabColor) {
    try {
      ws.properties.tabColor = { argb: argb(snap.tabColor) };
    } catch {
      // not a #RRGGBB colour
    }
  }
  if (snap.pageLayout.orientation === "Landscape") ws.pageSetup.orientation = "landscape";
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, formats: readonly Bag[]): void {
  formats.forEach((cf, i) => {
    const rule = cf.rule as { formula?: string } | undefined;
    const format = (cf.format ?? {}) as { fill?: { color?: string }; font?: { color?: string } };
    if (cf.type !== "Custom" || !rule?.formula) return;
    const style: Partial<ExcelJS.Style> = {};
    try {
      if (format.fill?.color)
        style.fill = {
          type: "pattern",
          pattern: "solid",
          bgColor: { argb: argb(format.fill.color) },
        };
      if (format.font?.color) style.font = { color: { argb: argb(format.font.color) } };
    } catch {
      return;
    }
    ws.addConditionalFormatting({
      ref: localPart(String(cf.range)),
      rules: [
        { type: "expression", priority: i + 1, formulae: [rule.formula.replace(/^=/, "")], style },
      ],
    });
  });
}

const SIMPLE_REF = /^=('(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

export function hostToWorkbook(host: SimulatedHost): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Scorecard for Excel (playground)";
  const names = host.sheetNames();
  for (const name of names) {
    const snap = host.snapshot(name);
    const state =
      snap.visibility === "Hidden"
        ? "hidden"
        : snap.visibility === "VeryHidden"
          ? "veryHidden"
          : "visible";
    const ws = wb.addWorksheet(name, { state });
    writeCells(ws, host, snap);
    writeLayout(ws, snap);
    writeConditionalFormats(ws, snap.conditionalFormats);
  }
  const taken = takenNames(wb);
  for (const t of host.tables()) {
    const ws = wb.getWorksheet(t.sheet);
    if (ws) writeTable(ws, { name: t.name, address: localPart(t.address), style: t.style }, taken);
  }
  for (const n of host.names()) {
    if (n.scope !== "Workbook" || !SIMPLE_REF.test(n.formula)) continue;
    wb.definedNames.add(n.formula.slice(1), uniqueName(n.name, taken));
  }
  const active = Math.max(0, names.indexOf(host.activeSheet()));
  wb.worksheets.forEach((ws, i) => {
    ws.views = ws.views.map((v) => ({ ...v, tabSelected: i === active }));
  });
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 12000,
      height: 8000,
      firstSheet: 0,
      activeTab: active,
      visibility: "visible",
    },
  ];
  // Formulas carry the playground's results; Excel recomputes them on open anyway.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}
