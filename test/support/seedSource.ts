/**
 * The example datasets (src/examples, laid out by src/scorecard/exampleTables.ts)
 * as SourceTables read from a "Data" sheet (header in row 1): seed 003's KPI
 * table, and several employees with its KPIs.
 */
import { exampleHeaders, seed003Table } from "../../src/scorecard/exampleTables";
import { SourceTable, SourceValue } from "../../src/scorecard/types";

/** Seed 003's headers: the KPI table's required columns, as COLUMN_LABELS.en names them. */
export const SEED_HEADERS: string[] = seed003Table().headers;

/** Seed 003's "Tabel 5", the actual being the mean of the monthly ratios (overall 57.85). */
export function seedRows(): SourceValue[][] {
  return seed003Table().rows;
}

export function sourceTable(
  headers: string[],
  values: SourceValue[][],
  sheetName = "Data",
  top = 0,
  left = 0
): SourceTable {
  return {
    sheetName,
    top,
    left,
    headers,
    values,
    formulas: values.map((row) => row.map((v) => (v === null ? "" : String(v)))),
    label: { kind: "range", address: `${sheetName}!A1` },
  };
}

export function seedSource(): SourceTable {
  return sourceTable(SEED_HEADERS, seedRows());
}

/**
 * Seed 003 for several employees, actuals scaled per employee (the e-th by
 * 1 + e/10); with `css`, assessment and development scores on each employee's
 * first row (`assessment(e)`, `development(e)`), the others blank.
 */
export function multiEmployeeRows(
  names: readonly string[],
  css?: { assessment: (e: number) => number; development: (e: number) => number }
): { headers: string[]; values: SourceValue[][] } {
  const extra = css ? exampleHeaders(["assessmentScore", "developmentScore"]) : [];
  const headers = [...exampleHeaders(["employee"]), ...SEED_HEADERS, ...extra];
  const values: SourceValue[][] = [];
  names.forEach((name, e) => {
    seedRows().forEach((row, i) => {
      const actual = (row[6] as number) * (1 + e / 10);
      const scores = !css ? [] : i === 0 ? [css.assessment(e), css.development(e)] : [null, null];
      values.push([name, ...row.slice(0, 6), actual, ...scores]);
    });
  });
  return { headers, values };
}

/** Several employees, each with the seed's four KPIs and actuals scaled by a factor. */
export function multiEmployeeSource(names: string[], withCss = true): SourceTable {
  const { headers, values } = multiEmployeeRows(
    names,
    withCss ? { assessment: (e) => 80 + e, development: (e) => 70 + e } : undefined
  );
  return sourceTable(headers, values);
}
