/**
 * The "Employees" sheet of the sample: a long KPI table for six employees of a
 * branch office (one row per employee and KPI), with assessment and
 * development scores, as HR keeps it for the Career Score (CSS).
 */

export const EMPLOYEE_HEADERS = [
  "Employee",
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

/** Perspective, perspective weight, KPI, KPI weight, value at 50, value at 100. */
const KPIS: ReadonlyArray<readonly [string, number, string, number, number, number]> = [
  ["Financial", 0.3, "Sales target achievement", 0.6, 0.8, 1],
  ["Financial", 0.3, "Collection rate", 0.4, 0.85, 0.98],
  ["Customer", 0.3, "Customer retention", 0.5, 0.75, 0.95],
  ["Customer", 0.3, "Customer satisfaction (CSI)", 0.5, 0.7, 0.9],
  ["Internal process", 0.25, "On-time service (SLA)", 1, 0.85, 0.98],
  ["Learning & growth", 0.15, "Training completion", 1, 0.5, 1],
];

/** Name, actual per KPI (in KPIS order), assessment score, development score. */
const EMPLOYEES: ReadonlyArray<readonly [string, readonly number[], number, number]> = [
  ["Adi Nugroho", [0.962, 0.934, 0.887, 0.842, 0.951, 0.833], 84, 78],
  ["Budi Santoso", [0.874, 0.912, 0.803, 0.781, 0.902, 0.667], 76, 70],
  ["Citra Lestari", [1.046, 0.967, 0.931, 0.886, 0.973, 1], 91, 88],
  ["Dewi Anggraini", [0.913, 0.887, 0.842, 0.806, 0.934, 0.75], 80, 74],
  ["Eko Prasetyo", [0.792, 0.861, 0.768, 0.731, 0.874, 0.5], 68, 62],
  ["Fitri Handayani", [0.988, 0.948, 0.902, 0.861, 0.962, 0.917], 87, 83],
];

export type SampleRow = (string | number)[];

/** Header row + one row per employee and KPI. */
export function employeeRows(): SampleRow[] {
  const rows: SampleRow[] = [[...EMPLOYEE_HEADERS]];
  for (const [name, actuals, assessment, development] of EMPLOYEES) {
    KPIS.forEach(([perspective, pw, kpi, kw, v50, v100], i) => {
      rows.push([name, perspective, pw, kpi, kw, v50, v100, actuals[i], assessment, development]);
    });
  }
  return rows;
}

/**
 * `count` rows of generated employee KPI data (header excluded), for trying
 * large sheets (playground.html?large=12000): same columns as the Employees sheet.
 */
export function generatedEmployeeRows(count: number): SampleRow[] {
  const rows: SampleRow[] = [[...EMPLOYEE_HEADERS]];
  for (let i = 0; rows.length <= count; i++) {
    const name = `Employee ${String(i + 1).padStart(5, "0")}`;
    const assessment = 60 + ((i * 37) % 36);
    const development = 55 + ((i * 53) % 41);
    KPIS.forEach(([perspective, pw, kpi, kw, v50, v100], k) => {
      if (rows.length > count) return;
      // A deterministic spread around the KPI's targets (no randomness: screenshots stay stable).
      const t = ((i * 7 + k * 13) % 23) / 22;
      const actual = Math.round((v50 - 0.1 + t * (v100 - v50 + 0.15)) * 1000) / 1000;
      rows.push([name, perspective, pw, kpi, kw, v50, v100, actual, assessment, development]);
    });
  }
  return rows;
}
