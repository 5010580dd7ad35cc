/**
 * The independent check of the native formulas: the exporter writes the
 * scorecards with formulas only (no cached results), LibreOffice computes
 * them (every formula, the input's included: see ./libreoffice.ts), and every
 * number and label it finds must be the core's (src/core, previewScorecard)
 * to 1e-9. Needs soffice: without it these tests fail, saying so.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildWorkbook, BuildWorkbookOptions, planWorkbook } from "../../src/export/buildWorkbook";
import { streamWorkbook } from "../../src/export/streamWorkbook";
import { readSourceFromWorkbook } from "../../src/export/readSource";
import { clampedKpiScore, requiredActual } from "../../src/core/scoring";
import { nextBandThreshold, rating } from "../../src/core/rating";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { SHEET_LABELS } from "../../src/scorecard/messages";
import { meanOfGiven, previewScorecard } from "../../src/scorecard/preview";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  ScorecardPreview,
} from "../../src/scorecard/types";
import { NIK, NIP } from "../support/literals";
import { example, formulaOf, readXlsx, sheet, valueOf } from "./helpers";
import { findSoffice, recalculateWithLibreOffice, requireSoffice } from "./libreoffice";

jest.setTimeout(120_000);

interface Case {
  readonly input: string;
  readonly options: BuildWorkbookOptions;
  /** Edits the input before the build. */
  readonly edit?: (workbook: ExcelJS.Workbook) => void;
  /** Written by the command line's streaming writer (src/export/streamWorkbook.ts), not in memory. */
  readonly streamed?: boolean;
}

const CASES: Readonly<Record<string, Case>> = {
  seed: { input: "seed003.xlsx", options: {} },
  clamped: { input: "seed003.xlsx", options: { mode: "values", floor: 0, cap: 120 } },
  indonesian: { input: "seed003.xlsx", options: { language: "id", title: "Kartu Skor" } },
  employees: { input: "employees.xlsx", options: { gcrMinimumScore: 70, sheetPerEmployee: true } },
  streamed: {
    input: "employees.xlsx",
    options: { gcrMinimumScore: 70, sheetPerEmployee: true },
    streamed: true,
  },
  // Acquisition on the Poor/Very poor line: 50 + 50 × (0.63 − 0.66) / (0.81 − 0.66) is 40 on paper
  // and 39.999999999999993 in binary floating point.
  boundary: {
    input: "seed003.xlsx",
    options: {},
    edit: (wb) => {
      const data = sheet(wb, "Data");
      data.getCell("E3").value = 0.66;
      data.getCell("F3").value = 0.81;
      data.getCell("G3").value = 0.63;
    },
  },
  injection: {
    input: "seed003.xlsx",
    options: {},
    edit: (wb) => {
      sheet(wb, "Data").getCell("C2").value = '=HYPERLINK("http://x","y")';
      sheet(wb, "Data").getCell("C3").value = "+cmd";
      sheet(wb, "Data").getCell("C4").value = "-1+2";
      sheet(wb, "Data").getCell("C5").value = "@SUM(A1)";
    },
  },
  // Literal text (ids, dates, percentages, booleans, error literals as names) and 15 digits.
  literal: {
    input: "seed003.xlsx",
    options: {},
    edit: (wb) => {
      const data = sheet(wb, "Data");
      LITERAL_PERSPECTIVES.forEach((p, i) => (data.getCell(`A${i + 2}`).value = p));
      LITERAL_KPIS.forEach((k, i) => (data.getCell(`C${i + 2}`).value = k));
      const ids = wb.addWorksheet("IDs");
      ids.getCell("A1").value = Number(NIK); // 3201234567890001 is a double: no digit lost in JS
      ids.getCell("A2").value = NIK;
    },
  },
};

const LITERAL_PERSPECTIVES = ["1/2", "1/2", "10%", "TRUE"];
const LITERAL_KPIS = [NIK, NIP, "00123", "#N/A"];

interface Built {
  /** The workbook as LibreOffice recalculated it. */
  readonly calc: ExcelJS.Workbook;
  readonly sheets: readonly string[];
  readonly table: KpiTable;
  readonly options: BuildOptions;
  readonly preview: ScorecardPreview;
}

