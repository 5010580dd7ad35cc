/** RATING's table and body: band labels of DOMAIN.md section 2. */
import { Language, isLanguage } from "../core/language";
import { RatingScheme, isRatingScheme, rating } from "../core/rating";
import { excelError } from "./excelError";
import { each, elementwise, text } from "./params";

/** "achievement" (default) or "csi", in any case. */
function scheme(got: string | undefined) {
  const id = (got ?? "achievement").toLowerCase();
  return isRatingScheme(id) ? (id as RatingScheme) : excelError("value", "unknownScheme", { got });
}

/** "en" (default) or "id", in any case. */
function language(got: string | undefined) {
  const id = (got ?? "en").toLowerCase();
  return isLanguage(id) ? (id as Language) : excelError("value", "unknownLanguage", { got });
}

export const RATING = elementwise(
  [each("score"), text("scheme", scheme), text("language", language)],
  (v, s) => /*#__NOINLINE__*/ rating(v[0], s.scheme, s.language)
);
