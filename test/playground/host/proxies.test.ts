/**
 * Office.js proxy semantics of the simulated host: queued writes, load() in
 * its forms, PropertyNotLoaded, isNullObject, ClientResult, Excel.run.
 */
import { OfficeError, createHost, installExcelGlobal } from "../../../playground/host";

let restore: () => void;
const setup = (
  sheets: Record<string, unknown[][]> = {
    Sheet1: [
      ["a", 1],
      ["b", 2],
    ],
  }
) => {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
};
afterEach(() => restore?.());

describe("loading", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    setup();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
      try {
        void range.formulas;
      } catch (e) {
        expect((e as OfficeError).code).toBe("PropertyNotLoaded");
      }
    });
  });

  it("accepts comma strings, arrays, object forms and nested paths", async () => {
    setup();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const a = ws.getRange("A1").load("address, values");
      const b = ws.getRange("B1").load(["rowIndex", "columnIndex"]);
      const c = ws.getRange("B2").load({ select: "text", expand: "format/font" });
      const d = ws.getRange("A2").load("format/font/bold, format/fill/color");
      const e = ws.getRange("A1:B2").load({ rowCount: true, format: { columnWidth: true } });
      await ctx.sync();
      expect([a.address, a.values]).toEqual(["Sheet1!A1", [["a"]]]);
      expect([b.rowIndex, b.columnIndex]).toEqual([0, 1]);
      expect(c.text).toEqual([["2"]]);
      expect(c.format.font.name).toBe("Calibri");
      expect(d.format.font.bold).toBe(false);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(e.rowCount).toBe(2);
      expect(e.format.columnWidth).toBe(48);
    });
  });

  it("loads collections through items/name, name, or nothing", async () => {
    setup({ Alpha: [], Beta: [] });
    await Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.load("items/name");
      const b = ctx.workbook.worksheets;
      await ctx.sync();
      expect(a.items.map((s) => s.name)).toEqual(["Alpha", "Beta"]);
      const c = ctx.workbook.worksheets.load("name,position");
      await ctx.sync();
      expect(c.items.map((s) => [s.name, s.position])).toEqual([
        ["Alpha", 0],
        ["Beta", 1],
      ]);
      expect(b.items.length).toBe(2);
      expect(() => b.items[0].visibility).toThrow(/PropertyNotLoaded/);
    });
  });

  it("reads back values that were set locally, and applies writes at sync in order", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("C1");
      r.values = [[5]];
      expect(r.values).toEqual([[5]]);
      expect(host.getValues("Sheet1", "C1")).toEqual([[""]]);
      r.values = [["=C1"]];
      r.values = [[7]];
      await ctx.sync();
      expect(host.getValues("Sheet1", "C1")).toEqual([[7]]);
    });
  });

  it("returns ClientResult values after sync only", async () => {
    setup({ A: [], B: [], C: [] });
    await Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/not been loaded/);
      await ctx.sync();
      expect(count.value).toBe(3);
    });
  });

  it("supports set({...}) and toJSON()", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.set({ values: [["x"]], format: { font: { bold: true }, fill: { color: "yellow" } } });
      r.load("values, address");
      await ctx.sync();
      expect(r.toJSON()).toMatchObject({ values: [["x"]], address: "Sheet1!A1" });
    });
    expect(host.getCellFormat("Sheet1", "A1")).toMatchObject({ bold: true, fill: "#FFFF00" });
  });
});

describe("null objects", () => {
  it("reports isNullObject after a sync and ignores writes to a null object", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.delete();
      missing.getRange("A1").values = [[1]];
      missing.load("name");
      await ctx.sync();
      expect(missing.name).toBeNull();
    });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("Excel.run", () => {
  it("syncs at the end and returns the batch's result", async () => {
    const host = setup();
    const result = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [[42]];
      return "done";
    });
    expect(result).toBe("done");
    expect(host.getValues("Sheet1", "D1")).toEqual([[42]]);
    expect(host.syncCount).toBe(1);
  });

  it("accepts options before the batch and a new RequestContext", async () => {
    const host = setup();
    await Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("E1").values = [[1]];
    });
    const ctx = new Excel.RequestContext();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("E1").load("values");
    await ctx.sync();
    expect(r.values).toEqual([[1]]);
    expect(host.syncCount).toBe(2);
  });

  it("rejects with an OfficeExtension.Error-like error, keeping the operations before the failing one", async () => {
    const host = setup();
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("F1").values = [[1]];
      ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [[2]];
      ctx.workbook.worksheets.getItem("Sheet1").getRange("F2").values = [[3]];
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect((error as OfficeError).debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(host.getValues("Sheet1", "F1:F2")).toEqual([[1], [""]]);
  });

  it("passes other errors thrown in the batch through unchanged", async () => {
    setup();
    await expect(Excel.run(async () => Promise.reject(new TypeError("boom")))).rejects.toThrow(
      TypeError
    );
  });
});

describe("the Office stub's requirement sets", () => {
  it("compares versions part by part (1.9 < 1.17)", () => {
    const { createOfficeStub } = jest.requireActual("../../../playground/host");
    const office = createOfficeStub("1.17") as {
      context: { requirements: { isSetSupported(n: string, v?: string): boolean } };
    };
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(createOfficeStub("1.8").context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(
      false
    );
  });
});
