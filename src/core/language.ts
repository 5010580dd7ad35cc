/**
 * The languages the add-in speaks (its words, not the workbook's numbers):
 * English and Bahasa Indonesia, and how an Office language tag maps to one.
 */
export type Language = "en" | "id";

export const LANGUAGES: readonly Language[] = ["en", "id"];

/** The language of an Office language tag: "id" and "id-*" (any case) are Indonesian, everything else English. */
export function languageOf(tag: unknown): Language {
  return typeof tag === "string" && /^id(-|$)/i.test(tag) ? "id" : "en";
}

export function isLanguage(x: string): x is Language {
  return (LANGUAGES as readonly string[]).includes(x);
}
