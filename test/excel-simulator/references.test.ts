/**
 * The host's rules for references to sheets and names, each as Excel has it
 * (sources in excel-simulator/engine.ts, names.ts, workbook.ts):
 * - deleting a sheet turns every reference to it into #REF! for good
 *   (formulas, names, charts), and no sheet added or renamed later to its
 *   name brings them back;
 * - renaming a sheet rewrites references to it (formulas, names, charts);
 * - names: Excel's syntax rules, unique per scope case-insensitively
 *   (ItemAlreadyExists), one namespace with tables, used by their text
 *   (#NAME? when deleted, computing again when added back);
 * - sheet names: 31 characters, no [ ] : * ? / \, no leading or trailing
 *   apostrophe, not "History", unique case-insensitively.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function setup(sheets: Record<string, unknown[][]>) {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

/** Runs one batch; resolves to the error code Excel answered with, or "ok". */
async function outcome(batch: (ctx: Excel.RequestContext) => void): Promise<string> {
  try {
    await Excel.run(async (ctx) => {
      batch(ctx);
      await ctx.sync();
    });
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

async function deleteSheet(name: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(name).delete();
    await ctx.sync();
  });
}

async function read(sheet: string, address: string) {
  return Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("formulas, values");
    await ctx.sync();
    return { formulas: range.formulas, values: range.values };
  });
}

async function readName(name: string) {
  return Excel.run(async (ctx) => {
    const item = ctx.workbook.names.getItem(name).load("formula, type, value");
    await ctx.sync();
    return { formula: item.formula, type: item.type, value: item.value };
  });
}

describe("deleting a sheet: references to it are #REF! for good", () => {
  const sheets = () => ({
    Details: [
      ["Employee", "Score"],
      ["Ani", 80],
      ["Budi", 60],
    ],
    "My Details": [[7]],
    Summary: [
      ["=Details!B2*2", "=SUM(Details!B2:B3)", "='My Details'!A1+1", '="Details!B2"'],
      ["=IFERROR(Details!B2,-1)", "=SUM(Details!B:B)", "=Total", "=Total+'My Details'!A1"],
    ],
  });

  it("rewrites formulas on other sheets as Excel writes them: =#REF!B2", async () => {
    const host = setup(sheets());
    expect(host.getValues("Summary", "A1:D1")).toEqual([[160, 140, 8, "Details!B2"]]);
    await deleteSheet("Details");
    const { formulas, values } = await read("Summary", "A1:D2");
    expect(formulas).toEqual([
      ["=#REF!B2*2", "=SUM(#REF!B2:B3)", "='My Details'!A1+1", '="Details!B2"'],
      ["=IFERROR(#REF!B2,-1)", "=SUM(#REF!B:B)", "=Total", "=Total+'My Details'!A1"],
    ]);
    expect(values[0]).toEqual(["#REF!", "#REF!", 8, "Details!B2"]);
    // IFERROR catches it, as in Excel; no name Total exists yet.
    expect(values[1]).toEqual([-1, "#REF!", "#NAME?", "#NAME?"]);
  });

  it("does not re-attach them to a sheet added, or renamed, to the deleted sheet's name", async () => {
    const host = setup(sheets());
    await deleteSheet("Details");
    await Excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("Details");
      added.getRange("B2:B3").values = [[1], [2]];
      await ctx.sync();
    });
    expect(host.getFormulas("Summary", "A1:B1")).toEqual([["=#REF!B2*2", "=SUM(#REF!B2:B3)"]]);
    expect(host.getValues("Summary", "A1:B1")).toEqual([["#REF!", "#REF!"]]);
    await deleteSheet("Details");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("My Details").name = "Details";
      await ctx.sync();
    });
    expect(host.getValues("Summary", "A1:C1")).toEqual([["#REF!", "#REF!", 8]]);
    // The reference to "My Details" followed the rename.
    expect(host.getFormulas("Summary", "C1")).toEqual([["=Details!A1+1"]]);
  });

  it("keeps a name that referred to the sheet, with =#REF!$B$2, type Error and value #REF!", async () => {
    const host = setup(sheets());
    await Excel.run(async (ctx) => {
      const details = ctx.workbook.worksheets.getItem("Details");
      ctx.workbook.names.add("Total", details.getRange("B2"));
      details.names.add("Local", details.getRange("B3"));
      await ctx.sync();
    });
    expect(await readName("Total")).toEqual({
      formula: "=Details!$B$2",
      type: "Range",
      value: "Details!$B$2",
    });
    expect(host.getValues("Summary", "C2:D2")).toEqual([[80, 87]]);
    await deleteSheet("Details");
    expect(await readName("Total")).toEqual({
      formula: "=#REF!$B$2",
      type: "Error",
      value: "#REF!",
    });
    expect(host.getValues("Summary", "C2:D2")).toEqual([["#REF!", "#REF!"]]);
    expect(host.names().map((n) => n.name)).toEqual(["Total"]); // the sheet's own name went with it
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Details").getRange("B2").values = [[5]];
      const range = ctx.workbook.names.getItem("Total").getRangeOrNullObject();
      await ctx.sync();
      expect(range.isNullObject).toBe(true);
    });
    expect(await readName("Total")).toEqual({
      formula: "=#REF!$B$2",
      type: "Error",
      value: "#REF!",
    });
    expect(host.getValue("Summary", "C2")).toBe("#REF!");
  });

  it("turns a chart's source on the deleted sheet into #REF!", async () => {
    const host = setup(sheets());
    await Excel.run(async (ctx) => {
      const source = ctx.workbook.worksheets.getItem("Details").getRange("A1:B3");
      ctx.workbook.worksheets.getItem("Summary").charts.add("ColumnClustered", source, "Columns");
      await ctx.sync();
    });
    expect(host.charts("Summary")[0].sourceData).toBe("Details!A1:B3");
    await deleteSheet("Details");
    expect(host.charts("Summary")[0].sourceData).toBe("#REF!");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Details");
      await ctx.sync();
    });
    expect(host.charts("Summary")[0].sourceData).toBe("#REF!");
  });

  it("accepts a formula written as Excel shows it (=#REF!B2) and keeps it #REF!", async () => {
    const host = setup({ Sheet1: [], Details: [[1, 2]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").formulas = [
        ["=#REF!B2+1", "=#REF!", '="#REF!B2"'],
      ];
      await ctx.sync();
    });
    expect(host.getFormulas("Sheet1", "A1:C1")).toEqual([["=#REF!B2+1", "=#REF!", '="#REF!B2"']]);
    expect(host.getValues("Sheet1", "A1:C1")).toEqual([["#REF!", "#REF!", "#REF!B2"]]);
  });
});

