/**
 * Periods and units in the KPI table: one scorecard per employee and period,
 * checked per scorecard; the history sheet (scores by period in time order,
 * trend, grade down) and the roll-up sheet (units from members, the
 * organisation from units), evaluated with HyperFormula against the core.
 * Numbers by hand in test/core/history.test.ts's header.
 */
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { seed001Table, seed004Table } from "../../src/scorecard/exampleTables";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { previewScorecard } from "../../src/scorecard/preview";
import { periodsInOrder, scorecardsOf } from "../../src/scorecard/scorecards";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  SourceTable,
  SourceValue,
} from "../../src/scorecard/types";
import { evaluate } from "../support/evaluate";
import { sourceTable } from "../support/seedSource";

const seed004 = (): SourceTable => {
  const t = seed004Table();
  return sourceTable(t.headers, t.rows);
};
const seed001 = (edit?: (headers: string[], rows: SourceValue[][]) => void): SourceTable => {
  const t = seed001Table();
  const headers = [...t.headers];
  const rows: SourceValue[][] = t.rows.map((r) => [...r]);
  edit?.(headers, rows);
  return sourceTable(headers, rows);
};

function tableOf(source: SourceTable): KpiTable {
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => problemMessage(p, "en")).join("\n"));
  return table;
}

const options = (o: Partial<BuildOptions> = {}): BuildOptions => ({
  ...DEFAULT_BUILD_OPTIONS,
  ...o,
});

describe("a KPI table with a Period column", () => {
  it("seed 004 builds: one scorecard per year, 88.535, 87.5366…, 98.17, all Good", () => {
    const preview = previewScorecard(tableOf(seed004()), options());
    expect(preview.periods).toEqual(["2020", "2021", "2022"]);
    expect(preview.employees.map((e) => [e.employee, e.period, e.unit, e.rating])).toEqual([
      ["PT NPS", "2020", "", "Good"],
      ["PT NPS", "2021", "", "Good"],
      ["PT NPS", "2022", "", "Good"],
    ]);
    const overall = preview.employees.map((e) => e.overall);
    expect(overall[0]).toBeCloseTo(88.535, 9);
    expect(overall[1]).toBeCloseTo(87.53666666666667, 9);
    expect(overall[2]).toBeCloseTo(98.17, 9);
    // 2020's perspectives: finance 81.025, CSI 110.3, SLA 79.45, turnover 90.875 (lower is better).
    expect(preview.employees[0].perspectives.map((p) => p.fulfillment)).toEqual([
      expect.closeTo(81.025, 9),
      expect.closeTo(110.3, 9),
      expect.closeTo(79.45, 9),
      expect.closeTo(90.875, 9),
    ]);
  });

  it("the same KPIs in every period are not duplicates, and weights sum per period (the old 200%)", () => {
    const { problems } = analyseSource(seed004(), matchColumns(seed004().headers));
    expect(problems).toEqual([]);
  });

  it("a period whose KPI weights do not sum to 100% is named in the message", () => {
    const source = seed004();
    (source.values[5] as SourceValue[])[5] = 0.4; // 2021's ROA weight: 0.4 + 0.5 = 90%
    const { problems, table } = analyseSource(source, matchColumns(source.headers));
    expect(table).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(["kpiWeightSum"]);
    expect(problems[0].address).toBe("'Data'!F7:F8");
    expect(problemMessage(problems[0], "en")).toBe(
      'KPI weights of "Finansial" (PT NPS, 2021) sum to 90%, not 100%.'
    );
    expect(problemMessage(problems[0], "id")).toBe(
      'Jumlah bobot KPI "Finansial" (PT NPS, 2021) adalah 90%, bukan 100%.'
    );
  });

  it("a duplicate is the same employee, period and KPI, and its message names the period", () => {
    const source = seed004();
    (source.values[6] as SourceValue[])[4] = "ROA"; // 2021's ROE row renamed ROA
    const { problems } = analyseSource(source, matchColumns(source.headers));
    const duplicate = problems.find((p) => p.code === "duplicateKpi")!;
    expect(duplicate.address).toBe("'Data'!E8");
    expect(problemMessage(duplicate, "en")).toBe(
      '"ROA" appears twice in "Finansial" for PT NPS in 2021.'
    );
    expect(problemMessage(duplicate, "id")).toBe(
      '"ROA" muncul dua kali di "Finansial" untuk PT NPS periode 2021.'
    );
  });

  it("periods in time order: numbers and dates by their number, text in the order first seen, after them", () => {
    const source = seed004();
    const rows = source.values.map((r) => [...r]);
    const reordered = [...rows.slice(10), ...rows.slice(0, 10)]; // 2022 first
    expect(periodsInOrder(tableOf(sourceTable([...source.headers], reordered)).rows)).toEqual([
      "2020",
      "2021",
      "2022",
    ]);
    const texts = rows.map((r, i) => {
      const copy = [...r];
      copy[1] = ["Semester II", "Semester I", "Q3"][Math.floor(i / 5)];
      return copy;
    });
    expect(periodsInOrder(tableOf(sourceTable([...source.headers], texts)).rows)).toEqual([
      "Semester II",
      "Semester I",
      "Q3",
    ]);
  });

  it("a date period is shown as Excel shows it and ordered by its serial", () => {
    const source = seed004();
    const serials = [45323, 45292, 45352]; // Feb-24, Jan-24, Mar-24
    const shown = ["Feb-24", "Jan-24", "Mar-24"];
    const values = source.values.map((r, i) => {
      const copy = [...r];
      copy[1] = serials[Math.floor(i / 5)];
      return copy;
    });
    const texts = values.map((r, i) =>
      r.map((v, c) => (c === 1 ? shown[Math.floor(i / 5)] : String(v)))
    );
    const table = tableOf({ ...sourceTable([...source.headers], values), texts });
    expect(periodsInOrder(table.rows)).toEqual(["Jan-24", "Feb-24", "Mar-24"]);
    expect(scorecardsOf(table.rows).map((c) => c.period)).toEqual(["Jan-24", "Feb-24", "Mar-24"]);
  });
});

