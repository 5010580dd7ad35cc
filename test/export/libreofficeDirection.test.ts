/**
 * The year-to-date aggregations and a lower-is-better KPI, recalculated by
 * LibreOffice: the plans of a part-year table (seed 003's months to March, the
 * later months blank with their targets still typed), with retention read as
 * churn (0.25 at 50, 0.05 at 100), written with ExcelJS and computed by
 * soffice; every actual, score, needed actual and trend must be the core's to
 * 1e-9. Needs soffice: without it this test fails, saying so.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { nextBandThreshold } from "../../src/core/rating";
import { kpiScore, requiredActual } from "../../src/core/scoring";
import {
  ACQUISITION_MONTHLY,
  RETENTION_MONTHLY,
  SERVICE_MONTHLY,
  TRAINING_MONTHLY,
} from "../../src/examples/seed003";
import { writePlanToWorkbook } from "../../src/export/writePlan";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { previewScorecard } from "../../src/scorecard/preview";
import { PeriodInput } from "../../src/scorecard/readRows";
import { Aggregation, DEFAULT_BUILD_OPTIONS, KpiTable } from "../../src/scorecard/types";
import { SEED_HEADERS, seedRows, sourceTable } from "../support/seedSource";
import { readXlsx, sheet, valueOf } from "./helpers";
import { recalculateWithLibreOffice, requireSoffice } from "./libreoffice";

jest.setTimeout(120_000);

const REPORTED = 3; // January to March
/** Each KPI's months and aggregation: both ratio aggregations, over a part year. */
const SERIES: [ReadonlyArray<readonly [number, number]>, Aggregation][] = [
  [RETENTION_MONTHLY, "meanOfRatios"],
  [ACQUISITION_MONTHLY, "ratioOfSums"],
  [SERVICE_MONTHLY, "ratioOfSums"],
  [TRAINING_MONTHLY, "meanOfRatios"],
];

let dir: string;
let table: KpiTable;
let calc: ExcelJS.Worksheet;

beforeAll(async () => {
  requireSoffice();
  const rows = seedRows();
  rows[0][2] = "Churn";
  rows[0][4] = 0.25;
  rows[0][5] = 0.05;
  const source = sourceTable(SEED_HEADERS, rows);
  const monthly: (number | null | string)[][] = [];
  const periods = new Map<number, PeriodInput>();
  SERIES.forEach(([months, aggregation], k) => {
    const numerators = months.map(([n], i) => (i < REPORTED ? n : null));
    const denominators = months.map(([, d]) => d);
    monthly.push(["Count", ...numerators], ["Base", ...denominators]);
    const [num, den] = [2 * k + 1, 2 * k + 2];
    periods.set(k, {
      source: {
        numerator: `'Monthly'!B${num}:M${num}`,
        denominator: `'Monthly'!B${den}:M${den}`,
        aggregation,
      },
      numerators,
      denominators,
    });
  });
  const analysis = analyseSource(source, matchColumns(SEED_HEADERS), periods);
  expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  table = analysis.table!;
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.addRow(SEED_HEADERS);
  rows.forEach((r) => data.addRow(r));
  const ws = workbook.addWorksheet("Monthly");
  monthly.forEach((r) => ws.addRow(r));
  const plans = buildPlans(table, DEFAULT_BUILD_OPTIONS, ["Data", "Monthly"]);
  for (const plan of plans) writePlanToWorkbook(workbook, plan);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-lo-direction-"));
  const file = path.join(dir, "ytd.xlsx");
  await workbook.xlsx.writeFile(file);
  const [converted] = await recalculateWithLibreOffice([file], path.join(dir, "calc"));
  calc = sheet(await readXlsx(converted), plans[0].name);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function near(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9)
    throw new Error(`${what}: LibreOffice ${String(actual)}, core ${expected}`);
}

/** The sheet row of each KPI: perspective rows 6, 9, 11; KPIs 7, 8, 10, 12. */
const KPI_ROWS = [7, 8, 10, 12];

it("computes each year-to-date actual from the reported months only, as the core does", () => {
  // Hand-worked: services Jan-Mar (139 + 123 + 111) / 450; acquisition (1202 + 1080 + 1090) / (4175 + 3680 + 3328).
  expect(table.rows[2].actual).toBeCloseTo(373 / 450, 12);
  expect(table.rows[1].actual).toBeCloseTo(3372 / 11183, 12);
  expect(table.rows[0].actual).toBeCloseTo((3208 / 60872 + 7327 / 58866 + 7254 / 52619) / 3, 12);
  table.rows.forEach((row, i) =>
    near(valueOf(calc.getCell(KPI_ROWS[i], 5)), row.actual, `${row.kpi} actual`)
  );
});

it("scores churn lower-is-better and asks for at most its target, as the core does", () => {
  const churn = table.rows[0];
  const score = kpiScore(churn.actual, 0.25, 0.05) as number;
  // Churn Jan-Mar 10.29%: 50 + 50 × (0.1029 − 0.25) / (0.05 − 0.25) ≈ 86.8, Good.
  expect(score).toBeGreaterThan(80);
  near(valueOf(calc.getCell(7, 7)), score, "churn score");
  expect(valueOf(calc.getCell(7, 10))).toBe("Good");
  near(valueOf(calc.getCell(7, 11)), 0.05, "churn needed for 100");
  near(
    valueOf(calc.getCell(7, 12)),
    requiredActual(nextBandThreshold(score)!, 0.25, 0.05) as number,
    "churn needed for next band"
  );
  expect(calc.getCell(7, 11).numFmt).toBe('"≤ "0.00%');
});

it("gives the preview's overall score and each trend from the last two reported months", () => {
  const overall = previewScorecard(table, DEFAULT_BUILD_OPTIONS).employees[0].overall;
  near(valueOf(calc.getCell(13, 9)), overall, "overall");
  // March against February: churn 7254/52619 = 13.79% vs 12.45% ▲ (worse, for churn);
  // acquisition 32.75% vs 29.35% ▲; services 111 < 123 ▼; training 4/4 vs 2/3 ▲.
  expect(KPI_ROWS.map((r) => valueOf(calc.getCell(r, 6)))).toEqual(["▲", "▲", "▼", "▲"]);
});