describe("renaming a sheet rewrites references to it", () => {
  it("in formulas, names and charts", async () => {
    const host = setup({
      Details: [
        [1, 2],
        [3, 4],
      ],
      Summary: [["=SUM(Details!A1:B2)", "=Total*10"]],
    });
    await Excel.run(async (ctx) => {
      const details = ctx.workbook.worksheets.getItem("Details");
      ctx.workbook.names.add("Total", details.getRange("A1:B2"));
      ctx.workbook.worksheets
        .getItem("Summary")
        .charts.add("ColumnClustered", details.getRange("A1:B2"), "Columns")
        .series.getItemAt(0)
        .setValues(details.getRange("B1:B2"));
      await ctx.sync();
    });
    expect(host.getValues("Summary", "A1")).toEqual([[10]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Details").name = "~bsc1 Details";
      await ctx.sync();
    });
    expect(host.getFormulas("Summary", "A1")).toEqual([["=SUM('~bsc1 Details'!A1:B2)"]]);
    expect((await readName("Total")).formula).toBe("='~bsc1 Details'!$A$1:$B$2");
    const chart = host.charts("Summary")[0] as {
      sourceData: string;
      series: { values?: string }[];
    };
    expect(chart.sourceData).toBe("'~bsc1 Details'!A1:B2");
    expect(chart.series[0].values).toBe("'~bsc1 Details'!B1:B2");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("~bsc1 Details").name = "Details";
      await ctx.sync();
    });
    expect(host.getFormulas("Summary", "A1")).toEqual([["=SUM(Details!A1:B2)"]]);
    expect(host.charts("Summary")[0].sourceData).toBe("Details!A1:B2");
    expect(host.getValues("Summary", "A1")).toEqual([[10]]);
  });

  it("renames a chart's own position cells with its sheet", async () => {
    const host = setup({
      Data: [
        ["a", 1],
        ["b", 2],
      ],
    });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("BarClustered", ws.getRange("A1:B2"), "Columns").setPosition("D2", "H10");
      ws.name = "Renamed";
      await ctx.sync();
    });
    expect(host.charts("Renamed")[0]).toMatchObject({
      sourceData: "Renamed!A1:B2",
      position: { startCell: "Renamed!D2", endCell: "Renamed!H10" },
    });
  });
});