const built: Record<string, Built> = {};
let dir: string;

beforeAll(async () => {
  requireSoffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-lo-"));
  const pending: {
    name: string;
    file: string;
    sheets: readonly string[];
    table: KpiTable;
    options: BuildOptions;
  }[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    const workbook = await readXlsx(example(c.input));
    c.edit?.(workbook);
    // The core's view of the same input, independently of the build.
    const source = readSourceFromWorkbook(workbook);
    const { table } = analyseSource(source, matchColumns(source.headers));
    if (!table) throw new Error(`${name}: the input has errors`);
    const file = path.join(dir, `${name}.xlsx`);
    let result;
    if (c.streamed) {
      const planned = planWorkbook(workbook, c.options);
      result = planned.result;
      await streamWorkbook(workbook, planned.plans, file);
    } else {
      result = buildWorkbook(workbook, c.options);
      await workbook.xlsx.writeFile(file);
    }
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const options = { ...DEFAULT_BUILD_OPTIONS, ...c.options } as BuildOptions;
    pending.push({ name, file, sheets: result.sheets, table, options });
  }
  const converted = await recalculateWithLibreOffice(
    pending.map((p) => p.file),
    path.join(dir, "calc")
  );
  for (const [i, p] of pending.entries()) {
    built[p.name] = {
      calc: await readXlsx(converted[i]),
      sheets: p.sheets,
      table: p.table,
      options: p.options,
      preview: previewScorecard(p.table, p.options),
    };
  }
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** LibreOffice's number equals the core's to 1e-9. */
function near(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9) {
    throw new Error(`${what}: LibreOffice ${String(actual)}, core ${expected}`);
  }
}

function rowOf(ws: ExcelJS.Worksheet, label: string, column = 1): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && valueOf(row.getCell(column)) === label) found = r;
  });
  if (!found) throw new Error(`no row "${label}" on ${ws.name}`);
  return found;
}

