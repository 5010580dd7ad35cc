/**
 * Rebuilding with "replace" (issue 13, C1), against the host that keeps
 * references to a deleted sheet #REF! for good, as Excel does:
 * - a team build (summary, details, one sheet per employee) replaced twice:
 *   every generated formula computes, the summary shows the core's numbers,
 *   each documented name (BSC_Overall_<sheet>, manager guide) exists once and
 *   points at the new sheet, and a user's formula that uses it keeps
 *   computing (one that names a replaced sheet directly shows #REF!, as the
 *   guides say);
 * - every request of the replacing build failed in turn, before and after
 *   Excel runs it: the workbook is exactly as it was, old formulas computing
 *   (or, once the commit has run, exactly as a successful rebuild leaves it);
 * - no formula is written naming a sheet that does not exist yet.
 */
import { officeWorkbookService as service } from "../../src/excel/officeWorkbookService";
import { BuildError, writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { previewScorecard } from "../../src/scorecard/preview";
import { definedName } from "../../src/scorecard/sheetNames";
import { BuildOptions, DEFAULT_BUILD_OPTIONS, KpiTable } from "../../src/scorecard/types";
import { planBuild } from "../../src/scorecard/buildPlans";
import type { SimulatedHost } from "../../excel-simulator";
import { readSheetInfo } from "../../playground/ui/hostView";
import { multiEmployeeSource } from "../support/seedSource";
import { HostFixture, withHost } from "./hostFixture";

const SIX = ["Ani", "Budi", "Citra", "Dewi", "Eko", "Fajar"];
const OPTIONS: BuildOptions = {
  ...DEFAULT_BUILD_OPTIONS,
  sheetPerEmployee: true,
  gcrMinimumScore: 70,
};
const SUMMARY = "Balanced Scorecard Summary";
const DETAILS = "Balanced Scorecard Details";

let fixture: HostFixture | undefined;
afterEach(() => {
  fixture?.restore();
  fixture = undefined;
});

function teamWorkbook(employees: readonly string[]): { fixture: HostFixture; table: KpiTable } {
  const source = multiEmployeeSource([...employees]);
  const f = withHost({
    Data: [[...source.headers], ...source.values.map((row) => [...row])],
    Notes: [["My notes"]],
  });
  const { table } = analyseSource(source, matchColumns(source.headers));
  return { fixture: f, table: table! };
}

/** What the pane does on Build: plans, the sheets they replace (confirmed), the build. */
async function build(table: KpiTable, options: BuildOptions = OPTIONS) {
  const planned = planBuild(table, options, await service.workbookNames(), true);
  return service.build(planned.plans, planned.replace);
}

/** The user's own formulas: one through the documented name, one naming the summary directly. */
function userFormulas(host: SimulatedHost, employee: string): void {
  host.setValues("Notes", "B1", [[`=${definedName("BSC_Overall", employee)}*1`]]);
  host.setValues("Notes", "B2", [[`='${SUMMARY}'!E4`]]);
}

/** Every formula cell of the generated sheets: address, formula, value. */
function generatedFormulas(host: SimulatedHost, sheets: readonly string[]) {
  return sheets.flatMap((sheet) =>
    Object.entries(host.snapshot(sheet).cells)
      .filter(([, c]) => c.f !== undefined)
      .map(([address, c]) => ({ at: `${sheet}!${address}`, f: c.f!, v: c.v }))
  );
}

function expectTeamBuilt(host: SimulatedHost, table: KpiTable, employees: readonly string[]) {
  const sheets = [SUMMARY, DETAILS, ...employees];
  expect(host.sheetNames()).toEqual(["Data", "Notes", ...sheets]);
  const formulas = generatedFormulas(host, sheets);
  expect(formulas.length).toBeGreaterThan(100);
  const broken = formulas.filter((c) => c.f.includes("#REF!") || c.v === "#REF!");
  expect(broken).toEqual([]);

  // The summary's numbers are the core's.
  const core = previewScorecard(table, OPTIONS).employees;
  core.forEach((e, i) => {
    const row = 4 + i;
    expect(host.getValue(SUMMARY, `A${row}`)).toBe(e.employee);
    e.perspectives.forEach((p, k) =>
      expect(host.getValue(SUMMARY, `${"BCD"[k]}${row}`) as number).toBeCloseTo(p.fulfillment, 6)
    );
    expect(host.getValue(SUMMARY, `E${row}`) as number).toBeCloseTo(e.overall, 6);
    expect(host.getValue(SUMMARY, `F${row}`)).toBe(e.rating);
    expect(host.getValue(SUMMARY, `I${row}`) as number).toBeCloseTo(e.css!, 6);
    expect(host.getValue(SUMMARY, `J${row}`)).toBe(e.gcrEligible);
  });

  // Each documented name once, on the new sheet, worth the overall score; no "_2" copies.
  const overall = host.names().filter((n) => /^BSC_Overall_/i.test(n.name));
  expect(overall.map((n) => n.name).sort()).toEqual(
    employees.map((e) => definedName("BSC_Overall", e)).sort()
  );
  for (const e of core) {
    const name = definedName("BSC_Overall", e.employee);
    expect(overall.find((n) => n.name === name)!.formula).toBe(`=${e.employee}!$I$13`);
    host.setValues("Notes", "Z1", [[`=${name}`]]);
    expect(host.getValue("Notes", "Z1") as number).toBeCloseTo(e.overall, 6);
  }
  host.setValues("Notes", "Z1", [[""]]);
  // Charts read their own sheet (the playground draws them from there: a source naming a sheet
  // that no longer exists blanked its page).
  for (const sheet of employees) {
    const charts = host.charts(sheet);
    expect(charts).toHaveLength(1);
    expect(String(charts[0].sourceData)).toMatch(new RegExp(`^'?${sheet}'?!N\\d+:O\\d+$`));
  }
  // The playground can draw every sheet (a chart naming a sheet that no longer exists blanked it).
  for (const sheet of host.sheetNames()) expect(() => readSheetInfo(host, sheet)).not.toThrow();
  // The summary's table keeps its name.
  expect(host.tables().map((t) => t.name)).toEqual([definedName("BSC_Summary", SUMMARY)]);
}

describe("rebuilding a team's scorecards with replace", () => {
  it("replaced twice: every formula computes, the summary is the core's, names exist once", async () => {
    const built = teamWorkbook(SIX);
    fixture = built.fixture;
    const { host } = fixture;
    const { table } = built;
    await build(table);
    expectTeamBuilt(host, table, SIX);
    userFormulas(host, "Ani");
    const ani = previewScorecard(table, OPTIONS).employees[0].overall;
    expect(host.getValue("Notes", "B1") as number).toBeCloseTo(ani, 6);
    expect(host.getValue("Notes", "B2") as number).toBeCloseTo(ani, 6);

    for (let round = 1; round <= 2; round++) {
      const result = await build(table);
      expect(result.sheets).toEqual([SUMMARY, DETAILS, ...SIX]);
      expectTeamBuilt(host, table, SIX);
      expect(host.activeSheet()).toBe(SUMMARY);
      // The name survives the rebuild: the user's formula keeps computing.
      expect(host.getValue("Notes", "B1") as number).toBeCloseTo(ani, 6);
      // A direct reference to a replaced sheet is #REF! for good, as the guides say.
      expect(host.getFormulas("Notes", "B2")).toEqual([["=#REF!E4"]]);
      expect(host.getValue("Notes", "B2")).toBe("#REF!");
    }
  }, 120_000);

  it("the name follows the new sheet: a changed actual moves the user's formula", async () => {
    const built = teamWorkbook(SIX.slice(0, 2));
    fixture = built.fixture;
    const { host } = fixture;
    await build(built.table);
    userFormulas(host, "Ani");
    await build(built.table);
    const before = host.getValue("Notes", "B1") as number;
    host.setValues("Data", "H2", [[0.95]]); // Ani's retention reaches its target
    const after = host.getValue("Notes", "B1") as number;
    expect(after).toBeGreaterThan(before + 1);
    expect(after).toBeCloseTo(host.getValue("Ani", "I13") as number, 9);
  }, 60_000);

  it("never writes a formula naming a sheet that does not exist yet", async () => {
    const built = teamWorkbook(SIX.slice(0, 3));
    fixture = built.fixture;
    const { host } = fixture;
    const late: string[] = [];
    const original = host.processQuery.bind(host);
    host.processQuery = async (request) => {
      const existing = new Set(host.sheetNames().map((n) => n.toLowerCase()));
      type Args = { Arguments?: unknown[] };
      const body = request.body as {
        Actions?: { ActionType: number; Name: string; ObjectPathId: number; ArgumentInfo?: Args }[];
        ObjectPaths?: Record<
          string,
          { Name: string; ParentObjectPathId?: number; ArgumentInfo?: Args }
        >;
      };
      const paths = body.ObjectPaths ?? {};
      // Actions run in order: a sheet this request adds exists from the action that instantiates it.
      for (const action of body.Actions ?? []) {
        const path = paths[String(action.ObjectPathId)];
        const parent = path?.ParentObjectPathId
          ? paths[String(path.ParentObjectPathId)]
          : undefined;
        if (action.ActionType === 1 && path?.Name === "Add" && parent?.Name === "Worksheets")
          existing.add(String(path.ArgumentInfo?.Arguments?.[0]).toLowerCase());
        if (action.Name !== "Formulas") continue;
        for (const row of (action.ArgumentInfo?.Arguments?.[0] ?? []) as unknown[][])
          for (const v of row) {
            if (typeof v !== "string" || !v.startsWith("=")) continue;
            for (const m of v.matchAll(/'((?:[^']|'')+)'!/g)) {
              const sheet = m[1].replace(/''/g, "'").toLowerCase();
              if (!existing.has(sheet)) late.push(`${sheet} in ${v}`);
            }
          }
      }
      return original(request);
    };
    await build(built.table);
    await build(built.table);
    expect(late).toEqual([]);
  }, 60_000);
});

