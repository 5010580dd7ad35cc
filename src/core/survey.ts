/**
 * Customer survey indices (DOMAIN.md section 2): Net Promoter Score and the
 * importance-weighted Customer Satisfaction Index.
 */
import { Outcome, div0Error, finite, naError, numError } from "./errors";

/** Why a single 0-10 answer cannot be counted, or undefined when it can. */
export function npsResponseProblem(x: number): string | undefined {
  if (x < 0 || x > 10) return `${x} is outside the 0-10 answer scale.`;
  if (!Number.isInteger(x)) return `${x} is not a whole 0-10 answer.`;
  return undefined;
}

/** NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100. */
export function nps(responses: readonly number[]): Outcome<number> {
  if (responses.length === 0) return naError("There are no responses to score.");
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < responses.length; i++) {
    const x = responses[i];
    const problem = npsResponseProblem(x);
    if (problem) return numError(`Response ${i + 1}: ${problem}`);
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
): string | undefined {
  if (satisfaction < 0 || satisfaction > scaleMax) {
    return `satisfaction ${satisfaction} is outside the 0-${scaleMax} scale.`;
  }
  if (importance < 0) return `importance ${importance} is negative.`;
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
  if (!(scaleMax > 0)) return numError(`scaleMax must be above 0 (got ${scaleMax}).`);
  if (satisfaction.length !== importance.length) {
    return numError(
      `satisfaction has ${satisfaction.length} values but importance has ${importance.length}.`
    );
  }
  if (satisfaction.length === 0) return naError("There are no satisfaction scores.");
  let weighted = 0;
  let totalImportance = 0;
  for (let i = 0; i < satisfaction.length; i++) {
    const problem = csiPairProblem(satisfaction[i], importance[i], scaleMax);
    if (problem) return numError(`Attribute ${i + 1}: ${problem}`);
    weighted += satisfaction[i] * importance[i];
    totalImportance += importance[i];
  }
  if (totalImportance === 0) return div0Error("The importance weights sum to 0.");
  return finite(weighted / totalImportance / scaleMax, "CSI");
}