/** The cell a workbook-scoped name points at, as LibreOffice wrote the name back. */
function named(workbook: ExcelJS.Workbook, prefix: string, sheetName: string): ExcelJS.Cell {
  const entry = workbook.definedNames.model.find(
    (n) => n.name.startsWith(prefix) && n.ranges[0]?.replace(/'/g, "").startsWith(`${sheetName}!`)
  );
  if (!entry)
    throw new Error(
      `no name ${prefix}* on ${sheetName}: ${JSON.stringify(workbook.definedNames.model)}`
    );
  const ref = entry.ranges[0];
  return sheet(workbook, sheetName).getCell(ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

/** Every KPI, perspective and overall number and label of a scorecard sheet against the core. */
function checkScorecardSheet(b: Built, sheetName: string, employee = ""): void {
  const ws = sheet(b.calc, sheetName);
  const e = b.preview.employees.find((x) => x.employee === employee)!;
  const lang = b.options.language;
  for (const row of b.table.rows.filter((r) => r.employee === employee)) {
    const r = rowOf(ws, row.kpi);
    const score = clampedKpiScore(
      row.actual,
      row.valueAt50,
      row.valueAt100,
      b.options.floor,
      b.options.cap
    ) as number;
    near(valueOf(ws.getCell(r, 5)), row.actual, `${row.kpi} actual`);
    near(valueOf(ws.getCell(r, 7)), score, `${row.kpi} score`);
    near(valueOf(ws.getCell(r, 8)), score * row.kpiWeight, `${row.kpi} fulfillment`);
    expect(valueOf(ws.getCell(r, 10))).toBe(rating(score, "achievement", lang));
    near(
      valueOf(ws.getCell(r, 11)),
      requiredActual(100, row.valueAt50, row.valueAt100) as number,
      `${row.kpi} needed for 100`
    );
    const next = nextBandThreshold(score, "achievement");
    // An empty-text result is written as an empty <v/>, which ExcelJS reads as no result.
    if (next === undefined) expect(valueOf(ws.getCell(r, 12)) ?? "").toBe("");
    else
      near(
        valueOf(ws.getCell(r, 12)),
        requiredActual(next, row.valueAt50, row.valueAt100) as number,
        `${row.kpi} needed for next band`
      );
  }
  for (const p of e.perspectives) {
    const r = rowOf(ws, p.perspective);
    near(valueOf(ws.getCell(r, 2)), p.weight, `${p.perspective} weight`);
    near(valueOf(ws.getCell(r, 8)), p.fulfillment, `${p.perspective} fulfillment`);
    near(valueOf(ws.getCell(r, 9)), p.weighted, `${p.perspective} weighted`);
    expect(valueOf(ws.getCell(r, 10))).toBe(rating(p.fulfillment, "achievement", lang));
  }
  const overall = named(b.calc, "BSC_Overall", sheetName);
  near(valueOf(overall), e.overall, "overall");
  expect(valueOf(ws.getCell(Number(overall.row), Number(overall.col) + 1))).toBe(e.rating);
}

describe("without LibreOffice", () => {
  it("these tests fail with a message that says how to install it", () => {
    expect(findSoffice("", [])).toBeUndefined();
    expect(() => requireSoffice(() => findSoffice("", []))).toThrow(
      /LibreOffice \(soffice\) is not installed.*apt-get install -y libreoffice-calc-nogui/
    );
  });
});

describe("LibreOffice recalculates the exported seed 003 scorecard", () => {
  it("to the overall score 57.85, Poor, exactly as the core computes it", () => {
    const b = built.seed;
    expect(b.sheets).toEqual(["Balanced Scorecard"]);
    const overall = named(b.calc, "BSC_Overall", "Balanced Scorecard");
    expect(overall.address).toBe("I13");
    expect(valueOf(overall)).toBeCloseTo(57.85, 2);
    near(valueOf(overall), b.preview.employees[0].overall, "overall");
    expect(valueOf(sheet(b.calc, "Balanced Scorecard").getCell("J13"))).toBe("Poor");
  });

  it("recomputed the input's actuals from the monthly data itself", () => {
    const data = sheet(built.seed.calc, "Data");
    expect(formulaOf(data.getCell("G2"))?.formula).toBe("AVERAGE(B11:M11)");
    near(valueOf(data.getCell("G2")), 0.1236284621398878, "retention actual");
  });

  it("matches every KPI score, fulfillment, rating and perspective score", () => {
    checkScorecardSheet(built.seed, "Balanced Scorecard");
  });

  it("matches the core with floor and cap, in a values snapshot", () => {
    const b = built.clamped;
    expect(formulaOf(sheet(b.calc, b.sheets[0]).getCell("E7"))).toBeUndefined();
    checkScorecardSheet(b, b.sheets[0]);
    expect(valueOf(sheet(b.calc, b.sheets[0]).getCell("G7"))).toBe(0);
    expect(valueOf(sheet(b.calc, b.sheets[0]).getCell("G12"))).toBe(120);
  });

  it("rates in Indonesian", () => {
    const b = built.indonesian;
    checkScorecardSheet(b, "Kartu Skor");
    expect(valueOf(sheet(b.calc, "Kartu Skor").getCell("J13"))).toBe("Kurang Baik");
  });

  it("keeps text that looks like a formula as text", () => {
    const ws = sheet(built.injection.calc, "Balanced Scorecard");
    expect(ws.getCell("A7").value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell("A8").value).toBe("+cmd");
    expect(ws.getCell("A10").value).toBe("-1+2");
    expect(ws.getCell("A12").value).toBe("@SUM(A1)");
    checkScorecardSheet(built.injection, "Balanced Scorecard");
  });
});

describe("literal text and 15 significant digits, as LibreOffice reads and writes them", () => {
  it("keeps names that look like numbers, dates, booleans and errors as text", () => {
    const b = built.literal;
    const ws = sheet(b.calc, "Balanced Scorecard");
    for (const name of [...new Set(LITERAL_PERSPECTIVES), ...LITERAL_KPIS]) {
      const r = rowOf(ws, name);
      expect(ws.getCell(r, 1).type).toBe(ExcelJS.ValueType.String);
    }
    checkScorecardSheet(b, "Balanced Scorecard");
  });

  // Excel keeps 15 significant digits (support.microsoft.com/kb/269370); LibreOffice computes
  // with the full double but writes a cell's number back with 15: the NIK stored as a number
  // comes back without its last digit, the NIK stored as text comes back whole.
  it("writes a 16-digit id stored as a number back with 15 significant digits", () => {
    const ids = sheet(built.literal.calc, "IDs");
    expect(valueOf(ids.getCell("A1"))).toBe(3201234567890000);
    expect(valueOf(ids.getCell("A2"))).toBe(NIK);
    expect(ids.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  });
});

describe("a score on a band boundary, up to binary rounding", () => {
  it("is 40 in both engines, to 1e-9", () => {
    const ws = sheet(built.boundary.calc, "Balanced Scorecard");
    near(valueOf(ws.getCell("G8")), 40, "acquisition score");
  });

  // 39.999999999999993 is rated Poor like 40: the core and the sheets' formulas both rate
  // ROUND(score, 9). (Before, the core said "Very poor" and LibreOffice's MATCH gave #N/A.)
  it("is rated the same by LibreOffice and the core", () => {
    checkScorecardSheet(built.boundary, "Balanced Scorecard");
  });
});

/** The summary sheet's numbers and labels against the core, employee by employee. */
function checkSummary(b: Built): void {
  const ws = sheet(b.calc, "Balanced Scorecard Summary");
  const labels = SHEET_LABELS.en;
  const header = rowOf(ws, labels.employee);
  const column = (label: string) => {
    for (let c = 1; c <= ws.columnCount; c++)
      if (valueOf(ws.getCell(header, c)) === label) return c;
    throw new Error(`no column ${label}`);
  };
  expect(b.preview.employees).toHaveLength(6);
  for (const e of b.preview.employees) {
    const r = rowOf(ws, e.employee);
    const rows = b.table.rows.filter((x) => x.employee === e.employee);
    for (const p of e.perspectives)
      near(
        valueOf(ws.getCell(r, column(p.perspective))),
        p.fulfillment,
        `${e.employee} ${p.perspective}`
      );
    near(valueOf(ws.getCell(r, column(labels.overall))), e.overall, `${e.employee} overall`);
    expect(valueOf(ws.getCell(r, column(labels.rating)))).toBe(e.rating);
    near(
      valueOf(ws.getCell(r, column(labels.assessment))),
      meanOfGiven(rows.map((x) => x.assessmentScore))!,
      `${e.employee} assessment`
    );
    near(
      valueOf(ws.getCell(r, column(labels.development))),
      meanOfGiven(rows.map((x) => x.developmentScore))!,
      `${e.employee} development`
    );
    near(valueOf(ws.getCell(r, column(labels.css))), e.css!, `${e.employee} CSS`);
    expect(valueOf(ws.getCell(r, column(labels.gcr)))).toBe(e.gcrEligible);
  }
  // Both sides of the GCR line are present.
  expect(new Set(b.preview.employees.map((e) => e.gcrEligible))).toEqual(new Set([true, false]));
}

describe("LibreOffice recalculates the exported multi-employee summary", () => {
  it("has the summary, the details and one sheet per employee", () => {
    expect(built.employees.sheets).toEqual([
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Adi Nugroho",
      "Budi Santoso",
      "Citra Lestari",
      "Dewi Anggraini",
      "Eko Prasetyo",
      "Fitri Handayani",
    ]);
  });

  it("matches every employee's perspective scores, overall, rating, CSS and GCR", () => {
    checkSummary(built.employees);
  });

  it("matches every employee's own scorecard sheet", () => {
    const b = built.employees;
    for (const e of b.preview.employees) checkScorecardSheet(b, e.employee, e.employee);
  });
});

describe("LibreOffice recalculates the command line's streamed file", () => {
  it("to the same numbers: the summary and every employee's sheet against the core", () => {
    const b = built.streamed;
    expect(b.sheets).toEqual(built.employees.sheets);
    checkSummary(b);
    for (const e of b.preview.employees) checkScorecardSheet(b, e.employee, e.employee);
  });
});
