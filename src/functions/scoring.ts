/** Adapters for the scoring functions: BSC_SCORE, KPI_SCORE, REQUIRED_ACTUAL. */
import { WeightedSum } from "../core/weighted";
import { clampedKpiScore, requiredActual } from "../core/scoring";
import { fastBscScore, fastKpiScores } from "./fastPaths";
import { Matrix, NumberArg, mapNumbers, present, reduceNumbers, single, toCell } from "./args";

const omitted = (v: unknown): boolean => v === null || v === undefined;

/**
 * Weights given as ranges are required on every KPI row; omitted ones are
 * 1/n (KPI) and 1 (perspective).
 */
function weightArg(name: string, value: unknown): NumberArg {
  return omitted(value)
    ? { name, value: null, optional: true, defaultValue: 1 }
    : { name, value, key: false };
}

export function bscScore(
  actual: unknown,
  valueAt50: unknown,
  valueAt100: unknown,
  kpiWeight: unknown,
  perspectiveWeight: unknown
): Matrix {
  const fast = /*#__NOINLINE__*/ fastBscScore(
    actual,
    valueAt50,
    valueAt100,
    kpiWeight,
    perspectiveWeight
  );
  if (fast !== undefined) return single(fast);
  const sum = new WeightedSum(omitted(kpiWeight));
  const error = reduceNumbers(
    [
      { name: "actual", value: actual },
      { name: "valueAt50", value: valueAt50 },
      { name: "valueAt100", value: valueAt100 },
      weightArg("kpiWeight", kpiWeight),
      weightArg("perspectiveWeight", perspectiveWeight),
    ],
    // Hosts that send blank cells as 0 make empty rows 0, 0, 0: no KPI has valueAt50 = valueAt100 = 0, so skip them.
    (v) =>
      v[0] === 0 && v[1] === 0 && v[2] === 0 ? undefined : sum.add(v[0], v[1], v[2], v[3], v[4])
  );
  if (error) return single(error);
  return single(toCell(sum.result(), { rows: 1, cols: 1 }, 0, 0));
}

/**
 * KPI_SCORE's body at module level, not a closure made per call: optimised code
 * that inlines a per-call closure is thrown away at the next full GC.
 */
const kpiScoreAt = (v: number[]) => clampedKpiScore(v[0], v[1], v[2], present(v[3]), present(v[4]));

export function kpiScores(
  actual: unknown,
  valueAt50: unknown,
  valueAt100: unknown,
  floor: unknown,
  cap: unknown
): Matrix {
  const fast = /*#__NOINLINE__*/ fastKpiScores(actual, valueAt50, valueAt100, floor, cap);
  if (fast) return fast;
  return mapNumbers(
    [
      { name: "actual", value: actual },
      { name: "valueAt50", value: valueAt50 },
      { name: "valueAt100", value: valueAt100 },
      { name: "floor", value: floor, optional: true },
      { name: "cap", value: cap, optional: true },
    ],
    kpiScoreAt
  );
}

export function requiredActuals(
  targetScore: unknown,
  valueAt50: unknown,
  valueAt100: unknown
): Matrix {
  return mapNumbers(
    [
      { name: "targetScore", value: targetScore },
      { name: "valueAt50", value: valueAt50 },
      { name: "valueAt100", value: valueAt100 },
    ],
    (v) => requiredActual(v[0], v[1], v[2])
  );
}
