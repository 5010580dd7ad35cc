/**
 * Golden files: the sheet plans of seed 003, six employees (summary and
 * details), six employees with one sheet each and GCR, seed 004 by year (history)
 * and seed 001's programmes by year in units (roll-up), written out one
 * line per cell, format, rule, chart, table and name (test/scorecard/golden/),
 * so a change to a plan shows as a readable diff of what the sheets will hold.
 *
 *   UPDATE_GOLDEN=1 npx jest test/scorecard/golden   # rewrites the files after an intended change
 */
import * as fs from "fs";
import * as path from "path";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { PlanCell, SheetPlan, formulaText, isFormulaCell } from "../../src/scorecard/plan";
import { BuildOptions, DEFAULT_BUILD_OPTIONS, SourceTable } from "../../src/scorecard/types";
import { columnLetter, parseAddress } from "../../src/scorecard/a1";
import { ExampleTable, seed001Table, seed004Table } from "../../src/scorecard/exampleTables";
import { multiEmployeeSource, seedSource, sourceTable } from "../support/seedSource";

const tableSource = (t: ExampleTable): SourceTable => sourceTable(t.headers, t.rows);

const dir = path.join(__dirname, "golden");
const SIX = [
  "Ani Wijaya",
  "Budi Santoso",
  "Citra Lestari",
  "Dewi Anggraini",
  "Eko Prasetyo",
  "Fitri Handayani",
];

/** A cell as text: a formula (a row formula written out for its row) or the JSON of its value. */
const cell = (c: PlanCell, sheetRow: number): string =>
  isFormulaCell(c) ? formulaText(c, sheetRow) : JSON.stringify(c);

/** A plan as text: one line per non-empty cell and per format, rule, chart, table and name. */
export function planText(plans: readonly SheetPlan[]): string {
  const lines: string[] = [];
  for (const plan of plans) {
    lines.push(`# sheet ${JSON.stringify(plan.name)}`);
    lines.push(
      `print: ${plan.print.orientation}, ${plan.print.fitToPagesWide} page(s) wide` +
        (plan.freeze
          ? `; freeze ${plan.freeze.rows} row(s), ${plan.freeze.columns} column(s)`
          : "") +
        (plan.tabColor ? `; tab ${plan.tabColor}` : "")
    );
    const widths = Object.entries(plan.columnWidths);
    if (widths.length) lines.push(`widths: ${widths.map(([c, w]) => `${c}=${w}`).join(" ")}`);
    for (const block of plan.blocks) {
      const origin = parseAddress(block.address)!;
      lines.push(`cells ${block.address}:`);
      block.cells.forEach((row, r) =>
        row.forEach((c, k) => {
          if (c === null || c === "") return;
          lines.push(
            `  ${columnLetter(origin.column + k)}${origin.row + r + 1} ${cell(c, origin.row + r + 1)}`
          );
        })
      );
    }
    for (const f of plan.formats) {
      const { address, ...rest } = f;
      lines.push(`format ${address} ${JSON.stringify(rest)}`);
    }
    for (const cf of plan.conditionalFormats)
      lines.push(
        `rule ${cf.address} ${cf.formula} → ${cf.band} (fill ${cf.fill}, font ${cf.fontColor})`
      );
    for (const c of plan.charts)
      lines.push(
        `chart ${c.type} ${JSON.stringify(c.title)} ${c.categories} × ${c.values} at ${c.topLeft}:${c.bottomRight}`
      );
    for (const t of plan.tables) lines.push(`table ${t.name} ${t.address} ${t.style}`);
    for (const n of plan.names) lines.push(`name ${n.name} = ${n.address}`);
    if (plan.sources.length) lines.push(`reads ${plan.sources.join(" ")}`);
    lines.push("");
  }
  return lines.join("\n");
}

function plansOf(source: SourceTable, options: Partial<BuildOptions> = {}): SheetPlan[] {
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => p.code).join(", "));
  return buildPlans(table, { ...DEFAULT_BUILD_OPTIONS, ...options }, ["Data"]);
}

const CASES: Record<string, () => SheetPlan[]> = {
  "seed003.plan.txt": () => plansOf(seedSource()),
  "six-employees.plan.txt": () => plansOf(multiEmployeeSource(SIX)),
  "six-employees-per-employee-gcr.plan.txt": () =>
    plansOf(multiEmployeeSource(SIX), { sheetPerEmployee: true, gcrMinimumScore: 70 }),
  // Seed 004 by year: summary and details with a Period column, the history with grade down.
  "seed004-history.plan.txt": () =>
    plansOf(tableSource(seed004Table()), { gradeDownThreshold: 99, gradeDownPeriods: 2 }),
  // Seed 001's programmes by year in two units, weighted (JKM counts 3): history and roll-up.
  "seed001-rollup-weighted.plan.txt": () => {
    const t = seed001Table();
    const rows = t.rows.map((r) => [...r, r[1] === "JKM" ? 3 : 1]);
    return plansOf(sourceTable([...t.headers, "Roll-up weight"], rows), { rollup: "weighted" });
  },
};

describe("sheet plans against their golden files", () => {
  it.each(Object.keys(CASES))("%s", (file) => {
    const text = planText(CASES[file]());
    const golden = path.join(dir, file);
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(golden, text);
    expect(fs.existsSync(golden)).toBe(true);
    expect(text).toBe(fs.readFileSync(golden, "utf8"));
  });

  it("seed 003's file holds the overall score's formula and name (what the golden files are for)", () => {
    const text = fs.readFileSync(path.join(dir, "seed003.plan.txt"), "utf8");
    expect(text).toMatch(/^name BSC_Overall\S* = /m);
    expect(text).toMatch(/^ {2}I13 =I6\+I9\+I11$/m);
  });
});
