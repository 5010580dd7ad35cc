/**
 * Finds English in text meant to be Indonesian. What may appear in an
 * Indonesian pane or message without being English: Indonesian words,
 * numbers, addresses, names from the user's data and sheets (passed as
 * `names`), argument and function names Excel shows in every language
 * (kpiWeight, actual), product and key names (Excel, KPI, CSS, GCR, Enter),
 * and quoted text: Excel's own message in Excel's language (“...”), a cell's
 * text, a sheet's name ("...").
 *
 * English is then any word of an English sentence that Indonesian never
 * uses: function words (the, is, of, to, could, not, ...) and the words the
 * add-in's English catalogues use for what the Indonesian ones translate
 * (sheet, workbook, row, error, ...).
 */
export const ENGLISH_WORDS = [
  // Function words: any English sentence has some.
  "the",
  "a",
  "an",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "could",
  "can",
  "cannot",
  "not",
  "no",
  "of",
  "in",
  "on",
  "at",
  "to",
  "from",
  "by",
  "and",
  "or",
  "but",
  "with",
  "without",
  "your",
  "you",
  "this",
  "that",
  "these",
  "those",
  "there",
  "has",
  "have",
  "had",
  "must",
  "needs",
  "need",
  "every",
  "some",
  "any",
  "it",
  "its",
  "than",
  "then",
  "which",
  "what",
  "please",
  "again",
  "here",
  "only",
  "one",
  "two",
  // The add-in's English words for what Indonesian translates.
  "sheet",
  "sheets",
  "workbook",
  "row",
  "rows",
  "column",
  "columns",
  "cell",
  "cells",
  "error",
  "errors",
  "warning",
  "warnings",
  "failed",
  "changed",
  "nothing",
  "written",
  "write",
  "read",
  "select",
  "selection",
  "current",
  "range",
  "ranges",
  "named",
  "empty",
  "blank",
  "already",
  "exists",
  "refused",
  "request",
  "something",
  "went",
  "wrong",
  "unexpected",
  "editing",
  "press",
  "finish",
  "try",
  "undone",
  "delete",
  "rename",
  "back",
  "new",
  "build",
  "built",
  "building",
  "insert",
  "inserted",
  "example",
  "score",
  "scores",
  "weight",
  "weights",
  "value",
  "number",
  "mapped",
  "twice",
  "used",
  "above",
  "below",
  "check",
  "go",
  "use",
  "problems",
  "preview",
  "options",
  "title",
  "replace",
  "cancel",
  "dismiss",
  "refresh",
  "period",
  "employee",
  "perspective",
  "overall",
  "rating",
  "created",
  "of",
  "got",
  "give",
];

/**
 * Argument and function names Excel shows in every language: the Indonesian
 * custom-function messages keep them ("weights harus berisi 3 nilai").
 */
const EXCEL_NAMES = [
  "weights",
  "periods",
  "scheme",
  "language",
  "previous",
  "current",
  "floor",
  "cap",
  "actual",
  "value",
];

const WORD = new RegExp(`\\b(${ENGLISH_WORDS.join("|")})\\b`, "gi");

/**
 * Text without quoted parts and syntax: “Excel's text”, "a sheet's name",
 * 'Sheet'!A1 addresses, the command line's --flags and <placeholders>.
 */
export function withoutQuotes(text: string): string {
  return text
    .replace(/“[^”]*”/g, "“”")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/'(?:[^']|'')*'!/g, "'…'!")
    .replace(/--[a-z][a-z-]*/g, "--…")
    .replace(/<[^<>\s]*>/g, "<…>");
}

/** Names that stay as they are in Indonesian text: products, keys, an HR term. */
export const NAMES_IN_EVERY_LANGUAGE = [
  "Grade Confirmation Request",
  "Career Score System",
  "Balanced Scorecard",
];

/**
 * The English words in `text` once quoted parts and the given names (from the
 * user's data: sheets, perspectives, KPIs) are taken out.
 */
export function englishIn(
  text: string,
  names: readonly string[] = [],
  argumentNames = false
): string[] {
  let rest = withoutQuotes(text);
  const all = [...names, ...NAMES_IN_EVERY_LANGUAGE].sort((a, b) => b.length - a.length);
  for (const name of all) rest = rest.split(name).join(" ");
  const found = rest.match(WORD) ?? [];
  return found
    .map((w) => w.toLowerCase())
    .filter((w) => !(argumentNames && EXCEL_NAMES.includes(w)));
}
