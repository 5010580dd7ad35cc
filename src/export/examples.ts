/**
 * The example input workbooks committed under examples/ (written by
 * scripts/make-examples.js, read by the tests and the CLI's users), from the
 * example datasets of src/examples laid out by src/scorecard/exampleTables.ts:
 *
 * - seed003.xlsx: the seed 003 KPI table ("Data" sheet, table KPIs_Data) whose
 *   actuals are formulas over the monthly data of Tables 1-4 (the "example" template);
 * - employees.xlsx: the six employees' long KPI table (one row per employee
 *   and KPI) with assessment and development scores for the Career Score System,
 *   the rows of the playground's "Employees" sheet;
 * - seed004.xlsx: PT NPS by year, 2020-2022 (seed 004): a Period column, a history;
 * - seed001.xlsx: BPJS Ketenagakerjaan's four programmes by year, 2018-2021
 *   (seed 001), in two units: a history and a roll-up.
 */
import ExcelJS from "exceljs";
import { columnLetter, rangeA1 } from "../scorecard/a1";
import { generatedEmployeeKpiRows } from "../examples/employees";
import {
  EMPLOYEE_COLUMNS,
  ExampleTable,
  employeesTable,
  exampleHeaders,
  seed001Table,
  seed004Table,
} from "../scorecard/exampleTables";
import type { ColumnKey } from "../scorecard/types";
import { PlanBuilder } from "../scorecard/planBuilder";
import { COLORS, NUMBER_FORMATS, looksLikeRatio } from "../scorecard/styles";
import { writeTemplate } from "./templateWorkbook";
import { writePlanToWorkbook } from "./writePlan";

/** Column widths of the employees' table, in points. */
const EMPLOYEE_WIDTHS: Readonly<Partial<Record<ColumnKey, number>>> = {
  employee: 110,
  perspective: 110,
  perspectiveWeight: 70,
  kpi: 190,
  kpiWeight: 60,
  valueAt50: 64,
  valueAt100: 64,
  actual: 64,
  assessmentScore: 80,
  developmentScore: 85,
};

/**
 * An organisation's long table for trying the command line at scale:
 * `employees` generated employees (src/examples/employees.ts) with 12 KPIs
 * each, the branch office's six KPIs split in two halves ("... (H1)",
 * "... (H2)", half the KPI weight each, so every perspective still sums to
 * 100%), the second half's actual a little off the first's. `first` numbers
 * the employees from there (unit files of one organisation do not share names).
 */
export function organisationTable(employees: number, first = 1): ExampleTable {
  const columns = EMPLOYEE_COLUMNS;
  const at = (k: (typeof columns)[number]) => columns.indexOf(k);
  const rows = generatedEmployeeKpiRows(6 * (first - 1 + employees))
    .slice(6 * (first - 1))
    .flatMap((r, i) =>
      ([1, 2] as const).map((half) => {
        const row = columns.map((k) => (r as unknown as Record<string, string | number>)[k]);
        row[at("kpi")] = `${r.kpi} (H${half})`;
        row[at("kpiWeight")] = r.kpiWeight / 2;
        if (half === 2)
          row[at("actual")] = Math.round((r.actual + ((i % 5) - 2) / 100) * 1000) / 1000;
        return row;
      })
    );
  return { columns, headers: exampleHeaders(columns), rows };
}

/** The employees' long table: one row per employee and KPI, as an Excel table "Employees". */
export function employeesPlan(name = "Employees", table: ExampleTable = employeesTable()) {
  const { headers, rows } = table;
  const column = (k: ColumnKey) => EMPLOYEE_COLUMNS.indexOf(k);
  const b = new PlanBuilder(name);
  b.set(0, 0, headers);
  rows.forEach((row, i) => {
    b.set(i + 1, 0, row);
    const values = row.slice(column("valueAt50"), column("actual") + 1) as number[];
    b.format(i + 1, column("valueAt50"), 1, values.length, {
      numberFormat: looksLikeRatio(...values) ? NUMBER_FORMATS.ratio : "0.0",
    });
  });
  b.format(0, 0, 1, headers.length, { bold: true, wrapText: true, fill: COLORS.perspective });
  for (const k of ["perspectiveWeight", "kpiWeight"] as const)
    b.format(1, column(k), rows.length, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(1, column("assessmentScore"), rows.length, 2, { numberFormat: "0" });
  b.table({
    name: "Employees",
    address: rangeA1(0, 0, rows.length + 1, headers.length),
    style: "TableStyleMedium2",
  });
  b.columnWidths = Object.fromEntries(
    EMPLOYEE_COLUMNS.map((k, i) => [columnLetter(i), EMPLOYEE_WIDTHS[k] ?? 64])
  );
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

/** `organisationTable(employees, first)` as a workbook laid out as employees.xlsx. */
export function organisationWorkbook(employees: number, first = 1): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writePlanToWorkbook(workbook, employeesPlan("Employees", organisationTable(employees, first)));
  return workbook;
}

/** A year-on-year KPI table (one row per year, entity and KPI) as an Excel table. */
export function yearlyPlan(name: string, table: ExampleTable) {
  const { headers, rows, columns } = table;
  const column = (k: ColumnKey) => columns.indexOf(k);
  const b = new PlanBuilder(name);
  b.set(0, 0, headers);
  rows.forEach((row, i) => b.set(i + 1, 0, row));
  b.format(0, 0, 1, headers.length, { bold: true, wrapText: true, fill: COLORS.perspective });
  for (const k of ["perspectiveWeight", "kpiWeight"] as const)
    b.format(1, column(k), rows.length, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(1, column("valueAt50"), rows.length, 3, { numberFormat: NUMBER_FORMATS.ratio });
  b.table({
    name: name.replace(/\W/g, "_"),
    address: rangeA1(0, 0, rows.length + 1, headers.length),
    style: "TableStyleMedium2",
  });
  b.columnWidths = Object.fromEntries(
    columns.map((k, i) => [columnLetter(i), k === "perspective" || k === "kpi" ? 170 : 70])
  );
  b.freeze = { rows: 1, columns: 0 };
  return b.build();
}

export function seed004Workbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writePlanToWorkbook(workbook, yearlyPlan("PT_NPS", seed004Table()));
  return workbook;
}

export function seed001Workbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writePlanToWorkbook(workbook, yearlyPlan("Programmes", seed001Table()));
  return workbook;
}

export const EXAMPLES: Readonly<Record<string, () => ExcelJS.Workbook>> = {
  "seed003.xlsx": seed003Workbook,
  "employees.xlsx": employeesWorkbook,
  "seed004.xlsx": seed004Workbook,
  "seed001.xlsx": seed001Workbook,
};
