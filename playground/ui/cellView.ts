/**
 * Cells of the simulated host as the grid draws them: the displayed text
 * (through the cell's number format), fonts, fills, alignment, borders,
 * conditional-format colours, and errors with the message behind them.
 * One call reads a rectangle (values in one go, formats per cell; the text
 * through the host's own number-format renderer, as Range.text does).
 */
import type { CSSProperties } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { CellFormat, SimulatedHost } from "../../excel-simulator";
import { formatValue } from "../../excel-simulator/numberFormat";
import { Scalar, conditionalColors } from "./conditional";
import type { SheetInfo } from "./hostView";
import { FONT_STACK, FontSpec } from "./measure";
import { fitNumber } from "./fitNumber";
import { sizeOf } from "./layout";

export type CellKind = "empty" | "number" | "text" | "bool" | "error";

export interface CellInfo {
  readonly text: string;
  /** The number format the text was rendered in (a narrow column rounds or shows ####: fitNumber). */
  readonly numberFormat: string;
  readonly kind: CellKind;
  readonly value: Scalar;
  /** "#DIV/0!: message" for an error cell. */
  readonly error?: string;
  readonly align: "left" | "center" | "right";
  readonly wrap: boolean;
  readonly hasFill: boolean;
  /** Font, fill, alignment and explicit borders (right/bottom as border colours, top/left as shadows). */
  readonly style: CSSProperties;
  readonly shadows: readonly string[];
  readonly font: FontSpec;
}

function kindOf(v: Scalar, isError: boolean): CellKind {
  if (isError) return "error";
  if (v === "") return "empty";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  return "text";
}

function alignOf(fmt: CellFormat, kind: CellKind): CellInfo["align"] {
  switch (fmt.horizontalAlignment) {
    case "Left":
      return "left";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "right";
    default:
      return kind === "number" ? "right" : kind === "bool" || kind === "error" ? "center" : "left";
  }
}

const lineWidth = (weight: string): number =>
  weight === "Thick" ? 3 : weight === "Medium" ? 2 : 1;

/** Header and banded-row colours of Excel's table styles, by accent (Medium2 = blue, Medium3 = orange, ...). */
const TABLE_ACCENTS: readonly (readonly [string, string])[] = [
  ["#4472C4", "#D9E1F2"],
  ["#ED7D31", "#FCE4D6"],
  ["#A5A5A5", "#EDEDED"],
  ["#FFC000", "#FFF2CC"],
  ["#5B9BD5", "#DDEBF7"],
  ["#70AD47", "#E2EFDA"],
];

