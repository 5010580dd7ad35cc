/**
 * Names a user's source may hold as text that Excel would not keep as text if
 * they were typed (or written through Range.values / Range.formulas): numbers
 * past 15 digits, leading zeros, dates, percentages, booleans, error literals,
 * formulas, the other locale's numbers (excel-simulator/typedInput.ts).
 */
import { SEED_HEADERS, seedRows } from "./seedSource";
import type { SourceValue } from "../../src/scorecard/types";

export const NIK = "3201234567890001"; // a 16-digit Indonesian NIK: Excel keeps 15 digits
export const NIP = "198503302010121002"; // an 18-digit Indonesian civil-servant number

export const LITERALS: readonly string[] = [
  NIK,
  NIP,
  "00123",
  "1/2",
  "Jan-24",
  "10%",
  "TRUE",
  "#N/A",
  "1,5",
  "=x",
  "+x",
  "-1+2",
  "@SUM(A1)",
  "'quoted",
  "13/1",
  "1.234,5",
  "1,234.5",
  "2024-01-31",
  "#NULL!",
  "false",
  "0 1/2",
  "(5)",
  "$5",
  "Rp1.000",
  "10:30",
  "1e5",
];

/** The literal `i` places further, around the list. */
export const literal = (i: number): string => LITERALS[i % LITERALS.length];

/** The rows of one employee whose perspectives, KPIs and period are literals (from `offset`). */
export function literalRows(offset: number): {
  perspectives: string[];
  kpis: string[];
  period: string;
  rows: SourceValue[][];
} {
  const perspectives = [literal(offset), literal(offset), literal(offset + 1), literal(offset + 2)];
  const kpis = [literal(offset + 3), literal(offset + 4), literal(offset + 5), literal(offset + 6)];
  const period = literal(offset + 7);
  const rows = seedRows().map((row, i) => [
    perspectives[i],
    row[1],
    kpis[i],
    ...row.slice(3),
    period,
  ]);
  return { perspectives, kpis, period, rows };
}

/** Every literal as an employee of its own, with literal perspectives, KPIs and periods. */
export function literalEmployees(): { headers: string[]; rows: SourceValue[][] } {
  const headers = ["Employee", ...SEED_HEADERS, "Period"];
  const rows: SourceValue[][] = [];
  LITERALS.forEach((employee, e) => {
    literalRows(e + 1).rows.forEach((row) => {
      const actual = (row[6] as number) * (1 + e / 50);
      rows.push([employee, ...row.slice(0, 6), actual, row[7]]);
    });
  });
  return { headers, rows };
}
