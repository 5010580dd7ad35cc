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

export type Style = Partial<ExcelJS.Style>;
type Side = "top" | "bottom" | "left" | "right";
const SIDE_BITS: Readonly<Record<Side, number>> = { top: 1, bottom: 2, left: 4, right: 8 };
const SIDES_OF_MASK: readonly Side[][] = Array.from({ length: 16 }, (_, m) =>
  (Object.keys(SIDE_BITS) as Side[]).filter((s) => m & SIDE_BITS[s])
);

/**
 * Style objects shared between cells. ExcelJS's writer turns a cell's style
 * object into a style id once per object (addStyleModel remembers objects it
 * has seen), and serialises and compares its font, fill and border as XML for
 * every object it has not: a style object per cell made that the largest cost
 * of writing 2 million cells (8 s of 13 at 10,000 employees), and its objects
 * most of the memory. Here a cell's style only ever changes by a step (a
 * format with the sides of it the cell touches, or the Text format) from a
 * style of this class to another, worked out once per (style, step) and
 * shared by every cell that takes the same steps; shared objects are never
 * changed in place.
 */
export class SharedStyles {
  readonly empty: Style = {};
  private readonly shared = new WeakSet<Style>([this.empty]);
  private readonly steps = new WeakMap<Style, Map<number, Style>>();
  /** Formats by their properties' JSON: equal formats are one step. */
  private readonly formatIds = new Map<string, number>();

  /** The cell's style as a style of this class (a new cell's own empty style is `empty`). */
  private from(cell: ExcelJS.Cell): Style {
    const style = cell.style as Style;
    if (this.shared.has(style)) return style;
    if (Object.keys(style).length === 0) return this.empty;
    // A style this class did not make (not in a plan's sheet): kept as the step's start.
    this.shared.add(style);
    return style;
  }

  /** The style `make(from)`, made once per (from, step) and shared. */
  after(from: Style, step: number, make: (from: Style) => Style): Style {
    let next = this.steps.get(from);
    if (!next) this.steps.set(from, (next = new Map()));
    let to = next.get(step);
    if (!to) {
      to = make(from);
      this.shared.add(to);
      next.set(step, to);
    }
    return to;
  }

  /** The Text format (step 0). */
  readonly textStep = 0;
  readonly makeText = (from: Style): Style => ({ ...from, numFmt: "@" });

  /** Gives the cell the Text format. */
  text(cell: ExcelJS.Cell): void {
    cell.style = this.after(this.from(cell), this.textStep, this.makeText) as ExcelJS.Style;
  }

  /**
   * Calls `each` for every cell of the format's range (0-based row and column
   * in the sheet) with the step the format is for that cell and how to make it.
   */
  formatSteps(
    f: RangeFormat,
    each: (row: number, column: number, step: number, make: (from: Style) => Style) => void
  ): void {
    const { address, ...props } = f;
    const json = JSON.stringify(props);
    let id = this.formatIds.get(json);
    if (id === undefined) this.formatIds.set(json, (id = this.formatIds.size + 1));
    const font = fontOf(f);
    const alignment = alignmentOf(f);
    const fill: ExcelJS.Fill | undefined = f.fill
      ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } }
      : undefined;
    const border: Partial<ExcelJS.Border> = {
      style: "thin",
      ...(f.borderColor ? { color: { argb: argb(f.borderColor) } } : {}),
    };
    const make =
      (sides: readonly Side[]) =>
      (from: Style): Style => {
        const to: Style = { ...from };
        if (f.numberFormat !== undefined) to.numFmt = f.numberFormat;
        if (font) to.font = { ...BASE_FONT, ...from.font, ...font };
        if (fill) to.fill = { ...fill };
        if (alignment) to.alignment = { ...from.alignment, ...alignment };
        if (sides.length) {
          const borders: Partial<ExcelJS.Borders> = { ...from.border };
          for (const side of sides) borders[side] = { ...border };
          to.border = borders;
        }
        return to;
      };
    const makers = SIDES_OF_MASK.map(make);
    const edges = f.borders ?? [];
    const a = rangeOf(address);
    for (let r = 0; r < a.rows; r++) {
      for (let c = 0; c < a.columns; c++) {
        let mask = 0;
        if (edges.length) for (const side of sidesFor(edges, r, c, a)) mask |= SIDE_BITS[side];
        each(a.row + r, a.column + c, id * 16 + mask, makers[mask]);
      }
    }
  }

  /** A plan's RangeFormat on every cell of its range. */
  apply(sheet: ExcelJS.Worksheet, f: RangeFormat): void {
    this.formatSteps(f, (row, column, step, make) => {
      const cell = sheet.getCell(row + 1, column + 1);
      cell.style = this.after(this.from(cell), step, make) as ExcelJS.Style;
    });
  }
}

/** One format on its own (styles shared inside it only); a sheet's formats share more through one SharedStyles. */
export function applyRangeFormat(sheet: ExcelJS.Worksheet, f: RangeFormat): void {
  new SharedStyles().apply(sheet, f);
}
