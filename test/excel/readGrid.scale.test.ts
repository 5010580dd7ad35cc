/**
 * Reading large sources under Excel on the web's 5 MB response limit, and
 * what Excel's cell-edit mode does to reads and builds.
 */
import { SimulatedHost, createHost, installExcelGlobal } from "../../excel-simulator";
import { readSource, workbookNames } from "../../src/excel/readSource";
import { BuildError, writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { planBuild } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { SEED_HEADERS, seedRows } from "../support/seedSource";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function setup(sheets: Record<string, unknown[][]>, excelApi?: string): SimulatedHost {
  const host = createHost({ sheets, excelApi });
  restore = installExcelGlobal(host);
  return host;
}

const ROWS = 30_000;
/** 30,000 employees' rows of seven columns, names long enough for a 5 MB answer in one read. */
function largeSource(): unknown[][] {
  return [
    ["Employee", ...SEED_HEADERS.slice(0, 6)],
    ...Array.from({ length: ROWS }, (_, i) => [
      `Employee number ${i} of the organisation's head office`,
      i % 2 ? "Customer" : "Internal process",
      0.5,
      `KPI ${i % 12} with a descriptive name of some length`,
      0.25,
      0.5 + (i % 7) / 100,
      0.9,
    ]),
  ];
}

describe("large sources", () => {
  it("are read in chunks whose answers stay under the budget, where one read would exceed 5 MB", async () => {
    const host = setup({ Data: largeSource() });
    host.setSelection("Data", `A1:G${ROWS + 1}`);

    // What reading everything in one request (the reader before this) gets from Excel on the web:
    const oneShot = await Excel.run(async (ctx) => {
      ctx.workbook.getSelectedRange().load("values,formulas,text");
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(oneShot).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    host.resetCounters();
    const source = await readSource({ kind: "selection", id: "" });
    expect(source.values).toHaveLength(ROWS);
    expect(source.headers).toEqual(["Employee", ...SEED_HEADERS.slice(0, 6)]);
    expect(source.values[ROWS - 1][0]).toBe(
      `Employee number ${ROWS - 1} of the organisation's head office`
    );
    expect(source.texts?.[ROWS - 1][5]).toBe(String(0.5 + ((ROWS - 1) % 7) / 100));
    expect(source.formulas[12345][3]).toBe("KPI 9 with a descriptive name of some length");
    const reads = host.requests.filter((r) => !r.cleanup);
    expect(reads.length).toBeGreaterThan(4);
    expect(host.largestResponseBytes).toBeLessThan(2_000_000 * 1.25);
  }, 120_000);

  it("reads again in halves a chunk whose cells are far longer than the ones before", async () => {
    const long = "x".repeat(30_000);
    const rows = [
      ["Name"],
      ...Array.from({ length: 40 }, (_, i) => [i < 20 ? `short ${i}` : `${long}${i}`]),
    ];
    const host = setup({ Data: rows });
    host.setSelection("Data", "A1:A41");
    host.payloadLimitBytes = 400_000;
    const source = await readSource({ kind: "selection", id: "" }, 300_000);
    expect(source.values.map((r) => String(r[0]).length)).toEqual(
      Array.from({ length: 40 }, (_, i) =>
        i < 20 ? `short ${i}`.length : 30_000 + String(i).length
      )
    );
    expect(host.requests.some((r) => r.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(host.largestResponseBytes).toBeGreaterThan(400_000);
  }, 60_000);
});

describe("cell-edit mode", () => {
  /** The plans the pane makes for the workbook as it is (its sheets and names). */
  async function seedPlans() {
    const source = await readSource({ kind: "selection", id: "" });
    const { table } = analyseSource(source, matchColumns(source.headers));
    return planBuild(table!, DEFAULT_BUILD_OPTIONS, await workbookNames(), false).plans;
  }

  it("holds a build until the edit ends (delayForCellEdit), sending each request once", async () => {
    const host = setup({ Data: [SEED_HEADERS, ...seedRows()] });
    host.setSelection("Data", "A1:G5");
    const plans = await seedPlans();
    host.resetCounters();
    await writePlans(plans);
    const normal = host.requests.length;
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Balanced Scorecard").delete();
    });
    // Planned again: the first build's name is still there (#REF!), so the plan takes the next.
    const again = await seedPlans();
    expect(again[0].names[0].name).toBe("BSC_Overall_Balanced_Scorecard_2");

    host.resetCounters();
    host.beginCellEdit();
    const build = writePlans(again);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.sheetNames()).toEqual(["Data"]);
    host.endCellEdit();
    await build;
    expect(host.requests).toHaveLength(normal);
    expect(host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
  });

  it("on Excel without delayForCellEdit (ExcelApi 1.10), a build fails once with a clear message and leaves nothing", async () => {
    const host = setup({ Data: [SEED_HEADERS, ...seedRows()] }, "1.10");
    host.setSelection("Data", "A1:G5");
    const plans = await seedPlans();
    const before = host.snapshotWorkbook();
    host.resetCounters();
    host.beginCellEdit();
    const error = await writePlans(plans).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toContain(
      "Excel is editing a cell: press Enter or Esc to finish, then try again."
    );
    // One request, refused: the build is not retried as a whole.
    expect(host.requests).toHaveLength(1);
    host.endCellEdit();
    expect(host.snapshotWorkbook()).toEqual(before);
  });

  it("on Excel without delayForCellEdit, a read retries until the edit ends", async () => {
    const host = setup({ Data: [SEED_HEADERS, ...seedRows()] }, "1.10");
    host.setSelection("Data", "A1:G5");
    host.beginCellEdit();
    setTimeout(() => host.endCellEdit(), 700);
    const source = await readSource({ kind: "selection", id: "" });
    expect(source.values).toHaveLength(4);
    expect(
      host.requests.filter((r) => r.error === "InvalidOperationInCellEditMode").length
    ).toBeGreaterThan(0);
  });
});