describe("names", () => {
  it("refuses a name that exists in the same scope, whatever its case, with ItemAlreadyExists", async () => {
    const host = setup({ Sheet1: [[1, 2]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add("Total", ctx.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      await ctx.sync();
    });
    const sheet1 = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1");
    expect(
      await outcome((ctx) => ctx.workbook.names.add("TOTAL", sheet1(ctx).getRange("B1")))
    ).toBe("ItemAlreadyExists");
    expect(await outcome((ctx) => ctx.workbook.names.add("total", "=5"))).toBe("ItemAlreadyExists");
    // Nothing was renamed or replaced.
    expect(host.names()).toEqual([
      { name: "Total", formula: "=Sheet1!$A$1", scope: "Workbook", comment: "" },
    ]);
    // Another scope is another collection.
    expect(await outcome((ctx) => sheet1(ctx).names.add("Total", sheet1(ctx).getRange("B1")))).toBe(
      "ok"
    );
    expect(await outcome((ctx) => sheet1(ctx).names.add("total", "=1"))).toBe("ItemAlreadyExists");
  });

  it("shares one namespace with tables", async () => {
    setup({ Sheet1: [["h"], [1]] });
    expect(
      await outcome((ctx) => {
        const table = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:A2", true);
        table.name = "Scores";
      })
    ).toBe("ok");
    expect(await outcome((ctx) => ctx.workbook.names.add("scores", "=1"))).toBe(
      "ItemAlreadyExists"
    );
  });

  it.each([
    ["A1"],
    ["xfd1048576"],
    ["Z100"],
    ["R1C1"],
    ["r"],
    ["C"],
    ["RC"],
    ["R2D2"],
    ["c3po"],
    ["TRUE"],
    ["false"],
    ["has space"],
    ["1abc"],
    ["a-b"],
    ["a\\b"],
    ["a?"],
    // Excel accepts a leading backslash; the host's formula engine cannot hold it (stricter).
    ["\\x"],
    [""],
    ["x".repeat(256)],
  ])("refuses %j with InvalidArgument", async (name) => {
    setup({ Sheet1: [] });
    expect(await outcome((ctx) => ctx.workbook.names.add(name, "=1"))).toBe("InvalidArgument");
  });

  it.each([["_x"], ["Sales.Q1"], ["Übersicht"], ["Region"], ["x".repeat(255)]])(
    "accepts %j",
    async (name) => {
      setup({ Sheet1: [] });
      expect(await outcome((ctx) => ctx.workbook.names.add(name, "=1"))).toBe("ok");
    }
  );

  it("a formula that uses a deleted name shows #NAME?, and computes again when the name is added back", async () => {
    const host = setup({ Sheet1: [[5, "=Rate*2", "=SUM(Rate,1)"]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add("Rate", ctx.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      await ctx.sync();
    });
    expect(host.getValues("Sheet1", "B1:C1")).toEqual([[10, 6]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.names.getItem("Rate").delete();
      await ctx.sync();
    });
    expect(host.getValues("Sheet1", "B1:C1")).toEqual([["#NAME?", "#NAME?"]]);
    expect(host.getFormulas("Sheet1", "B1")).toEqual([["=Rate*2"]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add("RATE", "=21");
      await ctx.sync();
    });
    expect(host.getValues("Sheet1", "B1:C1")).toEqual([[42, 22]]);
  });
});

/**
 * Microsoft support, "Rename a worksheet": a worksheet name cannot be blank,
 * have more than 31 characters, contain / \ ? * : [ ], begin or end with an
 * apostrophe, or be "History" (a name Excel reserves). Unique
 * case-insensitively: `worksheets.add` of a name that exists fails with
 * ItemAlreadyExists, "A resource with the same name or identifier already
 * exists." (as Excel answers it, OfficeDev/office-scripts-docs#560).
 */
describe("sheet names", () => {
  it.each([
    ["x".repeat(32), "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["HISTORY", "InvalidArgument"],
    ["data", "ItemAlreadyExists"],
    ["x".repeat(31), "ok"],
    ["It's fine", "ok"],
    ["History 2024", "ok"],
  ])("worksheets.add(%j): %s, and the same for a rename", async (name, code) => {
    const host = setup({ Data: [], Other: [] });
    expect(await outcome((ctx) => ctx.workbook.worksheets.add(name))).toBe(code);
    const renamed = await outcome((ctx) => (ctx.workbook.worksheets.getItem("Other").name = name));
    // Renaming to a name the add above created is a duplicate too.
    expect(renamed).toBe(code === "ok" ? "ItemAlreadyExists" : code);
    expect(host.sheetNames().slice(0, 2)).toEqual(["Data", "Other"]);
  });
});
