/**
 * Seed 003 (BPJS Ketenagakerjaan, 2023): the monthly data of its Tables 1-4 and
 * the KPI table of "Tabel 5" (DOMAIN.md section 1), each actual the mean of the
 * monthly ratios as the core's period aggregation computes it (overall 57.85,
 * Poor). The one copy of this data: the "example" template, the example
 * workbooks, the playground's sample and the tests read it from here
 * (src/scorecard/exampleTables.ts lays it out as a KPI table).
 */
import { isDomainError } from "../core/errors";
import { PeriodValue, aggregatePeriods } from "../core/periods";

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
  /** What the monthly numerators and denominators count (the labels of the template's monthly rows). */
  readonly numeratorLabel: string;
  readonly denominatorLabel: string;
  /** The mean of the monthly ratios (core/periods.ts "meanOfRatios"). */
  readonly actual: number;
}

/**
 * Mean of the monthly ratios: how the paper computes each actual, by the core's
 * period aggregation. A month whose numerator is null is not reported yet
 * (a part-year table): it is left out, its denominator with it.
 */
export function meanOfRatios(monthly: ReadonlyArray<readonly [PeriodValue, PeriodValue]>): number {
  const result = aggregatePeriods(
    "meanOfRatios",
    monthly.map(([numerator]) => numerator),
    monthly.map(([, denominator]) => denominator)
  );
  if (isDomainError(result)) throw new Error(`seed 003: ${result.message}`);
  return result;
}

const kpi = (k: Omit<SeedKpi, "actual">): SeedKpi => ({ ...k, actual: meanOfRatios(k.monthly) });

/** "Tabel 5": the KPI table, one row per KPI. The actual is the mean of the monthly ratios. */
export const SEED003_KPIS: readonly SeedKpi[] = [
  kpi({
    perspective: "Customer",
    perspectiveWeight: 0.35,
    kpi: "Retention",
    kpiWeight: 0.5,
    valueAt50: 0.75,
    valueAt100: 0.95,
    monthly: RETENTION_MONTHLY,
    numeratorLabel: "Inactive participants",
    denominatorLabel: "Active participants",
  }),
  kpi({
    perspective: "Customer",
    perspectiveWeight: 0.35,
    kpi: "Acquisition",
    kpiWeight: 0.5,
    valueAt50: 0.5,
    valueAt100: 1,
    monthly: ACQUISITION_MONTHLY,
    numeratorLabel: "New customers",
    denominatorLabel: "Total customers",
  }),
  kpi({
    perspective: "Internal process",
    perspectiveWeight: 0.4,
    kpi: "Service effectiveness",
    kpiWeight: 1,
    valueAt50: 0.25,
    valueAt100: 0.8,
    monthly: SERVICE_MONTHLY,
    numeratorLabel: "Services delivered",
    denominatorLabel: "Service target",
  }),
  kpi({
    perspective: "Learning & growth",
    perspectiveWeight: 0.25,
    kpi: "Employee training",
    kpiWeight: 1,
    valueAt50: 0.2,
    valueAt100: 0.5,
    monthly: TRAINING_MONTHLY,
    numeratorLabel: "Employees trained",
    denominatorLabel: "Training target",
  }),
];
