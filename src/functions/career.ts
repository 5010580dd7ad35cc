/** The Career Score System's tables and bodies: CSS_TOTAL, GCR_ELIGIBLE, GRADE_DOWN. */
import {
  CssWeights,
  DEFAULT_CSS_WEIGHTS,
  cssWeightsError,
  gcrEligible,
  gradeDown,
  weightedCss,
} from "../core/css";
import { fromDomainError } from "./excelError";
import { cssRows } from "./fastPaths";
import { each, elementwise, list, perSeries, scalar, series } from "./params";

/** Three weights summing to 100%, checked once per call; omitted: 70/10/20. */
function cssWeights(values: number[] | undefined) {
  if (values === undefined) return DEFAULT_CSS_WEIGHTS;
  const problem = cssWeightsError(values);
  return problem ? fromDomainError(problem) : ([values[0], values[1], values[2]] as CssWeights);
}

export const CSS_TOTAL = elementwise(
  [
    each("kpiScore"),
    each("assessmentScore"),
    each("developmentScore"),
    list("weights", cssWeights),
  ],
  (v, s) => /*#__NOINLINE__*/ weightedCss(v[0], v[1], v[2], s.weights),
  cssRows
);

export const GCR_ELIGIBLE = elementwise([each("cssScore"), each("minimumScore")], (v) =>
  /*#__NOINLINE__*/ gcrEligible(v[0], v[1])
);

/** One employee's scores in time order; several rows of periods give one answer per row. */
export const GRADE_DOWN = perSeries(
  [series("scores"), scalar("threshold"), scalar("periods")],
  (scores, s) => /*#__NOINLINE__*/ gradeDown(scores, s.threshold, s.periods)
);
