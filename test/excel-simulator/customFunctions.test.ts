/**
 * The add-in's BUILT custom functions (dist/functions.js, loaded as Excel's
 * runtime does) computing in cells of the simulated host: =BSC.ROA, a
 * BSC_SCORE over a small table, spills, errors (with a message only where
 * Excel shows one: #VALUE! and #N/A).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import {
  CustomFunctionError,
  createHost,
  installCustomFunctions,
  installCustomFunctionsGlobal,
  installExcelGlobal,
} from "../../excel-simulator";
import { CODES_WITH_MESSAGE, shownMessage } from "../../excel-simulator/customFunctions";
import { installBuiltFunctions } from "../../excel-simulator/node";
import { SEED003_KPIS, meanOfRatios } from "../../src/examples/seed003";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");

beforeAll(() => {
  // Build only when there is no bundle: another test may be rebuilding dist/ concurrently.
  if (
    !fs.existsSync(path.join(dist, "functions.js")) ||
    !fs.existsSync(path.join(dist, "functions.json"))
  ) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
  }
}, 180_000);

function hostWithFunctions(sheets: Record<string, unknown[][]>) {
  const host = createHost({ sheets });
  installBuiltFunctions(host, dist);
  return host;
}

describe("built custom functions in cells", () => {
  it("computes =BSC.ROA(B2,C2) from cells", () => {
    const host = hostWithFunctions({
      Data: [
        ["Year", "Net profit", "Total assets", "ROA"],
        [2023, 148391, 1317000, "=BSC.ROA(B2,C2)"],
      ],
    });
    expect(host.getValue("Data", "D2")).toBeCloseTo(148391 / 1317000, 10);
    expect(host.getValue("Data", "D2")).toBeCloseTo(0.11267, 5);
    expect(host.getFormulas("Data", "D2")).toEqual([["=BSC.ROA(B2,C2)"]]);
  });

  it("computes BSC_SCORE and KPI_SCORE over a small KPI table, spilling per-row results", () => {
    const kpis = [
      ["Perspective weight", "KPI weight", "Value at 50", "Value at 100", "Actual"],
      [0.4, 0.5, 0.05, 0.1, 0.08],
      [0.4, 0.5, 0.1, 0.2, 0.2],
      [0.6, 1, 0.9, 0.7, 0.8],
    ];
    const host = hostWithFunctions({
      S: [
        ...kpis,
        [],
        ["=BSC.BSC_SCORE(E2:E4,C2:C4,D2:D4,B2:B4,A2:A4)", "=BSC.KPI_SCORE(E2:E4,C2:C4,D2:D4)"],
        ["below"],
      ],
    });
    const scores = kpis
      .slice(1)
      .map(
        ([, , v50, v100, actual]) =>
          50 + (50 * ((actual as number) - (v50 as number))) / ((v100 as number) - (v50 as number))
      );
    const overall = kpis
      .slice(1)
      .reduce((sum, [pw, kw], i) => sum + scores[i] * (kw as number) * (pw as number), 0);
    expect(host.getValue("S", "A6")).toBeCloseTo(overall, 9);
    expect(
      host
        .getValues("S", "B6:B8")
        .map((r) => r[0] as number)
        .map((v, i) => v - scores[i])
        .every((d) => Math.abs(d) < 1e-9)
    ).toBe(true);
    expect(host.getValue("S", "A7")).toBe("below");
    expect(host.usedRange("S")).toBe("S!A1:E8");
  });

  it("gives the seed 003 overall score, 57.85, from a sheet", () => {
    const rows = SEED003_KPIS.map((k) => [
      meanOfRatios(k.monthly),
      k.valueAt50,
      k.valueAt100,
      k.kpiWeight,
      k.perspectiveWeight,
    ]);
    const n = rows.length;
    const host = hostWithFunctions({
      Seed: [...rows, [`=BSC.BSC_SCORE(A1:A${n},B1:B${n},C1:C${n},D1:D${n},E1:E${n})`]],
    });
    expect(host.getValue("Seed", `A${n + 1}`)).toBeCloseTo(57.85, 2);
  });

  it("shows an error returned by a function, with its message where Excel shows one", () => {
    const host = hostWithFunctions({
      S: [[1, 0, "=BSC.ROA(A1,B1)", '=BSC.ROE("abc",1)', "=BSC.GROWTH(,1)"]],
    });
    expect(host.getValues("S", "C1:E1")).toEqual([["#DIV/0!", "#VALUE!", "#N/A"]]);
    expect(host.getCellError("S", "C1")).toEqual({ code: "#DIV/0!", message: "" });
    expect(host.getCellError("S", "D1")?.message).toContain("netProfit");
    expect(host.getCellError("S", "E1")).toEqual({ code: "#N/A", message: "current is blank." });
  });

  it("spills element-wise over ranges with per-cell errors, and passes omitted optionals", () => {
    const host = hostWithFunctions({
      S: [
        [1, 10],
        [2, 0],
        [3, 30],
        ["=BSC.ROA(A1:A3,B1:B3)", "=BSC.ROA(A1,B1,)"],
      ],
    });
    expect(host.getValues("S", "A4:A6")).toEqual([[0.1], ["#DIV/0!"], [0.1]]);
    expect(host.getCellError("S", "A5")?.code).toBe("#DIV/0!");
    expect(host.getValue("S", "B4")).toBeCloseTo(0.1, 10);
  });

  it("recomputes when the inputs change through Office.js", async () => {
    const host = hostWithFunctions({ S: [[1, 10, "=BSC.ROA(A1,B1)"]] });
    const restore = installExcelGlobal(host);
    try {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
        const c = ctx.workbook.worksheets.getItem("S").getRange("C1").load("values");
        await ctx.sync();
        expect(c.values).toEqual([[0.5]]);
      });
    } finally {
      restore();
    }
  });

  it("works with a CustomFunctions global, as the playground page loads functions.js", () => {
    const window = {} as Record<string, unknown>;
    const runtime = installCustomFunctionsGlobal(window);
    vm.runInContext(
      fs.readFileSync(path.join(dist, "functions.js"), "utf8"),
      vm.createContext(window)
    );
    expect(runtime.associations.has("ROA")).toBe(true);
    const host = createHost({ sheets: { S: [[1, 4, "=BSC.ROA(A1,B1)"]] } });
    installCustomFunctions(
      host,
      runtime,
      fs.readFileSync(path.join(dist, "functions.json"), "utf8")
    );
    expect(host.getValue("S", "C1")).toBe(0.25);
  });
});

describe("the custom functions bridge", () => {
  const metadata = {
    functions: [
      {
        id: "TWICE",
        name: "TWICE",
        parameters: [{ name: "x", dimensionality: "matrix" }],
        result: { dimensionality: "matrix" },
      },
      {
        id: "FIRST",
        name: "FIRST",
        parameters: [{ name: "x" }, { name: "y", optional: true }],
        result: {},
      },
      { id: "FAIL", name: "FAIL", parameters: [], result: {} },
    ],
  };
  const fns = {
    TWICE: (x: unknown) =>
      (x as (number | null)[][]).map((row) => row.map((v) => (v === null ? "blank" : v * 2))),
    FIRST: (x: unknown, y: unknown) => [[`${JSON.stringify(x)}|${String(y)}`]],
    FAIL: () => {
      throw new Error("nope");
    },
  };

  it("passes ranges as 2D arrays with blanks as null, scalars as values, and spills", () => {
    const host = createHost({
      sheets: {
        S: [
          [1, null],
          [3, 4],
          ["=X.TWICE(A1:B2)", null, "=X.FIRST(A2:B2)", "=X.FIRST(7,A1)", "=X.FAIL()"],
        ],
      },
    });
    installCustomFunctions(host, fns, metadata, { namespace: "X" });
    expect(host.getValues("S", "A3:B4")).toEqual([
      [2, "blank"],
      [6, 8],
    ]);
    expect(host.getValues("S", "C3:D3")).toEqual([["3|undefined", "7|1"]]);
    // Excel: "By default, Excel returns #VALUE! for unhandled errors or exceptions"; the message is not sent.
    expect(host.getCellError("S", "E3")).toEqual({ code: "#VALUE!", message: "" });
    expect(new CustomFunctionError("#N/A", "m")).toMatchObject({ code: "#N/A", message: "m" });
  });
});

/**
 * Excel shows a custom function's message only on #VALUE! and #N/A
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors: "You can
 * only return a custom error message with the #VALUE! and #N/A errors";
 * CustomFunctions.ErrorCode: "A custom error message can't be used" on the
 * others). Microsoft's runtime (custom-functions-runtime.js, CustomFunctionError
 * _getMessage) drops the others' message rather than rejecting it; so does the host.
 */
