/** Numbers in the pane: two decimals, in the pane's language ("57.85", "57,85"). */
import type { Language } from "../../core/rating";

const LOCALES: Record<Language, string> = { en: "en-US", id: "id-ID" };

export function formatScore(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(value);
}