interface Look {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** What a table's style gives a cell (header: accent fill, white bold text; data: banded rows). */
function tableLook(info: SheetInfo, r: number, c: number): Look | undefined {
  const t = info.tables.find(
    (x) => r >= x.rect.r0 && r <= x.rect.r1 && c >= x.rect.c0 && c <= x.rect.c1
  );
  if (!t) return undefined;
  const n = Number(/(\d+)$/.exec(t.style)?.[1] ?? 2);
  const k = (((n - 2) % 7) + 7) % 7;
  const [accent, band] = TABLE_ACCENTS[k === 6 ? 2 : k];
  if (t.showHeaders && r === t.rect.r0) return { fill: accent, fontColor: "#FFFFFF", bold: true };
  const index = r - t.rect.r0 - (t.showHeaders ? 1 : 0);
  return index % 2 === 0 ? { fill: band } : undefined;
}

function styleOf(fmt: CellFormat, kind: CellKind, cf?: Look, table?: Look) {
  const fill = cf?.fill ?? fmt.fill ?? table?.fill;
  const style: CSSProperties = {
    fontFamily:
      fmt.fontName && fmt.fontName !== "Calibri" ? `"${fmt.fontName}", ${FONT_STACK}` : undefined,
    fontSize: fmt.fontSize && fmt.fontSize !== 11 ? `${fmt.fontSize}pt` : undefined,
    fontWeight: fmt.bold || table?.bold ? 700 : undefined,
    fontStyle: fmt.italic ? "italic" : undefined,
    color: cf?.fontColor ?? (fmt.fontColor !== "#000000" ? fmt.fontColor : table?.fontColor),
    background: fill,
    alignItems:
      fmt.verticalAlignment === "Top"
        ? "flex-start"
        : fmt.verticalAlignment === "Center"
          ? "center"
          : undefined,
    paddingLeft: fmt.indentLevel ? 3 + fmt.indentLevel * 9 : undefined,
  };
  const decorations = [
    fmt.underline && fmt.underline !== "None" ? "underline" : "",
    fmt.strikethrough ? "line-through" : "",
  ].filter(Boolean);
  if (decorations.length) style.textDecoration = decorations.join(" ");
  if (fill) {
    // Excel hides gridlines under a fill.
    style.borderRightColor = fill;
    style.borderBottomColor = fill;
  }
  const shadows: string[] = [];
  const b = fmt.borders;
  if (b.EdgeRight) style.borderRightColor = b.EdgeRight.color;
  if (b.EdgeBottom) style.borderBottomColor = b.EdgeBottom.color;
  if (b.EdgeTop) shadows.push(`inset 0 ${lineWidth(b.EdgeTop.weight)}px 0 ${b.EdgeTop.color}`);
  if (b.EdgeLeft) shadows.push(`inset ${lineWidth(b.EdgeLeft.weight)}px 0 0 ${b.EdgeLeft.color}`);
  if (kind === "error" && !style.color) style.color = "#C00000";
  // Only the properties a cell sets: React then touches nothing else on the element.
  for (const key of Object.keys(style) as (keyof CSSProperties)[])
    if (style[key] === undefined) delete style[key];
  return { style, shadows, hasFill: Boolean(fill) };
}

/** Cells r0..r1 × c0..c1 (inclusive) of a sheet; an empty array for an empty rectangle. */
export function readBlock(
  host: SimulatedHost,
  info: SheetInfo,
  r0: number,
  r1: number,
  c0: number,
  c1: number
): CellInfo[][] {
  if (r1 < r0 || c1 < c0) return [];
  const sheet = info.name;
  const address = `${cellA1(r0, c0)}:${cellA1(r1, c1)}`;
  const values = host.getValues(sheet, address) as Scalar[][];
  const valueAt = (a1: string, row: number, col: number): Scalar =>
    row >= r0 && row <= r1 && col >= c0 && col <= c1
      ? values[row - r0][col - c0]
      : (host.getValue(sheet, a1) as Scalar);
  return values.map((row, i) =>
    row.map((v, j) => {
      const r = r0 + i;
      const c = c0 + j;
      const a1 = cellA1(r, c);
      const err =
        typeof v === "string" && v.charCodeAt(0) === 35 /* # */
          ? host.getCellError(sheet, a1)
          : undefined;
      const kind = kindOf(v, err !== undefined);
      const fmt = host.getCellFormat(sheet, a1);
      const cf = info.rules.length ? conditionalColors(info.rules, r, c, valueAt) : undefined;
      const table = info.tables.length ? tableLook(info, r, c) : undefined;
      const { style, shadows, hasFill } = styleOf(fmt, kind, cf, table);
      const font: FontSpec = {
        size: fmt.fontSize || 11,
        bold: fmt.bold || table?.bold === true,
        italic: fmt.italic,
        family: fmt.fontName && fmt.fontName !== "Calibri" ? fmt.fontName : undefined,
      };
      const shown =
        kind === "error" ? String(v) : formatValue(v, fmt.numberFormat, host.workbook.culture);
      return {
        // A number never runs over or is cut: rounded to fit its column, or ####.
        text:
          kind === "number" &&
          !fmt.wrapText &&
          !info.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1)
            ? fitNumber(
                v as number,
                shown,
                fmt.numberFormat,
                sizeOf(info.cols, c),
                font,
                host.workbook.culture
              )
            : shown,
        numberFormat: fmt.numberFormat,
        kind,
        value: v,
        error: err ? (err.message ? `${err.code}: ${err.message}` : err.code) : undefined,
        align: alignOf(fmt, kind),
        wrap: fmt.wrapText,
        hasFill,
        style,
        shadows,
        font,
      };
    })
  );
}