describe("error messages, as Excel shows them", () => {
  const CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NAME?", "#REF!"];
  const metadata = {
    functions: [
      { id: "ERR", name: "ERR", parameters: [{ name: "code" }], result: {} },
      { id: "THROWERR", name: "THROWERR", parameters: [{ name: "code" }], result: {} },
      { id: "ECHO", name: "ECHO", parameters: [{ name: "x" }], result: {} },
      { id: "NOCODE", name: "NOCODE", parameters: [], result: {} },
      { id: "INFINITE", name: "INFINITE", parameters: [], result: {} },
      { id: "ODD", name: "ODD", parameters: [], result: {} },
      { id: "UNBOUND", name: "UNBOUND", parameters: [], result: {} },
    ],
  };
  const runtime = () => {
    const cf = installCustomFunctionsGlobal({});
    cf.associate({
      ERR: (code: unknown) => new cf.Error(String(code), `why ${String(code)}`),
      THROWERR: (code: unknown) => {
        throw new cf.Error(String(code), `why ${String(code)}`);
      },
      ECHO: (x: unknown) => x,
      NOCODE: () => new cf.Error(undefined, "no code given"),
      INFINITE: () => Infinity,
      ODD: () => ({ not: "a value" }),
    });
    return cf;
  };
  const sheet = (formula: (code: string) => string) => ({
    S: [CODES.map((c) => formula(c))],
  });
  const cells = (host: ReturnType<typeof createHost>) =>
    CODES.map((_, i) => host.getCellError("S", `${String.fromCharCode(65 + i)}1`));

  it("keeps a returned message on #VALUE! and #N/A only, and drops it on every other code", () => {
    const host = createHost({ sheets: sheet((c) => `=X.ERR("${c}")`) });
    installCustomFunctions(host, runtime(), metadata, { namespace: "X" });
    expect(cells(host)).toEqual([
      { code: "#VALUE!", message: "why #VALUE!" },
      { code: "#N/A", message: "why #N/A" },
      { code: "#DIV/0!", message: "" },
      { code: "#NUM!", message: "" },
      { code: "#NAME?", message: "" },
      { code: "#REF!", message: "" },
    ]);
  });

  it("treats a thrown CustomFunctions.Error as returned: its code, its message on #VALUE! and #N/A only", () => {
    const host = createHost({ sheets: sheet((c) => `=X.THROWERR("${c}")`) });
    installCustomFunctions(host, runtime(), metadata, { namespace: "X" });
    expect(cells(host).map((e) => [e?.code, e?.message])).toEqual([
      ["#VALUE!", "why #VALUE!"],
      ["#N/A", "why #N/A"],
      ["#DIV/0!", ""],
      ["#NUM!", ""],
      ["#NAME?", ""],
      ["#REF!", ""],
    ]);
  });

  it("passes an error argument on without its message, as Microsoft's runtime does", () => {
    const host = createHost({
      sheets: { S: [['=X.ERR("#VALUE!")', "=X.ECHO(A1)", "=X.ECHO(1/0)"]] },
    });
    installCustomFunctions(host, runtime(), metadata, { namespace: "X" });
    expect(host.getCellError("S", "A1")).toEqual({ code: "#VALUE!", message: "why #VALUE!" });
    expect(host.getCellError("S", "B1")).toEqual({ code: "#VALUE!", message: "" });
    expect(host.getCellError("S", "C1")).toEqual({ code: "#DIV/0!", message: "" });
  });

  it("gives its own diagnostics no message on codes Excel shows none with", () => {
    const host = createHost({
      sheets: { S: [["=X.NOCODE()", "=X.INFINITE()", "=X.ODD()", "=X.UNBOUND()"]] },
    });
    installCustomFunctions(host, runtime(), metadata, { namespace: "X" });
    expect(["A1", "B1", "C1", "D1"].map((a) => host.getCellError("S", a))).toEqual([
      // new CustomFunctions.Error() without a code is #VALUE! in Microsoft's runtime.
      { code: "#VALUE!", message: "no code given" },
      { code: "#NUM!", message: "" },
      { code: "#VALUE!", message: "" },
      { code: "#NAME?", message: "" },
    ]);
  });

  it("says which codes show a message", () => {
    expect([...CODES_WITH_MESSAGE].sort()).toEqual(["#N/A", "#VALUE!"]);
    expect(shownMessage("#DIV/0!", "m")).toBe("");
    expect(shownMessage("#N/A", "m")).toBe("m");
    expect(shownMessage("#VALUE!", undefined)).toBe("");
  });
});
