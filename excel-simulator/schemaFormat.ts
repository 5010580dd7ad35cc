/**
 * RangeFormat, RangeFont, RangeFill, RangeBorderCollection and RangeBorder,
 * stored per cell in the sheet's FormatStore. Reads over several cells give
 * the common value, or null when the cells differ (as Office.js does).
 */
import { Rect, colCount, rowCount } from "./address";
import { normalizeColor } from "./colors";
import { invalidArgument } from "./errors";
import { FormatValue } from "./formats";
import { autofitColumns, autofitRows } from "./rangeOps";
import { PropDef, TypeDef, typeDef, voidMethod, objectMethod } from "./schema";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./sheet";
import type { RangeModel } from "./workbook";

function oneOf(values: readonly string[]): (v: unknown) => string {
  return (v) => {
    const match = values.find((x) => x.toLowerCase() === String(v).toLowerCase());
    if (match === undefined)
      throw invalidArgument(`'${String(v)}' is not one of ${values.join(", ")}.`);
    return match;
  };
}
const bool = (v: unknown): boolean => v === true;
const number = (v: unknown): number => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument("A number is expected.");
  return v;
};

function formatProp(
  key: string,
  normalize: (v: unknown) => FormatValue = (v) => v as FormatValue
): PropDef<RangeModel> {
  return {
    get: (range) => range.sheet.formats.uniform(range.rect, key),
    set: (range, value) => range.sheet.formats.set(range.rect, key, normalize(value)),
  };
}

export const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
export const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const LINE_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
export const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export const RangeFont: TypeDef = typeDef<RangeModel>({
  name: "RangeFont",
  props: {
    bold: formatProp("font.bold", bool),
    italic: formatProp("font.italic", bool),
    underline: formatProp("font.underline", oneOf(UNDERLINE)),
    strikethrough: formatProp("font.strikethrough", bool),
    color: formatProp("font.color", normalizeColor),
    size: formatProp("font.size", number),
    name: formatProp("font.name", String),
  },
});

export const RangeFill: TypeDef = typeDef<RangeModel>({
  name: "RangeFill",
  props: {
    color: {
      get: (range) => {
        const v = range.sheet.formats.uniform(range.rect, "fill.color");
        return v === null &&
          range.sheet.formats.get(range.rect.r0, range.rect.c0, "fill.color") === null
          ? "#FFFFFF"
          : v;
      },
      set: (range, value) =>
        range.sheet.formats.set(
          range.rect,
          "fill.color",
          value === "" || value === null ? undefined : normalizeColor(value)
        ),
    },
  },
  methods: {
    clear: voidMethod<RangeModel>((range) =>
      range.sheet.formats.set(range.rect, "fill.color", undefined)
    ),
  },
});

interface BorderModel {
  readonly range: RangeModel;
  readonly index: string;
}

/** The cells and cell edge a border index stands for. */
function borderTargets(rect: Rect, index: string): { rect: Rect; edge: string }[] {
  switch (index) {
    case "EdgeTop":
      return [{ rect: { ...rect, r1: rect.r0 }, edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ rect: { ...rect, r0: rect.r1 }, edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ rect: { ...rect, c1: rect.c0 }, edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ rect: { ...rect, c0: rect.c1 }, edge: "EdgeRight" }];
    case "InsideHorizontal":
      return rowCount(rect) > 1 ? [{ rect: { ...rect, r1: rect.r1 - 1 }, edge: "EdgeBottom" }] : [];
    case "InsideVertical":
      return colCount(rect) > 1 ? [{ rect: { ...rect, c1: rect.c1 - 1 }, edge: "EdgeRight" }] : [];
    default:
      return [{ rect, edge: index }];
  }
}

function borderProp(
  part: "style" | "color" | "weight",
  normalize: (v: unknown) => string
): PropDef<BorderModel> {
  return {
    get: ({ range, index }) => {
      const values = borderTargets(range.rect, index).map((t) =>
        range.sheet.formats.uniform(t.rect, `border.${t.edge}.${part}`)
      );
      return values.length === 0 ? null : values.every((v) => v === values[0]) ? values[0] : null;
    },
    set: ({ range, index }, value) => {
      const v = normalize(value);
      for (const t of borderTargets(range.rect, index))
        range.sheet.formats.set(
          t.rect,
          `border.${t.edge}.${part}`,
          part === "style" && v === "None" ? undefined : v
        );
    },
  };
}

