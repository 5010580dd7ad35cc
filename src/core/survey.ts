/**
 * Customer survey indices (DOMAIN.md section 2): Net Promoter Score and the
 * importance-weighted Customer Satisfaction Index.
 */
import { DomainError, Outcome, div0Error, finiteNamed, naError, numError } from "./errors";

/** Why a single 0-10 answer cannot be counted, or undefined when it can. */
export function npsResponseProblem(x: number): DomainError | undefined {
  if (isNpsAnswer(x)) return undefined;
  if (x < 0 || x > 10) return numError("npsOutOfScale", { value: x });
  if (!Number.isInteger(x)) return numError("npsNotWhole", { value: x });
  return undefined;
}

/** An answer NPS counts: a whole number from 0 to 10 (the rule `npsResponseProblem` explains). */
export function isNpsAnswer(x: number): boolean {
  return x >= 0 && x <= 10 && Number.isInteger(x);
}

/**
 * NPS as a running count, so a million answers are scored without keeping them:
 * `nps` and the NPS custom function both count with it.
 */
export class NpsTally {
  private promoters = 0;
  private detractors = 0;
  private answers = 0;

  /** Counts one answer, or says why it cannot be counted (the caller says which answer it was). */
  add(x: number): DomainError | undefined {
    const problem = /*#__NOINLINE__*/ npsResponseProblem(x); // NOINLINE: see core/scoring.ts
    if (problem) return problem;
    if (x >= 9) this.promoters++;
    else if (x <= 6) this.detractors++;
    this.answers++;
    return undefined;
  }

  /**
   * `add` for a loop over plain numbers: true when the answer was counted, false
   * (nothing counted) where `add` would refuse it, and `add` then says why.
   * Numbers only in and out, so a million answers stay unboxed
   * (src/functions/fastPaths.ts).
   */
  addPlain(x: number): boolean {
    if (!(/*#__NOINLINE__*/ isNpsAnswer(x))) return false;
    if (x >= 9) this.promoters++;
    else if (x <= 6) this.detractors++;
    this.answers++;
    return true;
  }

  /** % promoters - % detractors of the answers counted. */
  result(): Outcome<number> {
    if (this.answers === 0) return naError("noResponses");
    return (100 * (this.promoters - this.detractors)) / this.answers;
  }
}

/** NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100. */
export function nps(responses: readonly number[]): Outcome<number> {
  const tally = new NpsTally();
  for (let i = 0; i < responses.length; i++) {
    const problem = tally.add(responses[i]);
    if (problem) return numError("inItem", { item: "response", index: i + 1, error: problem });
  }
  return tally.result();
}

/** A pair CSI takes: satisfaction on the scale, importance not negative (the rule `csiPairProblem` explains). */
export function isCsiPair(satisfaction: number, importance: number, scaleMax: number): boolean {
  return satisfaction >= 0 && satisfaction <= scaleMax && importance >= 0;
}

/** Why a satisfaction/importance pair cannot be used, or undefined when it can. */
export function csiPairProblem(
  satisfaction: number,
  importance: number,
  scaleMax: number
): DomainError | undefined {
  if (isCsiPair(satisfaction, importance, scaleMax)) return undefined;
  if (satisfaction < 0 || satisfaction > scaleMax) {
    return numError("satisfactionOutOfScale", { value: satisfaction, scaleMax });
  }
  if (importance < 0) return numError("importanceNegative", { value: importance });
  return undefined;
}

/**
 * CSI as running sums over satisfaction/importance pairs, on a scale checked by
 * the caller (`scaleMax` > 0): `csi` and the CSI custom function both add with it.
 */
export class CsiSum {
  private weighted = 0;
  private importance = 0;
  private pairs = 0;

  constructor(private readonly scaleMax: number) {}

  /** Adds one attribute, or says why it cannot be used (the caller says which one it was). */
  add(satisfaction: number, importance: number): DomainError | undefined {
    const problem = /*#__NOINLINE__*/ csiPairProblem(satisfaction, importance, this.scaleMax);
    if (problem) return problem;
    this.weighted += satisfaction * importance;
    this.importance += importance;
    this.pairs++;
    return undefined;
  }

  /** `add` for a loop over plain numbers: true when added, false (nothing added) where `add` would refuse. */
  addPlain(satisfaction: number, importance: number): boolean {
    if (!(/*#__NOINLINE__*/ isCsiPair(satisfaction, importance, this.scaleMax))) return false;
    this.weighted += satisfaction * importance;
    this.importance += importance;
    this.pairs++;
    return true;
  }

  /** sum(satisfaction × importance) / sum(importance) / scaleMax over the pairs added. */
  result(): Outcome<number> {
    if (this.pairs === 0) return naError("noSatisfaction");
    if (this.importance === 0) return div0Error("importanceSumZero");
    return finiteNamed(this.weighted / this.importance / this.scaleMax, "CSI");
  }
}

/**
 * CSI = sum(satisfaction_i * importance_i) / sum(importance_i) / scaleMax,
 * a fraction (0.8409 = 84.09%, seed 004).
 */
export function csi(
  satisfaction: readonly number[],
  importance: readonly number[],
  scaleMax = 5
): Outcome<number> {
  if (!(scaleMax > 0)) return numError("scaleMaxNotPositive", { value: scaleMax });
  if (satisfaction.length !== importance.length) {
    return numError("csiLengthMismatch", {
      satisfaction: satisfaction.length,
      importance: importance.length,
    });
  }
  const sum = new CsiSum(scaleMax);
  for (let i = 0; i < satisfaction.length; i++) {
    const problem = sum.add(satisfaction[i], importance[i]);
    if (problem) return numError("inItem", { item: "attribute", index: i + 1, error: problem });
  }
  return sum.result();
}
