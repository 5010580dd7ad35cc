/**
 * Charts: stored, not drawn. A chart is a property bag (type, source data,
 * position, title, legend, axes, data labels, series) that tests and the
 * playground read back through the host's inspection API.
 */
import { colCount, rowCount } from "./address";
import { readValues } from "./cells";
import {
  ChartAxes,
  ChartDataLabels,
  ChartFormat,
  ChartLegend,
  ChartSeriesCollection,
  ChartTitle,
  addressOf,
  itemNotFoundValue,
  sum,
} from "./chartParts";
import { ENUMS } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import { PropDef, TypeDef, objectMethod, subBag, typeDef, valueMethod, voidMethod } from "./schema";
import { Worksheet } from "./schemaWorksheet";
import type { Bag, ChartModel, SheetModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

/** Series as Excel would derive them from the source range (one per column or per row after the labels). */
function deriveSeries(wb: Workbook, source: RangeModel, seriesBy: string): Bag[] {
  const values = readValues(wb, source);
  const byColumns =
    seriesBy === "Columns" ||
    (seriesBy !== "Rows" && rowCount(source.rect) >= colCount(source.rect));
  const headerRow = values[0]?.some((v) => typeof v === "string" && v !== "");
  const labelCol = values
    .slice(headerRow ? 1 : 0)
    .some((row) => typeof row[0] === "string" && row[0] !== "");
  const out: Bag[] = [];
  const count = byColumns ? colCount(source.rect) : rowCount(source.rect);
  for (let k = byColumns ? (labelCol ? 1 : 0) : headerRow ? 1 : 0; k < count; k++) {
    const name = byColumns
      ? headerRow
        ? values[0][k]
        : `Series${out.length + 1}`
      : labelCol
        ? values[k][0]
        : `Series${out.length + 1}`;
    out.push({ name: String(name) });
  }
  return out;
}

function position(chart: ChartModel, wb: Workbook, start: unknown, end: unknown): void {
  const sheet = chart.sheet;
  const from = typeof start === "string" ? wb.resolveAddress(start, sheet) : (start as RangeModel);
  const to =
    end === undefined || end === null
      ? undefined
      : typeof end === "string"
        ? wb.resolveAddress(end, sheet)
        : (end as RangeModel);
  const b = chart.bag;
  b.top = sum(0, from.rect.r0 - 1, (r) => sheet.rowHeight(r));
  b.left = sum(0, from.rect.c0 - 1, (c) => sheet.columnWidth(c));
  if (to) {
    b.width = sum(from.rect.c0, to.rect.c1, (c) => sheet.columnWidth(c));
    b.height = sum(from.rect.r0, to.rect.r1, (r) => sheet.rowHeight(r));
  }
  b.position = { startCell: addressOf(from), endCell: to ? addressOf(to) : null };
}

const chartProp = (key: string): PropDef<ChartModel> => ({
  get: (c) => c.bag[key] ?? null,
  set: (c, v) => (c.bag[key] = v),
});
const chartBagNav = (key: string, type: () => TypeDef) => ({
  type,
  get: (c: ChartModel) => subBag(c.bag, key),
});

export const Chart: TypeDef = typeDef<ChartModel>({
  name: "Chart",
  props: {
    ...Object.fromEntries(
      [
        "name",
        "chartType",
        "top",
        "left",
        "width",
        "height",
        "style",
        "showAllFieldButtons",
        "plotVisibleOnly",
        "displayBlanksAs",
      ].map((k) => [k, chartProp(k)])
    ),
    id: { get: (c) => c.id },
  },
  nav: {
    title: chartBagNav("title", () => ChartTitle),
    legend: chartBagNav("legend", () => ChartLegend),
    axes: chartBagNav("axes", () => ChartAxes),
    dataLabels: chartBagNav("dataLabels", () => ChartDataLabels),
    format: chartBagNav("format", () => ChartFormat),
    series: { type: () => ChartSeriesCollection, get: (c) => c.bag },
    worksheet: { type: () => Worksheet, get: (c) => c.sheet },
  },
  methods: {
    setPosition: voidMethod<ChartModel>((c, [start, end], wb) => position(c, wb, start, end)),
    setData: voidMethod<ChartModel>((c, [source, seriesBy], wb) => {
      const range =
        typeof source === "string" ? wb.resolveAddress(source, c.sheet) : (source as RangeModel);
      c.bag.sourceData = addressOf(range);
      c.bag.seriesBy = seriesBy ?? "Auto";
      c.bag.series = deriveSeries(wb, range, String(seriesBy ?? "Auto"));
    }),
    delete: voidMethod<ChartModel>((c) => (c.sheet.charts = c.sheet.charts.filter((x) => x !== c))),
    activate: voidMethod<ChartModel>(() => undefined),
  },
});

function addChart(
  wb: Workbook,
  sheet: SheetModel,
  type: unknown,
  source: unknown,
  seriesBy: unknown
): ChartModel {
  const types = Object.values(ENUMS.ChartType);
  const chartType = types.find((t) => t.toLowerCase() === String(type).toLowerCase());
  if (!chartType || chartType === "Invalid")
    throw invalidArgument(`'${String(type)}' is not a chart type.`);
  const range =
    typeof source === "string" ? wb.resolveAddress(source, sheet) : (source as RangeModel);
  const n = wb.nextId("chart");
  const by = String(seriesBy ?? "Auto");
  const bag: Bag = {
    name: `Chart ${n}`,
    chartType,
    seriesBy: by,
    sourceData: addressOf(range),
    top: 0,
    left: 0,
    width: 360,
    height: 216,
  };
  bag.series = deriveSeries(wb, range, by);
  const chart: ChartModel = { id: `{chart-${n}}`, sheet, bag };
  sheet.charts.push(chart);
  return chart;
}

function findChart(sheet: SheetModel, name: unknown, nullable: boolean): ChartModel | null {
  const found = sheet.charts.find((c) => c.bag.name === name || c.id === name);
  if (found) return found;
  if (nullable) return null;
  throw itemNotFound(`chart '${String(name)}'`);
}

export const ChartCollection: TypeDef = typeDef<SheetModel>({
  name: "ChartCollection",
  props: { count: { get: (s) => s.charts.length } },
  items: { type: () => Chart, list: (s) => s.charts },
  methods: {
    add: objectMethod<SheetModel>(
      () => Chart,
      (s, [type, source, seriesBy], wb) => addChart(wb, s, type, source, seriesBy)
    ),
    getItem: objectMethod<SheetModel>(
      () => Chart,
      (s, [name]) => findChart(s, name, false)
    ),
    getItemOrNullObject: objectMethod<SheetModel>(
      () => Chart,
      (s, [name]) => findChart(s, name, true),
      true
    ),
    getItemAt: objectMethod<SheetModel>(
      () => Chart,
      (s, [i]) => s.charts[Number(i)] ?? itemNotFoundValue(`chart ${String(i)}`)
    ),
    getCount: valueMethod<SheetModel>((s) => s.charts.length),
  },
});
