import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { SheetPlan, resolvedCells } from "../../src/scorecard/plan";
import { previewScorecard } from "../../src/scorecard/preview";
import { BuildOptions, DEFAULT_BUILD_OPTIONS, SourceTable } from "../../src/scorecard/types";
import { evaluate } from "../support/evaluate";
import {
  SEED_HEADERS,
  multiEmployeeSource,
  seedRows,
  seedSource,
  sourceTable,
} from "../support/seedSource";

function plansFor(
  source: SourceTable,
  options: Partial<BuildOptions> = {},
  existing: string[] = ["Data"]
) {
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => problemMessage(p, "en")).join("\n"));
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  return { table, plans: buildPlans(table, opts, existing), options: opts };
}

const overallAddress = (plan: SheetPlan) =>
  plan.names.find((n) => n.name.startsWith("BSC_Overall"))!.address;

describe("the seed 003 scorecard sheet", () => {
  const { plans } = plansFor(seedSource());
  const [plan] = plans;
  const ev = evaluate(seedSource(), plans);
  afterAll(() => ev.destroy());

  it("is one new sheet named after the title", () => {
    expect(plans.map((p) => p.name)).toEqual(["Balanced Scorecard"]);
  });

  it("computes the overall score 57.85 with native formulas", () => {
    expect(ev.at(overallAddress(plan))).toBeCloseTo(57.85, 2);
    expect(overallAddress(plan)).toBe("'Balanced Scorecard'!$I$13");
  });

  it("computes each KPI score and the perspective lines of DOMAIN.md", () => {
    const s = plan.name;
    // Rows: 6 Customer, 7 Retention, 8 Acquisition, 9 Internal, 10 Service, 11 Learning, 12 Training, 13 total.
    expect(ev.value(s, "G7")).toBeCloseTo(-106.593, 3);
    expect(ev.value(s, "G8")).toBeCloseTo(30.43, 2);
    expect(ev.value(s, "G10")).toBeCloseTo(101.41, 2);
    expect(ev.value(s, "G12")).toBeCloseTo(122.45, 2);
    expect(ev.value(s, "H7")).toBeCloseTo(-53.3, 1); // paper: -53.2
    expect(ev.value(s, "I6")).toBeCloseTo(-13.33, 2); // paper: -13.37
    expect(ev.value(s, "I9")).toBeCloseTo(40.57, 2); // paper: 41
    expect(ev.value(s, "I11")).toBeCloseTo(30.61, 2); // paper: 31
  });

  it("rates with native INDEX/MATCH formulas", () => {
    expect(ev.value(plan.name, "J13")).toBe("Poor");
    expect(ev.value(plan.name, "J7")).toBe("Very poor");
    expect(ev.value(plan.name, "J10")).toBe("Excellent");
  });

  it("shows what each KPI needs for 100 and for the next band", () => {
    expect(ev.value(plan.name, "K7")).toBeCloseTo(0.95, 12);
    expect(ev.value(plan.name, "L8")).toBeCloseTo(0.5 + ((40 - 50) * 0.5) / 50, 12); // acquisition 30.43 → Poor at 40
    expect(ev.value(plan.name, "L10")).toBe("");
  });

  it("links every input to its source cell", () => {
    const cells = resolvedCells(plan.blocks[0]);
    expect(cells[6][4]).toEqual({ formula: "='Data'!G2" });
    expect(cells[6][1]).toEqual({ formula: "='Data'!D2" });
    expect(cells[5][1]).toEqual({ formula: "='Data'!B2" });
    expect(plan.sources).toContain("'Data'!G5");
  });

  it("uses only functions every Excel since 2010 has", () => {
    const formulas = plan.blocks
      .flatMap((b) => resolvedCells(b).flat())
      .flatMap((c) => (c && typeof c === "object" ? [c.formula] : []));
    const used = new Set(formulas.flatMap((f) => f.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []));
    const allowed = [
      "SUM",
      "SUMPRODUCT",
      "AVERAGE",
      "IF",
      "ISNUMBER",
      "INDEX",
      "MATCH",
      "COUNT",
      "MIN",
      "MAX",
      "AND",
      "ROUND",
    ];
    expect([...used].filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it("formats per contiguous range, with traffic lights, a chart, a name, frozen header and print set-up", () => {
    expect(plan.formats.length).toBeLessThan(40);
    expect(plan.formats.find((f) => f.address === "A5:L5")).toMatchObject({ bold: true });
    expect(
      plan.conditionalFormats.filter((c) => c.address === "G6:G12").map((c) => c.band)
    ).toEqual(["excellent", "good", "fair", "poor", "very-poor"]);
    expect(plan.charts[0]).toMatchObject({ categories: "N6:N8", values: "O6:O8" });
    expect(plan.freeze).toEqual({ rows: 5, columns: 1 });
    expect(plan.print).toEqual({ orientation: "Landscape", fitToPagesWide: 1 });
  });

  it("charts the perspective fulfillment", () => {
    expect(ev.value(plan.name, "N6")).toBe("Customer");
    expect(ev.value(plan.name, "O6")).toBeCloseTo((-106.593 + 30.4256) / 2, 2);
  });
});

describe("rating formulas", () => {
  it.each([
    [120, "Excellent"],
    [100, "Good"],
    [80, "Good"],
    [79.99, "Fair"],
    [60, "Fair"],
    [45, "Poor"],
    [40, "Poor"],
    [39.9, "Very poor"],
    [-106.59, "Very poor"],
  ])("rate %f as %s, like the core", (score, label) => {
    const { ratingFormula } = jest.requireActual("../../src/scorecard/formulas");
    const sheets = { S: [[score, ratingFormula("A1", "achievement", "en")]] };
    const { HyperFormula } = jest.requireActual("hyperformula");
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(label);
    hf.destroy();
  });
});

describe("options", () => {
  it("a values snapshot writes numbers, and still 57.85", () => {
    const { plans } = plansFor(seedSource(), { mode: "values" });
    expect(plans[0].blocks[0].cells[6][4]).toBeCloseTo(0.1236285, 6);
    const ev = evaluate(seedSource(), plans);
    expect(ev.at(overallAddress(plans[0]))).toBeCloseTo(57.85, 2);
    ev.destroy();
  });

  it("floor and cap clamp the scores, as the preview does", () => {
    const { plans, table, options } = plansFor(seedSource(), { floor: 0, cap: 120 });
    const ev = evaluate(seedSource(), plans);
    const expected = previewScorecard(table, options).employees[0].overall;
    expect(ev.value(plans[0].name, "G7")).toBe(0);
    expect(ev.value(plans[0].name, "G12")).toBe(120);
    expect(ev.at(overallAddress(plans[0]))).toBeCloseTo(expected, 9);
    ev.destroy();
  });

  it("the CSI scheme rates the sheet and the preview alike, and aims 'needed for next band' at the CSI band above", () => {
    const { plans, table, options } = plansFor(seedSource(), { scheme: "csi" });
    const ev = evaluate(seedSource(), plans);
    const [employee] = previewScorecard(table, options).employees;
    expect([employee.rating, employee.band]).toEqual(["Fairly satisfied", "fairly-satisfied"]);
    expect(ev.value(plans[0].name, "J13")).toBe(employee.rating);
    // Acquisition scores 30.43: Very dissatisfied (below 0.35); Dissatisfied needs 35 points.
    expect(ev.value(plans[0].name, "J8")).toBe("Very dissatisfied");
    expect(ev.value(plans[0].name, "L8")).toBeCloseTo(0.5 + ((35 - 50) * 0.5) / 50, 12);
    // Training scores 122.45 points: the top band, nothing to reach.
    expect(ev.value(plans[0].name, "J12")).toBe("Very satisfied");
    expect(ev.value(plans[0].name, "L12")).toBe("");
    ev.destroy();
  });

  it("Indonesian labels and ratings", () => {
    const { plans } = plansFor(seedSource(), { language: "id", title: "Kartu Skor" });
    const ev = evaluate(seedSource(), plans);
    expect(plans[0].blocks[0].cells[4][0]).toBe("Perspektif / KPI");
    expect(ev.value("Kartu Skor", "J13")).toBe("Kurang Baik");
    ev.destroy();
  });

  it("never reuses an existing sheet name", () => {
    const { plans } = plansFor(seedSource(), {}, [
      "Data",
      "Balanced Scorecard",
      "balanced scorecard (2)",
    ]);
    expect(plans[0].name).toBe("Balanced Scorecard (3)");
  });

  it("sanitises characters Excel forbids in sheet names", () => {
    const { plans } = plansFor(seedSource(), { title: "Q1/Q2: [draft]*?" });
    expect(plans[0].name).toBe("Q1 Q2 draft");
  });
});

describe("text from the source stays text", () => {
  it.each(['=HYPERLINK("http://x","y")', "+cmd", "-1+2", "@SUM(A1)", "\tTab", "=1+1"])(
    "a KPI named %j is written as literal text",
    (name) => {
      const rows = seedRows();
      rows[0][2] = name;
      const source = sourceTable(SEED_HEADERS, rows);
      const { plans } = plansFor(source);
      // Surrounding white space is trimmed; the rest is kept and never evaluated.
      expect(plans[0].blocks[0].cells[6][0]).toBe(name.trim());
      const ev = evaluate(source, plans);
      expect(ev.value(plans[0].name, "A7")).toBe(name.trim());
      ev.destroy();
    }
  );
});

describe("several employees", () => {
  const source = multiEmployeeSource(["Ani", "Budi", "Citra"]);
  const { plans, table, options } = plansFor(source, { gcrMinimumScore: 60 });
  const ev = evaluate(source, plans);
  afterAll(() => ev.destroy());
  const preview = previewScorecard(table, options);

  it("writes a summary table and a details sheet", () => {
    expect(plans.map((p) => p.name)).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
    ]);
    expect(plans[0].tables[0]).toMatchObject({ address: "A3:J6" });
  });

  it("summary formulas agree with the core's preview for every employee", () => {
    const summary = plans[0].name;
    preview.employees.forEach((e, i) => {
      const row = 4 + i;
      expect(ev.value(summary, `A${row}`)).toBe(e.employee);
      e.perspectives.forEach((p, k) =>
        expect(ev.value(summary, `${"BCD"[k]}${row}`)).toBeCloseTo(p.fulfillment, 9)
      );
      expect(ev.value(summary, `E${row}`)).toBeCloseTo(e.overall, 9);
      expect(ev.value(summary, `F${row}`)).toBe(e.rating);
      expect(ev.value(summary, `I${row}`)).toBeCloseTo(e.css!, 9);
      expect(ev.value(summary, `J${row}`)).toBe(e.gcrEligible);
    });
    expect(preview.employees[0].overall).toBeCloseTo(57.85, 2);
  });

  it("adds one scorecard sheet per employee on request", () => {
    const { plans: more } = plansFor(source, { sheetPerEmployee: true });
    expect(more.map((p) => p.name)).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Ani",
      "Budi",
      "Citra",
    ]);
  });
});

