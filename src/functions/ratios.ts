/** The ratio functions' tables and bodies (ROA, ROE, ..., GROWTH, ABSENTEEISM): core/ratios.ts does the maths. */
import {
  RATIOS,
  RatioId,
  absenteeism,
  achievement,
  growth,
  ratio,
  roa,
  turnover,
} from "../core/ratios";
import { growthRows, ratioRows, roaRows } from "./fastPaths";
import { OPTIONAL, each, elementwise, present } from "./params";

/** A numerator/denominator ratio of the library, named as core/ratios.ts names its arguments. */
function simpleRatio(id: RatioId) {
  const spec = RATIOS[id];
  return elementwise(
    [each(spec.numerator), each(spec.denominator)],
    (v) => /*#__NOINLINE__*/ ratio(spec, v[0], v[1]),
    (plan, out, from) => ratioRows(plan, out, from, spec)
  );
}

export const ROE = simpleRatio("ROE");
export const ROI = simpleRatio("ROI");
export const NPM = simpleRatio("NPM");
export const ACQUISITION = simpleRatio("ACQUISITION");
export const RETENTION = simpleRatio("RETENTION");
export const CHURN = simpleRatio("CHURN");
export const SLA = simpleRatio("SLA");
export const INNOVATION = simpleRatio("INNOVATION");
export const PRODUCTIVITY = simpleRatio("PRODUCTIVITY");

export const ROA = elementwise(
  [each("netProfit"), each("totalAssets"), each("openingAssets", OPTIONAL)],
  (v) => /*#__NOINLINE__*/ roa(v[0], v[1], present(v[2])),
  roaRows
);

export const TURNOVER = elementwise(
  [each("leavers"), each("headcount"), each("headcountEnd", OPTIONAL)],
  (v) => /*#__NOINLINE__*/ turnover(v[0], v[1], present(v[2]))
);

export const GROWTH = elementwise(
  [each("current"), each("previous")],
  (v) => /*#__NOINLINE__*/ growth(v[0], v[1]),
  growthRows
);

/** lowerIsBetter: TRUE/FALSE (1/0 in Excel arithmetic), any number but 0 is TRUE; omitted or blank: FALSE. */
export const ACHIEVEMENT = elementwise(
  [each("actual"), each("target"), each("lowerIsBetter", { optional: true, defaultValue: 0 })],
  (v) => /*#__NOINLINE__*/ achievement(v[0], v[1], v[2] !== 0)
);

export const ABSENTEEISM = elementwise(
  [each("lostDays"), each("daysWorked"), each("daysNotWorked")],
  (v) => /*#__NOINLINE__*/ absenteeism(v[0], v[1], v[2])
);
