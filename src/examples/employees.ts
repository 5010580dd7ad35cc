/**
 * Six employees of a branch office with the same six KPIs, as HR keeps them
 * for the Career Score (CSS): one row per employee and KPI, with each
 * employee's behaviour-competency assessment and development scores. The one
 * copy of this data: the playground's "Employees" sheet, examples/employees.xlsx
 * and the tests read it from here (src/scorecard/exampleTables.ts lays it out
 * as a KPI table). The user guides quote it (Adi Nugroho: overall 86.34, CSS
 * 84.44) and their screenshots show it.
 */

export interface EmployeeKpi {
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
}

const kpi = (
  perspective: string,
  perspectiveWeight: number,
  name: string,
  kpiWeight: number,
  valueAt50: number,
  valueAt100: number
): EmployeeKpi => ({ perspective, perspectiveWeight, kpi: name, kpiWeight, valueAt50, valueAt100 });

/** The branch office's scorecard: every employee has these KPIs, weights and values at 50 and 100. */
export const EMPLOYEE_KPIS: readonly EmployeeKpi[] = [
  kpi("Financial", 0.3, "Sales target achievement", 0.6, 0.8, 1),
  kpi("Financial", 0.3, "Collection rate", 0.4, 0.85, 0.98),
  kpi("Customer", 0.3, "Customer retention", 0.5, 0.75, 0.95),
  kpi("Customer", 0.3, "Customer satisfaction (CSI)", 0.5, 0.7, 0.9),
  kpi("Internal process", 0.25, "On-time service (SLA)", 1, 0.85, 0.98),
  kpi("Learning & growth", 0.15, "Training completion", 1, 0.5, 1),
];

export interface ExampleEmployee {
  readonly name: string;
  /** One actual per EMPLOYEE_KPIS row, in order. */
  readonly actuals: readonly number[];
  /** Behaviour competency assessment and development (training/certification) scores, 0-100. */
  readonly assessment: number;
  readonly development: number;
}

const employee = (
  name: string,
  actuals: readonly number[],
  assessment: number,
  development: number
): ExampleEmployee => ({ name, actuals, assessment, development });

export const EXAMPLE_EMPLOYEES: readonly ExampleEmployee[] = [
  employee("Adi Nugroho", [0.962, 0.934, 0.887, 0.842, 0.951, 0.833], 84, 78),
  employee("Budi Santoso", [0.874, 0.912, 0.803, 0.781, 0.902, 0.667], 76, 70),
  employee("Citra Lestari", [1.046, 0.967, 0.931, 0.886, 0.973, 1], 91, 88),
  employee("Dewi Anggraini", [0.913, 0.887, 0.842, 0.806, 0.934, 0.75], 80, 74),
  employee("Eko Prasetyo", [0.792, 0.861, 0.768, 0.731, 0.874, 0.5], 68, 62),
  employee("Fitri Handayani", [0.988, 0.948, 0.902, 0.861, 0.962, 0.917], 87, 83),
];

/** One row of the long table: an employee's KPI with its actual and the employee's CSS scores. */
export interface EmployeeKpiRow extends EmployeeKpi {
  readonly employee: string;
  readonly actual: number;
  readonly assessmentScore: number;
  readonly developmentScore: number;
}

function rowsOf(e: ExampleEmployee, kpis: readonly EmployeeKpi[]): EmployeeKpiRow[] {
  return kpis.map((k, i) => ({
    employee: e.name,
    ...k,
    actual: e.actuals[i],
    assessmentScore: e.assessment,
    developmentScore: e.development,
  }));
}

/** The six employees' long table: one row per employee and KPI. */
export function employeeKpiRows(): EmployeeKpiRow[] {
  return EXAMPLE_EMPLOYEES.flatMap((e) => rowsOf(e, EMPLOYEE_KPIS));
}

/**
 * `count` rows of generated employees ("Employee 00001", ...) with the same
 * KPIs, for trying large sheets (playground.html?large=12000). Deterministic
 * (no randomness), so screenshots and benchmarks stay stable.
 */
export function generatedEmployeeKpiRows(count: number): EmployeeKpiRow[] {
  const rows: EmployeeKpiRow[] = [];
  for (let i = 0; rows.length < count; i++) {
    const actuals = EMPLOYEE_KPIS.map((k, j) => {
      // A spread around the KPI's targets.
      const t = ((i * 7 + j * 13) % 23) / 22;
      return (
        Math.round((k.valueAt50 - 0.1 + t * (k.valueAt100 - k.valueAt50 + 0.15)) * 1000) / 1000
      );
    });
    const name = `Employee ${String(i + 1).padStart(5, "0")}`;
    const e = employee(name, actuals, 60 + ((i * 37) % 36), 55 + ((i * 53) % 41));
    rows.push(...rowsOf(e, EMPLOYEE_KPIS).slice(0, count - rows.length));
  }
  return rows;
}
