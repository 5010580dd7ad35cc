/**
 * plan → xlsx (ExcelJS) → read back: everything the plan holds that an xlsx
 * file can hold is in the file, and text stays text.
 */
import ExcelJS from "exceljs";
import { toCellValue, writePlanToWorkbook } from "../../src/export/writePlan";
import { takenNames } from "../../src/export/workbookNames";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { charactersToPoints, pointsToCharacters } from "../../src/export/units";
import { SheetPlan, formulaText, isFormulaCell, rowFormula } from "../../src/scorecard/plan";
import { templatePlan } from "../../src/scorecard/templates";
import {
  SEED_HEADERS,
  multiEmployeeSource,
  seedRows,
  seedSource,
  sourceTable,
} from "../support/seedSource";
import { LITERALS, literal, literalEmployees, literalRows } from "../support/literals";
import { formulaOf, plansFor, roundTrip, sheet } from "./helpers";

async function exported(plans: readonly SheetPlan[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data");
  for (const plan of plans) writePlanToWorkbook(workbook, plan);
  return roundTrip(workbook);
}

interface CfRule {
  type: string;
  formulae: string[];
  style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
}
const conditionalFormats = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: { ref: string; rules: CfRule[] }[] })
    .conditionalFormattings;

describe("the seed 003 scorecard exported with ExcelJS", () => {
  const { plans } = plansFor(seedSource());
  const [plan] = plans;
  let ws: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await exported(plans);
    ws = sheet(workbook, plan.name);
  });

  it("adds one sheet after the user's, and keeps theirs", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Data", "Balanced Scorecard"]);
  });

  it("writes constants as constants and text as text", () => {
    expect(ws.getCell("A1").value).toBe("Balanced Scorecard");
    expect(ws.getCell("A5").value).toBe("Perspective / KPI");
    expect(ws.getCell("A7").value).toBe("Retention");
    expect(ws.getCell("A13").value).toBe("Overall score");
  });

  it("writes every plan formula as a native formula, without '=' and without a cached result", () => {
    const cells = plan.blocks[0].cells;
    let formulas = 0;
    cells.forEach((row, r) =>
      row.forEach((c, k) => {
        const cell = ws.getCell(r + 1, k + 1);
        if (isFormulaCell(c)) {
          formulas++;
          expect(formulaOf(cell)).toEqual({
            formula: formulaText(c, r + 1).slice(1),
            result: undefined,
          });
        } else {
          expect(formulaOf(cell)).toBeUndefined();
        }
      })
    );
    expect(formulas).toBeGreaterThan(40);
    expect(formulaOf(ws.getCell("G7"))?.formula).toBe("50+50*(E7-C7)/(D7-C7)");
    expect(formulaOf(ws.getCell("E7"))?.formula).toBe("'Data'!G2");
    expect(formulaOf(ws.getCell("I13"))?.formula).toBe("I6+I9+I11");
  });

  it("applies number formats, fonts, fills, alignment and borders", () => {
    expect(ws.getCell("B7").numFmt).toBe("0%");
    expect(ws.getCell("E7").numFmt).toBe("0.00%");
    expect(ws.getCell("G7").numFmt).toBe("0.00");
    expect(ws.getCell("I13").numFmt).toBe("0.00");
    expect(ws.getCell("A1").font).toMatchObject({
      bold: true,
      size: 16,
      color: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("A3").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    expect(ws.getCell("C5").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("C5").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("C5").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("A7").alignment).toMatchObject({ indent: 1 });
    expect(ws.getCell("A6").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    // The total row's top and bottom edges, and the table's grid.
    expect(ws.getCell("E13").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("E13").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("A5").border.left).toMatchObject({
      style: "thin",
      color: { argb: "FF8EA9C1" },
    });
    expect(ws.getCell("L9").border.right).toMatchObject({ style: "thin" });
    expect(ws.getCell("E9").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("N3").border?.top).toBeUndefined();
  });

  it("converts column widths from points to characters", () => {
    expect(ws.getColumn("A").width).toBe(pointsToCharacters(190));
    expect(ws.getColumn("A").width).toBeCloseTo(36.19, 2);
    expect(charactersToPoints(ws.getColumn("N").width!)).toBeCloseTo(150, 0);
    expect(pointsToCharacters(48)).toBeCloseTo(9.14, 2); // Excel's default column, 64 px
  });

  it("hides the Trend column, empty without period data (a plan's width 0), in the saved file too", () => {
    expect(ws.getColumn("F").hidden).toBe(true);
    expect(ws.getColumn("E").hidden).toBe(false);
  });

  it("freezes the header rows and the first column", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 5, topLeftCell: "B6" });
  });

  it("writes the traffic lights as expression rules with ARGB colours", () => {
    const cfs = conditionalFormats(ws);
    expect(cfs).toHaveLength(plan.conditionalFormats.length);
    plan.conditionalFormats.forEach((cf, i) => {
      expect(cfs[i].ref).toBe(cf.address);
      expect(cfs[i].rules[0]).toMatchObject({
        type: "expression",
        formulae: [cf.formula.slice(1)],
        style: {
          fill: { bgColor: { argb: `FF${cf.fill.slice(1)}` } },
          font: { color: { argb: `FF${cf.fontColor.slice(1)}` } },
        },
      });
    });
    expect(cfs.filter((c) => c.ref === "G6:G12")[0].rules[0].formulae[0]).toBe(
      "AND(ISNUMBER(G6),ROUND(G6,9)>100)"
    );
  });

  it("defines the workbook-scoped name of the overall score", () => {
    expect(workbook.definedNames.model).toContainEqual({
      name: "BSC_Overall_Balanced_Scorecard",
      ranges: ["'Balanced Scorecard'!$I$13"],
    });
  });

  it("prints landscape, one page wide", () => {
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("has no chart (ExcelJS cannot write one) but keeps the chart's data block", () => {
    expect(plan.charts).toHaveLength(1);
    expect(ws.getCell("N5").value).toBe("Perspective scores");
    expect(formulaOf(ws.getCell("O6"))?.formula).toBe("H6");
  });

  it("asks the spreadsheet app to calculate everything on open", () => {
    const written = new ExcelJS.Workbook();
    writePlanToWorkbook(written, plan);
    expect(written.calcProperties.fullCalcOnLoad).toBe(true);
  });
});

