/**
 * Direction, year to date and CSS in the builder: the warnings, and the sheets'
 * native formulas evaluated (HyperFormula) against numbers worked out by hand.
 */
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { previewScorecard } from "../../src/scorecard/preview";
import { PeriodInput } from "../../src/scorecard/readRows";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  Problem,
  SourceValue,
} from "../../src/scorecard/types";
import { ACQUISITION_MONTHLY, SERVICE_MONTHLY } from "../../src/examples/seed003";
import { exampleHeaders } from "../../src/scorecard/exampleTables";
import { evaluate } from "../support/evaluate";
import { SEED_HEADERS, seedRows, seedSource, sourceTable } from "../support/seedSource";

const en = (p: Problem) => problemMessage(p, "en");
const id = (p: Problem) => problemMessage(p, "id");

/** Seed 003's table with its rows replaced: [perspective, pw, kpi, kw, v50, v100, actual]. */
const table = (rows: SourceValue[][]) => sourceTable(SEED_HEADERS, rows);

/** One perspective, two HR KPIs: turnover (lower is better) and training. */
function hrRows(turnover: { name?: string; v50: number; v100: number; actual: number }) {
  return [
    [
      "People",
      1,
      turnover.name ?? "Employee turnover",
      0.5,
      turnover.v50,
      turnover.v100,
      turnover.actual,
    ],
    ["People", 1, "Employee training", 0.5, 0.2, 0.5, 0.5],
  ];
}

describe("warnings about a KPI's direction", () => {
  it("a KPI named like turnover whose value at 100 is above its value at 50, pointing at both cells", () => {
    const { problems, table: t } = analyseSource(
      table(hrRows({ v50: 0.05, v100: 0.1, actual: 0.08 })),
      matchColumns(SEED_HEADERS)
    );
    expect(t).toBeDefined(); // a warning: the build is not blocked
    const [w] = problems.filter((p) => p.code === "directionMismatch");
    expect(w.severity).toBe("warning");
    expect(w.address).toBe("'Data'!F2");
    expect(en(w)).toBe(
      "Employee turnover sounds like a measure where lower is better, but its value at 100 (0.1, 'Data'!F2) " +
        "is above its value at 50 (0.05, 'Data'!E2), so a higher actual scores better. " +
        "If lower is better, put the target below the value at 50."
    );
    expect(id(w)).toBe(
      "Employee turnover terdengar seperti ukuran yang makin rendah makin baik, tetapi nilai 100-nya (0,1, 'Data'!F2) " +
        "di atas nilai 50-nya (0,05, 'Data'!E2), sehingga aktual yang lebih tinggi mendapat skor lebih baik. " +
        "Jika makin rendah makin baik, isi target di bawah nilai 50."
    );
  });

  it("a KPI named like satisfaction scored lower-is-better", () => {
    const rows = hrRows({ name: "Kepuasan karyawan", v50: 0.9, v100: 0.7, actual: 0.8 });
    const { problems } = analyseSource(table(rows), matchColumns(SEED_HEADERS));
    const [w] = problems.filter((p) => p.code === "directionMismatch");
    expect(en(w)).toMatch(
      /^Kepuasan karyawan sounds like a measure where higher is better, but its value at 100 \(0\.7, 'Data'!F2\) is below/
    );
  });

  it("none when name and thresholds agree (turnover with its target below its value at 50)", () => {
    const { problems } = analyseSource(
      table(hrRows({ v50: 0.1, v100: 0.02, actual: 0.05 })),
      matchColumns(SEED_HEADERS)
    );
    expect(problems).toEqual([]);
  });

  it("seed 003 keeps the paper's 57.85 and warns on its retention row, naming a reversed measure", () => {
    const { problems, table: t } = analyseSource(seedSource(), matchColumns(SEED_HEADERS));
    expect(problems.map((p) => [p.code, p.address])).toEqual([["negativeScore", "'Data'!G2"]]);
    expect(en(problems[0])).toBe(
      "Retention scores -106.59, below 0. A likely cause: a reversed measure, such as a churn ratio " +
        "(inactive/active) scored as retention. If lower is better, put the value at 100 below the " +
        "value at 50, or use 1 − the ratio."
    );
    expect(id(problems[0])).toContain("Penyebab yang mungkin: ukuran terbalik");
    expect(previewScorecard(t!, DEFAULT_BUILD_OPTIONS).employees[0].overall).toBeCloseTo(57.85, 2);
  });

  it("seed 003 with retention read as churn (0.25 at 50, 0.05 at 100) scores 90.78, Good, with no warning", () => {
    const rows = seedRows();
    rows[0][2] = "Churn";
    rows[0][4] = 0.25;
    rows[0][5] = 0.05;
    const { problems, table: t } = analyseSource(table(rows), matchColumns(SEED_HEADERS));
    expect(problems).toEqual([]);
    const e = previewScorecard(t!, DEFAULT_BUILD_OPTIONS).employees[0];
    expect(e.overall).toBeCloseTo(90.78, 2);
    expect(e.rating).toBe("Good");
  });
});

