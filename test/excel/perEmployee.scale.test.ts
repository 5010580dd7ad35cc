/**
 * A build with one sheet per employee, at the size from which the pane warns
 * (BuildOptionsForm MANY_SHEETS): every sheet is written, sheets share full
 * requests, each under the writer's byte budget, and each sheet computes its
 * employee's score.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { WeightedSum } from "../../src/core/weighted";
import { MANY_SHEETS } from "../../src/taskpane/components/BuildOptionsForm";
import { multiEmployeeSource } from "../support/seedSource";

let restore: (() => void) | undefined;
afterEach(() => restore?.());

test(`${MANY_SHEETS} employees with a sheet each: every sheet written, requests under the budget`, async () => {
  const budget = 256 * 1024;
  const names = Array.from({ length: MANY_SHEETS }, (_, i) => `Employee ${i + 1}`);
  const source = multiEmployeeSource(names);
  const host = createHost({
    sheets: { Data: [[...source.headers], ...source.values.map((row) => [...row])] },
  });
  restore = installExcelGlobal(host);
  const { table } = analyseSource(source, matchColumns(source.headers));
  const plans = buildPlans(table!, { ...DEFAULT_BUILD_OPTIONS, sheetPerEmployee: true }, ["Data"]);
  expect(plans).toHaveLength(MANY_SHEETS + 2);
  host.resetCounters();
  await writePlans(plans, [], undefined, budget);
  const writes = host.requests.filter((r) => !r.cleanup);
  expect(Math.max(...writes.map((r) => r.bytes))).toBeLessThan(budget * 1.1);
  // Sheets share requests: far fewer requests than sheets.
  // Sheets share requests: each request but the first (reading what exists) and the last is
  // filled to at least 3/4 of the budget (about 110 KB of Office.js actions per employee sheet).
  for (const w of writes.slice(1, -1)) expect(w.bytes).toBeGreaterThan(budget * 0.75);
  expect(writes.length).toBeLessThan(plans.length / 2);
  expect(host.sheetNames()).toEqual(["Data", ...plans.map((p) => p.name)]);
  // Each employee's sheet: its overall (the BSC_Overall name's cell) is the core's weighted total of its rows.
  for (const plan of plans.slice(2)) {
    const [sheet, cell] = plan.names[0].address.split("!");
    // Each sheet is named after its employee.
    const employee = plan.name;
    expect(names).toContain(employee);
    const sum = new WeightedSum();
    for (const r of table!.rows.filter((row) => row.employee === employee))
      sum.add(r.actual, r.valueAt50, r.valueAt100, r.kpiWeight, r.perspectiveWeight);
    const value = host.getValue(sheet.replace(/^'|'$/g, ""), cell.replace(/\$/g, ""));
    expect(value).toBeCloseTo(sum.result() as number, 9);
  }
});
