/**
 * The example input workbooks committed under examples/ (written by
 * scripts/make-examples.js, read by the tests and the CLI's users):
 *
 * - seed003.xlsx: the seed 003 KPI table ("Data" sheet, table KPIs_Data) whose
 *   actuals are formulas over the monthly data of Tables 1-4 (the "example" template);
 * - employees.xlsx: a long KPI table of six employees (one row per employee
 *   and KPI) with assessment and development scores for the Career Score System.
 */
import ExcelJS from "exceljs";
import { PlanCell } from "../scorecard/plan";
import { PlanBuilder } from "../scorecard/planBuilder";
import { COLORS, NUMBER_FORMATS } from "../scorecard/styles";
import { writeTemplate } from "./templateWorkbook";
import { writePlanToWorkbook } from "./writePlan";

interface ExampleKpi {
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
}

/** A branch office's scorecard: lower is better for the cost ratio and complaints (V100 < V50). */
export const EMPLOYEE_KPIS: readonly ExampleKpi[] = [
  {
    perspective: "Financial",
    perspectiveWeight: 0.3,
    kpi: "Revenue growth",
    kpiWeight: 0.6,
    valueAt50: 0.03,
    valueAt100: 0.1,
  },
  {
    perspective: "Financial",
    perspectiveWeight: 0.3,
    kpi: "Cost-to-income ratio",
    kpiWeight: 0.4,
    valueAt50: 0.8,
    valueAt100: 0.65,
  },
  {
    perspective: "Customer",
    perspectiveWeight: 0.3,
    kpi: "Customer satisfaction (CSI)",
    kpiWeight: 0.5,
    valueAt50: 0.66,
    valueAt100: 0.81,
  },
  {
    perspective: "Customer",
    perspectiveWeight: 0.3,
    kpi: "Customer retention",
    kpiWeight: 0.3,
    valueAt50: 0.85,
    valueAt100: 0.95,
  },
  {
    perspective: "Customer",
    perspectiveWeight: 0.3,
    kpi: "Complaints per 1,000 customers",
    kpiWeight: 0.2,
    valueAt50: 12,
    valueAt100: 4,
  },
  {
    perspective: "Internal process",
    perspectiveWeight: 0.2,
    kpi: "Service level (SLA met)",
    kpiWeight: 1,
    valueAt50: 0.85,
    valueAt100: 0.98,
  },
  {
    perspective: "Learning & growth",
    perspectiveWeight: 0.2,
    kpi: "Training hours",
    kpiWeight: 0.6,
    valueAt50: 20,
    valueAt100: 40,
  },
  {
    perspective: "Learning & growth",
    perspectiveWeight: 0.2,
    kpi: "Improvement ideas adopted",
    kpiWeight: 0.4,
    valueAt50: 2,
    valueAt100: 6,
  },
];

export interface ExampleEmployee {
  readonly name: string;
  /** One actual per EMPLOYEE_KPIS row, in order. */
  readonly actuals: readonly number[];
  /** Behaviour competency assessment and development (training/certification) scores, 0-100. */
  readonly assessment: number;
  readonly development: number;
}

export const EXAMPLE_EMPLOYEES: readonly ExampleEmployee[] = [
  {
    name: "Ani Wijaya",
    actuals: [0.112, 0.62, 0.84, 0.96, 3.5, 0.985, 44, 7],
    assessment: 88,
    development: 92,
  },
  {
    name: "Budi Santoso",
    actuals: [0.074, 0.7, 0.78, 0.92, 6.2, 0.95, 33, 4],
    assessment: 80,
    development: 75,
  },
  {
    name: "Citra Lestari",
    actuals: [0.058, 0.76, 0.72, 0.9, 8.1, 0.93, 26, 3],
    assessment: 76,
    development: 70,
  },
  {
    name: "Dewi Anggraini",
    actuals: [0.093, 0.68, 0.8, 0.94, 5, 0.97, 38, 5],
    assessment: 84,
    development: 80,
  },
  {
    name: "Eko Prasetyo",
    actuals: [0.021, 0.84, 0.62, 0.82, 13.4, 0.82, 14, 1],
    assessment: 65,
    development: 55,
  },
  {
    name: "Fajar Nugroho",
    actuals: [0.046, 0.79, 0.7, 0.88, 9.3, 0.9, 22, 2],
    assessment: 72,
    development: 60,
  },
];

export const EMPLOYEE_HEADERS = [
  "Employee",
  "Period",
  "Perspective",
  "Perspective weight",
  "KPI",
  "KPI weight",
  "Value at 50",
  "Value at 100",
  "Actual",
  "Assessment",
  "Development",
] as const;

/** The employees' long table: one row per employee and KPI; assessment and development on each employee's first row. */
export function employeesPlan(name = "Employees") {
  const b = new PlanBuilder(name);
  b.set(0, 0, [...EMPLOYEE_HEADERS]);
  let r = 1;
  for (const e of EXAMPLE_EMPLOYEES) {
    EMPLOYEE_KPIS.forEach((k, i) => {
      const scores: PlanCell[] = i === 0 ? [e.assessment, e.development] : [null, null];
      b.set(r, 0, [
        e.name,
        "2023",
        k.perspective,
        k.perspectiveWeight,
        k.kpi,
        k.kpiWeight,
        k.valueAt50,
        k.valueAt100,
        e.actuals[i],
        ...scores,
      ]);
      const ratio = Math.abs(k.valueAt100) <= 1.5;
      b.format(r, 6, 1, 3, { numberFormat: ratio ? NUMBER_FORMATS.ratio : "0.0" });
      r++;
    });
  }
  const rows = r - 1;
  b.format(0, 0, 1, EMPLOYEE_HEADERS.length, {
    bold: true,
    wrapText: true,
    fill: COLORS.perspective,
  });
  b.format(1, 3, rows, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(1, 5, rows, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.table({ name: "Employees", address: `A1:K${rows + 1}`, style: "TableStyleMedium2" });
  b.columnWidths = {
    A: 110,
    B: 50,
    C: 110,
    D: 70,
    E: 190,
    F: 60,
    G: 64,
    H: 64,
    I: 64,
    J: 70,
    K: 70,
  };
  b.freeze = { rows: 1, columns: 1 };
  return b.build();
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Scorecard for Excel";
  // Fixed dates keep the committed files stable from one run to the next.
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = new Date(Date.UTC(2024, 0, 1));
  return workbook;
}

export function seed003Workbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writeTemplate(workbook, "example", "en", "Data");
  return workbook;
}

export function employeesWorkbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writePlanToWorkbook(workbook, employeesPlan());
  return workbook;
}

export const EXAMPLES: Readonly<Record<string, () => ExcelJS.Workbook>> = {
  "seed003.xlsx": seed003Workbook,
  "employees.xlsx": employeesWorkbook,
};
