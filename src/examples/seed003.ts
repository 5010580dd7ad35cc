/**
 * Seed 003 (BPJS Ketenagakerjaan, 2023): the monthly data of its Tables 1-4 and
 * the KPI table of "Tabel 5" (DOMAIN.md section 1). Used by the tests, the
 * "example" template and the playground's sample workbook.
 */
export const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Table 1: new customers / total customers per month. */
export const ACQUISITION_MONTHLY: ReadonlyArray<readonly [number, number]> = [
  [1202, 4175],
  [1080, 3680],
  [1090, 3328],
  [1109, 3300],
  [1015, 4008],
  [1029, 3624],
  [1235, 3400],
  [1108, 3640],
  [995, 3625],
  [1110, 3575],
  [1154, 3692],
  [1215, 4000],
];

/** Table 2: inactive / active participants per month (the paper's "retention"; really a churn ratio). */
export const RETENTION_MONTHLY: ReadonlyArray<readonly [number, number]> = [
  [3208, 60872],
  [7327, 58866],
  [7254, 52619],
  [1842, 46455],
  [6021, 45722],
  [4465, 40716],
  [3411, 37280],
  [4886, 35104],
  [5330, 31326],
  [4047, 26991],
  [3483, 24054],
  [4170, 21725],
];

/** Table 3: services delivered / target (150) per month. */
export const SERVICE_MONTHLY: ReadonlyArray<readonly [number, number]> = [
  139, 123, 111, 110, 134, 121, 113, 121, 121, 119, 123, 133,
].map((n) => [n, 150] as const);

/** Table 4: employees trained / training target per month. */
export const TRAINING_MONTHLY: ReadonlyArray<readonly [number, number]> = [
  [3, 5],
  [2, 3],
  [4, 4],
  [3, 4],
  [5, 5],
  [3, 6],
  [1, 3],
  [3, 5],
  [1, 4],
  [2, 3],
  [4, 4],
  [1, 4],
];

export interface SeedKpi {
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
  readonly monthly: ReadonlyArray<readonly [number, number]>;
}

/** "Tabel 5": the KPI table, one row per KPI. The actual is the mean of the monthly ratios. */
export const SEED003_KPIS: readonly SeedKpi[] = [
  {
    perspective: "Customer",
    perspectiveWeight: 0.35,
    kpi: "Retention",
    kpiWeight: 0.5,
    valueAt50: 0.75,
    valueAt100: 0.95,
    monthly: RETENTION_MONTHLY,
  },
  {
    perspective: "Customer",
    perspectiveWeight: 0.35,
    kpi: "Acquisition",
    kpiWeight: 0.5,
    valueAt50: 0.5,
    valueAt100: 1,
    monthly: ACQUISITION_MONTHLY,
  },
  {
    perspective: "Internal process",
    perspectiveWeight: 0.4,
    kpi: "Service effectiveness",
    kpiWeight: 1,
    valueAt50: 0.25,
    valueAt100: 0.8,
    monthly: SERVICE_MONTHLY,
  },
  {
    perspective: "Learning & growth",
    perspectiveWeight: 0.25,
    kpi: "Employee training",
    kpiWeight: 1,
    valueAt50: 0.2,
    valueAt100: 0.5,
    monthly: TRAINING_MONTHLY,
  },
];

/** Mean of the monthly ratios: how the paper computes each actual. */
export function meanOfRatios(monthly: ReadonlyArray<readonly [number, number]>): number {
  return monthly.reduce((sum, [num, den]) => sum + num / den, 0) / monthly.length;
}
