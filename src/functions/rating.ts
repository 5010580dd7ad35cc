/** Adapter for RATING: band labels of DOMAIN.md section 2. */
import { RatingScheme, isRatingScheme, rating } from "../core/rating";
import { Language, isLanguage } from "../core/language";
import { Matrix, mapNumbers, single } from "./args";
import { coerceText } from "./cells";
import { excelError, isExcelError } from "./excelError";

export function ratingLabels(score: unknown, scheme: unknown, language: unknown): Matrix {
  const s = coerceText(scheme, "scheme");
  if (isExcelError(s)) return single(s);
  const l = coerceText(language, "language");
  if (isExcelError(l)) return single(l);
  const schemeId = (s ?? "achievement").toLowerCase();
  const lang = (l ?? "en").toLowerCase();
  if (!isRatingScheme(schemeId)) {
    return single(excelError("value", "unknownScheme", { got: s }));
  }
  if (!isLanguage(lang)) {
    return single(excelError("value", "unknownLanguage", { got: l }));
  }
  return mapNumbers([{ name: "score", value: score }], (v) =>
    rating(v[0], schemeId as RatingScheme, lang as Language)
  );
}
