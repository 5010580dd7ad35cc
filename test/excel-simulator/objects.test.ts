/**
 * Objects stored by the simulated host: conditional formats, charts, tables
 * and names, created through Office.js and read back by inspection.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

const DATA = [
  ["KPI", "Weight", "Score"],
  ["ROA", 0.4, 80],
  ["NPM", 0.35, 45],
  ["Retention", 0.25, 60],
];

function setup() {
  const host = createHost({ sheets: { S: DATA } });
  restore = installExcelGlobal(host);
  return host;
}

describe("conditional formats", () => {
  it("stores cell-value, custom, icon-set and color-scale formats with priorities", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const scores = ctx.workbook.worksheets.getItem("S").getRange("C2:C4");
      const low = scores.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      low.cellValue.format.fill.color = "#FFC7CE";
      low.cellValue.format.font.color = "#9C0006";
      low.cellValue.rule = { formula1: "=50", operator: "LessThan" };
      const custom = scores.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = "=$C2>=75";
      custom.custom.format.font.bold = true;
      const icons = scores.conditionalFormats.add(Excel.ConditionalFormatType.iconSet);
      icons.iconSet.style = Excel.IconSet.threeTrafficLights1;
      icons.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: "=50" },
        { type: "Number", operator: "GreaterThanOrEqual", formula: "=75" },
      ];
      const scale = ctx.workbook.worksheets
        .getItem("S")
        .getRange("B2:B4")
        .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const count = scores.conditionalFormats.getCount();
      const items = scores.conditionalFormats.load("items/type, items/priority");
      await ctx.sync();
      expect(count.value).toBe(3);
      expect(items.items.map((i) => i.type)).toEqual(["IconSet", "Custom", "CellValue"]);
    });
    const cfs = host.conditionalFormats("S");
    expect(cfs.map((c) => [c.type, c.range, c.priority])).toEqual([
      ["ColorScale", "S!B2:B4", 0],
      ["IconSet", "S!C2:C4", 1],
      ["Custom", "S!C2:C4", 2],
      ["CellValue", "S!C2:C4", 3],
    ]);
    expect(cfs[3]).toMatchObject({
      rule: { formula1: "=50", operator: "LessThan" },
      format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
    });
    expect(cfs[2]).toMatchObject({
      rule: { formula: "=$C2>=75" },
      format: { font: { bold: true } },
    });
    expect(cfs[1]).toMatchObject({ style: "ThreeTrafficLights1" });
    expect(cfs[0]).toMatchObject({ criteria: { maximum: { color: "#63BE7B" } } });
  });

  it("clears formats from a range", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("C2:C4");
      r.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      await ctx.sync();
      r.conditionalFormats.clearAll();
    });
    expect(host.conditionalFormats("S")).toEqual([]);
  });
});

describe("charts", () => {
  it("stores type, source, series, title, axes, legend and position", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const chart = ws.charts.add(
        Excel.ChartType.columnClustered,
        ws.getRange("A1:A4").getBoundingRect(ws.getRange("C1:C4")),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = "Scores";
      chart.name = "ScoreChart";
      chart.legend.position = Excel.ChartLegendPosition.bottom;
      chart.axes.valueAxis.maximum = 100;
      chart.axes.valueAxis.title.text = "Score";
      chart.setPosition("E2", "K15");
      const loaded = ws.charts.getItem("ScoreChart").load("name, chartType, top, left");
      await ctx.sync();
      expect([loaded.name, loaded.chartType, loaded.top, loaded.left]).toEqual([
        "ScoreChart",
        "ColumnClustered",
        15,
        192,
      ]);
    });
    const [chart] = host.charts("S");
    expect(chart).toMatchObject({
      name: "ScoreChart",
      chartType: "ColumnClustered",
      sourceData: "S!A1:C4",
      seriesBy: "Columns",
      title: { text: "Scores" },
      legend: { position: "Bottom" },
      axes: { valueAxis: { maximum: 100, title: { text: "Score" } } },
      position: { startCell: "S!E2", endCell: "S!K15" },
      width: 7 * 48,
      height: 14 * 15,
    });
    expect((chart.series as { name: string }[]).map((s) => s.name)).toEqual(["Weight", "Score"]);
  });
});

describe("tables", () => {
  it("adds a table with unique headers and exposes its ranges and columns", async () => {
    const host = setup();
    host.setValues("S", "E1", [
      ["Name", "Name", ""],
      [1, 2, 3],
    ]);
    await Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.add("S!A1:C4", true);
      table.name = "Kpis";
      table.style = "TableStyleLight9";
      const second = ctx.workbook.worksheets.getItem("S").tables.add("E1:G2", true);
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      const cols = table.columns.load("items/name");
      const score = table.columns.getItem("Score").getDataBodyRange().load("values");
      const found = ctx.workbook.tables.getItemOrNullObject("kpis").load("name");
      const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
      const names = second.getHeaderRowRange().load("values");
      await ctx.sync();
      expect(body.address).toBe("S!A2:C4");
      expect(header.values).toEqual([["KPI", "Weight", "Score"]]);
      expect(cols.items.map((c) => c.name)).toEqual(["KPI", "Weight", "Score"]);
      expect(score.values).toEqual([[80], [45], [60]]);
      expect([found.isNullObject, found.name, missing.isNullObject]).toEqual([false, "Kpis", true]);
      expect(names.values).toEqual([["Name", "Name2", "Column3"]]);
      table.rows.add(undefined, [["Growth", 0.1, 70]]);
    });
    expect(host.tables()).toEqual([
      {
        name: "Kpis",
        sheet: "S",
        address: "S!A1:C5",
        showHeaders: true,
        showTotals: false,
        style: "TableStyleLight9",
      },
      {
        name: "Table2",
        sheet: "S",
        address: "S!E1:G2",
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
      },
    ]);
    expect(host.getValues("S", "A5:C5")).toEqual([["Growth", 0.1, 70]]);
  });

  it("refuses overlapping tables", async () => {
    setup();
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.add("S!A1:C4", true);
        ctx.workbook.tables.add("S!B2:D5", true);
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("names", () => {
  it("adds workbook and sheet names usable in formulas", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ctx.workbook.names.add("Weights", ws.getRange("B2:B4"), "KPI weights");
      ws.names.add("Target", "=75");
      ws.getRange("E1").formulas = [["=SUM(Weights)"]];
      ws.getRange("E2").formulas = [["=Target*2"]];
      const item = ctx.workbook.names
        .getItem("Weights")
        .load("name, formula, type, value, comment");
      const range = ctx.workbook.names.getItem("Weights").getRange().load("address");
      const list = ctx.workbook.names.load("items/name");
      const viaName = ws.getRange("Weights").load("address");
      await ctx.sync();
      expect([item.name, item.formula, item.type, item.comment]).toEqual([
        "Weights",
        "=S!$B$2:$B$4",
        "Range",
        "KPI weights",
      ]);
      expect(range.address).toBe("S!B2:B4");
      expect(list.items.map((n) => n.name)).toEqual(["Weights"]);
      expect(viaName.address).toBe("S!B2:B4");
    });
    expect(host.getValues("S", "E1:E2")).toEqual([[1], [150]]);
    expect(host.names()).toEqual([
      { name: "Weights", formula: "=S!$B$2:$B$4", scope: "Workbook", comment: "KPI weights" },
      { name: "Target", formula: "=75", scope: "S", comment: "" },
    ]);
  });
});
