/**
 * Weighted totals of KPI scores (DOMAIN.md section 1):
 *
 *     overall = sum_i score_i * kpiWeight_i * perspectiveWeight_i
 *
 * `WeightedSum` is a streaming accumulator so that a million-row range is added
 * up without building a row object per KPI.
 */
import { DomainError, Outcome, finite, naError, numError, valueError } from "./errors";
import { clampedKpiScore } from "./scoring";
import { sumsToOne } from "./tolerance";

export class WeightedSum {
  /**
   * @param equalKpiWeights every row's KPI weight is 1/n, n being the number of
   *   rows added (BSC_SCORE without kpiWeight); `add` then ignores its kpiWeight.
   * @param clamp optional bounds of each KPI score (core/scoring.ts clampScore),
   *   as a scorecard sheet built with them computes it; none by default.
   */
  constructor(
    private readonly equalKpiWeights = false,
    private readonly clamp: { readonly floor?: number; readonly cap?: number } = {}
  ) {}

  private total = 0;
  private weightTotal = 0;
  private rows = 0;

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
    const weight = (this.equalKpiWeights ? 1 : kpiWeight) * perspectiveWeight;
    this.total += score * weight;
    this.weightTotal += weight;
    this.rows += 1;
    return undefined;
  }

  get count(): number {
    return this.rows;
  }

  /** The weighted total; with two or more rows the weights must sum to 1. */
  result(): Outcome<number> {
    if (this.rows === 0) return naError("noKpiRows");
    const scale = this.equalKpiWeights ? 1 / this.rows : 1;
    const weightTotal = this.weightTotal * scale;
    if (this.rows >= 2 && !sumsToOne(weightTotal)) {
      return valueError("kpiWeightSum", { sum: weightTotal, rows: this.rows });
    }
    return finite(this.total * scale, "weightedScore");
  }
}
