/**
 * Worksheets through Office.js: add, rename, move, hide, delete, activate,
 * getItemOrNullObject, used range, addresses, freeze panes, page layout.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

function setup(sheets: Record<string, unknown[][]> = { Sheet1: [] }) {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

describe("worksheets", () => {
  it("adds, renames, moves, activates and deletes sheets", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const added = sheets.add("Data");
      const unnamed = sheets.add();
      added.load("name, id, position");
      unnamed.load("name");
      await ctx.sync();
      expect([added.name, added.position, unnamed.name]).toEqual(["Data", 1, "Sheet3"]);
      expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/);
      added.name = "Scores 2024";
      added.position = 0;
      added.activate();
      unnamed.delete();
      await ctx.sync();
    });
    expect(host.sheetNames()).toEqual(["Scores 2024", "Sheet1"]);
    expect(host.activeSheet()).toBe("Scores 2024");
    await Excel.run(async (ctx) => {
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(active.name).toBe("Scores 2024");
    });
  });

  it("keeps formulas pointing at a renamed sheet", async () => {
    const host = setup({ Input: [[5]], Out: [["=Input!A1*2"]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Input").name = "My Input";
    });
    expect(host.getFormulas("Out", "A1")).toEqual([["='My Input'!A1*2"]]);
    expect(host.getValues("Out", "A1")).toEqual([[10]]);
  });

  it("refuses duplicate names, invalid names and deleting the last sheet", async () => {
    setup();
    const codes: string[] = [];
    for (const batch of [
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.add("sheet1"),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.add("a/b"),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1").delete(),
    ]) {
      await Excel.run(async (ctx) => {
        batch(ctx);
        await ctx.sync();
      }).catch((e: { code: string }) => codes.push(e.code));
    }
    expect(codes).toEqual(["ItemAlreadyExists", "InvalidArgument", "InvalidOperation"]);
  });

  it("finds sheets case-insensitively and returns null objects for missing ones", async () => {
    setup({ Data: [] });
    await Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject("DATA").load("name");
      const b = ctx.workbook.worksheets.getItemOrNullObject("Other");
      await ctx.sync();
      expect(a.isNullObject).toBe(false);
      expect(a.name).toBe("Data");
      expect(b.isNullObject).toBe(true);
    });
  });

  it("stores tab colour, gridlines and visibility", async () => {
    const host = setup({ A: [], B: [] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("B");
      ws.tabColor = "#00aa00";
      ws.showGridlines = false;
      ws.visibility = Excel.SheetVisibility.hidden;
    });
    expect(host.snapshot("B")).toMatchObject({
      tabColor: "#00AA00",
      showGridlines: false,
      visibility: "Hidden",
    });
  });
});

describe("ranges and addresses", () => {
  it("resolves A1, columns, rows, sheet-qualified addresses and indexes", async () => {
    setup({ "My Sheet": [] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      const ranges = [
        ws.getRange("B2:D10"),
        ws.getRange("A:A"),
        ws.getRange("3:3"),
        ws.getRange("C5"),
        ws.getRange("'My Sheet'!A1:B2"),
        ws.getRangeByIndexes(1, 2, 3, 4),
        ws.getRange("B2:D10").getCell(1, 1),
        ws.getRange("B2").getOffsetRange(2, 1).getResizedRange(1, 2),
        ws.getRange("B2:D10").getRow(0).getEntireRow(),
        ws.getRange("B2:D10").getColumn(2).getEntireColumn(),
        ws.getRange("B2:D10").getLastRow(),
        ws.getRange("B2:C3").getBoundingRect("E5"),
        ws.getRange("B2:D10").getIntersection("C1:C4"),
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'My Sheet'!B2:D10",
        "'My Sheet'!A:A",
        "'My Sheet'!3:3",
        "'My Sheet'!C5",
        "'My Sheet'!A1:B2",
        "'My Sheet'!C2:F4",
        "'My Sheet'!C3",
        "'My Sheet'!C4:E5",
        "'My Sheet'!2:2",
        "'My Sheet'!D:D",
        "'My Sheet'!B10:D10",
        "'My Sheet'!B2:E5",
        "'My Sheet'!C2:C4",
      ]);
      expect([
        ranges[0].rowIndex,
        ranges[0].columnIndex,
        ranges[0].rowCount,
        ranges[0].columnCount,
      ]).toEqual([1, 1, 9, 3]);
      expect(ranges[1].rowCount).toBe(1048576);
    });
  });

  it("computes the used range (values only or with formats) and its null object", async () => {
    const host = setup({ S: [] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const empty = ws.getUsedRangeOrNullObject();
      const emptyPlain = ws.getUsedRange().load("address");
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      expect(emptyPlain.address).toBe("S!A1");
      ws.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("E7").format.fill.color = "red";
      const used = ws.getUsedRange().load("address");
      const usedValues = ws.getUsedRange(true).load("address");
      await ctx.sync();
      expect([used.address, usedValues.address]).toEqual(["S!B2:E7", "S!B2:C3"]);
      ws.getRange("C3").values = [[""]];
      ws.getRange("B2:C2").values = [["", ""]];
      const shrunk = ws.getUsedRange(true).load("address");
      await ctx.sync();
      expect(shrunk.address).toBe("S!B3");
    });
    expect(host.usedRange("S", true)).toBe("S!B3");
  });
});

describe("view and print settings", () => {
  it("freezes panes, selects and sets page layout", async () => {
    const host = setup({ S: [[1, 2, 3]] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.freezePanes.freezeRows(1);
      ws.getRange("B2:C4").select();
      ws.pageLayout.orientation = Excel.PageOrientation.landscape;
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.centerHorizontally = true;
      ws.pageLayout.printGridlines = true;
      ws.pageLayout.setPrintArea("A1:C20");
      const sel = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(sel.address).toBe("S!B2:C4");
    });
    expect(host.frozen("S")).toEqual({ rows: 1, columns: 0 });
    expect(host.selection()).toEqual({ sheet: "S", address: "S!B2:C4" });
    expect(host.pageLayout("S")).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printGridlines: true,
      printArea: "S!A1:C20",
    });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
      const loc = ws.freezePanes.getLocationOrNullObject().load("address");
      await ctx.sync();
      expect(loc.address).toBe("S!A1:B3");
      ws.freezePanes.unfreeze();
    });
    expect(host.frozen("S")).toEqual({ rows: 0, columns: 0 });
    host.setSelection("S", "C3");
    expect(host.selection().address).toBe("S!C3");
  });
});