describe("the history sheet", () => {
  it("seed 004: scores by year linked to the summary, ratings, trend ▲ and grade down, as the core", () => {
    const source = seed004();
    const table = tableOf(source);
    const opts = options({ gradeDownThreshold: 99, gradeDownPeriods: 3 });
    const plans = buildPlans(table, opts, ["Data"]);
    expect(plans.map((p) => p.name)).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Balanced Scorecard History",
    ]);
    const ev = evaluate(source, plans);
    const H = "Balanced Scorecard History";
    // HyperFormula reads the text "2020" as a number; the writers keep it as text.
    expect(["B4", "C4", "D4", "E4", "H4", "I4"].map((a) => String(ev.value(H, a)))).toEqual([
      "2020",
      "2021",
      "2022",
      "Rating 2020",
      "Trend",
      "Grade down",
    ]);
    const preview = previewScorecard(table, opts);
    expect(preview.history).toEqual([
      {
        employee: "PT NPS",
        scores: preview.employees.map((e) => e.overall),
        trend: 1,
        gradeDown: true,
      },
    ]);
    ["B5", "C5", "D5"].forEach((a, i) =>
      expect(ev.value(H, a) as number).toBeCloseTo(preview.employees[i].overall, 9)
    );
    expect(ev.value(H, "E5")).toBe("Good");
    expect(ev.value(H, "H5")).toBe("▲");
    expect(ev.value(H, "I5")).toBe(true);
    ev.destroy();
  });

  it("seed 001: the grade-down flags of the core, below 99 in the last 2 years: JKK no, JKM yes, JHT yes, JP no", () => {
    const source = seed001();
    const table = tableOf(source);
    const opts = options({ gradeDownThreshold: 99, gradeDownPeriods: 2 });
    const preview = previewScorecard(table, opts);
    expect(preview.history!.map((h) => [h.employee, h.trend, h.gradeDown])).toEqual([
      ["JKK", -1, false], // 102.785, 82.87
      ["JKM", -1, true], // 26.335, -35.925
      ["JHT", 1, true], // 68.235, 71.405
      ["JP", -1, false], // 136.185, 126.3
    ]);
    const plans = buildPlans(table, opts, ["Data"]);
    const ev = evaluate(source, plans);
    const H = "Balanced Scorecard History";
    expect([5, 6, 7, 8].map((r) => ev.value(H, `K${r}`))).toEqual([false, true, true, false]);
    expect([5, 6, 7, 8].map((r) => ev.value(H, `J${r}`))).toEqual(["▼", "▼", "▲", "▼"]);
    ev.destroy();
  });

  it("more periods asked than the build has: no grade down, as the core says", () => {
    const table = tableOf(seed004());
    const opts = options({ gradeDownThreshold: 99, gradeDownPeriods: 4 });
    expect(previewScorecard(table, opts).history![0].gradeDown).toBe(false);
    const history = buildPlans(table, opts, ["Data"])[2];
    const cells = history.blocks[0].cells;
    expect(cells[4][8]).toBe(false);
  });

  it("no grade-down column without a threshold; no history with one period", () => {
    const table = tableOf(seed004());
    const history = buildPlans(table, options(), ["Data"])[2];
    expect(history.blocks[0].cells[3]).not.toContain("Grade down");
    expect(previewScorecard(table, options()).history![0].gradeDown).toBeUndefined();
    const one = seed004();
    const only2020 = sourceTable([...one.headers], one.values.slice(0, 5) as SourceValue[][]);
    expect(buildPlans(tableOf(only2020), options(), ["Data"]).map((p) => p.name)).toEqual([
      "Balanced Scorecard PT NPS",
    ]);
  });
});

