/**
 * Workbook-level behaviour: application settings, copyFrom, hyperlinks,
 * deleting a referenced sheet, and the deterministic snapshot.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

function setup(sheets: Record<string, unknown[][]>) {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

it("stores the calculation mode and accepts the suspension calls", async () => {
  setup({ S: [[1, "=A1+1"]] });
  await Excel.run(async (ctx) => {
    ctx.application.suspendApiCalculationUntilNextSync();
    ctx.workbook.application.calculationMode = Excel.CalculationMode.manual;
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    const app = ctx.workbook.application.load("calculationMode");
    const b = ctx.workbook.worksheets.getItem("S").getRange("B1").load("values");
    await ctx.sync();
    expect(app.calculationMode).toBe("Manual");
    expect(b.values).toEqual([[6]]);
  });
});

it("copies formulas with relative references shifted, and formats", async () => {
  const host = setup({
    S: [
      [1, 2, "=A1+B1"],
      [3, 4, null],
    ],
  });
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.getRange("C1").format.font.bold = true;
    ws.getRange("C2").copyFrom("C1", Excel.RangeCopyType.all);
    ws.getRange("D1").copyFrom(ws.getRange("C1"), Excel.RangeCopyType.values);
  });
  expect(host.getFormulas("S", "C2:D2")).toEqual([["=A2+B2", ""]]);
  expect(host.getValues("S", "C1:D2")).toEqual([
    [3, 3],
    [7, ""],
  ]);
  expect(host.getCellFormat("S", "C2").bold).toBe(true);
  expect(host.getFormulas("S", "D1")).toEqual([[3]]);
});

it("stores hyperlinks and shows their text", async () => {
  const host = setup({ S: [] });
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange("A1").hyperlink = {
      address: "https://example.com",
      textToDisplay: "Docs",
    };
  });
  expect(host.getValues("S", "A1")).toEqual([["Docs"]]);
  expect(host.snapshot("S").hyperlinks).toEqual({
    "0,0": { address: "https://example.com", textToDisplay: "Docs" },
  });
});

it("turns references to a deleted sheet into #REF!", async () => {
  const host = setup({ A: [[2]], B: [["=A!A1*3"]] });
  expect(host.getValues("B", "A1")).toEqual([[6]]);
  await Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("A").delete());
  expect(host.getValues("B", "A1")).toEqual([["#REF!"]]);
  expect(host.getCellError("B", "A1")?.code).toBe("#REF!");
});

it("gives the same snapshot for the same workbook, and a different one after any change", async () => {
  const build = () => {
    const h = createHost({ sheets: { S: [["x", 1, "=B1*2"]] } });
    h.workbook.sheets[0].formats.set({ r0: 0, c0: 0, r1: 0, c1: 0 }, "font.bold", true);
    return h;
  };
  const a = build();
  const b = build();
  expect(JSON.stringify(a.snapshotWorkbook())).toBe(JSON.stringify(b.snapshotWorkbook()));
  expect(a.snapshot("S").cells).toEqual({
    A1: { v: "x", fmt: { "font.bold": true } },
    B1: { v: 1 },
    C1: { v: 2, f: "=B1*2" },
  });
  restore = installExcelGlobal(b);
  await Excel.run(
    async (ctx) =>
      void (ctx.workbook.worksheets.getItem("S").getRange("D5").numberFormat = [["0%"]])
  );
  expect(JSON.stringify(a.snapshotWorkbook())).not.toBe(JSON.stringify(b.snapshotWorkbook()));
});
