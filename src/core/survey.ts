/**
 * Customer survey indices (DOMAIN.md section 2): Net Promoter Score and the
 * importance-weighted Customer Satisfaction Index.
 */
import { DomainError, Outcome, div0Error, finiteNamed, naError, numError } from "./errors";

/** Why a single 0-10 answer cannot be counted, or undefined when it can. */
export function npsResponseProblem(x: number): DomainError | undefined {
  if (x < 0 || x > 10) return numError("npsOutOfScale", { value: x });
  if (!Number.isInteger(x)) return numError("npsNotWhole", { value: x });
  return undefined;
}

/** NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100. */
export function nps(responses: readonly number[]): Outcome<number> {
  if (responses.length === 0) return naError("noResponses");
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < responses.length; i++) {
    const x = responses[i];
    const problem = npsResponseProblem(x);
    if (problem) return numError("inItem", { item: "response", index: i + 1, error: problem });
    if (x >= 9) promoters++;
    else if (x <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / responses.length;
}

/** Why a satisfaction/importance pair cannot be used, or undefined when it can. */
export function csiPairProblem(
  satisfaction: number,
  importance: number,
  scaleMax: number
): DomainError | undefined {
  if (satisfaction < 0 || satisfaction > scaleMax) {
    return numError("satisfactionOutOfScale", { value: satisfaction, scaleMax });
  }
  if (importance < 0) return numError("importanceNegative", { value: importance });
  return undefined;
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
  if (satisfaction.length === 0) return naError("noSatisfaction");
  let weighted = 0;
  let totalImportance = 0;
  for (let i = 0; i < satisfaction.length; i++) {
    const problem = csiPairProblem(satisfaction[i], importance[i], scaleMax);
    if (problem) return numError("inItem", { item: "attribute", index: i + 1, error: problem });
    weighted += satisfaction[i] * importance[i];
    totalImportance += importance[i];
  }
  if (totalImportance === 0) return div0Error("importanceSumZero");
  return finiteNamed(weighted / totalImportance / scaleMax, "CSI");
}
