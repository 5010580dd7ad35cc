/**
 * RATING's table and body: band labels of DOMAIN.md section 2.
 *
 * Schemes: "achievement" rates score points (100 = target), "csi" the fraction
 * CSI returns, and "percent" a fraction of the target on the achievement
 * bands: SLA, ACHIEVEMENT and the other ratios return 98% as 0.98, which seed
 * 004 rates "Baik" (98 points), not "Tidak Baik" (0.98 points). A fraction is
 * never guessed from its size: a score of 0.98 points is a real (very poor)
 * score, so the scheme says how to read it.
 */
import { Language, isLanguage } from "../core/language";
import { RatingScheme, isRatingScheme, rating } from "../core/rating";
import { excelError } from "./excelError";
import { ratingRows } from "./fastPaths";
import { each, elementwise, text } from "./params";

/** A scheme of the core and the factor that turns the argument into its unit. */
interface Reading {
  readonly scheme: RatingScheme;
  readonly scale: number;
}

/** "achievement" (default), "percent" or "csi", in any case. */
function scheme(got: string | undefined) {
  const id = (got ?? "achievement").toLowerCase();
  if (id === "percent") return { scheme: "achievement", scale: 100 } as Reading;
  return isRatingScheme(id)
    ? ({ scheme: id, scale: 1 } as Reading)
    : excelError("value", "unknownScheme", { got });
}

/** "en" (default) or "id", in any case. */
function language(got: string | undefined) {
  const id = (got ?? "en").toLowerCase();
  return isLanguage(id) ? (id as Language) : excelError("value", "unknownLanguage", { got });
}

export const RATING = elementwise(
  [each("score"), text("scheme", scheme), text("language", language)],
  (v, s) => /*#__NOINLINE__*/ rating(v[0] * s.scheme.scale, s.scheme.scheme, s.language),
  ratingRows
);
