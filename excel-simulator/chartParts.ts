/**
 * The property-bag types under a chart: fonts, fills, lines, title, legend,
 * axes, data labels and series (stored for inspection, never drawn).
 */
import { formatAddress, quoteSheetName, splitSheet } from "./address";
import { normalizeColor } from "./colors";
import { itemNotFound } from "./errors";
import { TypeDef, bagType, objectMethod, subBag, typeDef, valueMethod, voidMethod } from "./schema";
import type { Bag } from "./sheet";
import type { RangeModel } from "./workbook";

const FONT = ["bold", "italic", "color", "name", "size", "underline", "strikeThrough"];
export const ChartFont: TypeDef = bagType("ChartFont", FONT);
export const ChartFill: TypeDef = bagType(
  "ChartFill",
  ["color"],
  {},
  {
    setSolidColor: voidMethod<Bag>((bag, [color]) => (bag.color = normalizeColor(color))),
    clear: voidMethod<Bag>((bag) => (bag.color = null)),
    getSolidColor: valueMethod<Bag>((bag) => bag.color ?? ""),
  }
);
export const ChartLine: TypeDef = bagType(
  "ChartLineFormat",
  ["color", "lineStyle", "weight"],
  {},
  { clear: voidMethod<Bag>((bag) => (bag.color = null)) }
);
export const ChartFormat: TypeDef = bagType("ChartAreaFormat", ["roundedCorners", "colorScheme"], {
  font: () => ChartFont,
  fill: () => ChartFill,
  border: () => ChartLine,
  line: () => ChartLine,
});
export const ChartTitle: TypeDef = bagType(
  "ChartTitle",
  [
    "text",
    "visible",
    "overlay",
    "position",
    "horizontalAlignment",
    "verticalAlignment",
    "textOrientation",
    "showShadow",
  ],
  { format: () => ChartFormat }
);
export const ChartLegend: TypeDef = bagType(
  "ChartLegend",
  ["visible", "position", "overlay", "showShadow", "top", "left", "width", "height"],
  { format: () => ChartFormat }
);
export const ChartAxisTitle: TypeDef = bagType(
  "ChartAxisTitle",
  ["text", "visible", "textOrientation"],
  {
    format: () => ChartFormat,
  }
);
export const ChartGridlines: TypeDef = bagType("ChartGridlines", ["visible"], {
  format: () => ChartFormat,
});
export const ChartAxis: TypeDef = bagType(
  "ChartAxis",
  [
    "minimum",
    "maximum",
    "majorUnit",
    "minorUnit",
    "numberFormat",
    "visible",
    "displayUnit",
    "reversePlotOrder",
    "tickLabelPosition",
    "categoryType",
    "axisGroup",
    "type",
  ],
  {
    title: () => ChartAxisTitle,
    format: () => ChartFormat,
    majorGridlines: () => ChartGridlines,
    minorGridlines: () => ChartGridlines,
  }
);
export const ChartAxes: TypeDef = typeDef<Bag>({
  name: "ChartAxes",
  props: {},
  nav: {
    valueAxis: { type: () => ChartAxis, get: (b) => subBag(b, "valueAxis") },
    categoryAxis: { type: () => ChartAxis, get: (b) => subBag(b, "categoryAxis") },
    seriesAxis: { type: () => ChartAxis, get: (b) => subBag(b, "seriesAxis") },
  },
  methods: {
    getItem: objectMethod<Bag>(
      () => ChartAxis,
      (b, [type]) =>
        subBag(
          b,
          type === "Category" ? "categoryAxis" : type === "Series" ? "seriesAxis" : "valueAxis"
        )
    ),
  },
});
export const ChartDataLabels: TypeDef = bagType(
  "ChartDataLabels",
  [
    "showValue",
    "showCategoryName",
    "showSeriesName",
    "showPercentage",
    "showLegendKey",
    "showBubbleSize",
    "position",
    "numberFormat",
    "separator",
  ],
  { format: () => ChartFormat }
);
export const ChartSeries: TypeDef = bagType(
  "ChartSeries",
  [
    "name",
    "chartType",
    "hasDataLabels",
    "markerStyle",
    "markerSize",
    "markerBackgroundColor",
    "markerForegroundColor",
    "smooth",
    "plotOrder",
    "gapWidth",
    "overlap",
    "values",
    "xValues",
  ],
  { format: () => ChartFormat, dataLabels: () => ChartDataLabels },
  {
    setValues: voidMethod<Bag>((b, [range]) => (b.values = addressOf(range))),
    setXAxisValues: voidMethod<Bag>((b, [range]) => (b.xValues = addressOf(range))),
    delete: voidMethod<Bag>((b) => (b.deleted = true)),
  }
);
const seriesList = (bag: Bag): Bag[] =>
  ((bag.series as Bag[] | undefined) ?? []).filter((s) => !s.deleted);
export const ChartSeriesCollection: TypeDef = typeDef<Bag>({
  name: "ChartSeriesCollection",
  props: { count: { get: (b) => seriesList(b).length } },
  items: { type: () => ChartSeries, list: (b) => seriesList(b) },
  methods: {
    getItemAt: objectMethod<Bag>(
      () => ChartSeries,
      (b, [i]) => seriesList(b)[Number(i)] ?? itemNotFoundValue(`series ${String(i)}`)
    ),
    add: objectMethod<Bag>(
      () => ChartSeries,
      (b, [name]) => {
        const s: Bag = { name: name ?? `Series${seriesList(b).length + 1}` };
        b.series = [...((b.series as Bag[]) ?? []), s];
        return s;
      }
    ),
    getCount: valueMethod<Bag>((b) => seriesList(b).length),
  },
});

export function itemNotFoundValue(what: string): never {
  throw itemNotFound(what);
}

export function addressOf(range: unknown): string {
  if (typeof range === "string") return range;
  const r = range as RangeModel;
  return formatAddress(r.sheet.name, r.rect);
}

export function sum(from: number, to: number, size: (i: number) => number): number {
  let t = 0;
  for (let i = from; i <= to; i++) t += size(i);
  return t;
}

/** Bag keys that hold a sheet-qualified address (the chart's source, its series, its position). */
const ADDRESS_KEYS = ["sourceData", "values", "xValues", "startCell", "endCell"];

/**
 * A sheet was renamed (`to` its new name) or deleted (`to` null): the chart's
 * addresses follow it, as Excel rewrites every reference to a renamed sheet.
 * An address on a deleted sheet becomes "#REF!" (Excel's series formula shows
 * `#REF!` for a reference it lost; what it keeps of the address is not
 * documented, so nothing is kept).
 */
export function renameChartSheet(bag: Bag, from: string, to: string | null): void {
  const key = from.toLowerCase();
  const visit = (b: Bag): void => {
    for (const [k, v] of Object.entries(b)) {
      if (typeof v === "string" && ADDRESS_KEYS.includes(k)) {
        const { sheet, local } = splitSheet(v);
        if (sheet !== undefined && sheet.toLowerCase() === key)
          b[k] = to === null ? "#REF!" : `${quoteSheetName(to)}!${local}`;
      } else if (Array.isArray(v)) {
        for (const item of v) if (item && typeof item === "object") visit(item as Bag);
      } else if (v && typeof v === "object") visit(v as Bag);
    }
  };
  visit(bag);
}
