/**
 * A simulated host's cell format (the flat record of SheetSnapshot.cells[a1].fmt:
 * "numberFormat", "font.bold", "fill.color", "border.EdgeTop.style", ...)
 * as an ExcelJS cell style.
 */
import type ExcelJS from "exceljs";
import { argb } from "../../src/export/units";

type FormatRecord = Readonly<Record<string, string | number | boolean | null>>;

const HORIZONTAL: Readonly<Record<string, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Fill: "fill",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

const VERTICAL: Readonly<Record<string, ExcelJS.Alignment["vertical"]>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

const EDGES: ReadonlyArray<readonly [string, keyof ExcelJS.Borders]> = [
  ["EdgeTop", "top"],
  ["EdgeBottom", "bottom"],
  ["EdgeLeft", "left"],
  ["EdgeRight", "right"],
];

/** Office.js border style and weight → the xlsx line style. */
export function borderStyle(style: string, weight: string): ExcelJS.BorderStyle | undefined {
  const medium = weight === "Medium" || weight === "Thick";
  switch (style) {
    case "Continuous":
      return weight === "Hairline"
        ? "hair"
        : weight === "Thick"
          ? "thick"
          : medium
            ? "medium"
            : "thin";
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    case "Double":
      return "double";
    default:
      return undefined;
  }
}

function color(value: unknown): { argb: string } | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return { argb: argb(value) };
  } catch {
    return undefined; // named colours and the like are left out
  }
}

/** The style to give an ExcelJS cell; empty for a cell with Excel's default format. */
export function cellStyle(fmt: FormatRecord | undefined): Partial<ExcelJS.Style> {
  if (!fmt) return {};
  const style: Partial<ExcelJS.Style> = {};
  if (typeof fmt.numberFormat === "string" && fmt.numberFormat !== "General")
    style.numFmt = fmt.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (fmt["font.bold"] === true) font.bold = true;
  if (fmt["font.italic"] === true) font.italic = true;
  if (fmt["font.strikethrough"] === true) font.strike = true;
  if (fmt["font.underline"] === "Single" || fmt["font.underline"] === "SingleAccountant")
    font.underline = "single";
  if (fmt["font.underline"] === "Double" || fmt["font.underline"] === "DoubleAccountant")
    font.underline = "double";
  const fontColor = color(fmt["font.color"]);
  if (fontColor) font.color = fontColor;
  if (typeof fmt["font.size"] === "number") font.size = fmt["font.size"];
  if (typeof fmt["font.name"] === "string") font.name = fmt["font.name"];
  if (Object.keys(font).length) style.font = { name: "Calibri", size: 11, family: 2, ...font };
  const fill = color(fmt["fill.color"]);
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: fill };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const h = HORIZONTAL[String(fmt.horizontalAlignment)];
  if (h) alignment.horizontal = h;
  const v = VERTICAL[String(fmt.verticalAlignment)];
  if (v && v !== "bottom") alignment.vertical = v;
  if (fmt.wrapText === true) alignment.wrapText = true;
  if (typeof fmt.indentLevel === "number" && fmt.indentLevel > 0) {
    alignment.indent = fmt.indentLevel;
    alignment.horizontal ??= "left";
  }
  if (Object.keys(alignment).length) style.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  for (const [edge, side] of EDGES) {
    const s = borderStyle(
      String(fmt[`border.${edge}.style`] ?? "None"),
      String(fmt[`border.${edge}.weight`] ?? "Thin")
    );
    if (!s) continue;
    const c = color(fmt[`border.${edge}.color`] ?? "#000000");
    (border as Record<string, Partial<ExcelJS.Border>>)[side] = c
      ? { style: s, color: c }
      : { style: s };
  }
  if (Object.keys(border).length) style.border = border;
  return style;
}
