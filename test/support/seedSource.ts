/** The seed 003 KPI table as a SourceTable read from a "Data" sheet (header in row 1). */
import { SEED003_KPIS, meanOfRatios } from "../../src/examples/seed003";
import { SourceTable, SourceValue } from "../../src/scorecard/types";

export const SEED_HEADERS = [
  "Perspective",
  "Perspective weight",
  "KPI",
  "KPI weight",
  "Value at 50",
  "Value at 100",
  "Actual",
];

export function seedRows(): SourceValue[][] {
  return SEED003_KPIS.map((k) => [
    k.perspective,
    k.perspectiveWeight,
    k.kpi,
    k.kpiWeight,
    k.valueAt50,
    k.valueAt100,
    meanOfRatios(k.monthly),
  ]);
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

/** Several employees, each with the seed's four KPIs and actuals scaled by a factor. */
export function multiEmployeeSource(names: string[], withCss = true): SourceTable {
  const headers = ["Employee", ...SEED_HEADERS, ...(withCss ? ["Assessment", "Development"] : [])];
  const values: SourceValue[][] = [];
  names.forEach((name, e) => {
    seedRows().forEach((row, i) => {
      const actual = (row[6] as number) * (1 + e / 10);
      values.push([
        name,
        ...row.slice(0, 6),
        actual,
        ...(withCss ? (i === 0 ? [80 + e, 70 + e] : [null, null]) : []),
      ]);
    });
  });
  return sourceTable(headers, values);
}
