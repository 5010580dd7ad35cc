/**
 * The plan decides every name a build adds: sheets free in the workbook, and
 * tables and defined names free among its names (one namespace in Excel),
 * including on a rebuild that replaces sheets. The writers only write them.
 */
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans, planBuild } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import type { SheetPlan } from "../../src/scorecard/plan";
import { WorkbookName, claimNames } from "../../src/scorecard/sheetNames";
import { DEFAULT_BUILD_OPTIONS, KpiTable, SourceTable } from "../../src/scorecard/types";
import { multiEmployeeSource, seedSource } from "../support/seedSource";

const tableOf = (source: SourceTable): KpiTable =>
  analyseSource(source, matchColumns(source.headers)).table!;
const team = tableOf(multiEmployeeSource(["Ani", "Budi"]));
const EVERY_SHEET = { ...DEFAULT_BUILD_OPTIONS, sheetPerEmployee: true };
const namesOf = (plans: readonly SheetPlan[]) =>
  plans.flatMap((p) => [...p.tables.map((t) => t.name), ...p.names.map((n) => n.name)]);

describe("buildPlans names tables and defined names against the workbook's", () => {
  it("keeps the natural names in a workbook without them", () => {
    const plans = buildPlans(team, EVERY_SHEET, ["Data"]);
    expect(namesOf(plans)).toEqual([
      "BSC_Summary_Balanced_Scorecard_Summary",
      "BSC_Overall_Ani",
      "BSC_Overall_Budi",
    ]);
    expect(plans[2].names[0].address).toBe("'Ani'!$I$13");
  });

  it("adds _2, _3 to a name the workbook has, in any case, and to a name an earlier plan took", () => {
    const taken = [
      "bsc_overall_ani",
      "BSC_Summary_Balanced_Scorecard_Summary",
      "BSC_Overall_Ani_2",
    ];
    expect(namesOf(buildPlans(team, EVERY_SHEET, ["Data"], taken))).toEqual([
      "BSC_Summary_Balanced_Scorecard_Summary_2",
      "BSC_Overall_Ani_3",
      "BSC_Overall_Budi",
    ]);
    const [plan] = buildPlans(tableOf(seedSource()), DEFAULT_BUILD_OPTIONS, ["Data"]);
    expect(namesOf(claimNames([plan, plan], []))).toEqual([
      "BSC_Overall_Balanced_Scorecard",
      "BSC_Overall_Balanced_Scorecard_2",
    ]);
  });
});

describe("planBuild", () => {
  const sheets = [
    "Data",
    "Balanced Scorecard Summary",
    "Balanced Scorecard Details",
    "Ani",
    "Budi",
  ];
  const previous: WorkbookName[] = [
    {
      name: "BSC_Summary_Balanced_Scorecard_Summary",
      kind: "table",
      sheet: "Balanced Scorecard Summary",
    },
    { name: "BSC_Overall_Ani", kind: "name", sheet: "Ani" },
    { name: "BSC_Overall_Budi", kind: "name", sheet: "Other" },
    { name: "Rate", kind: "name" },
  ];

  it("without replacing: fresh sheets, and names free in the whole workbook", () => {
    const planned = planBuild(team, EVERY_SHEET, { sheets, names: previous }, false);
    expect(planned.replace).toEqual([]);
    expect(planned.plans.map((p) => p.name)).toEqual([
      "Balanced Scorecard Summary (2)",
      "Balanced Scorecard Details (2)",
      "Ani (2)",
      "Budi (2)",
    ]);
    expect(namesOf(planned.plans)).toEqual([
      "BSC_Summary_Balanced_Scorecard_Summary_2",
      "BSC_Overall_Ani_2",
      "BSC_Overall_Budi_2",
    ]);
  });

  it("replacing: the replaced sheets' names are free again", () => {
    const planned = planBuild(team, EVERY_SHEET, { sheets, names: previous }, true);
    expect(planned.replace).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Ani",
      "Budi",
    ]);
    expect(planned.plans.map((p) => p.name)).toEqual(planned.replace);
    // Budi's name refers to another sheet, which stays: the rebuild must not take it.
    expect(namesOf(planned.plans)).toEqual([
      "BSC_Summary_Balanced_Scorecard_Summary",
      "BSC_Overall_Ani",
      "BSC_Overall_Budi_2",
    ]);
  });

  it("replacing: a name is free again for its own kind only", () => {
    // The writer keeps a defined name for a defined name and moves a table for a table.
    const names: WorkbookName[] = [
      { name: "BSC_Summary_Balanced_Scorecard_Summary", kind: "name", sheet: "Ani" },
      { name: "BSC_Overall_Ani", kind: "table", sheet: "Ani" },
    ];
    const planned = planBuild(team, EVERY_SHEET, { sheets, names }, true);
    expect(namesOf(planned.plans)).toEqual([
      "BSC_Summary_Balanced_Scorecard_Summary_2",
      "BSC_Overall_Ani_2",
      "BSC_Overall_Budi",
    ]);
  });

  it("never replaces the sheet holding the data", () => {
    const source = { ...seedSource(), sheetName: "Balanced Scorecard" };
    const planned = planBuild(
      tableOf(source),
      DEFAULT_BUILD_OPTIONS,
      { sheets: ["Balanced Scorecard"], names: [] },
      true
    );
    expect(planned.plans.map((p) => p.name)).toEqual(["Balanced Scorecard (2)"]);
    expect(planned.replace).toEqual([]);
  });
});
