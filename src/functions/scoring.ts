/** The scoring functions' tables and bodies: BSC_SCORE, KPI_SCORE, REQUIRED_ACTUAL. */
import { clampedKpiScore, requiredActual } from "../core/scoring";
import { WeightedSum } from "../core/weighted";
import { kpiRows, kpiScoreRows, requiredActualRows } from "./fastPaths";
import {
  NumberOptions,
  OPTIONAL,
  Rows,
  aggregate,
  each,
  elementwise,
  over,
  present,
} from "./params";

/**
 * BSC_SCORE's weights: omitted they are 1 (kpiWeight: equal within each
 * perspective, core/weighted.ts), given they are needed on every KPI row.
 */
const WEIGHT: NumberOptions = { optional: true, defaultValue: 1, blankIsDefault: false };

/** BSC_SCORE's KPI rows, summed by the core. */
class KpiRows extends WeightedSum implements Rows {
  addRow(v: number[]) {
    return this.add(v[0], v[1], v[2], v[3], v[4]);
  }
}

const omitted = (v: unknown): boolean => v === null || v === undefined;

export const BSC_SCORE = aggregate(
  [
    over("actual"),
    over("valueAt50"),
    over("valueAt100"),
    over("kpiWeight", WEIGHT),
    over("perspectiveWeight", WEIGHT),
  ],
  // Without kpiWeight (args[3]) the KPIs of a perspective (those sharing a perspectiveWeight) weigh the same.
  (_: unknown, args: readonly unknown[]) => new KpiRows(omitted(args[3])),
  // Hosts that send blank cells as 0 make empty rows 0, 0, 0: no KPI has valueAt50 = valueAt100 = 0.
  { emptyWhenZero: true, fast: kpiRows }
);

export const KPI_SCORE = elementwise(
  [
    each("actual"),
    each("valueAt50"),
    each("valueAt100"),
    each("floor", OPTIONAL),
    each("cap", OPTIONAL),
  ],
  (v) => /*#__NOINLINE__*/ clampedKpiScore(v[0], v[1], v[2], present(v[3]), present(v[4])),
  kpiScoreRows
);

export const REQUIRED_ACTUAL = elementwise(
  [each("targetScore"), each("valueAt50"), each("valueAt100")],
  (v) => /*#__NOINLINE__*/ requiredActual(v[0], v[1], v[2]),
  requiredActualRows
);
