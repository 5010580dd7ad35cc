/**
 * Scorecard builds on the simulated Excel host, through Microsoft's Office.js
 * client: N employees × 12 KPIs through the real pipeline (analyse → plans →
 * Office.js writer), against writing the same cells as one 2D array per sheet
 * in one request (no chunking, no formats).
 *
 * Both timings end with the host's formula engine settled (every queued write
 * parsed and calculated, as Excel does after a write): the host applies writes
 * lazily, so without that the bare write would only queue them and the build,
 * whose autofit reads displayed text, would pay the whole calculation alone.
 * The build's time is split into analyse + plan, the simulated Excel's own
 * share (executing the requests and settling the engine), and the rest: the
 * writer and Microsoft's client (proxies, serialization, parsing answers).
 * The requests are measured as Excel on the web counts them: the JSON of each
 * request and response.
 */
import * as path from "path";
import { SimulatedHost, createHost, installExcelGlobal } from "../excel-simulator";
import { useOfficeJsInNode } from "../excel-simulator/node";
import { writePlans } from "../src/excel/writePlans";
import { analyseSource } from "../src/scorecard/analyse";
import { buildPlans } from "../src/scorecard/buildPlans";
import { matchColumns } from "../src/scorecard/headers";
import { problemMessage } from "../src/scorecard/messages";
import { PlanCell, SheetPlan, formulaText } from "../src/scorecard/plan";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  SourceTable,
  SourceValue,
} from "../src/scorecard/types";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { median } = require("./stats") as { median: (xs: readonly number[]) => number };

const PERSPECTIVES = ["Financial", "Customer", "Internal process", "Learning & growth"];
const HEADERS = [
  "Employee",
  "Perspective",
  "Perspective weight",
  "KPI",
  "KPI weight",
  "Value at 50",
  "Value at 100",
  "Actual",
];

/**
 * employees × 12 KPIs (4 perspectives × 3 KPIs), deterministic; its values as
 * a read hands them over. Office.js parses every response from JSON, so each
 * cell's text is its own flat string; a template literal here would be a rope
 * (V8 makes one for 13 characters or more), which the analysis's first `trim`
 * flattens into a second string, kept, that no read from Excel makes: 240,000
 * of them (8 MB) for 10,000 employees, in the first run only.
 */
export function companyTable(employees: number): SourceValue[][] {
  return JSON.parse(JSON.stringify(madeTable(employees))) as SourceValue[][];
}

function madeTable(employees: number): SourceValue[][] {
  const rows: SourceValue[][] = [HEADERS];
  for (let e = 0; e < employees; e++) {
    PERSPECTIVES.forEach((p, i) => {
      for (let k = 0; k < 3; k++) {
        const actual = 0.3 + ((e * 7 + i * 3 + k) % 60) / 100;
        rows.push([
          `Employee ${e + 1}`,
          p,
          0.25,
          `${p} KPI ${k + 1}`,
          k === 2 ? 1 - 2 * (1 / 3) : 1 / 3,
          0.4,
          0.9,
          actual,
        ]);
      }
    });
  }
  return rows;
}

useOfficeJsInNode(
  path.join(process.cwd(), "node_modules", "@microsoft", "office-js", "dist", "excel-web-16.00.js")
);