describe("text from the source stays text in the file", () => {
  it.each(['=HYPERLINK("http://x","y")', "+cmd", "-1+2", "@SUM(A1)", "=1+1"])(
    "a KPI named %j",
    async (name) => {
      const rows = seedRows();
      rows[0][2] = name;
      const { plans } = plansFor(sourceTable(SEED_HEADERS, rows));
      const ws = sheet(await exported(plans), plans[0].name);
      const cell = ws.getCell("A7");
      expect(cell.value).toBe(name);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(formulaOf(cell)).toBeUndefined();
      // A Text-formatted cell, so editing it keeps it text (the Office.js writer's apostrophe does that in Excel).
      expect(cell.numFmt).toBe("@");
    }
  );

  // Excel reads a file's string cells as text: nothing is parsed on the way, whatever the text.
  it("keeps every literal name a string cell, in the scorecard, summary, details and employee sheets", async () => {
    const single = literalRows(0);
    const { headers, rows } = literalEmployees();
    const builds = [
      plansFor(sourceTable([...SEED_HEADERS, "Period"], single.rows), { title: literal(8) }).plans,
      plansFor(sourceTable(headers, rows), { sheetPerEmployee: true }).plans,
    ];
    const seen = new Set<string>();
    for (const plans of builds) {
      const workbook = await exported(plans);
      for (const plan of plans) {
        const ws = sheet(workbook, plan.name);
        plan.blocks[0].cells.forEach((row, r) =>
          row.forEach((c, k) => {
            if (typeof c !== "string" || c === "") return;
            const cell = ws.getCell(r + 1, k + 1);
            expect({
              at: `${plan.name}!${cell.address}`,
              value: cell.value,
              type: cell.type,
            }).toEqual({
              at: `${plan.name}!${cell.address}`,
              value: c,
              type: ExcelJS.ValueType.String,
            });
            seen.add(c);
          })
        );
      }
    }
    for (const name of LITERALS) expect(seen).toContain(name);
  });

  it("plan cells map to ExcelJS values", () => {
    expect(toCellValue("=1+1", 1)).toBe("=1+1");
    expect(toCellValue({ formula: "=SUM(A1:A2)" }, 1)).toEqual({ formula: "SUM(A1:A2)" });
    expect(
      toCellValue(
        rowFormula((n) => `=I${n}*E${n}`),
        12
      )
    ).toEqual({ formula: "I12*E12" });
    expect(toCellValue(true, 1)).toBe(true);
    expect(toCellValue(null, 1)).toBeNull();
  });
});

