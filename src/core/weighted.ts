/**
 * Weighted totals of KPI scores (DOMAIN.md section 1):
 *
 *     overall = sum_i score_i * kpiWeight_i * perspectiveWeight_i
 *
 * `WeightedSum` is a streaming accumulator so that a million-row range is added
 * up without building a row object per KPI.
 */
import { DomainError, Outcome, finite, naError, numError, valueError } from "./errors";
import { clampedKpiScore, plainClampedScore, scoresPlainly } from "./scoring";
import { sumsToOne } from "./tolerance";

export class WeightedSum {
  /**
   * @param equalKpiWeights the KPI weights are not given (BSC_SCORE without
   *   kpiWeight): inside each perspective every KPI weighs the same, 1/m for m
   *   KPIs (DOMAIN.md section 1: KPI weights sum to 1 within a perspective).
   *   Without perspective names, the KPIs that share a perspective weight form
   *   one perspective; `add` then ignores its kpiWeight.
   * @param clamp optional bounds of each KPI score (core/scoring.ts clampScore),
   *   as a scorecard sheet built with them computes it; none by default.
   */
  constructor(
    private readonly equalKpiWeights = false,
    private readonly clamp: { readonly floor?: number; readonly cap?: number } = {}
  ) {
    this.floor = clamp.floor ?? NaN;
    this.cap = clamp.cap ?? NaN;
  }

  /** The bounds as plain numbers for `addPlain`: NaN when absent. */
  private readonly floor: number;
  private readonly cap: number;
  private total = 0;
  private weightTotal = 0;
  private rows = 0;
  /** With equal KPI weights: per perspective weight, the sum of its KPIs' scores and their count. */
  private readonly perspectives = new Map<number, { scores: number; count: number }>();

  /**
   * Adds one KPI row. Returns the error that stops the sum, if any; the caller
   * says which row it was (the functions name it as for every range argument).
   */
  add(
    actual: number,
    valueAt50: number,
    valueAt100: number,
    kpiWeight: number,
    perspectiveWeight: number
  ): DomainError | undefined {
    if (kpiWeight < 0) return numError("negative", { name: "kpiWeight", value: kpiWeight });
    if (perspectiveWeight < 0)
      return numError("negative", { name: "perspectiveWeight", value: perspectiveWeight });
    const score = clampedKpiScore(actual, valueAt50, valueAt100, this.clamp.floor, this.clamp.cap);
    if (score instanceof DomainError) return score;
    this.addScore(score, kpiWeight, perspectiveWeight);
    return undefined;
  }

  /**
   * `add` for the rows it takes as they are: adds the row and returns true, or
   * returns false and adds nothing (a negative or NaN weight, a row the score
   * line rejects), and `add` then says why. Numbers only in and out, so a loop
   * over a million rows keeps them unboxed (src/functions/fastPaths.ts).
   */
  addPlain(
    actual: number,
    valueAt50: number,
    valueAt100: number,
    kpiWeight: number,
    perspectiveWeight: number
  ): boolean {
    const { floor, cap } = this;
    if (!(kpiWeight >= 0 && perspectiveWeight >= 0)) return false;
    if (!(/*#__NOINLINE__*/ scoresPlainly(actual, valueAt50, valueAt100, floor, cap))) return false;
    const score = /*#__NOINLINE__*/ plainClampedScore(actual, valueAt50, valueAt100, floor, cap);
    this.addScore(score, kpiWeight, perspectiveWeight);
    return true;
  }

  private addScore(score: number, kpiWeight: number, perspectiveWeight: number): void {
    this.rows += 1;
    if (this.equalKpiWeights) {
      const group = this.perspectives.get(perspectiveWeight);
      if (group) {
        group.scores += score;
        group.count += 1;
      } else this.perspectives.set(perspectiveWeight, { scores: score, count: 1 });
      return;
    }
    const weight = kpiWeight * perspectiveWeight;
    this.total += score * weight;
    this.weightTotal += weight;
  }

  get count(): number {
    return this.rows;
  }

  /** The weighted total; with two or more rows the weights must sum to 1. */
  result(): Outcome<number> {
    if (this.rows === 0) return naError("noKpiRows");
    if (this.equalKpiWeights) return this.equalWeightsResult();
    if (this.rows >= 2 && !sumsToOne(this.weightTotal)) {
      return valueError("kpiWeightSum", { sum: this.weightTotal, rows: this.rows });
    }
    return finite(this.total, "weightedScore");
  }

  /** Σ over perspectives of perspectiveWeight × the mean score of its KPIs. */
  private equalWeightsResult(): Outcome<number> {
    let total = 0;
    let weights = 0;
    for (const [weight, group] of this.perspectives) {
      total += (weight * group.scores) / group.count;
      weights += weight;
    }
    if (this.rows >= 2 && !sumsToOne(weights)) {
      return valueError("equalKpiWeightSum", {
        sum: weights,
        perspectives: [...this.perspectives.keys()],
      });
    }
    return finite(total, "weightedScore");
  }
}