export interface BuildMeasure {
  employees: number;
  rows: number;
  ms: number;
  /** Requests the build sent (not counting Excel.run's clean-up request). */
  requests: number;
  /** Excel.run's clean-up requests (releasing the ranges it kept). */
  cleanupRequests: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  baselineMs: number;
  baselineBytes: number;
  /** analyse + plans alone (no Office.js). */
  planMs: number;
  /** The simulated Excel: executing the requests and settling its formula engine. */
  hostMs: number;
  /** The rest: the writer and Microsoft's client (proxies, serialization, answers). */
  clientMs: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

function toFormulas(c: PlanCell, sheetRow: number): string | number | boolean {
  return c === null ? "" : typeof c === "object" ? formulaText(c, sheetRow) : c;
}

async function baseline(
  table: SourceValue[][],
  plans: SheetPlan[]
): Promise<{ ms: number; bytes: number }> {
  const host = createHost({ sheets: { Data: table }, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
  settle(host);
  const restore = installExcelGlobal(host, globalThis);
  const t0 = now();
  await Excel.run(async (context) => {
    for (const plan of plans) {
      const sheet = context.workbook.worksheets.add(plan.name);
      for (const block of plan.blocks) {
        const width = Math.max(...block.cells.map((r) => r.length));
        const cells = block.cells.map((r, i) => {
          const out = r.map((c) => toFormulas(c, i + 1));
          while (out.length < width) out.push("");
          return out;
        });
        sheet.getRangeByIndexes(0, 0, cells.length, width).formulas = cells;
      }
    }
    await context.sync();
  });
  settle(host);
  const ms = now() - t0;
  restore();
  return { ms, bytes: host.largestRequestBytes };
}

/** Applies every queued write to the formula engine (parse + calculate), as Excel does after a sync. */
function settle(host: SimulatedHost): void {
  host.workbook.engine.flush();
}

/** The source table a reader would give for `table` typed into a "Data" sheet from A1. */
export function sourceOf(table: SourceValue[][]): SourceTable {
  return {
    sheetName: "Data",
    top: 0,
    left: 0,
    headers: table[0].map(String),
    values: table.slice(1),
    formulas: table.slice(1).map((r) => r.map((v) => String(v ?? ""))),
    label: { kind: "range", address: "Data" } as const,
  };
}

/** The KPI table of a source table (analyseSource), for profiling the analysis alone. */
export function analyse(source: SourceTable): KpiTable {
  const { table: kpis, problems } = analyseSource(source, matchColumns(source.headers));
  if (!kpis) throw new Error(problems.map((p) => problemMessage(p, "en")).join("; "));
  return kpis;
}

/** The plans of a KPI table, for profiling the planning alone. */
export function plansOf(kpis: KpiTable, options: Partial<BuildOptions> = {}): SheetPlan[] {
  return buildPlans(kpis, { ...DEFAULT_BUILD_OPTIONS, ...options }, ["Data"]);
}

/** Analyse + plan of a source table (the pane's own work between reading and writing). */
export function planSource(source: SourceTable): SheetPlan[] {
  return plansOf(analyse(source));
}

export async function measureBuild(employees: number): Promise<BuildMeasure> {
  const table = companyTable(employees);
  const host = createHost({ sheets: { Data: table } });
  settle(host);
  const restore = installExcelGlobal(host, globalThis);
  // The source table is the reader's (not measured here): the build starts from it.
  const source = sourceOf(table);
  const t0 = now();
  const plans = planSource(source);
  const planMs = now() - t0;
  host.resetCounters();
  await writePlans(plans);
  const s0 = now();
  settle(host);
  const settleMs = now() - s0;
  const ms = now() - t0;
  const requests = host.requests;
  restore();
  const base = await baseline(table, plans);
  const hostMs = requests.reduce((n, r) => n + r.ms, 0) + settleMs;
  return {
    employees,
    rows: employees * 12,
    ms,
    requests: requests.filter((r) => !r.cleanup).length,
    cleanupRequests: requests.filter((r) => r.cleanup).length,
    largestRequestBytes: Math.max(...requests.map((r) => r.bytes)),
    largestResponseBytes: Math.max(...requests.map((r) => r.responseBytes)),
    totalRequestBytes: requests.reduce((n, r) => n + r.bytes, 0),
    totalResponseBytes: requests.reduce((n, r) => n + r.responseBytes, 0),
    baselineMs: base.ms,
    baselineBytes: base.bytes,
    planMs,
    hostMs,
    clientMs: ms - planMs - hostMs,
  };
}

export interface PlanningMeasure {
  employees: number;
  rows: number;
  runs: number;
  /** The first run in a fresh process (code not yet optimised), analyse + plan. */
  firstMs: number;
  /** Medians of the runs after the first. */
  analyseMs: number;
  planMs: number;
  totalMs: number;
  minMs: number;
  maxMs: number;
  /** Making the source table from the cells (the reader's part, not in the total). */
  sourceMs: number;
  /** The floor, median: one object per data row holding its eight cells, nothing checked or planned. */
  bareMs: number;
}

/** The bare pass: what any analysis that keeps a typed row per KPI row must at least do. */
function barePass(source: SourceTable): unknown[] {
  const rows = source.values;
  const out = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out[i] = { e: r[0], p: r[1], pw: r[2], k: r[3], kw: r[4], v50: r[5], v100: r[6], a: r[7] };
  }
  return out;
}

/**
 * The pane's own work between reading and writing, for `employees` × 12 KPIs:
 * analyse (typed rows, problems) and plan (every sheet's cells, formats, rules),
 * `runs` times in this process, the source table made before each clock starts.
 */
export function measurePlanning(employees: number, runs = 9): PlanningMeasure {
  const table = companyTable(employees);
  const samples: { source: number; analyse: number; plan: number; bare: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const source = sourceOf(table);
    const t1 = now();
    const kpis = analyse(source);
    const t2 = now();
    plansOf(kpis);
    const t3 = now();
    barePass(source);
    const t4 = now();
    samples.push({ source: t1 - t0, analyse: t2 - t1, plan: t3 - t2, bare: t4 - t3 });
  }
  const rest = samples.slice(1);
  const totals = rest.map((x) => x.analyse + x.plan);
  return {
    employees,
    rows: employees * 12,
    runs,
    firstMs: samples[0].analyse + samples[0].plan,
    analyseMs: median(rest.map((x) => x.analyse)),
    planMs: median(rest.map((x) => x.plan)),
    totalMs: median(totals),
    minMs: Math.min(...totals),
    maxMs: Math.max(...totals),
    sourceMs: median(rest.map((x) => x.source)),
    bareMs: median(rest.map((x) => x.bare)),
  };
}
