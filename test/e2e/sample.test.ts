/**
 * The playground's sample workbook and its .xlsx export in Node: the same
 * code the page runs, with the built functions.js installed the way Excel's
 * runtime loads it (dist/ is built by jest's global setup), behind Microsoft's
 * Office.js client as in the page (the e2e project has no setup file that
 * loads it: this file does, in a jsdom window closed after the file).
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { hostToWorkbook } from "../../playground/export/hostToWorkbook";
import { installBuiltFunctions } from "../../excel-simulator/node";
import { Sample, createSample } from "../../playground/sample";
import { officeWorkbookService as service } from "../../src/excel/officeWorkbookService";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";

const dist = path.resolve(__dirname, "../../dist");
let sample: Sample;

// Microsoft's Office.js client comes from test/setup/officeJs.ts (the e2e project's setup file).
beforeAll(async () => {
  sample = await createSample((host) => installBuiltFunctions(host, dist));
}, 60_000);
afterAll(() => sample?.restore());

describe("the sample workbook", () => {
  it("has Seed 003 (the pane's example template), Employees and Formulas, with Seed 003!A1:G5 selected", () => {
    const { host } = sample;
    expect(host.sheetNames()).toEqual(["Seed 003", "Employees", "Formulas"]);
    expect(host.activeSheet()).toBe("Seed 003");
    expect(host.selection().address).toBe("'Seed 003'!A1:G5");
    expect(host.tables().map((t) => [t.name, t.address])).toEqual([
      ["KPIs_Seed_003", "'Seed 003'!A1:G5"],
      ["EmployeeKPIs", "Employees!A1:J37"],
    ]);
    expect(host.getValues("Seed 003", "A1:G1")[0]).toEqual([
      "Perspective",
      "Perspective weight",
      "KPI",
      "KPI weight",
      "Value at 50",
      "Value at 100",
      "Actual",
    ]);
    expect(host.getFormulas("Seed 003", "G2")[0][0]).toMatch(/^=AVERAGE\(/);
    expect(host.getValue("Seed 003", "G2")).toBeCloseTo(0.1236, 4);
  });

  it("has six employees with weights summing to 100% each", () => {
    const rows = sample.host.getValues("Employees", "A2:J37");
    const byEmployee = new Map<string, number>();
    for (const r of rows)
      byEmployee.set(
        String(r[0]),
        (byEmployee.get(String(r[0])) ?? 0) + Number(r[2]) * Number(r[4])
      );
    expect(byEmployee.size).toBe(6);
    for (const sum of byEmployee.values()) expect(sum).toBeCloseTo(1, 9);
  });

  it("computes the worked examples with the add-in's custom functions", () => {
    const { host } = sample;
    const text = host.getText("Formulas", "B5:B11").map((r) => r[0]);
    expect(text).toEqual(["11.27%", "16.16%", "7.54%", "1.73%", "79.00", "57.85", "Kurang Baik"]);
    expect(host.getValue("Formulas", "D5")).toBe("=BSC.ROA(148391,1317000)");
    // One KPI_SCORE formula spills over four rows.
    expect(host.getFormulas("Formulas", "B15")[0][0]).toMatch(/^=BSC\.KPI_SCORE\(/);
    const scores = host.getValues("Formulas", "B15:B18").map((r) => r[0] as number);
    expect(scores.map((s) => Math.round(s * 100) / 100)).toEqual([-106.59, 30.43, 101.41, 122.45]);
  });
});

describe("hostToWorkbook", () => {
  it("writes every sheet with values, formulas, formats, widths, tables, names and spills; ExcelJS reads it back", async () => {
    const { host } = sample;
    const source = await service.readSource({ kind: "selection", id: "" });
    const { table } = analyseSource(source, matchColumns(source.headers));
    await service.build(buildPlans(table!, DEFAULT_BUILD_OPTIONS, await service.sheetNames()), []);

    const buffer = await hostToWorkbook(host).xlsx.writeBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Seed 003",
      "Employees",
      "Formulas",
      "Balanced Scorecard",
    ]);

    const bsc = wb.getWorksheet("Balanced Scorecard")!;
    expect(bsc.getCell("A13").value).toBe("Overall score");
    expect(bsc.getCell("I13").formula).toBeTruthy();
    expect(bsc.getCell("I13").result).toBeCloseTo(57.85, 2);
    expect(bsc.getCell("B7").numFmt).toBe("0%");
    expect(bsc.getCell("A5").font.bold).toBe(true);
    expect(bsc.getCell("A5").fill).toMatchObject({
      type: "pattern",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(bsc.getColumn("A").width).toBeCloseTo(190 / 5.25, 1);
    expect(bsc.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 5 });
    expect(wb.definedNames.getRanges("BSC_Overall_Balanced_Scorecard").ranges).toEqual([
      "'Balanced Scorecard'!$I$13",
    ]);

    const seed = wb.getWorksheet("Seed 003")!;
    expect(seed.getCell("G2").formula).toMatch(/^AVERAGE\(/);
    expect(seed.getCell("B2").numFmt).toBe("0%");
    expect(Object.keys((seed as unknown as { tables: object }).tables)).toEqual(["KPIs_Seed_003"]);

    const formulas = wb.getWorksheet("Formulas")!;
    expect(formulas.getCell("B5").formula).toBe("BSC.ROA(148391,1317000)");
    expect(formulas.getCell("D5").value).toBe("=BSC.ROA(148391,1317000)");
    const spill = formulas.getCell("B15").value as { shareType?: string; ref?: string };
    expect(spill.shareType).toBe("array");
    expect(spill.ref).toBe("B15:B18");
  });
});