describe("a replacing build that fails leaves the workbook as it was", () => {
  const TEAM = ["Ani", "Budi"];
  /** A small sync budget, so that the rebuild takes several requests, each a point of failure. */
  const BUDGET = 8 * 1024;

  async function builtTeam(): Promise<{ fixture: HostFixture; table: KpiTable }> {
    const built = teamWorkbook(TEAM);
    const planned = planBuild(built.table, OPTIONS, await service.workbookNames(), true);
    await service.build(planned.plans, planned.replace);
    userFormulas(built.fixture.host, "Ani");
    return built;
  }

  it.each(["before", "after"] as const)(
    "every request failed in turn (%s Excel runs it)",
    async (point) => {
      // A clean rebuild, to count its requests and know the rebuilt workbook.
      let built = await builtTeam();
      fixture = built.fixture;
      let planned = planBuild(built.table, OPTIONS, await service.workbookNames(), true);
      fixture.host.resetCounters();
      await writePlans(planned.plans, planned.replace, undefined, BUDGET);
      const requests = fixture.host.requests.map((r) => ({ cleanup: r.cleanup }));
      const rebuilt = fixture.host.snapshotWorkbook();
      fixture.restore();
      fixture = undefined;
      expect(requests[requests.length - 1].cleanup).toBe(true);
      const commit = requests.length - 1; // the last request before Excel.run's clean-up
      expect(requests.length).toBeGreaterThanOrEqual(5);

      for (let k = 1; k <= requests.length; k++) {
        built = await builtTeam();
        fixture = built.fixture;
        const { host } = fixture;
        planned = planBuild(built.table, OPTIONS, await service.workbookNames(), true);
        expect(planned.replace).toEqual([SUMMARY, DETAILS, ...TEAM]);
        const before = host.snapshotWorkbook();
        const oldFormulas = generatedFormulas(host, [SUMMARY, DETAILS, ...TEAM]);
        host.failSyncAt(k, undefined, undefined, point);
        const outcome = await writePlans(planned.plans, planned.replace, undefined, BUDGET).catch(
          (e: unknown) => e
        );
        if (requests[k - 1].cleanup || (k === commit && point === "after")) {
          // Excel ran the commit (or the build was over): the rebuild is complete.
          expect(outcome).not.toBeInstanceOf(Error);
          expect(host.snapshotWorkbook()).toEqual(rebuilt);
        } else {
          expect(outcome).toBeInstanceOf(BuildError);
          expect((outcome as Error).message).toMatch(/Nothing in your workbook was changed/);
          expect(host.snapshotWorkbook()).toEqual(before);
          // The old sheets' formulas and the user's compute as before.
          expect(generatedFormulas(host, [SUMMARY, DETAILS, ...TEAM])).toEqual(oldFormulas);
          expect(oldFormulas.filter((c) => c.v === "#REF!")).toEqual([]);
          expect(host.getValue("Notes", "B2")).toBe(host.getValue(SUMMARY, "E4"));
        }
        fixture.restore();
        fixture = undefined;
      }
    },
    180_000
  );
});
