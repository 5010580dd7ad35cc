/**
 * A 100,000-row table (25,000 employees × seed 003's four KPIs) analysed and
 * planned: no problems, every row kept, one summary and one details sheet.
 */
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { DEFAULT_BUILD_OPTIONS, SourceValue } from "../../src/scorecard/types";
import { SEED_HEADERS, seedRows, sourceTable } from "../support/seedSource";

it("analyses and plans a 100,000-row table", () => {
  const rows: SourceValue[][] = [];
  for (let e = 0; e < 25000; e++) for (const r of seedRows()) rows.push([`E${e}`, ...r]);
  const source = sourceTable(["Employee", ...SEED_HEADERS], rows);
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(table!.rows).toHaveLength(100000);
  const plans = buildPlans(table!, DEFAULT_BUILD_OPTIONS, ["Data"]);
  expect(plans.map((p) => p.blocks[0].cells.length)).toEqual([25003, 100003]);
}, 60_000);
