/**
 * LibreOffice recalculates a multi-period, multi-unit build (the six employees
 * of src/examples/employees.ts over two periods, in two branches): the
 * summary's scorecards, the history sheet (scores, ratings, trend, grade
 * down) and the roll-up sheet (units and the organisation, mean and weighted)
 * must be the core's numbers (previewScorecard, core/history.ts) to 1e-9.
 * Needs soffice, as ./libreoffice.test.ts.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EMPLOYEE_KPIS, EXAMPLE_EMPLOYEES } from "../../src/examples/employees";
import { buildWorkbook, BuildWorkbookOptions } from "../../src/export/buildWorkbook";
import { readSourceFromWorkbook } from "../../src/export/readSource";
import { rating } from "../../src/core/rating";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { SHEET_LABELS } from "../../src/scorecard/messages";
import { previewScorecard } from "../../src/scorecard/preview";
import { BuildOptions, DEFAULT_BUILD_OPTIONS, ScorecardPreview } from "../../src/scorecard/types";
import { readXlsx, sheet, valueOf } from "./helpers";
import { recalculateWithLibreOffice, requireSoffice } from "./libreoffice";

jest.setTimeout(120_000);

const UNITS = [
  "Cabang Malang",
  "Cabang Malang",
  "Cabang Malang",
  "Cabang Batu",
  "Cabang Batu",
  "Cabang Batu",
];

/**
 * The six employees in two periods: the second period's actuals moved by a
 * per-employee factor (some up, some down), a roll-up weight per employee
 * (1..6; given on every row in the first period, on the first row only in the
 * second). `period(k)` is the k-th period's cell value, `format` its number format.
 */
function input(period: (k: number) => ExcelJS.CellValue, format?: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Data");
  ws.addRow([
    "Unit",
    "Period",
    "Employee",
    "Perspective",
    "Perspective weight",
    "KPI",
    "KPI weight",
    "Value at 50",
    "Value at 100",
    "Actual",
    "Assessment score",
    "Development score",
    "Roll-up weight",
  ]);
  for (let k = 0; k < 2; k++) {
    EXAMPLE_EMPLOYEES.slice(0, 6).forEach((e, i) => {
      const factor = k === 0 ? 1 : 1 + ((i % 2 === 0 ? 0.04 : -0.06) * (i + 1)) / 3;
      EMPLOYEE_KPIS.forEach((kpi, j) => {
        const row = ws.addRow([
          UNITS[i],
          period(k),
          e.name,
          kpi.perspective,
          kpi.perspectiveWeight,
          kpi.kpi,
          kpi.kpiWeight,
          kpi.valueAt50,
          kpi.valueAt100,
          e.actuals[j] * factor,
          e.assessment,
          e.development,
          k === 0 || j === 0 ? i + 1 : null,
        ]);
        if (format) row.getCell(2).numFmt = format;
      });
    });
  }
  return workbook;
}

interface Case {
  readonly workbook: () => ExcelJS.Workbook;
  readonly options: BuildWorkbookOptions;
}

const CASES: Readonly<Record<string, Case>> = {
  // Years as numbers, weighted roll-up, grade down below 85 in both years.
  weighted: {
    workbook: () => input((k) => 2023 + k),
    options: {
      rollup: "weighted",
      gradeDownThreshold: 85,
      gradeDownPeriods: 2,
      gcrMinimumScore: 70,
    },
  },
  // Months as dates shown "Jan-24", the second period first in time; the mean roll-up, in Indonesian.
  dates: {
    workbook: () => input((k) => new Date(Date.UTC(2024, 1 - k, 1)), "mmm-yy"),
    options: { language: "id", gradeDownThreshold: 90 },
  },
};

interface Built {
  readonly calc: ExcelJS.Workbook;
  readonly sheets: readonly string[];
  readonly options: BuildOptions;
  readonly preview: ScorecardPreview;
}

const built: Record<string, Built> = {};
let dir: string;

