/**
 * The example datasets (src/examples) laid out as KPI tables: a header row of
 * the column names the pane and the header matching use (COLUMN_LABELS), then
 * one row per KPI (seed 003) or per employee and KPI (the six employees). The
 * example template, examples/*.xlsx, the playground's sample and the tests all
 * take their example tables from here.
 */
import type { Language } from "../core/language";
import { employeeKpiRows, generatedEmployeeKpiRows } from "../examples/employees";
import { SEED003_KPIS } from "../examples/seed003";
import { seed001Rows, seed004Rows } from "../examples/yearly";
import { COLUMN_LABELS } from "./messages";
import { ColumnKey, REQUIRED_COLUMNS } from "./types";

export type ExampleCell = string | number;

export interface ExampleTable {
  readonly columns: readonly ColumnKey[];
  /** COLUMN_LABELS of the columns, in the table's language. */
  readonly headers: string[];
  readonly rows: ExampleCell[][];
}

/** Seed 003's "Tabel 5": the KPI table's required columns. */
export const SEED003_COLUMNS: readonly ColumnKey[] = REQUIRED_COLUMNS;

/** The employees' long table: the KPI table with the employee first and the CSS scores last. */
export const EMPLOYEE_COLUMNS: readonly ColumnKey[] = [
  "employee",
  ...REQUIRED_COLUMNS,
  "assessmentScore",
  "developmentScore",
];

/** The column names a table of these columns has in `language`. */
export function exampleHeaders(columns: readonly ColumnKey[], language: Language = "en"): string[] {
  return columns.map((k) => COLUMN_LABELS[language][k]);
}

type ExampleRecord = Partial<Record<ColumnKey, ExampleCell>>;

function table(
  columns: readonly ColumnKey[],
  records: readonly ExampleRecord[],
  language: Language
): ExampleTable {
  const rows = records.map((record) =>
    columns.map((k) => {
      const value = record[k];
      if (value === undefined) throw new Error(`example row without ${k}`);
      return value;
    })
  );
  return { columns, headers: exampleHeaders(columns, language), rows };
}

/** Seed 003's KPI table, the actuals as numbers (the mean of the monthly ratios): overall 57.85. */
export function seed003Table(language: Language = "en"): ExampleTable {
  return table(SEED003_COLUMNS, SEED003_KPIS, language);
}

/** The six employees, one row per employee and KPI. */
export function employeesTable(language: Language = "en"): ExampleTable {
  return table(EMPLOYEE_COLUMNS, employeeKpiRows(), language);
}

/** `count` rows of generated employees with the same columns, for trying large sheets. */
export function generatedEmployeesTable(count: number, language: Language = "en"): ExampleTable {
  return table(EMPLOYEE_COLUMNS, generatedEmployeeKpiRows(count), language);
}

/** Seed 004's PT NPS by year (2020-2022): one scorecard per year, a history. */
export const SEED004_COLUMNS: readonly ColumnKey[] = ["employee", "period", ...REQUIRED_COLUMNS];

export function seed004Table(language: Language = "en"): ExampleTable {
  return table(SEED004_COLUMNS, seed004Rows() as ExampleRecord[], language);
}

/** Seed 001's four programmes by year (2018-2021) in two units: history and roll-up. */
export const SEED001_COLUMNS: readonly ColumnKey[] = [
  "unit",
  "employee",
  "period",
  ...REQUIRED_COLUMNS,
];

export function seed001Table(language: Language = "en"): ExampleTable {
  return table(SEED001_COLUMNS, seed001Rows() as ExampleRecord[], language);
}
