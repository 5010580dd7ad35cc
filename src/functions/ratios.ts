/** Adapters for the ratio functions (ROA, ROE, ..., GROWTH, ABSENTEEISM). */
import { RATIOS, RatioId, absenteeism, growth, ratio, roa, turnover } from "../core/ratios";
import { Matrix, mapNumbers, present } from "./args";
import { fastRatios } from "./fastPaths";

/** Any numerator/denominator ratio of the library, element-wise. */
export function simpleRatio(id: RatioId, numerator: unknown, denominator: unknown): Matrix {
  const spec = RATIOS[id];
  const fast = /*#__NOINLINE__*/ fastRatios(spec, numerator, denominator);
  if (fast) return fast;
  return mapNumbers(
    [
      { name: spec.numerator, value: numerator },
      { name: spec.denominator, value: denominator },
    ],
    (v) => ratio(spec, v[0], v[1])
  );
}

/** ROA's body at module level, not a closure made per call (see kpiScoreAt in scoring.ts). */
const roaAt = (v: number[]) => roa(v[0], v[1], present(v[2]));

export function roaRatio(netProfit: unknown, totalAssets: unknown, openingAssets: unknown): Matrix {
  const fast = /*#__NOINLINE__*/ fastRatios(RATIOS.ROA, netProfit, totalAssets, openingAssets);
  if (fast) return fast;
  return mapNumbers(
    [
      { name: "netProfit", value: netProfit },
      { name: "totalAssets", value: totalAssets },
      { name: "openingAssets", value: openingAssets, optional: true },
    ],
    roaAt
  );
}

export function turnoverRatio(leavers: unknown, headcount: unknown, headcountEnd: unknown): Matrix {
  return mapNumbers(
    [
      { name: "leavers", value: leavers },
      { name: "headcount", value: headcount },
      { name: "headcountEnd", value: headcountEnd, optional: true },
    ],
    (v) => turnover(v[0], v[1], present(v[2]))
  );
}

export function growthRatio(current: unknown, previous: unknown): Matrix {
  return mapNumbers(
    [
      { name: "current", value: current },
      { name: "previous", value: previous },
    ],
    (v) => growth(v[0], v[1])
  );
}

export function absenteeismRatio(
  lostDays: unknown,
  daysWorked: unknown,
  daysNotWorked: unknown
): Matrix {
  return mapNumbers(
    [
      { name: "lostDays", value: lostDays },
      { name: "daysWorked", value: daysWorked },
      { name: "daysNotWorked", value: daysNotWorked },
    ],
    (v) => absenteeism(v[0], v[1], v[2])
  );
}