beforeAll(async () => {
  requireSoffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-lo-periods-"));
  const files: string[] = [];
  const pending: Omit<Built, "calc">[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    const workbook = c.workbook();
    const source = readSourceFromWorkbook(workbook);
    const { table, problems } = analyseSource(source, matchColumns(source.headers));
    if (!table) throw new Error(`${name}: ${JSON.stringify(problems)}`);
    const result = buildWorkbook(workbook, c.options);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const file = path.join(dir, `${name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
    const options = { ...DEFAULT_BUILD_OPTIONS, ...c.options } as BuildOptions;
    pending.push({ sheets: result.sheets, options, preview: previewScorecard(table, options) });
  }
  const converted = await recalculateWithLibreOffice(files, path.join(dir, "calc"));
  for (const [i, name] of Object.keys(CASES).entries()) {
    built[name] = { ...pending[i], calc: await readXlsx(converted[i]) };
  }
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function near(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9) {
    throw new Error(`${what}: LibreOffice ${String(actual)}, core ${expected}`);
  }
}

/** The 1-based column of each header of row `header`. */
function columns(ws: ExcelJS.Worksheet, header: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const v = valueOf(ws.getCell(header, c));
    if (v !== null && v !== undefined && !found.has(String(v))) found.set(String(v), c);
  }
  return found;
}

/** Every scorecard (employee and period) of the summary against the core, row by row. */
function checkSummary(b: Built): void {
  const labels = SHEET_LABELS[b.options.language];
  const ws = sheet(b.calc, b.sheets[0]);
  const col = columns(ws, 3);
  expect(b.preview.employees).toHaveLength(12);
  b.preview.employees.forEach((e, i) => {
    const r = 4 + i;
    expect([
      valueOf(ws.getCell(r, 1)),
      String(valueOf(ws.getCell(r, 2))),
      valueOf(ws.getCell(r, 3)),
    ]).toEqual([e.employee, e.period, e.unit]);
    for (const p of e.perspectives)
      near(
        valueOf(ws.getCell(r, col.get(p.perspective)!)),
        p.fulfillment,
        `${e.employee} ${p.perspective}`
      );
    near(valueOf(ws.getCell(r, col.get(labels.overall)!)), e.overall, `${e.employee} ${e.period}`);
    expect(valueOf(ws.getCell(r, col.get(labels.rating)!))).toBe(e.rating);
  });
}

function checkHistory(b: Built, name: string): void {
  const labels = SHEET_LABELS[b.options.language];
  const ws = sheet(b.calc, name);
  const col = columns(ws, 4);
  const periods = b.preview.periods;
  expect(periods.map((p) => col.has(p))).toEqual(periods.map(() => true));
  const arrows = { 1: "▲", 0: "▬", [-1]: "▼" } as const;
  expect(b.preview.history).toHaveLength(6);
  b.preview.history!.forEach((h, i) => {
    const r = 5 + i;
    expect(valueOf(ws.getCell(r, 1))).toBe(h.employee);
    h.scores.forEach((s, k) => {
      near(valueOf(ws.getCell(r, col.get(periods[k])!)), s!, `${h.employee} ${periods[k]}`);
      expect(valueOf(ws.getCell(r, col.get(`${labels.rating} ${periods[k]}`)!))).toBe(
        rating(s!, b.options.scheme, b.options.language)
      );
    });
    expect(valueOf(ws.getCell(r, col.get(labels.trend)!))).toBe(arrows[h.trend!]);
    expect(valueOf(ws.getCell(r, col.get(labels.gradeDown)!))).toBe(h.gradeDown);
  });
}

function checkRollup(b: Built, name: string): void {
  const labels = SHEET_LABELS[b.options.language];
  const ws = sheet(b.calc, name);
  const col = columns(ws, 4);
  expect(b.preview.rollup).toHaveLength(6);
  b.preview.rollup!.forEach((u, i) => {
    const r = 5 + i;
    expect(valueOf(ws.getCell(r, col.get(labels.unit)!))).toBe(u.unit ?? labels.organisation);
    expect(valueOf(ws.getCell(r, col.get(labels.members)!))).toBe(u.members);
    b.preview.perspectives.forEach((p, k) =>
      near(valueOf(ws.getCell(r, col.get(p)!)), u.perspectives[k], `${u.unit} ${u.period} ${p}`)
    );
    near(valueOf(ws.getCell(r, col.get(labels.overall)!)), u.overall, `${u.unit} ${u.period}`);
    expect(valueOf(ws.getCell(r, col.get(labels.rating)!))).toBe(u.rating);
  });
}

describe("LibreOffice recalculates a build over periods and units", () => {
  it("years, a weighted roll-up: the sheets and both sides of the grade-down line", () => {
    const b = built.weighted;
    expect(b.sheets).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Balanced Scorecard History",
      "Balanced Scorecard Roll-up",
    ]);
    expect(b.preview.periods).toEqual(["2023", "2024"]);
    expect(new Set(b.preview.history!.map((h) => h.gradeDown))).toEqual(new Set([true, false]));
    expect(new Set(b.preview.history!.map((h) => h.trend))).toEqual(new Set([1, -1]));
    // Units 1+2+3 = 6 and 4+5+6 = 15 weigh the organisation.
    expect(b.preview.rollup!.map((u) => u.members)).toEqual([3, 3, 6, 3, 3, 6]);
  });

  it("years: every scorecard of the summary", () => checkSummary(built.weighted));
  it("years: the history", () => checkHistory(built.weighted, "Balanced Scorecard History"));
  it("years: the weighted roll-up", () => {
    checkRollup(built.weighted, "Balanced Scorecard Roll-up");
    const ws = sheet(built.weighted.calc, "Balanced Scorecard Roll-up");
    expect([5, 6, 7].map((r) => valueOf(ws.getCell(r, 4)))).toEqual([6, 15, 21]);
  });

  it("months as dates, in Indonesian: shown as Excel shows them, in time order, the mean roll-up", () => {
    const b = built.dates;
    expect(b.preview.periods).toEqual(["Jan-24", "Feb-24"]);
    expect(b.sheets).toEqual([
      "Balanced Scorecard Ringkasan",
      "Balanced Scorecard Rincian",
      "Balanced Scorecard Riwayat",
      "Balanced Scorecard Rekap unit",
    ]);
    checkSummary(b);
    checkHistory(b, "Balanced Scorecard Riwayat");
    checkRollup(b, "Balanced Scorecard Rekap unit");
  });
});
