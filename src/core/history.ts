/**
 * Scorecards over time and across the organisation: an employee's scores by
 * period (the history), and a unit's or the organisation's score from its
 * members (the roll-up). The generated history and roll-up sheets compute the
 * same numbers with native formulas (src/scorecard/historySheets.ts).
 */
import type { Outcome } from "./errors";
import { gradeDown } from "./css";
import { roundForRating as rounded } from "./rating";

/**
 * The scores of the latest periods that have one, oldest first: the run of
 * scores at the end of `byPeriod` (the build's periods in time order, a gap
 * where the employee has no scorecard). A gap breaks the run: history before
 * it does not count towards "the last N periods".
 */
export function latestRun(byPeriod: readonly (number | undefined)[]): number[] {
  let start = byPeriod.length;
  while (start > 0 && byPeriod[start - 1] !== undefined) start--;
  return byPeriod.slice(start) as number[];
}

/**
 * The last period's score against the one before: 1 up, -1 down, 0 the same
 * (to 9 decimals); undefined unless both periods have a score.
 */
export function historyTrend(byPeriod: readonly (number | undefined)[]): -1 | 0 | 1 | undefined {
  const run = latestRun(byPeriod);
  if (run.length < 2) return undefined;
  const diff = rounded(run[run.length - 1] - run[run.length - 2]);
  return diff > 0 ? 1 : diff < 0 ? -1 : 0;
}

/**
 * Seed 002's grade-down rule (core/css.ts `gradeDown`) over a history: TRUE
 * when each of the last `periods` periods has a score below `threshold`
 * (scores to 9 decimals, as ROUND(x, 9) in the sheet). A missing period in that window is not enough
 * history: FALSE.
 */
export function historyGradeDown(
  byPeriod: readonly (number | undefined)[],
  threshold: number,
  periods: number
): Outcome<boolean> {
  return gradeDown(latestRun(byPeriod).map(rounded), threshold, periods);
}

/** How members count towards their unit, and units towards the organisation. */
export type RollupWeighting = "mean" | "weighted";

/**
 * The mean of `values`, or with `weights` (same length, not negative) the
 * weighted mean Σ w·v / Σ w; undefined when there is nothing to average (no
 * values, or weights summing to 0).
 */
export function rollupMean(
  values: readonly number[],
  weights?: readonly number[]
): number | undefined {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i] : 1;
    sum += w * values[i];
    total += w;
  }
  return total > 0 ? sum / total : undefined;
}

/** A member of a unit: its scores (per perspective, in the build's perspective order, and overall) and weight. */
export interface RollupMember {
  readonly perspectives: readonly number[];
  readonly overall: number;
  /** Its weight in a weighted roll-up (1 when the table has no weight column). */
  readonly weight: number;
}

/** A unit's (or the organisation's) scores: the members' per perspective and overall, and its weight (Σ members' weights). */
export interface RollupScore {
  readonly perspectives: readonly number[];
  readonly overall: number;
  readonly weight: number;
}

/**
 * A unit's score from its members, or the organisation's from its units (a
 * unit is a member of the organisation with its own weight): per perspective
 * and overall, the mean, or the mean weighted by the members' weights.
 */
export function rollup(
  members: readonly RollupMember[],
  weighting: RollupWeighting
): RollupScore | undefined {
  const weights = weighting === "weighted" ? members.map((m) => m.weight) : undefined;
  const overall = rollupMean(
    members.map((m) => m.overall),
    weights
  );
  if (overall === undefined) return undefined;
  const count = members[0].perspectives.length;
  const perspectives: number[] = [];
  for (let k = 0; k < count; k++) {
    perspectives.push(
      rollupMean(
        members.map((m) => m.perspectives[k]),
        weights
      ) as number
    );
  }
  const weight = members.reduce((a, m) => a + m.weight, 0);
  return { perspectives, overall, weight };
}
