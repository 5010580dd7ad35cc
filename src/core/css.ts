/**
 * Career Score System (seed 002, DOMAIN.md section 3):
 *
 *     CSS = 0.70 * KPI score + 0.10 * assessment + 0.20 * development
 *
 * plus the two HR decisions built on it: Grade Confirmation Request (GCR)
 * eligibility and the grade-down signal.
 */
import { DomainError, Outcome, finiteNamed, numError, valueError } from "./errors";
import { sumsToOne } from "./tolerance";

export type CssWeights = readonly [kpi: number, assessment: number, development: number];

export const DEFAULT_CSS_WEIGHTS: CssWeights = [0.7, 0.1, 0.2];

/** Why a set of CSS weights cannot be used, or undefined when it can. */
export function cssWeightsError(weights: readonly number[]): DomainError | undefined {
  if (weights.length !== 3) return valueError("cssWeightCount", { count: weights.length });
  const negative = weights.findIndex((w) => w < 0);
  if (negative >= 0)
    return numError("cssWeightNegative", { index: negative + 1, value: weights[negative] });
  const sum = weights[0] + weights[1] + weights[2];
  if (!sumsToOne(sum)) return valueError("cssWeightSum", { sum });
  return undefined;
}

/**
 * CSS weights as a person types them (the pane's three fields, the command
 * line's --css-weights): percentage points (70, 10, 20), or fractions when all
 * three are at most 1 and sum to 1 (0.7, 0.1, 0.2). The weights as fractions,
 * or why they cannot be used (`cssWeightSum` with the sum found).
 */
export function cssWeightsFromInput(values: readonly number[]): Outcome<CssWeights> {
  const fractions = values.every((v) => Math.abs(v) <= 1) && sumsToOne(sum(values));
  const weights = fractions ? values : values.map((v) => v / 100);
  const problem = cssWeightsError(weights);
  return problem ?? [weights[0], weights[1], weights[2]];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function cssTotal(
  kpiScore: number,
  assessmentScore: number,
  developmentScore: number,
  weights: CssWeights = DEFAULT_CSS_WEIGHTS
): Outcome<number> {
  const problem = cssWeightsError(weights);
  if (problem) return problem;
  return weightedCss(kpiScore, assessmentScore, developmentScore, weights);
}

/** The CSS arithmetic alone, for weights already checked with `cssWeightsError` (one check per range, not per row). */
export function weightedCss(
  kpiScore: number,
  assessmentScore: number,
  developmentScore: number,
  weights: CssWeights
): Outcome<number> {
  return finiteNamed(
    kpiScore * weights[0] + assessmentScore * weights[1] + developmentScore * weights[2],
    "CSS"
  );
}

/** An employee at or above the minimum score may be put forward for a Grade Confirmation Request. */
export function gcrEligible(cssScore: number, minimumScore: number): boolean {
  return cssScore >= minimumScore;
}

/**
 * Grade-down signal: TRUE when each of the last `periods` scores (in time order)
 * is below `threshold`. With fewer scores than `periods` there is not enough
 * history to say so, and the answer is FALSE.
 */
export function gradeDown(
  scores: readonly number[],
  threshold: number,
  periods: number
): Outcome<boolean> {
  if (!Number.isInteger(periods) || periods < 1) {
    return numError("gradeDownPeriods", { periods });
  }
  if (scores.length < periods) return false;
  for (let i = scores.length - periods; i < scores.length; i++) {
    if (!(scores[i] < threshold)) return false;
  }
  return true;
}