describe("a lower-is-better KPI on the scorecard sheet", () => {
  const build = (actual: number) => {
    const source = table(hrRows({ v50: 0.1, v100: 0.02, actual }));
    const { table: t } = analyseSource(source, matchColumns(SEED_HEADERS));
    const plans = buildPlans(t!, DEFAULT_BUILD_OPTIONS, ["Data"]);
    return { source, plans, ev: evaluate(source, plans) };
  };

  it("scores lower actuals higher and asks for at most the target", () => {
    // Turnover 7%: 50 + 50 × (0.07 − 0.10) / (0.02 − 0.10) = 68.75, Fair. Next band (Good, 80) needs
    // 0.10 + (80 − 50) × (0.02 − 0.10) / 50 = 0.052 or less; 100 needs 0.02 or less.
    const { plans, ev } = build(0.07);
    const name = plans[0].name;
    expect(ev.value(name, "G7")).toBeCloseTo(68.75, 10);
    expect(ev.value(name, "J7")).toBe("Fair");
    expect(ev.value(name, "K7")).toBeCloseTo(0.02, 12);
    expect(ev.value(name, "L7")).toBeCloseTo(0.052, 12);
    ev.destroy();
    const format = (address: string) =>
      plans[0].formats
        .filter((f) => f.address === address && f.numberFormat)
        .map((f) => f.numberFormat);
    expect(format("K7:L7")).toEqual(['"≤ "0.00%']);
    // The higher-is-better row keeps its plain format.
    expect(format("K8:L8")).toEqual(["0.00%"]);
  });

  it("from Good, the next band asks for the target itself (to be beaten)", () => {
    // Turnover 5%: 50 + 50 × (−0.05) / (−0.08) = 81.25, Good; Excellent starts below 0.02.
    const { plans, ev } = build(0.05);
    expect(ev.value(plans[0].name, "G7")).toBeCloseTo(81.25, 10);
    expect(ev.value(plans[0].name, "L7")).toBeCloseTo(0.02, 12);
    ev.destroy();
  });
});

/** Period input for the first KPI row, its months from `monthly` with the later ones blank. */
function partYear(
  monthly: ReadonlyArray<readonly [number, number]>,
  reported: number,
  aggregation: PeriodInput["source"]["aggregation"]
): { periods: Map<number, PeriodInput>; sheet: (number | string | null)[][] } {
  const numerators = monthly.map(([n], i) => (i < reported ? n : null));
  const denominators = monthly.map(([, d]) => d);
  return {
    periods: new Map([
      [
        0,
        {
          source: { numerator: "'Monthly'!B1:M1", denominator: "'Monthly'!B2:M2", aggregation },
          numerators,
          denominators,
        },
      ],
    ]),
    sheet: [
      ["Count", ...numerators],
      ["Target", ...denominators],
    ],
  };
}

