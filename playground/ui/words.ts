/**
 * The playground's own words that stand for Excel's (the task pane's title
 * strip, the status bar, what a refused entry says), in the one catalogue
 * form (src/core/catalogue.ts): English and Indonesian. Their language is
 * Office's display language (?lang=), as Excel's own words are, and as the
 * task pane's is; the workbook's locale (?locale=) decides how numbers and
 * formulas are written (./localFormula), not the words.
 */
import { Bound, Catalogue, NoParams, bind, formatFor } from "../../src/core/catalogue";
import { Language, isLanguage } from "../../src/core/language";

type Word = "paneTitle" | "paneSubtitle" | "taskPane" | "average" | "count" | "sum";

export type PlaygroundParams = { readonly [W in Word]: NoParams } & {
  /** Excel refused what was typed in a cell; `detail` is its own text. */
  notEntered: { readonly detail: string };
  notCleared: { readonly detail: string };
  /** The Name box was given something that is not an address or a name. */
  notAnAddress: { readonly address: string };
  notActivated: { readonly sheet: string; readonly detail: string };
  noSheetAdded: { readonly detail: string };
};

export const PLAYGROUND_WORDS = {
  en: {
    paneTitle: "Build scorecard",
    paneSubtitle: "Scorecard for Excel add-in",
    taskPane: "Task pane",
    average: "Average",
    count: "Count",
    sum: "Sum",
    notEntered: (p, f) => `There's a problem with this entry: ${f.quote(p.detail)}`,
    notCleared: (p, f) => `Not cleared: ${f.quote(p.detail)}`,
    notAnAddress: (p, f) => `${f.quote(p.address)} is not a cell, a range or a name.`,
    notActivated: (p, f) => `${f.quote(p.sheet)} was not activated: ${f.quote(p.detail)}`,
    noSheetAdded: (p, f) => `No sheet added: ${f.quote(p.detail)}`,
  },
  id: {
    paneTitle: "Buat scorecard",
    paneSubtitle: "Scorecard untuk Excel",
    taskPane: "Panel tugas",
    average: "Rata-rata",
    count: "Hitungan",
    sum: "Jumlah",
    notEntered: (p, f) => `Ada masalah dengan entri ini: ${f.quote(p.detail)}`,
    notCleared: (p, f) => `Tidak dihapus: ${f.quote(p.detail)}`,
    notAnAddress: (p, f) => `${f.quote(p.address)} bukan sel, rentang, atau nama.`,
    notActivated: (p, f) => `${f.quote(p.sheet)} tidak diaktifkan: ${f.quote(p.detail)}`,
    noSheetAdded: (p, f) => `Tidak ada lembar yang ditambahkan: ${f.quote(p.detail)}`,
  },
} satisfies Catalogue<PlaygroundParams>;

export type PlaygroundWords = Bound<PlaygroundParams>;

/** The words in the language of a locale tag ("id-ID" → Indonesian; English for any other). */
export function wordsFor(tag: string | undefined): PlaygroundWords {
  const language = tag?.split("-")[0]?.toLowerCase() ?? "en";
  const picked: Language = isLanguage(language) ? language : "en";
  return bind(PLAYGROUND_WORDS, formatFor(picked));
}
