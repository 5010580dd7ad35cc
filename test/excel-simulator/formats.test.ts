/**
 * Formatting stored per cell and read back through Office.js and the
 * inspection API: number formats, fonts, fills, borders, alignment, sizes,
 * autofit, merges, clear(applyTo), whole-column formats.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

function setup(
  sheets: Record<string, unknown[][]> = {
    S: [
      ["Name", "Score"],
      ["a", 0.5],
      ["b", 0.75],
    ],
  }
) {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

describe("cell formats", () => {
  it("stores number formats, fonts, fills and alignment per cell", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const header = ws.getRange("A1:B1");
      header.format.font.bold = true;
      header.format.font.color = "#ffffff";
      header.format.fill.color = "#1F4E78";
      header.format.horizontalAlignment = Excel.HorizontalAlignment.center;
      header.format.wrapText = true;
      ws.getRange("B2:B3").numberFormat = [["0.0%"], ["0.00"]];
      ws.getRange("A2").format.font.italic = true;
      ws.getRange("A2").format.font.size = 14;
      ws.getRange("A2").format.font.name = "Arial";
      ws.getRange("A2").format.indentLevel = 2;
      ws.getRange("A3").style = "Good";
    });
    expect(host.getCellFormat("S", "A1")).toMatchObject({
      bold: true,
      fontColor: "#FFFFFF",
      fill: "#1F4E78",
      horizontalAlignment: "Center",
      wrapText: true,
    });
    expect(host.getCellFormat("S", "B2").numberFormat).toBe("0.0%");
    expect(host.getCellFormat("S", "B3").numberFormat).toBe("0.00");
    expect(host.getCellFormat("S", "A2")).toMatchObject({
      italic: true,
      fontSize: 14,
      fontName: "Arial",
      indentLevel: 2,
      bold: false,
      fill: null,
    });
    expect(host.getCellFormat("S", "A3").style).toBe("Good");
    expect(host.getText("S", "B2:B3")).toEqual([["50.0%"], ["0.75"]]);
  });

  it("reads a common value over a range, or null when the cells differ", async () => {
    setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").format.font.bold = true;
      const mixed = ws.getRange("A1:B1").format.font.load("bold");
      const same = ws.getRange("A2:B3").format.font.load("bold, color");
      const formats = ws.getRange("A1:B2").load("numberFormat");
      await ctx.sync();
      expect(mixed.bold).toBeNull();
      expect([same.bold, same.color]).toEqual([false, "#000000"]);
      expect(formats.numberFormat).toEqual([
        ["General", "General"],
        ["General", "General"],
      ]);
    });
  });

  it("stores borders by edge", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const borders = ctx.workbook.worksheets.getItem("S").getRange("A1:B3").format.borders;
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ]) {
        const b = borders.getItem(edge as Excel.BorderIndex);
        b.style = Excel.BorderLineStyle.continuous;
        b.color = "#999999";
      }
      borders.getItem(Excel.BorderIndex.edgeBottom).weight = Excel.BorderWeight.thick;
      const top = borders.getItem("EdgeTop").load("style, color, weight");
      await ctx.sync();
      expect([top.style, top.color, top.weight]).toEqual(["Continuous", "#999999", "Thin"]);
    });
    expect(host.getCellFormat("S", "A1").borders).toEqual({
      EdgeTop: { style: "Continuous", color: "#999999", weight: "Thin" },
      EdgeBottom: { style: "Continuous", color: "#999999", weight: "Thin" },
      EdgeLeft: { style: "Continuous", color: "#999999", weight: "Thin" },
      EdgeRight: { style: "Continuous", color: "#999999", weight: "Thin" },
    });
    expect(host.getCellFormat("S", "B3").borders.EdgeBottom).toEqual({
      style: "Continuous",
      color: "#999999",
      weight: "Thick",
    });
  });

  it("sets column widths and row heights, autofits, hides", async () => {
    const host = setup({
      S: [
        ["Short", "A much longer piece of text"],
        [1, 2],
      ],
    });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A:A").format.columnWidth = 100;
      ws.getRange("2:2").format.rowHeight = 30;
      ws.getRange("B:B").format.autofitColumns();
      ws.getRange("C:C").columnHidden = true;
      const a = ws.getRange("A1").format.load("columnWidth, rowHeight");
      await ctx.sync();
      expect([a.columnWidth, a.rowHeight]).toEqual([100, 15]);
    });
    expect(host.getCellFormat("S", "A2")).toMatchObject({ columnWidth: 100, rowHeight: 30 });
    expect(host.getCellFormat("S", "B1").columnWidth).toBeGreaterThan(120);
    expect(host.getCellFormat("S", "C1").columnWidth).toBe(0);
  });

  it("formats whole columns without touching a million cells", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("B:B").numberFormat = [["0%"]];
      ws.getRange("B:B").format.font.color = "blue";
      ws.getRange("B3").numberFormat = [["0.000"]];
    });
    expect(host.getCellFormat("S", "B2").numberFormat).toBe("0%");
    expect(host.getCellFormat("S", "B3").numberFormat).toBe("0.000");
    expect(host.getCellFormat("S", "B1000000")).toMatchObject({
      numberFormat: "0%",
      fontColor: "#0000FF",
    });
    expect(host.getCellFormat("S", "C1").numberFormat).toBe("General");
  });
});

describe("merge and clear", () => {
  it("merges keeping the top-left value, and unmerges", async () => {
    const host = setup({
      S: [
        ["Title", "x"],
        ["y", "z"],
      ],
    });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").merge();
    });
    expect(host.merges("S")).toEqual(["A1:B1"]);
    expect(host.getValues("S", "A1:B1")).toEqual([["Title", ""]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").unmerge();
    });
    expect(host.merges("S")).toEqual([]);
  });

  it("clears contents, formats or everything", async () => {
    const host = setup({ S: [[1, 2, 3]] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A1").clear(Excel.ClearApplyTo.contents);
      ws.getRange("B1").clear(Excel.ClearApplyTo.formats);
      ws.getRange("C1").clear();
    });
    expect(host.getValues("S", "A1:C1")).toEqual([["", 2, ""]]);
    expect(["A1", "B1", "C1"].map((a) => host.getCellFormat("S", a).bold)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