describe("tables and names", () => {
  it("writes the multi-employee summary as an Excel table whose cells are formulas", async () => {
    const { plans } = plansFor(multiEmployeeSource(["Ani", "Budi", "Citra"]), {
      gcrMinimumScore: 60,
    });
    const workbook = await exported(plans);
    const ws = sheet(workbook, plans[0].name);
    const tables = (
      ws as unknown as { getTables(): { model: { name: string; tableRef: string } }[] }
    ).getTables();
    expect(tables.map((t) => [t.model.name, t.model.tableRef])).toEqual([
      ["BSC_Summary_Balanced_Scorecard_Summary", "A3:J6"],
    ]);
    expect(ws.getCell("A4").value).toBe("Ani");
    expect(formulaOf(ws.getCell("E4"))?.formula).toBe(
      "SUM('Balanced Scorecard Details'!$J$4:$J$7)"
    );
    expect(formulaOf(ws.getCell("J4"))?.formula).toBe("I4>=60");
  });

  it("writes the input template's table, also when its rows are empty", async () => {
    const workbook = new ExcelJS.Workbook();
    writePlanToWorkbook(workbook, templatePlan("empty", "KPIs", "en"));
    const ws = sheet(await roundTrip(workbook), "KPIs");
    const tables = (
      ws as unknown as { getTables(): { model: { name: string; tableRef: string } }[] }
    ).getTables();
    expect(tables.map((t) => [t.model.name, t.model.tableRef])).toEqual([["KPIs_KPIs", "A1:G4"]]);
    expect(ws.getCell("G1").value).toBe("Actual");
  });

  it("falls back to an autofilter when the header row cannot name table columns", async () => {
    const plan: SheetPlan = {
      ...templatePlan("empty", "T", "en"),
      blocks: [{ address: "A1", cells: [["KPI", "KPI", null]] }],
      tables: [{ name: "Dup", address: "A1:C3", style: "TableStyleMedium2" }],
    };
    const workbook = new ExcelJS.Workbook();
    const written = writePlanToWorkbook(workbook, plan);
    expect(written.tables).toEqual([]);
    const ws = sheet(await roundTrip(workbook), "T");
    expect(ws.autoFilter).toBe("A1:C3");
  });

  it("writes the names the plan chose against the workbook's, as they are", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    workbook.definedNames.add("'Data'!$A$1", "BSC_Overall_Balanced_Scorecard");
    const { table } = plansFor(seedSource());
    const [plan] = buildPlans(table, DEFAULT_BUILD_OPTIONS, ["Data"], [...takenNames(workbook)]);
    expect(plan.names).toEqual([
      { name: "BSC_Overall_Balanced_Scorecard_2", address: "'Balanced Scorecard'!$I$13" },
    ]);
    expect(writePlanToWorkbook(workbook, plan).names).toEqual(["BSC_Overall_Balanced_Scorecard_2"]);
    expect(workbook.definedNames.model).toContainEqual({
      name: "BSC_Overall_Balanced_Scorecard_2",
      ranges: ["'Balanced Scorecard'!$I$13"],
    });
  });

  it("refuses, before adding anything, a plan whose sheet or names the workbook has", () => {
    const { plans } = plansFor(seedSource());
    const workbook = new ExcelJS.Workbook();
    workbook.definedNames.add("'Other'!$A$1", "BSC_Overall_X");
    const named = (name: string) => ({
      ...plans[0],
      name,
      names: [{ name: "BSC_Overall_X", address: `'${name}'!$I$13` }],
    });
    expect(() => writePlanToWorkbook(workbook, named("X"))).toThrow(
      'A name "BSC_Overall_X" already exists.'
    );
    expect(workbook.worksheets).toEqual([]);
    writePlanToWorkbook(workbook, plans[0]);
    expect(() =>
      writePlanToWorkbook(workbook, { ...plans[0], name: "balanced scorecard" })
    ).toThrow(/already exists/);
  });

  it("writes a tab colour as ARGB", async () => {
    const { plans } = plansFor(seedSource());
    const workbook = new ExcelJS.Workbook();
    writePlanToWorkbook(workbook, { ...plans[0], tabColor: "#107C41" });
    const ws = sheet(await roundTrip(workbook), plans[0].name);
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF107C41" });
  });
});
