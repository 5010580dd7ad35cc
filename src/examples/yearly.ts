/**
 * Year-on-year examples from the seeds, one row per year and KPI.
 *
 * Seed 004 (PT NPS, Tabel 10, 2020-2022): ROA, ROE, CSI, SLA and employee
 * turnover as the paper prints them (fractions: 11,26% is 0.1126). The paper
 * rates each year's ratio on its own; the values at 50 and 100 here are this
 * example's settings (CSI's are seed 004's own Puas and Sangat Puas edges,
 * 66% and 81%; turnover is lower-is-better, so its value at 100 is below its
 * value at 50). Overall: 2020 88.535, 2021 87.5366…, 2022 98.17.
 *
 * Seed 001 (BPJS Ketenagakerjaan, Table 1, 2018-2021): ROI and NPM of the four
 * programmes, each programme a scored entity, grouped into the two kinds of
 * programme of Indonesia's employment social security (short-term: JKK, JKM;
 * long-term: JHT, JP) as units for the roll-up. The values at 50 and 100 are
 * this example's settings.
 */

export interface YearlyKpiRow {
  readonly employee?: string;
  readonly unit?: string;
  readonly period: number;
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
  readonly actual: number;
}

interface YearlyKpi {
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
}

const SEED004_KPIS: readonly YearlyKpi[] = [
  {
    perspective: "Finansial",
    perspectiveWeight: 0.4,
    kpi: "ROA",
    kpiWeight: 0.5,
    valueAt50: 0.05,
    valueAt100: 0.15,
  },
  {
    perspective: "Finansial",
    perspectiveWeight: 0.4,
    kpi: "ROE",
    kpiWeight: 0.5,
    valueAt50: 0.1,
    valueAt100: 0.2,
  },
  {
    perspective: "Operasional/Pelanggan",
    perspectiveWeight: 0.2,
    kpi: "CSI",
    kpiWeight: 1,
    valueAt50: 0.66,
    valueAt100: 0.81,
  },
  {
    perspective: "Bisnis internal",
    perspectiveWeight: 0.2,
    kpi: "SLA",
    kpiWeight: 1,
    valueAt50: 0.9,
    valueAt100: 1,
  },
  {
    perspective: "Pembelajaran dan pertumbuhan",
    perspectiveWeight: 0.2,
    kpi: "Employee turnover",
    kpiWeight: 1,
    valueAt50: 0.05,
    valueAt100: 0.01,
  },
];

/** Seed 004's Tabel 10, per year: ROA, ROE, CSI, SLA, turnover (the order of SEED004_KPIS). */
export const SEED004_ACTUALS: Readonly<Record<number, readonly number[]>> = {
  2020: [0.1126, 0.1615, 0.8409, 0.9589, 0.0173],
  2021: [0.0909, 0.1354, 0.8905, 0.9764, 0.0224],
  2022: [0.1099, 0.1669, 0.9006, 1, 0.0122],
};

/** PT NPS by year (seed 004). */
export function seed004Rows(): YearlyKpiRow[] {
  return Object.entries(SEED004_ACTUALS).flatMap(([year, actuals]) =>
    SEED004_KPIS.map((k, i) => ({
      employee: "PT NPS",
      period: Number(year),
      ...k,
      actual: actuals[i],
    }))
  );
}

const SEED001_KPIS: readonly YearlyKpi[] = [
  {
    perspective: "Financial",
    perspectiveWeight: 1,
    kpi: "ROI",
    kpiWeight: 0.5,
    valueAt50: 0.05,
    valueAt100: 0.15,
  },
  {
    perspective: "Financial",
    perspectiveWeight: 1,
    kpi: "NPM",
    kpiWeight: 0.5,
    valueAt50: 0.25,
    valueAt100: 0.75,
  },
];

/** Seed 001's Table 1: per programme, its unit, and ROI and NPM (fractions) per year 2018-2021. */
export const SEED001_PROGRAMMES: readonly {
  readonly programme: string;
  readonly unit: string;
  readonly roi: readonly number[];
  readonly npm: readonly number[];
}[] = [
  {
    programme: "JKK",
    unit: "Short-term",
    roi: [0.1786, 0.1699, 0.1362, 0.106],
    npm: [0.7619, 0.718, 0.8747, 0.6274],
  },
  {
    programme: "JKM",
    unit: "Short-term",
    roi: [0.2019, 0.1788, 0.0026, -0.1298],
    npm: [0.6984, 0.629, 0.0137, -0.5695],
  },
  {
    programme: "JHT",
    unit: "Long-term",
    roi: [0.0953, 0.1189, 0.084, 0.0846],
    npm: [0.5051, 0.5534, 0.4447, 0.5051],
  },
  {
    programme: "JP",
    unit: "Long-term",
    roi: [0.3595, 0.3197, 0.2548, 0.2195],
    npm: [0.9344, 0.9404, 0.9497, 0.9285],
  },
];

export const SEED001_YEARS: readonly number[] = [2018, 2019, 2020, 2021];

/** The four programmes by year, in units (seed 001); rows by year, then programme. */
export function seed001Rows(): YearlyKpiRow[] {
  return SEED001_YEARS.flatMap((period, y) =>
    SEED001_PROGRAMMES.flatMap((p) =>
      SEED001_KPIS.map((k) => ({
        employee: p.programme,
        unit: p.unit,
        period,
        ...k,
        actual: k.kpi === "ROI" ? p.roi[y] : p.npm[y],
      }))
    )
  );
}
