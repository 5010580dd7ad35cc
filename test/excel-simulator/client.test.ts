/**
 * Microsoft's Office.js client in front of the simulated host: the add-in's
 * code meets the real `Excel` and `OfficeExtension` (proxies, load forms,
 * PropertyNotLoaded, null objects, ClientResult, tracked objects), and every
 * sync reaches the host as one RichApi request it executes.
 */
import {
  SimulatedHost,
  createHost,
  installExcelGlobal,
  officeContext,
  officeJsClient,
} from "../../excel-simulator";
import { loadOfficeJsInJsdom } from "../../excel-simulator/node";

let restore: () => void;
const setup = (
  sheets: Record<string, unknown[][]> = {
    Sheet1: [
      ["a", 1],
      ["b", 2],
    ],
  }
): SimulatedHost => {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
};
afterEach(() => restore?.());

/** The request bodies a host receives, as the client sent them. */
function recordBodies(host: SimulatedHost): { url: string; body: Record<string, unknown> }[] {
  const seen: { url: string; body: Record<string, unknown> }[] = [];
  const process = host.processQuery.bind(host);
  host.processQuery = (request) => {
    seen.push({ url: request.url, body: JSON.parse(JSON.stringify(request.body)) });
    return process(request);
  };
  return seen;
}

describe("the client is Microsoft's", () => {
  it("is the script of @microsoft/office-js, not a hand-written imitation", () => {
    setup();
    const client = officeJsClient();
    expect(Excel).toBe(client.Excel);
    expect(OfficeExtension).toBe(client.OfficeExtension);
    // Functions only Microsoft's client has: the RichApi transport and its request context.
    expect(
      typeof (OfficeExtension as unknown as { HttpUtility: { setCustomSendRequestFunc: unknown } })
        .HttpUtility.setCustomSendRequestFunc
    ).toBe("function");
    expect(typeof Excel.RequestContext).toBe("function");
    expect(Excel.ChartType.columnClustered).toBe("ColumnClustered");
  });

  it("sends one ProcessQuery request per sync, with the object paths and actions of the batch", async () => {
    const host = setup();
    const bodies = recordBodies(host);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("New");
      sheet.getRange("A1").values = [["x"]];
      await ctx.sync();
    });
    expect(bodies[0].url).toMatch(/^https:\/\/excel-\d+\.invalid\/ProcessQuery\?flags=\d+$/);
    const paths = Object.values(
      bodies[0].body.ObjectPaths as Record<
        string,
        { ObjectPathType: number; Name: string; ArgumentInfo?: { Arguments: unknown[] } }
      >
    );
    expect(paths).toContainEqual(
      expect.objectContaining({
        ObjectPathType: 3,
        Name: "Add",
        ArgumentInfo: { Arguments: ["New"] },
      })
    );
    const actions = bodies[0].body.Actions as {
      ActionType: number;
      Name: string;
      ArgumentInfo?: { Arguments: unknown[] };
    }[];
    expect(actions).toContainEqual(
      expect.objectContaining({
        ActionType: 4,
        Name: "Values",
        ArgumentInfo: { Arguments: [[["x"]]] },
      })
    );
    expect(host.getValue("New", "A1")).toBe("x");
  });

  it("splits a large array into 1,500-cell row chunks after asking the host to validate its size", async () => {
    const host = setup({ S: [] });
    const bodies = recordBodies(host);
    const rows = Array.from({ length: 400 }, (_, r) => [r, r + 1, r + 2, r + 3, r + 4]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:E400").values = rows;
    });
    const actions = bodies[0].body.Actions as {
      Name: string;
      ArgumentInfo?: { Arguments: unknown[] };
    }[];
    expect(actions.filter((a) => a.Name === "_ValidateArraySize")).toEqual([
      expect.objectContaining({ ArgumentInfo: { Arguments: [400, 5] } }),
    ]);
    const chunks = actions
      .filter((a) => a.Name === "Values")
      .map((a) => (a.ArgumentInfo!.Arguments[0] as unknown[]).length);
    expect(chunks).toEqual([300, 100]);
    expect(host.getValues("S", "E400")).toEqual([[403]]);
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    setup();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
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
      await ctx.sync();
      expect(a.items.map((s) => s.name)).toEqual(["Alpha", "Beta"]);
      expect(() => a.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      const c = ctx.workbook.worksheets.load("name,position");
      await ctx.sync();
      expect(c.items.map((s) => [s.name, s.position])).toEqual([
        ["Alpha", 0],
        ["Beta", 1],
      ]);
      // An item of a loaded collection is reachable in a later sync (by the id the host answered with).
      a.items[1].getRange("A1").values = [["in Beta"]];
      await ctx.sync();
    });
  });

  it("refuses to load a property the type does not have, naming it", async () => {
    setup();
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("colour");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect(String((error as Error).message)).toContain("'colour' is not a property of Range");
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
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
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
  it("reports isNullObject after a sync and ignores what is done to a null object", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      missing.delete();
      missing.getRange("A1").values = [[1]];
      missing.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("Excel.run and tracked objects", () => {
  it("sends the batch, then one clean-up request that releases the ranges it kept", async () => {
    const host = setup();
    const result = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [[42]];
      return "done";
    });
    expect(result).toBe("done");
    expect(host.getValues("Sheet1", "D1")).toEqual([[42]]);
    expect(host.requests.map((r) => r.cleanup)).toEqual([false, true]);
    expect(host.references.size).toBe(0);
  });

  it("keeps a range usable across syncs inside Excel.run (a reference the host keeps)", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("E1");
      r.values = [[1]];
      await ctx.sync();
      expect(host.references.size).toBe(1);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
    expect(host.references.size).toBe(0);
  });

  it("outside Excel.run, a range is usable in a later sync only when tracked", async () => {
    setup();
    const ctx = new Excel.RequestContext();
    const untracked = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    untracked.load("values");
    await ctx.sync();
    // Microsoft's client refuses at once: the path of an untracked range is not valid after its request.
    expect(() => untracked.load("address")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );

    const tracked = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2");
    ctx.trackedObjects.add(tracked);
    await ctx.sync();
    tracked.load("values");
    await ctx.sync();
    expect(tracked.values).toEqual([["b"]]);
    ctx.trackedObjects.remove(tracked);
    await ctx.sync();
  });

  it("accepts options before the batch, and waits for cell-edit mode to end with delayForCellEdit", async () => {
    const host = setup();
    host.beginCellEdit();
    const run = Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("E1").values = [[1]];
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.getValue("Sheet1", "E1")).toBe("");
    host.endCellEdit();
    await run;
    expect(host.getValue("Sheet1", "E1")).toBe(1);
  });

  it("rejects with OfficeExtension.Error, keeping what ran before the failing action (a sync is not a transaction)", async () => {
    const host = setup();
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("F1").values = [[1]];
      ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [[2]];
      ctx.workbook.worksheets.getItem("Sheet1").getRange("F2").values = [[3]];
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect((error as OfficeExtension.Error).debugInfo.errorLocation).toBe(
      "WorksheetCollection.getItem"
    );
    // The client prints the statement that failed.
    expect((error as OfficeExtension.Error).debugInfo.statement).toContain("getItem");
    expect(host.getValues("Sheet1", "F1:F2")).toEqual([[1], [""]]);
  });

  it("passes other errors thrown in the batch through unchanged", async () => {
    setup();
    await expect(Excel.run(async () => Promise.reject(new TypeError("boom")))).rejects.toThrow(
      TypeError
    );
  });

  it("names what the host does not simulate instead of pretending", async () => {
    setup();
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getSpillingToRange().load("address");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NotImplemented" });
    expect(String((error as Error).message)).toContain("Range.getSpillingToRange is not simulated");
  });
});

