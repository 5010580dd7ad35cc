/**
 * Cell contents through Office.js: values and formulas round-trip, computed
 * results, Excel's input rules ("=" formulas, "@" text, "" clears, null keeps),
 * errors, text and value types, spills.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

function setup(sheets: Record<string, unknown[][]>) {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

async function readRange(
  sheet: string,
  address: string,
  what: "values" | "formulas" | "text" | "valueTypes" = "values"
): Promise<unknown[][]> {
  return Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load(what);
    await ctx.sync();
    return r[what] as unknown[][];
  });
}

describe("computed values keep every digit of the double", () => {
  // Excel returns a formula's double as computed (it shows 15 significant digits, it does
  // not round what it stores or what Office.js reads); HyperFormula by default rounds each
  // value it gives out to 10, which would hide any difference below 1e-9 from the tests.
  it.each([
    ["=1/3", 1 / 3],
    ["=2/3*100", (2 / 3) * 100],
    ["=A1*1", 57.84980754823007],
    ["=A1+1e-12", 57.84980754823007 + 1e-12],
  ])("%s", async (formula, expected) => {
    setup({ S: [[57.84980754823007, formula]] });
    const [[, value]] = await readRange("S", "A1:B1");
    expect(value).toBe(expected);
  });
});

describe("formulas compute", () => {
  const data = [
    ["Name", "Score", "Weight"],
    ["a", 40, 0.5],
    ["b", 60, 0.3],
    ["c", 80, 0.2],
  ];

  it.each([
    ["=SUM(B2:B4)", 180],
    ["=SUMPRODUCT(B2:B4,C2:C4)", 54],
    ['=IF(B2>50,"high","low")', "low"],
    ['=LOOKUP(45,{0,40,60},{"a","b","c"})', "b"],
    ['=LOOKUP(B3,{0,40,60},{"D","C","B"})', "B"],
    ["=LOOKUP(70,B2:B4,A2:A4)", "b"],
    ['=IFERROR(1/0,"none")', "none"],
    ["=ROUND(2/3,2)", 0.67],
    ["=AVERAGE(B2:B4)", 60],
    ['=INDEX(C2:C4,MATCH("b",A2:A4,0))', 0.3],
    ["=INDEX(B2:C2,2)", 0.5],
    ["=MAX(B2:B4)-MIN(B2:B4)", 40],
    ['=COUNTIF(B2:B4,">50")', 2],
    ["=RANK(B3,B2:B4)", 2],
    ['=CONCAT(A2:A4,"!")', "abc!"],
    ["='My Sheet'!B2*2", 14],
    ["=Data!B2+'My Sheet'!B2", 47],
  ])("%s = %j", async (formula, expected) => {
    const host = setup({ Data: data, "My Sheet": [[1], [null, 7]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("E1").formulas = [[formula]];
    });
    const [[value]] = await readRange("Data", "E1");
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 10);
    else expect(value).toBe(expected);
    expect(host.getFormulas("Data", "E1")[0][0]).toBe(formula);
  });

  it("recomputes dependents when inputs change", async () => {
    const host = setup({ Data: data });
    host.setValues("Data", "E1", [["=SUM(B2:B4)"]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("B2").values = [[100]];
    });
    expect(host.getValues("Data", "E1")).toEqual([[240]]);
  });
});

describe("writing values", () => {
  it("round-trips numbers, strings, booleans and formulas", async () => {
    const host = setup({ S: [] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:D2").values = [
        [1.5, "text", true, "=A1*2"],
        [-3, "", false, '=CONCATENATE(B1,"!")'],
      ];
    });
    expect(await readRange("S", "A1:D2")).toEqual([
      [1.5, "text", true, 3],
      [-3, "", false, "text!"],
    ]);
    expect(await readRange("S", "A1:D2", "formulas")).toEqual([
      [1.5, "text", true, "=A1*2"],
      [-3, "", false, '=CONCATENATE(B1,"!")'],
    ]);
    expect(host.getValues("S", "D1")).toEqual([[3]]);
  });

  it("makes a string starting with = a formula, unless the cell is formatted as text", async () => {
    const host = setup({ S: [] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["=1+1"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=1+1"]];
      ws.getRange("A3").numberFormat = [["@"]];
      ws.getRange("A3").values = [["00123"]];
      ws.getRange("A4").values = [["00123"]];
      ws.getRange("A5").values = [["-5"]];
      ws.getRange("A6").values = [["+A1"]];
      ws.getRange("A7").values = [["- none -"]];
    });
    expect(host.getValues("S", "A1:A7")).toEqual([
      [2],
      ["=1+1"],
      ["00123"],
      [123],
      [-5],
      [2],
      ["- none -"],
    ]);
    expect(host.getFormulas("S", "A1:A2")).toEqual([["=1+1"], ["=1+1"]]);
    expect(await readRange("S", "A1:A3", "valueTypes")).toEqual([
      ["Double"],
      ["String"],
      ["String"],
    ]);
  });

  it("clears with an empty string and leaves cells unchanged for null", async () => {
    const host = setup({ S: [[1, 2, 3]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:C1").values = [["", null, 9]];
    });
    expect(host.getValues("S", "A1:C1")).toEqual([["", 2, 9]]);
  });

  it("applies one value to every cell and rejects mismatched arrays", async () => {
    const host = setup({ S: [] });
    await Excel.run(async (ctx) => {
      (
        ctx.workbook.worksheets.getItem("S").getRange("A1:B2") as unknown as { values: unknown }
      ).values = 0;
    });
    expect(host.getValues("S", "A1:B2")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects an invalid formula", async () => {
    setup({ S: [] });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").formulas = [["=SUM((A2"]];
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("reading back", () => {
  it("gives Excel errors as strings and their types", async () => {
    setup({ S: [[1, 0, "=A1/B1", "=NA()", '=VALUE("x")', "=NOSUCHFN(1)", "=SQRT(-1)"]] });
    expect(await readRange("S", "C1:G1")).toEqual([
      ["#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!"],
    ]);
    expect(await readRange("S", "A1:D1", "valueTypes")).toEqual([
      ["Double", "Double", "Error", "Error"],
    ]);
  });

  it("formats text by the number format", async () => {
    const host = setup({ S: [[0.112672, 1234567.891, 45000, "x", true, ""]] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:C1").numberFormat = [
        ["0.00%", "#,##0.00", "yyyy-mm-dd"],
      ];
    });
    expect(await readRange("S", "A1:F1", "text")).toEqual([
      ["11.27%", "1,234,567.89", "2023-03-15", "x", "TRUE", ""],
    ]);
    expect(host.getText("S", "A1")).toEqual([["11.27%"]]);
  });

  it("spills array formulas and reports empty cells as empty strings", async () => {
    const host = setup({ S: [[1], [2], [3]] });
    host.setValues("S", "B1", [["=A1:A3*10"]]);
    expect(host.getValues("S", "B1:B4")).toEqual([[10], [20], [30], [""]]);
    expect(host.usedRange("S")).toBe("S!A1:B3");
  });
});