describe("year to date on the sheet: the months reported so far", () => {
  it.each([
    // Services Jan-Mar: (139 + 123 + 111) / (3 × 150) = 373 / 450, the targets of April on left out.
    ["ratioOfSums", SERVICE_MONTHLY, 373 / 450],
    // Acquisition Jan-Mar: the mean of 1202/4175, 1080/3680, 1090/3328.
    ["meanOfRatios", ACQUISITION_MONTHLY, (1202 / 4175 + 1080 / 3680 + 1090 / 3328) / 3],
  ] as const)(
    "%s: the core and the native formula give the hand-worked actual",
    (aggregation, monthly, expected) => {
      const source = seedSource();
      const { periods, sheet } = partYear(monthly, 3, aggregation);
      const { table: t, problems } = analyseSource(source, matchColumns(SEED_HEADERS), periods);
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(t!.rows[0].actual).toBeCloseTo(expected, 12);
      const plans = buildPlans(t!, DEFAULT_BUILD_OPTIONS, ["Data", "Monthly"]);
      const ev = evaluate(source, plans, { Monthly: sheet });
      expect(ev.value(plans[0].name, "E7")).toBeCloseTo(expected, 12);
      ev.destroy();
    }
  );

  it("the trend compares the last reported month with the one before, coloured by direction", () => {
    // Services: March 111 < February 123.
    const source = seedSource();
    const { periods, sheet } = partYear(SERVICE_MONTHLY, 3, "ratioOfSums");
    const { table: t } = analyseSource(source, matchColumns(SEED_HEADERS), periods);
    const plans = buildPlans(t!, DEFAULT_BUILD_OPTIONS, ["Data", "Monthly"]);
    const ev = evaluate(source, plans, { Monthly: sheet });
    expect(ev.value(plans[0].name, "F7")).toBe("▼");
    ev.destroy();
    const rules = plans[0].conditionalFormats.filter((c) => c.band.startsWith("trend"));
    expect(rules.map((c) => [c.address, c.band, c.formula])).toEqual([
      ["F6:F12", "trend-better", '=OR(AND($F6="▲",NOT($D6<$C6)),AND($F6="▼",$D6<$C6))'],
      ["F6:F12", "trend-worse", '=OR(AND($F6="▼",NOT($D6<$C6)),AND($F6="▲",$D6<$C6))'],
    ]);
  });

  it("a KPI with no month reported yet is an error naming its cell", () => {
    const { periods } = partYear(SERVICE_MONTHLY, 0, "ratioOfSums");
    const { problems } = analyseSource(seedSource(), matchColumns(SEED_HEADERS), periods);
    const [e] = problems.filter((p) => p.code === "periodActual");
    expect(e.severity).toBe("error");
    expect(en(e)).toBe(
      "Retention: the actual from 'Data'!G2 cannot be computed: There is no period data."
    );
  });

  it("text in a future month's target is still shown, with its month", () => {
    const { periods } = partYear(SERVICE_MONTHLY, 3, "ratioOfSums");
    const input = periods.get(0)!;
    const denominators = [...input.denominators!];
    denominators[5] = "n/a";
    periods.set(0, { ...input, denominators });
    const { problems } = analyseSource(seedSource(), matchColumns(SEED_HEADERS), periods);
    expect(problems.filter((p) => p.severity === "error").map(en)).toEqual([
      "Retention Period 6 in 'Data'!G2 is \"n/a\", not a number.",
    ]);
  });
});

describe("CSS and GCR on a one-employee sheet", () => {
  const headers = [...SEED_HEADERS, ...exampleHeaders(["assessmentScore", "developmentScore"])];
  // Assessment 80 and 90 on two rows (mean 85), development 70 on one row.
  const rows = seedRows().map((r, i) => [
    ...r,
    i === 0 ? 80 : i === 1 ? 90 : null,
    i === 0 ? 70 : null,
  ]);

  const build = (options: Partial<BuildOptions>) => {
    const source = sourceTable(headers, rows);
    const { table: t } = analyseSource(source, matchColumns(headers));
    const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
    const plans = buildPlans(t!, opts, ["Data"]);
    return { plans, ev: evaluate(source, plans), preview: previewScorecard(t!, opts) };
  };

  it("70/10/20 by default: 0.7 × 57.85 + 0.1 × 85 + 0.2 × 70 = 62.99, GCR at 60", () => {
    const { plans, ev, preview } = build({ gcrMinimumScore: 60 });
    const name = plans[0].name;
    // Rows: total in 13, KPI score 15, assessment 16, development 17, CSS 18, GCR 19.
    expect(ev.value(name, "A18")).toBe("CSS total");
    expect(ev.value(name, "I16")).toBe(85);
    expect(ev.value(name, "I17")).toBe(70);
    const css = 0.7 * (ev.value(name, "I13") as number) + 0.1 * 85 + 0.2 * 70;
    expect(ev.value(name, "I18")).toBeCloseTo(css, 12);
    expect(css).toBeCloseTo(62.99, 2);
    expect(ev.value(name, "I19")).toBe(true);
    expect(preview.employees[0].css).toBeCloseTo(css, 9);
    expect(preview.employees[0].gcrEligible).toBe(true);
    ev.destroy();
  });

  it("with the organisation's weights 60/10/30: 0.6 × 57.85 + 8.5 + 21 = 64.21", () => {
    const { plans, ev, preview } = build({ cssWeights: [0.6, 0.1, 0.3] });
    const name = plans[0].name;
    expect(ev.value(name, "B15")).toBe(0.6);
    const css = 0.6 * (ev.value(name, "I13") as number) + 0.1 * 85 + 0.3 * 70;
    expect(ev.value(name, "I18")).toBeCloseTo(css, 12);
    expect(css).toBeCloseTo(64.21, 2);
    expect(preview.employees[0].css).toBeCloseTo(css, 9);
    expect(ev.value(name, "A19")).toBeNull(); // no GCR row without a minimum
    ev.destroy();
  });
});
