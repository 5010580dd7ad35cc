/**
 * The scoring line of seed 003 ("Tabel 5"), DOMAIN.md section 1:
 *
 *     score = 50 + 50 * (actual - valueAt50) / (valueAt100 - valueAt50)
 *
 * Linear and not capped by default. "Lower is better" KPIs simply have
 * valueAt100 < valueAt50.
 *
 * NOINLINE (here and in survey.ts): the custom functions call these
 * once per row, and the minifier would paste a function used once into its
 * caller as a closure made at every call, which V8 optimises worse than the
 * function itself (bench/NOTES.md).
 */
import { DomainError, Outcome, div0Error, finite, numError } from "./errors";

/**
 * The line itself, for a `span` (valueAt100 - valueAt50) that is not 0: plain
 * arithmetic, with no check of its result. `kpiScore` and every loop that scores
 * a row call it, so there is one formula.
 */
export function onScoreLine(actual: number, valueAt50: number, span: number): number {
  return 50 + (50 * (actual - valueAt50)) / span;
}

export function kpiScore(actual: number, valueAt50: number, valueAt100: number): Outcome<number> {
  const span = valueAt100 - valueAt50;
  if (span === 0) {
    return div0Error("flatScoreLine", { value: valueAt50 });
  }
  return finite(/*#__NOINLINE__*/ onScoreLine(actual, valueAt50, span), "score");
}

/**
 * The actual a KPI needs to reach `targetScore`: the inverse of `kpiScore`.
 * requiredActual(100, v50, v100) === v100.
 */
export function requiredActual(
  targetScore: number,
  valueAt50: number,
  valueAt100: number
): Outcome<number> {
  const span = valueAt100 - valueAt50;
  if (span === 0) {
    return div0Error("flatScoreLineInverse", { value: valueAt50 });
  }
  return finite(valueAt50 + ((targetScore - 50) * span) / 50, "requiredActual");
}

/** Optional clamping of a score into [floor, cap]; either bound may be absent. */
export function clampScore(score: number, floor?: number, cap?: number): Outcome<number> {
  if (floor !== undefined && cap !== undefined && floor > cap) {
    return numError("floorAboveCap", { floor, cap });
  }
  let s = score;
  if (floor !== undefined && s < floor) s = floor;
  if (cap !== undefined && s > cap) s = cap;
  return s;
}

export function clampedKpiScore(
  actual: number,
  valueAt50: number,
  valueAt100: number,
  floor?: number,
  cap?: number
): Outcome<number> {
  const score = kpiScore(actual, valueAt50, valueAt100);
  return score instanceof DomainError ? score : /*#__NOINLINE__*/ clampScore(score, floor, cap);
}

/**
 * Whether `clampedKpiScore` scores the row (not a flat line, not a score too
 * large to be finite, not a floor above the cap), with an absent bound as NaN,
 * which no comparison takes. With `plainClampedScore`, for loops that keep
 * their numbers unboxed: a yes/no, then the number. A `number | DomainError`
 * result, or a number that is NaN for a rejected row, is a boxed number per row
 * in V8 (bench/NOTES.md).
 */
export function scoresPlainly(
  actual: number,
  valueAt50: number,
  valueAt100: number,
  floor: number,
  cap: number
): boolean {
  const span = valueAt100 - valueAt50;
  if (span === 0 || floor > cap) return false;
  const s = /*#__NOINLINE__*/ onScoreLine(actual, valueAt50, span);
  return s - s === 0;
}

/** `clampedKpiScore`'s number for a row that `scoresPlainly` takes (absent bounds NaN). */
export function plainClampedScore(
  actual: number,
  valueAt50: number,
  valueAt100: number,
  floor: number,
  cap: number
): number {
  let s = /*#__NOINLINE__*/ onScoreLine(actual, valueAt50, valueAt100 - valueAt50);
  if (s < floor) s = floor;
  if (s > cap) s = cap;
  return s;
}
