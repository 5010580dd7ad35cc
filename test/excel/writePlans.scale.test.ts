/**
 * The Office.js writer against the simulated Excel host: the seed 003 flow end
 * to end, all-or-nothing on failures, replacing, literal text, request sizes.
 */
import { officeWorkbookService as service } from "../../src/excel/officeWorkbookService";
import { BuildError, writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans, planBuild } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { SheetPlan } from "../../src/scorecard/plan";
import { DEFAULT_BUILD_OPTIONS, SourceTable } from "../../src/scorecard/types";
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { SEED_HEADERS, multiEmployeeSource, seedRows } from "../support/seedSource";
import { HostFixture, seedWorkbook, withHost } from "./hostFixture";

let fixture: HostFixture | undefined;
afterEach(() => {
  fixture?.restore();
  fixture = undefined;
});

async function plansFromSelection(existing?: string[]): Promise<SheetPlan[]> {
  const source = await service.readSource({ kind: "selection", id: "" });
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => problemMessage(p, "en")).join("; "));
  return buildPlans(table, DEFAULT_BUILD_OPTIONS, existing ?? (await service.sheetNames()));
}

describe("building the seed 003 scorecard in a workbook", () => {
  it("reads the selection, writes a new sheet with native formulas, and shows 57.85", async () => {
    fixture = seedWorkbook();
    const { host } = fixture;
    const before = host.snapshot("Data");
    const plans = await plansFromSelection();
    host.resetCounters();
    const progress: number[] = [];
    const result = await service.build(plans, [], (p) => progress.push(p.done / p.total));
    expect(result.sheets).toEqual(["Balanced Scorecard"]);
    expect(host.sheetNames()).toEqual(["Data", "Balanced Scorecard"]);
    expect(host.activeSheet()).toBe("Balanced Scorecard");
    expect(host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
    expect(host.getValue("Balanced Scorecard", "J13")).toBe("Poor");
    expect(host.getFormulas("Balanced Scorecard", "E7")[0][0]).toMatch(/^='?Data'?!G2$/);
    expect(host.snapshot("Data")).toEqual(before);
    // Excel.run syncs once more when the batch returns.
    expect(host.syncCount - result.syncs).toBeLessThanOrEqual(1);
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("formats the sheet: number formats, bold header, traffic lights, chart, name, frozen header, print", async () => {
    fixture = seedWorkbook();
    const { host } = fixture;
    await service.build(await plansFromSelection(), []);
    const s = "Balanced Scorecard";
    expect(host.getCellFormat(s, "B7").numberFormat).toBe("0%");
    expect(host.getCellFormat(s, "G7").numberFormat).toBe("0.00");
    expect(host.getCellFormat(s, "E7").numberFormat).toBe("0.00%");
    expect(host.getCellFormat(s, "A5").bold).toBe(true);
    expect(host.conditionalFormats(s).length).toBeGreaterThanOrEqual(5);
    expect(host.charts(s)).toHaveLength(1);
    expect(host.names().map((n) => n.name)).toContain("BSC_Overall_Balanced_Scorecard");
    expect(host.frozen(s)).toEqual({ rows: 5, columns: 1 });
    expect(host.pageLayout(s).orientation).toBe("Landscape");
  });

  it("recomputes when the source data change, without the add-in", async () => {
    fixture = seedWorkbook();
    const { host } = fixture;
    await service.build(await plansFromSelection(), []);
    host.setValues("Data", "G2", [[0.95]]); // retention reaches its target
    const expected = (100 * 0.5 + 30.4256 * 0.5) * 0.35 + 101.414 * 0.4 + 122.454 * 0.25;
    expect(host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(expected, 1);
  });

  it("builds from the inserted example template, whose actuals are formulas over the months", async () => {
    fixture = withHost({ Sheet1: [] });
    const { host } = fixture;
    const name = await service.insertTemplate("example", "en");
    expect(name).toBe("KPI example");
    const sources = await service.listSources();
    const table = sources.find((s) => s.kind === "table");
    expect(table).toBeDefined();
    const source = await service.readSource(table!);
    expect(source.formulas[0][6]).toMatch(/^=AVERAGE\(/);
    const { table: kpis } = analyseSource(source, matchColumns(source.headers));
    const plans = buildPlans(kpis!, DEFAULT_BUILD_OPTIONS, await service.sheetNames());
    await service.build(plans, []);
    expect(host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
  });
});

describe("all or nothing", () => {
  it("a sheet name that exists is refused unless the user confirmed replacing it", async () => {
    fixture = seedWorkbook();
    const plans = await plansFromSelection(["Data"]);
    fixture.host.addSheet("Balanced Scorecard", [["my notes"]]);
    await expect(service.build(plans, [])).rejects.toThrow(
      'A sheet named "Balanced Scorecard" already exists.'
    );
    expect(fixture.host.getValue("Balanced Scorecard", "A1")).toBe("my notes");
    expect(fixture.host.sheetNames()).toEqual(["Data", "Balanced Scorecard"]);
  });

  it("writes the names the plan chose, and refuses a name the workbook has taken since", async () => {
    fixture = seedWorkbook();
    const { host } = fixture;
    const addName = (name: string) =>
      Excel.run(async (context) => {
        context.workbook.names.add(
          name,
          context.workbook.worksheets.getItem("Data").getRange("A1")
        );
        await context.sync();
      });
    await addName("BSC_Overall_Balanced_Scorecard");
    const source = await service.readSource({ kind: "selection", id: "" });
    const table = analyseSource(source, matchColumns(source.headers)).table!;
    const { plans } = planBuild(table, DEFAULT_BUILD_OPTIONS, await service.workbookNames(), false);
    expect(plans[0].names.map((n) => n.name)).toEqual(["BSC_Overall_Balanced_Scorecard_2"]);
    // The user defines that name while the pane waits: the build stops before it changes anything.
    await addName("BSC_Overall_Balanced_Scorecard_2");
    const before = host.snapshotWorkbook();
    await expect(service.build(plans, [])).rejects.toThrow(
      'A name "BSC_Overall_Balanced_Scorecard_2" already exists. Nothing in your workbook was changed.'
    );
    expect(host.snapshotWorkbook()).toEqual(before);
    // Planned again, the build takes the next free name, as it is.
    const again = planBuild(table, DEFAULT_BUILD_OPTIONS, await service.workbookNames(), false);
    await service.build(again.plans, []);
    expect(host.names().find((n) => n.name === "BSC_Overall_Balanced_Scorecard_3")?.formula).toBe(
      "='Balanced Scorecard'!$I$13"
    );
  });

  it("replaces a confirmed sheet only after the new one is complete", async () => {
    fixture = seedWorkbook();
    fixture.host.addSheet("Balanced Scorecard", [["old scorecard"]]);
    const plans = await plansFromSelection(["Data"]);
    await service.build(plans, ["Balanced Scorecard"]);
    expect(fixture.host.sheetNames()).toEqual(["Data", "Balanced Scorecard"]);
    expect(fixture.host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
  });

  it.each(["before", "after"] as const)(
    "leaves the workbook exactly as it was when any request of the build fails (%s Excel runs it)",
    async (point) => {
      fixture = seedWorkbook();
      const plans = await plansFromSelection();
      fixture.host.resetCounters();
      await service.build(plans, []);
      const requests = fixture.host.requests.map((r) => ({ cleanup: r.cleanup }));
      const built = fixture.host.snapshotWorkbook();
      fixture.restore();
      expect(requests.length).toBeGreaterThan(2);
      // Excel.run ends with a clean-up request of its own: a failure there is the client's to retry, not the build's.
      expect(requests[requests.length - 1].cleanup).toBe(true);
      for (let k = 1; k <= requests.length; k++) {
        fixture = seedWorkbook();
        const before = fixture.host.snapshotWorkbook();
        fixture.host.failSyncAt(k, undefined, undefined, point);
        const outcome = await service.build(plans, []).catch((e: unknown) => e);
        if (requests[k - 1].cleanup) {
          expect(outcome).not.toBeInstanceOf(Error);
          expect(fixture.host.snapshotWorkbook()).toEqual(built);
        } else {
          expect(outcome).toBeInstanceOf(BuildError);
          expect((outcome as Error).message).toMatch(
            /could not be written.*Nothing in your workbook was changed/
          );
          expect(fixture.host.snapshotWorkbook()).toEqual(before);
        }
        fixture.restore();
        fixture = undefined;
      }
    },
    60_000
  );

  it("leaves a replaced sheet in place when the build fails", async () => {
    fixture = seedWorkbook();
    fixture.host.addSheet("Balanced Scorecard", [["old scorecard"]]);
    const plans = await plansFromSelection(["Data"]);
    const before = fixture.host.snapshotWorkbook();
    fixture.host.failSyncAt(2);
    await expect(service.build(plans, ["Balanced Scorecard"])).rejects.toThrow(BuildError);
    expect(fixture.host.snapshotWorkbook()).toEqual(before);
  });
});

describe("text from the source", () => {
  it.each(['=HYPERLINK("http://example.com","x")', "+cmd", "-1+2", "@SUM(A1)", "=1/0"])(
    "a KPI named %j is written as text, never evaluated",
    async (name) => {
      fixture = withHost({ Data: [SEED_HEADERS, ...seedRows()] });
      // The source cell holds the text, as a Text-formatted cell in the user's workbook does.
      await Excel.run(async (context) => {
        const cell = context.workbook.worksheets.getItem("Data").getRange("C2");
        cell.numberFormat = [["@"]];
        cell.values = [[name]];
        await context.sync();
      });
      expect(fixture.host.getValue("Data", "C2")).toBe(name);
      fixture.host.setSelection("Data", "A1:G5");
      await service.build(await plansFromSelection(), []);
      expect(fixture.host.getValue("Balanced Scorecard", "A7")).toBe(name);
      expect(fixture.host.getFormulas("Balanced Scorecard", "A7")).toEqual([[name]]);
      expect(fixture.host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
    }
  );
});

describe("text marked with an apostrophe, not a Text format", () => {
  it("leaves a name cell's number format alone: a formula typed there later is a formula", async () => {
    fixture = withHost({ Data: [SEED_HEADERS, ...seedRows()] });
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("C2");
      cell.numberFormat = [["@"]];
      cell.values = [["+cmd"]];
      await context.sync();
    });
    fixture.host.setSelection("Data", "A1:G5");
    await service.build(await plansFromSelection(), []);
    const s = "Balanced Scorecard";
    expect(fixture.host.getValue(s, "A7")).toBe("+cmd");
    expect(fixture.host.getCellFormat(s, "A7").numberFormat).toBe("General");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(s).getRange("A7").formulas = [["=I13*2"]];
      await context.sync();
    });
    expect(fixture.host.getValue(s, "A7")).toBeCloseTo(2 * 57.85, 1);
  });

  it("sends the same cells in an Indonesian workbook, which shows 57,85", async () => {
    const host = createHost({ sheets: { Data: [SEED_HEADERS, ...seedRows()] }, culture: "id-ID" });
    const restore = installExcelGlobal(host, globalThis);
    fixture = { host, restore };
    host.setSelection("Data", "A1:G5");
    await service.build(await plansFromSelection(), []);
    expect(host.getValue("Balanced Scorecard", "A7")).toBe("Retention");
    expect(host.getText("Balanced Scorecard", "I13")).toEqual([["57,85"]]);
  });
});

describe("text that starts with an apostrophe", () => {
  it.each(["'quoted'", "''twice", "'"])("a KPI named %j keeps its apostrophes", async (name) => {
    fixture = withHost({ Data: [SEED_HEADERS, ...seedRows()] });
    // A user types the apostrophe twice to keep it, as in Excel.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C2").values = [[`'${name}`]];
      await context.sync();
    });
    expect(fixture.host.getValue("Data", "C2")).toBe(name);
    fixture.host.setSelection("Data", "A1:G5");
    await service.build(await plansFromSelection(), []);
    expect(fixture.host.getValue("Balanced Scorecard", "A7")).toBe(name);
  });
});

describe("large builds", () => {
  function bigSource(employees: number): SourceTable {
    return multiEmployeeSource(Array.from({ length: employees }, (_, i) => `Employee ${i + 1}`));
  }

  it("writes 1,000 employees in a few syncs, each request under 5 MB", async () => {
    const source = bigSource(1000);
    fixture = withHost({ Data: [[...source.headers], ...source.values.map((row) => [...row])] });
    const { table } = analyseSource(source, matchColumns(source.headers));
    const plans = buildPlans(table!, { ...DEFAULT_BUILD_OPTIONS, gcrMinimumScore: 60 }, ["Data"]);
    fixture.host.resetCounters();
    const result = await writePlans(plans, [], undefined, 1024 * 1024);
    expect(result.sheets).toEqual(["Balanced Scorecard Summary", "Balanced Scorecard Details"]);
    expect(fixture.host.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fixture.host.syncCount).toBeLessThan(15);
    expect(fixture.host.getValue("Balanced Scorecard Summary", "A1003")).toBe("Employee 1000");
    expect(fixture.host.getValue("Balanced Scorecard Summary", "E4")).toBeCloseTo(57.85, 2);
  }, 120_000);
});

describe("older Excel", () => {
  it("builds on ExcelApi 1.8 without the 1.9 features (page layout, indent)", async () => {
    fixture = seedWorkbook();
    const office = (
      globalThis as { Office?: { context: { requirements: { isSetSupported: unknown } } } }
    ).Office!;
    const original = office.context.requirements.isSetSupported;
    office.context.requirements.isSetSupported = (name: string, version?: string) =>
      name !== "ExcelApi" || Number(version) <= 1.8;
    try {
      await service.build(await plansFromSelection(), []);
      expect(fixture.host.getValue("Balanced Scorecard", "I13")).toBeCloseTo(57.85, 2);
      expect(fixture.host.pageLayout("Balanced Scorecard").orientation).not.toBe("Landscape");
    } finally {
      office.context.requirements.isSetSupported = original;
    }
  });
});

describe("column widths", () => {
  it("autofits the columns a plan gives no width, in contiguous runs", () => {
    const { autofitRuns } = jest.requireActual("../../src/excel/writeSheet");
    const plan = {
      blocks: [{ address: "A1", cells: [[1, 2, 3, 4, 5, 6]] }],
      columnWidths: { A: 100, D: 50 },
    };
    expect(autofitRuns(plan)).toEqual(["B:C", "E:F"]);
  });

  it("widens the summary sheet's headers to fit (several employees)", async () => {
    const source = multiEmployeeSource(["Ani", "Budi"]);
    fixture = withHost({ Data: [[...source.headers], ...source.values.map((row) => [...row])] });
    const { table } = analyseSource(source, matchColumns(source.headers));
    await writePlans(buildPlans(table!, DEFAULT_BUILD_OPTIONS, ["Data"]));
    const summary = "Balanced Scorecard Summary";
    const header = fixture.host.getCellFormat(summary, "B3");
    const plain = fixture.host.getCellFormat("Data", "Z1");
    expect(header.columnWidth).toBeGreaterThan(plain.columnWidth as number);
  });
});