export const RangeBorder: TypeDef = typeDef<BorderModel>({
  name: "RangeBorder",
  props: {
    sideIndex: { get: (b) => b.index },
    style: borderProp("style", oneOf(LINE_STYLE)),
    color: borderProp("color", normalizeColor),
    weight: borderProp("weight", oneOf(WEIGHT)),
  },
});

export const RangeBorderCollection: TypeDef = typeDef<RangeModel>({
  name: "RangeBorderCollection",
  props: { count: { get: () => BORDER_INDEX.length } },
  methods: {
    getItem: objectMethod<RangeModel>(
      () => RangeBorder,
      (range, [index]) => ({ range, index: oneOf(BORDER_INDEX)(index) })
    ),
    getItemAt: objectMethod<RangeModel>(
      () => RangeBorder,
      (range, [i]) => ({ range, index: BORDER_INDEX[Number(i)] ?? oneOf(BORDER_INDEX)(i) })
    ),
  },
  items: {
    type: () => RangeBorder,
    list: (range) => BORDER_INDEX.map((index) => ({ range, index })),
  },
});

function sizeProp(kind: "column" | "row"): PropDef<RangeModel> {
  return {
    get: ({ sheet, rect }) => {
      const [from, to] =
        kind === "column" ? [rect.c0, rect.c1] : [rect.r0, Math.min(rect.r1, rect.r0 + 100000)];
      const first = kind === "column" ? sheet.columnWidth(from) : sheet.rowHeight(from);
      for (let i = from + 1; i <= to; i++)
        if ((kind === "column" ? sheet.columnWidth(i) : sheet.rowHeight(i)) !== first) return null;
      return first;
    },
    set: ({ sheet, rect }, value) => {
      const v = number(value);
      if (kind === "column") for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, v);
      else
        for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++)
          sheet.rowHeights.set(r, v);
    },
  };
}

export const RangeFormat: TypeDef = typeDef<RangeModel>({
  name: "RangeFormat",
  props: {
    horizontalAlignment: formatProp("horizontalAlignment", oneOf(H_ALIGN)),
    verticalAlignment: formatProp("verticalAlignment", oneOf(V_ALIGN)),
    wrapText: formatProp("wrapText", bool),
    indentLevel: formatProp("indentLevel", number),
    textOrientation: formatProp("textOrientation", number),
    columnWidth: sizeProp("column"),
    rowHeight: sizeProp("row"),
    useStandardWidth: {
      get: ({ sheet, rect }) =>
        Array.from({ length: colCount(rect) }, (_, i) => sheet.columnWidth(rect.c0 + i)).every(
          (w) => w === DEFAULT_COLUMN_WIDTH
        ),
      set: ({ sheet, rect }, v) =>
        v === true &&
        Array.from({ length: colCount(rect) }, (_, i) => sheet.columnWidths.delete(rect.c0 + i)),
    },
    useStandardHeight: {
      get: ({ sheet, rect }) => sheet.rowHeight(rect.r0) === DEFAULT_ROW_HEIGHT,
      set: ({ sheet, rect }, v) =>
        v === true &&
        Array.from({ length: Math.min(rowCount(rect), 100000) }, (_, i) =>
          sheet.rowHeights.delete(rect.r0 + i)
        ),
    },
  },
  nav: {
    font: { type: () => RangeFont, get: (range) => range },
    fill: { type: () => RangeFill, get: (range) => range },
    borders: { type: () => RangeBorderCollection, get: (range) => range },
  },
  methods: {
    autofitColumns: voidMethod<RangeModel>((range, _args, wb) => autofitColumns(wb, range)),
    autofitRows: voidMethod<RangeModel>((range, _args, wb) => autofitRows(wb, range)),
  },
});
