/**
 * A plan's RangeFormat applied cell by cell with ExcelJS (an xlsx file has no
 * range formats: every cell carries its own style). Properties the format
 * leaves out keep the cell's current style, as in Office.js.
 */
import type ExcelJS from "exceljs";
import { ParsedAddress, parseAddress } from "../scorecard/a1";
import type { BorderEdge, RangeFormat } from "../scorecard/plan";
import { argb } from "./units";

/** Excel's default font; a font element without a name or size would render differently. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

const ALIGN: Readonly<
  Record<NonNullable<RangeFormat["horizontalAlignment"]>, ExcelJS.Alignment["horizontal"]>
> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

export function rangeOf(address: string): ParsedAddress {
  const a = parseAddress(address);
  if (!a) throw new Error(`Invalid address in sheet plan: ${address}`);
  return a;
}

/** Calls `f` for every cell of a range with its 0-based offsets inside the range. */
export function eachCell(
  sheet: ExcelJS.Worksheet,
  address: string,
  f: (cell: ExcelJS.Cell, r: number, c: number, range: ParsedAddress) => void
): void {
  const a = rangeOf(address);
  for (let r = 0; r < a.rows; r++) {
    for (let c = 0; c < a.columns; c++) f(sheet.getCell(a.row + r + 1, a.column + c + 1), r, c, a);
  }
}

function fontOf(f: RangeFormat): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (f.fontSize) font.size = f.fontSize;
  return Object.keys(font).length ? font : undefined;
}

function alignmentOf(f: RangeFormat): Partial<ExcelJS.Alignment> | undefined {
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (f.horizontalAlignment) alignment.horizontal = ALIGN[f.horizontalAlignment];
  if (f.wrapText !== undefined) alignment.wrapText = f.wrapText;
  if (f.indent) {
    alignment.indent = f.indent;
    // Excel ignores an indent on general-aligned cells.
    alignment.horizontal ??= "left";
  }
  return Object.keys(alignment).length ? alignment : undefined;
}

/** The cell sides an edge of the range touches, like Office.js's border items. */
function sidesFor(
  edges: readonly BorderEdge[],
  r: number,
  c: number,
  a: ParsedAddress
): ("top" | "bottom" | "left" | "right")[] {
  const sides = new Set<"top" | "bottom" | "left" | "right">();
  const has = (e: BorderEdge) => edges.includes(e);
  if (has("top") && r === 0) sides.add("top");
  if (has("bottom") && r === a.rows - 1) sides.add("bottom");
  if (has("left") && c === 0) sides.add("left");
  if (has("right") && c === a.columns - 1) sides.add("right");
  if (has("insideHorizontal")) {
    if (r > 0) sides.add("top");
    if (r < a.rows - 1) sides.add("bottom");
  }
  if (has("insideVertical")) {
    if (c > 0) sides.add("left");
    if (c < a.columns - 1) sides.add("right");
  }
  return [...sides];
}

export function applyRangeFormat(sheet: ExcelJS.Worksheet, f: RangeFormat): void {
  const font = fontOf(f);
  const alignment = alignmentOf(f);
  const fill: ExcelJS.Fill | undefined = f.fill
    ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } }
    : undefined;
  const border: Partial<ExcelJS.Border> = {
    style: "thin",
    ...(f.borderColor ? { color: { argb: argb(f.borderColor) } } : {}),
  };
  eachCell(sheet, f.address, (cell, r, c, a) => {
    // New objects every time: ExcelJS may share style objects between cells.
    if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
    if (font) cell.font = { ...BASE_FONT, ...cell.font, ...font };
    if (fill) cell.fill = { ...fill };
    if (alignment) cell.alignment = { ...cell.alignment, ...alignment };
    const sides = sidesFor(f.borders ?? [], r, c, a);
    if (sides.length) {
      const borders: Partial<ExcelJS.Borders> = { ...cell.border };
      for (const side of sides) borders[side] = { ...border };
      cell.border = borders;
    }
  });
}