describe("a Unit column and the roll-up sheet", () => {
  it("a Unit column beside the Employee column is the unit; alone, it names the scored entities", () => {
    expect(matchColumns(["Unit", "Employee", "Period"])).toEqual({
      unit: 0,
      employee: 1,
      period: 2,
    });
    expect(matchColumns(["Unit", "KPI"])).toEqual({ employee: 0, kpi: 1 });
    expect(matchColumns(["Cabang", "Nama", "Bobot rekap"])).toEqual({
      unit: 0,
      employee: 1,
      unitWeight: 2,
    });
  });

  it("seed 001: units from their programmes and the organisation from its units, per year (mean)", () => {
    const source = seed001();
    const table = tableOf(source);
    const preview = previewScorecard(table, options());
    const rows = preview.rollup!.map((r) => [r.period, r.unit ?? "(organisation)", r.members]);
    expect(rows.slice(0, 3)).toEqual([
      ["2018", "Short-term", 2],
      ["2018", "Long-term", 2],
      ["2018", "(organisation)", 4],
    ]);
    const overall = preview.rollup!.map((r) => r.overall);
    expect(overall[0]).toBeCloseTo(109.07, 9); // (107.745 + 110.395) / 2
    expect(overall[1]).toBeCloseTo(117.8375, 9); // (74.08 + 161.595) / 2
    expect(overall[2]).toBeCloseTo(113.45375, 9);
    expect(overall[9]).toBeCloseTo(23.4725, 9); // 2021: (82.87 − 35.925) / 2
    expect(overall[10]).toBeCloseTo(98.8525, 9); // (71.405 + 126.3) / 2
    expect(overall[11]).toBeCloseTo(61.1625, 9);
    expect(preview.rollup![11].rating).toBe("Fair");

    const plans = buildPlans(table, options(), ["Data"]);
    const R = "Balanced Scorecard Roll-up";
    expect(plans.map((p) => p.name)).toContain(R);
    const ev = evaluate(source, plans);
    preview.rollup!.forEach((r, i) => {
      expect(ev.value(R, `E${5 + i}`) as number).toBeCloseTo(r.overall, 9);
      expect(ev.value(R, `D${5 + i}`) as number).toBeCloseTo(r.perspectives[0], 9);
      expect(ev.value(R, `F${5 + i}`)).toBe(r.rating);
      expect(ev.value(R, `C${5 + i}`)).toBe(r.members);
    });
    ev.destroy();
  });

  it("weighted by the roll-up weight column: JKM counts 3 (2018: short-term 109.7325, organisation 112.434166…)", () => {
    const source = seed001((headers, rows) => {
      headers.push("Roll-up weight");
      rows.forEach((r) => r.push(r[1] === "JKM" ? 3 : 1));
    });
    const table = tableOf(source);
    const opts = options({ rollup: "weighted" });
    const preview = previewScorecard(table, opts);
    expect(preview.rollup![0].overall).toBeCloseTo(109.7325, 9);
    expect(preview.rollup![2].overall).toBeCloseTo(112.43416666666667, 9);
    const plans = buildPlans(table, opts, ["Data"]);
    const ev = evaluate(source, plans);
    const R = "Balanced Scorecard Roll-up";
    expect(ev.value(R, "D4")).toBe("Roll-up weight");
    expect([ev.value(R, "D5"), ev.value(R, "D6"), ev.value(R, "D7")]).toEqual([4, 2, 6]);
    preview.rollup!.forEach((r, i) =>
      expect(ev.value(R, `F${5 + i}`) as number).toBeCloseTo(r.overall, 9)
    );
    ev.destroy();
  });

  it("without a Period column: one roll-up of the units, members grouped by unit in the summary", () => {
    const t = seed001Table();
    // 2018 only, without the Period column, the programmes interleaved: JKK, JHT, JKM, JP.
    const order = ["JKK", "JHT", "JKM", "JP"];
    const rows = t.rows
      .filter((r) => r[2] === 2018)
      .sort((a, b) => order.indexOf(String(a[1])) - order.indexOf(String(b[1])))
      .map((r) => [r[0], r[1], ...r.slice(3)]);
    const source = sourceTable([t.headers[0], t.headers[1], ...t.headers.slice(3)], rows);
    const table = tableOf(source);
    const preview = previewScorecard(table, options());
    expect(preview.employees.map((e) => e.employee)).toEqual(["JKK", "JKM", "JHT", "JP"]);
    expect(preview.history).toBeUndefined();
    expect(preview.rollup!.map((r) => [r.unit, r.overall])).toEqual([
      ["Short-term", expect.closeTo(109.07, 9)],
      ["Long-term", expect.closeTo(117.8375, 9)],
      [undefined, expect.closeTo(113.45375, 9)],
    ]);
    const plans = buildPlans(table, options(), ["Data"]);
    expect(plans.map((p) => p.name)).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Balanced Scorecard Roll-up",
    ]);
    const ev = evaluate(source, plans);
    const R = "Balanced Scorecard Roll-up";
    expect([ev.value(R, "A5"), ev.value(R, "A6"), ev.value(R, "A7")]).toEqual([
      "Short-term",
      "Long-term",
      "Organisation",
    ]);
    preview.rollup!.forEach((r, i) =>
      expect(ev.value(R, `D${5 + i}`) as number).toBeCloseTo(r.overall, 9)
    );
    ev.destroy();
  });

  it("rollup off: no roll-up sheet and none in the preview", () => {
    const table = tableOf(seed001());
    expect(previewScorecard(table, options({ rollup: "off" })).rollup).toBeUndefined();
    const names = buildPlans(table, options({ rollup: "off" }), ["Data"]).map((p) => p.name);
    expect(names).not.toContain("Balanced Scorecard Roll-up");
  });

  it("an employee in two units in one period, weights missing, different or summing to 0: errors naming them", () => {
    const twoUnits = seed001((_, rows) => (rows[1][0] = "Long-term")); // JKK 2018's NPM row
    const errorsOf = (source: SourceTable) =>
      analyseSource(source, matchColumns(source.headers)).problems.filter(
        (p) => p.severity === "error"
      );
    const units = errorsOf(twoUnits);
    expect(units.map((p) => p.code)).toEqual(["unitMismatch"]);
    expect(problemMessage(units[0], "en")).toBe(
      'JKK (2018) is in two units: "Short-term" and "Long-term".'
    );
    expect(units[0].address).toBe("'Data'!A3");

    const weights = seed001((headers, rows) => {
      headers.push("Roll-up weight");
      rows.forEach((r, i) => r.push(i === 0 ? null : i === 1 ? 2 : r[1] === "JKM" ? 0 : 1));
    });
    // JKK 2018: a weight on its second row only is its weight; JKK 2019 gives 1 and 1.
    const okOrNot = errorsOf(weights);
    expect(okOrNot).toEqual([]);
    const mismatch = seed001((headers, rows) => {
      headers.push("Roll-up weight");
      rows.forEach((r, i) => r.push(i === 1 ? 2 : i === 2 || i === 3 ? 0 : 1));
    });
    const problems = errorsOf(mismatch);
    expect(problems.map((p) => p.code)).toEqual(["unitWeightMismatch"]);
    expect(problemMessage(problems[0], "en")).toBe("JKK (2018) has two roll-up weights (1 and 2).");
    const zero = seed001((headers, rows) => {
      headers.push("Roll-up weight");
      rows.forEach((r) => r.push(r[0] === "Short-term" && r[2] === 2019 ? 0 : 1));
    });
    const zeroProblems = errorsOf(zero);
    expect(zeroProblems.map((p) => problemMessage(p, "en"))).toEqual([
      'The roll-up weights of unit "Short-term" in 2019 sum to 0.',
    ]);
    const missing = seed001((headers, rows) => {
      headers.push("Roll-up weight");
      rows.forEach((r, i) => r.push(i < 2 ? null : 1));
    });
    const missingProblems = errorsOf(missing);
    expect(missingProblems.map((p) => problemMessage(p, "id"))).toEqual([
      "JKK (2018) tidak memiliki bobot rekap.",
    ]);
  });
});