describe("two hosts, one client", () => {
  it("sends each host's requests to that host", async () => {
    const a = createHost({ sheets: { A: [] } });
    const b = createHost({ sheets: { B: [] } });
    const undoA = installExcelGlobal(a);
    await Excel.run(
      async (ctx) => void (ctx.workbook.worksheets.getItem("A").getRange("A1").values = [["to a"]])
    );
    undoA();
    restore = installExcelGlobal(b);
    await Excel.run(
      async (ctx) => void (ctx.workbook.worksheets.getItem("B").getRange("A1").values = [["to b"]])
    );
    expect([a.getValue("A", "A1"), b.getValue("B", "A1")]).toEqual(["to a", "to b"]);
    expect([a.syncCount, b.syncCount]).toEqual([2, 2]);
  });
});

describe("Office.context", () => {
  it("compares requirement-set versions part by part (1.9 < 1.17); DelayForCellEdit comes with 1.11", () => {
    const req = officeContext("1.17").requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(officeContext("1.8").requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(officeContext("1.10").requirements.isSetSupported("DelayForCellEdit")).toBe(false);
    expect(officeContext("1.11").requirements.isSetSupported("DelayForCellEdit")).toBe(true);
  });

  it("is what the client's own Office.context returns, so its feature checks see the host's API sets", () => {
    const host = createHost({ excelApi: "1.10" });
    restore = installExcelGlobal(host, globalThis, "id-ID");
    const client = officeJsClient();
    const office = client.window.Office as {
      context: {
        displayLanguage: string;
        requirements: { isSetSupported(n: string, v?: string): boolean };
      };
    };
    expect(office.context.displayLanguage).toBe("id-ID");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(Office.context.displayLanguage).toBe("id-ID");
  });

  it("in a Node jsdom window, loads in a realm of its own (as a browser frame would)", () => {
    const client = loadOfficeJsInJsdom();
    expect(typeof client.Excel.run).toBe("function");
    expect(client.window.Array).not.toBe(Array);
    client.close?.();
  });
});