describe("actuals from period data", () => {
  const { RETENTION_MONTHLY } = jest.requireActual("../../src/examples/seed003");
  const monthly = [
    ["Inactive", ...RETENTION_MONTHLY.map((m: number[]) => m[0])],
    ["Active", ...RETENTION_MONTHLY.map((m: number[]) => m[1])],
  ];
  const periods = (aggregation: "meanOfRatios" | "ratioOfSums" | "sum" | "mean" | "last") =>
    new Map([
      [
        0,
        {
          source: { numerator: "'Monthly'!B1:M1", denominator: "'Monthly'!B2:M2", aggregation },
          numerators: RETENTION_MONTHLY.map((m: number[]) => m[0]),
          denominators: RETENTION_MONTHLY.map((m: number[]) => m[1]),
        },
      ],
    ]);

  it.each(["meanOfRatios", "ratioOfSums", "sum", "mean", "last"] as const)(
    "%s: the native formula gives the core's actual, and a trend arrow",
    (aggregation) => {
      const source = seedSource();
      const { table } = analyseSource(source, matchColumns(SEED_HEADERS), periods(aggregation));
      const plans = buildPlans(table!, DEFAULT_BUILD_OPTIONS, ["Data", "Monthly"]);
      const ev = evaluate(source, plans, { Monthly: monthly });
      expect(ev.value(plans[0].name, "E7")).toBeCloseTo(table!.rows[0].actual, 9);
      // December 4170/21725 vs November 3483/24054: the ratio rose; the count rose too.
      expect(ev.value(plans[0].name, "F7")).toBe("▲");
      ev.destroy();
    }
  );

  it("mean of the monthly ratios is seed 003's 12.36%", () => {
    const { table } = analyseSource(
      seedSource(),
      matchColumns(SEED_HEADERS),
      periods("meanOfRatios")
    );
    expect(table!.rows[0].actual).toBeCloseTo(0.1236285, 6);
  });
});
