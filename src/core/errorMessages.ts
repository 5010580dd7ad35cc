/**
 * What a `DomainError` says, in English and Indonesian: core's catalogue, in
 * the one catalogue form (catalogue.ts). Errors carry a code and parameters;
 * the text is rendered here, only when someone reads it, in the language they
 * read. Nested errors ("Row 3: ...") and positions ("kpiWeight in row 3") are
 * parameters too, rendered in the same language as the whole.
 *
 * Names of arguments and functions (kpiWeight, totalAssets, ROA) are the names
 * Excel shows in every language: they pass through untranslated.
 *
 * Numbers are written with every digit (never rounded) in the format's locale:
 * the workbook's in the pane; where no workbook stands behind the message (the
 * custom functions, `DomainError.message`) English as JavaScript writes them
 * (0.5, -1317000) and Indonesian with a decimal comma and grouped thousands
 * (0,5, -1.317.000) (`MESSAGE_NUMBERS`).
 */
import { Catalogue, Coded, Format, NoParams, formatFor, render, renderCoded } from "./catalogue";
import type { DomainError } from "./errors";
import type { Language } from "./language";
import { MESSAGE_NUMBERS } from "./numbers";
import { weightSumPercent } from "./tolerance";

export type { Catalogue } from "./catalogue";

/** A cell inside a multi-cell argument, 1-based: a row, a column, or both. */
export interface Position {
  readonly row?: number;
  readonly column?: number;
}

/** Computed quantities named in words (as opposed to names such as CSS or totalAssets). */
export type Quantity =
  "score" | "requiredActual" | "sum" | "mean" | "meanOfRatios" | "ratioOfSums" | "weightedScore";

/** The parameters of each domain error code. */
export interface DomainMessageParams {
  /** A computed quantity is ±Infinity or NaN. */
  tooLarge: { readonly what: Quantity };
  /** A result named by its function or argument (CSS, ROA, totalAssets) is ±Infinity or NaN. */
  namedTooLarge: { readonly name: string };
  /** An argument is negative; `row` (1-based) when it is one row of a table. */
  negative: { readonly name: string; readonly value: number; readonly row?: number };
  /** The opening or closing figure of an averaged base is negative. */
  negativeBalance: {
    readonly name: string;
    readonly end: "opening" | "closing";
    readonly value: number;
  };
  /** A denominator argument is 0. */
  zero: { readonly name: string };
  /** A part (retained customers) exceeds its whole (total customers). */
  partAboveWhole: {
    readonly part: string;
    readonly partValue: number;
    readonly whole: string;
    readonly wholeValue: number;
  };
  growthFromZero: NoParams;
  /** valueAt50 = valueAt100, for a score. */
  flatScoreLine: { readonly value: number };
  /** valueAt50 = valueAt100, for the actual a score needs. */
  flatScoreLineInverse: { readonly value: number };
  floorAboveCap: { readonly floor: number; readonly cap: number };
  cssWeightCount: { readonly count: number };
  /** `index` is 1-based. */
  cssWeightNegative: { readonly index: number; readonly value: number };
  /** `sum` is a fraction (0.9 = 90%). */
  cssWeightSum: { readonly sum: number };
  /** BSC_SCORE's kpiWeight × perspectiveWeight over `rows` rows; `sum` is a fraction. */
  kpiWeightSum: { readonly sum: number; readonly rows: number };
  /**
   * BSC_SCORE without kpiWeight: the distinct perspective weights found (each
   * one perspective, its KPIs weighing the same) sum to `sum`, not 1.
   */
  equalKpiWeightSum: { readonly sum: number; readonly perspectives: readonly number[] };
  gradeDownPeriods: { readonly periods: number };
  noPeriodData: NoParams;
  periodPairs: NoParams;
  /** `period` is 1-based. */
  periodDenominatorZero: { readonly period: number };
  denominatorsSumZero: NoParams;
  noResponses: NoParams;
  npsOutOfScale: { readonly value: number };
  npsNotWhole: { readonly value: number };
  scaleMaxNotPositive: { readonly value: number };
  csiLengthMismatch: { readonly satisfaction: number; readonly importance: number };
  noSatisfaction: NoParams;
  satisfactionOutOfScale: { readonly value: number; readonly scaleMax: number };
  importanceNegative: { readonly value: number };
  importanceSumZero: NoParams;
  noKpiRows: NoParams;
  /** Another error, at one item (1-based) of a list: a KPI row, an NPS response, a CSI attribute. */
  inItem: {
    readonly item: "row" | "response" | "attribute";
    readonly index: number;
    readonly error: DomainError;
  };
}

export type DomainErrorCode = keyof DomainMessageParams;

/** Weights entered as percent points (35 instead of 0.35) sum to 100 or 10000. */
function looksLikePercentPoints(sum: number): boolean {
  return Math.abs(sum - 100) < 1e-3 || Math.abs(sum - 10000) < 1e-1;
}

/** Quantities named in words: a catalogue of words. */
export const QUANTITIES = {
  en: {
    score: "The score",
    requiredActual: "The required actual",
    sum: "The sum",
    mean: "The mean",
    meanOfRatios: "The mean of the ratios",
    ratioOfSums: "The ratio of the sums",
    weightedScore: "The weighted score",
  },
  id: {
    score: "Skor",
    requiredActual: "Nilai aktual yang dibutuhkan",
    sum: "Jumlahnya",
    mean: "Rata-ratanya",
    meanOfRatios: "Rata-rata rasio per periode",
    ratioOfSums: "Rasio jumlah pembilang terhadap jumlah penyebut",
    weightedScore: "Skor tertimbang",
  },
} satisfies Catalogue<Record<Quantity, NoParams>>;

export const DOMAIN_MESSAGES = {
  en: {
    tooLarge: (p) => `${QUANTITIES.en[p.what]} is too large or undefined for a number.`,
    namedTooLarge: (p) => `${p.name} is too large or undefined for a number.`,
    negative: (p, f) =>
      `${where(f, p.name, p.row === undefined ? undefined : { row: p.row })} is negative (${f.exact(p.value)}).`,
    negativeBalance: (p, f) => `${p.name} (${p.end}) is negative (${f.exact(p.value)}).`,
    zero: (p) => `${p.name} is 0.`,
    partAboveWhole: (p, f) =>
      `${p.part} (${f.exact(p.partValue)}) is larger than ${p.whole} (${f.exact(p.wholeValue)}).`,
    growthFromZero: () => "previous is 0: growth from zero is undefined.",
    flatScoreLine: (p, f) =>
      `valueAt50 and valueAt100 are both ${f.exact(p.value)}: the score line needs two different values.`,
    flatScoreLineInverse: (p, f) =>
      `valueAt50 and valueAt100 are both ${f.exact(p.value)}: every actual gives the same score.`,
    floorAboveCap: (p, f) => `floor (${f.exact(p.floor)}) is above cap (${f.exact(p.cap)}).`,
    cssWeightCount: (p) => `weights needs 3 values (KPI, assessment, development); got ${p.count}.`,
    cssWeightNegative: (p, f) => `weight ${p.index} is negative (${f.exact(p.value)}).`,
    cssWeightSum: (p, f) =>
      `The CSS weights sum to ${pct(f, p.sum)}; they must sum to 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Enter weights as fractions or percentages (35% or 0.35, not 35)."
        : ""),
    kpiWeightSum: (p, f) =>
      `The weights (kpiWeight × perspectiveWeight over ${p.rows} rows) sum to ${pct(f, p.sum)}; ` +
      `they must sum to 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Enter weights as fractions or percentages (35% or 0.35, not 35)."
        : ""),
    equalKpiWeightSum: (p, f) =>
      `Without kpiWeight, the KPIs that share a perspectiveWeight are one perspective, each KPI weighing the same in it; ` +
      `the perspective weights found (${p.perspectives.map((w) => pct(f, w)).join(", ")}) sum to ${pct(f, p.sum)}, not 100%. ` +
      `When two perspectives have the same weight, give kpiWeight.`,
    gradeDownPeriods: (p, f) =>
      `periods must be a whole number of at least 1 (got ${f.exact(p.periods)}).`,
    noPeriodData: () => "There is no period data.",
    periodPairs: () => "Every period needs a numerator and a denominator.",
    periodDenominatorZero: (p) => `The denominator of period ${p.period} is 0.`,
    denominatorsSumZero: () => "The denominators sum to 0.",
    noResponses: () => "There are no responses to score.",
    npsOutOfScale: (p, f) => `${f.exact(p.value)} is outside the 0-10 answer scale.`,
    npsNotWhole: (p, f) => `${f.exact(p.value)} is not a whole 0-10 answer.`,
    scaleMaxNotPositive: (p, f) => `scaleMax must be above 0 (got ${f.exact(p.value)}).`,
    csiLengthMismatch: (p) =>
      `satisfaction has ${p.satisfaction} values but importance has ${p.importance}.`,
    noSatisfaction: () => "There are no satisfaction scores.",
    satisfactionOutOfScale: (p, f) =>
      `satisfaction ${f.exact(p.value)} is outside the 0-${f.exact(p.scaleMax)} scale.`,
    importanceNegative: (p, f) => `importance ${f.exact(p.value)} is negative.`,
    importanceSumZero: () => "The importance weights sum to 0.",
    noKpiRows: () => "There are no KPI rows: actual, valueAt50 and valueAt100 are all blank.",
    inItem: (p, f) =>
      `${{ row: "Row", response: "Response", attribute: "Attribute" }[p.item]} ${p.index}: ${f.nested(p.error)}`,
  },
  id: {
    tooLarge: (p) =>
      `${QUANTITIES.id[p.what]} terlalu besar atau tidak dapat dinyatakan sebagai angka.`,
    namedTooLarge: (p) => `${p.name} terlalu besar atau tidak dapat dinyatakan sebagai angka.`,
    negative: (p, f) =>
      `${where(f, p.name, p.row === undefined ? undefined : { row: p.row })} bernilai negatif (${f.exact(p.value)}).`,
    negativeBalance: (p, f) =>
      `${p.name} (${p.end === "opening" ? "awal" : "akhir"}) bernilai negatif (${f.exact(p.value)}).`,
    zero: (p) => `${p.name} bernilai 0.`,
    partAboveWhole: (p, f) =>
      `${p.part} (${f.exact(p.partValue)}) lebih besar daripada ${p.whole} (${f.exact(p.wholeValue)}).`,
    growthFromZero: () => "previous bernilai 0: pertumbuhan dari nol tidak dapat dihitung.",
    flatScoreLine: (p, f) =>
      `valueAt50 dan valueAt100 sama-sama ${f.exact(p.value)}: garis skor membutuhkan dua nilai yang berbeda.`,
    flatScoreLineInverse: (p, f) =>
      `valueAt50 dan valueAt100 sama-sama ${f.exact(p.value)}: setiap nilai aktual memberi skor yang sama.`,
    floorAboveCap: (p, f) =>
      `floor (${f.exact(p.floor)}) lebih besar daripada cap (${f.exact(p.cap)}).`,
    cssWeightCount: (p) =>
      `weights harus berisi 3 nilai (KPI, asesmen, pengembangan), bukan ${p.count}.`,
    cssWeightNegative: (p, f) => `Bobot ke-${p.index} bernilai negatif (${f.exact(p.value)}).`,
    cssWeightSum: (p, f) =>
      `Jumlah bobot CSS adalah ${pct(f, p.sum)}, bukan 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Masukkan bobot sebagai pecahan atau persentase (35% atau 0,35, bukan 35)."
        : ""),
    kpiWeightSum: (p, f) =>
      `Jumlah bobot (kpiWeight × perspectiveWeight atas ${p.rows} baris) adalah ${pct(f, p.sum)}, ` +
      `bukan 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Masukkan bobot sebagai pecahan atau persentase (35% atau 0,35, bukan 35)."
        : ""),
    equalKpiWeightSum: (p, f) =>
      `Tanpa kpiWeight, KPI-KPI dengan perspectiveWeight yang sama dianggap satu perspektif, dengan bobot KPI sama rata di dalamnya; ` +
      `bobot perspektif yang ditemukan (${p.perspectives.map((w) => pct(f, w)).join(", ")}) berjumlah ${pct(f, p.sum)}, bukan 100%. ` +
      `Bila dua perspektif berbobot sama, isi kpiWeight.`,
    gradeDownPeriods: (p, f) =>
      `periods harus berupa bilangan bulat paling sedikit 1 (nilainya ${f.exact(p.periods)}).`,
    noPeriodData: () => "Tidak ada data periode.",
    periodPairs: () => "Setiap periode membutuhkan pembilang dan penyebut.",
    periodDenominatorZero: (p) => `Penyebut periode ${p.period} bernilai 0.`,
    denominatorsSumZero: () => "Jumlah penyebut bernilai 0.",
    noResponses: () => "Tidak ada jawaban untuk dihitung.",
    npsOutOfScale: (p, f) => `${f.exact(p.value)} berada di luar skala jawaban 0-10.`,
    npsNotWhole: (p, f) => `${f.exact(p.value)} bukan jawaban bulat pada skala 0-10.`,
    scaleMaxNotPositive: (p, f) =>
      `scaleMax harus lebih besar dari 0 (nilainya ${f.exact(p.value)}).`,
    csiLengthMismatch: (p) =>
      `satisfaction berisi ${p.satisfaction} nilai, tetapi importance berisi ${p.importance}.`,
    noSatisfaction: () => "Tidak ada skor kepuasan.",
    satisfactionOutOfScale: (p, f) =>
      `satisfaction ${f.exact(p.value)} berada di luar skala 0-${f.exact(p.scaleMax)}.`,
    importanceNegative: (p, f) => `importance ${f.exact(p.value)} bernilai negatif.`,
    importanceSumZero: () => "Jumlah bobot importance bernilai 0.",
    noKpiRows: () => "Tidak ada baris KPI: actual, valueAt50 dan valueAt100 semuanya kosong.",
    inItem: (p, f) =>
      `${{ row: "Baris", response: "Jawaban", attribute: "Atribut" }[p.item]} ${p.index}: ${f.nested(p.error)}`,
  },
} satisfies Catalogue<DomainMessageParams>;

/** A weight sum (a fraction) as a percentage: 0.95 → "95%", 1.0000004 → "100.00004%" / "100,00004%". */
function pct(f: Format, fraction: number): string {
  return `${f.exact(weightSumPercent(fraction))}%`;
}

/** Words of positions, in the catalogue form. */
export interface PositionParams {
  row: { readonly row: number };
  column: { readonly column: number };
  /** An argument at a place: "kpiWeight in row 3". */
  at: { readonly name: string; readonly place: string };
}

export const POSITIONS = {
  en: {
    row: (p) => `row ${p.row}`,
    column: (p) => `column ${p.column}`,
    at: (p) => `${p.name} in ${p.place}`,
  },
  id: {
    row: (p) => `baris ${p.row}`,
    column: (p) => `kolom ${p.column}`,
    at: (p) => `${p.name} di ${p.place}`,
  },
} satisfies Catalogue<PositionParams>;

/** "row 3", "column 2", "row 3, column 2" (capitalised at the start of a sentence); "" for none. */
export function position(f: Format, p: Position | undefined, capital = false): string {
  if (!p) return "";
  const parts: string[] = [];
  if (p.row !== undefined) parts.push(render(POSITIONS, f, "row", { row: p.row }));
  if (p.column !== undefined) parts.push(render(POSITIONS, f, "column", { column: p.column }));
  const text = parts.join(", ");
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** An argument at a position: "kpiWeight in row 3", "kpiWeight di baris 3"; the name alone without one. */
export function where(f: Format, name: string, p: Position | undefined): string {
  const place = position(f, p);
  return place ? render(POSITIONS, f, "at", { name, place }) : name;
}

/** The format of messages no workbook stands behind (the custom functions', `DomainError.message`). */
export function messageFormat(language: Language): Format {
  return formatFor(language, MESSAGE_NUMBERS[language]);
}

/** A domain message in a language (numbers as `messageFormat` writes them) or in a format. */
export function renderDomainMessage<C extends DomainErrorCode>(
  language: Language | Format,
  code: C,
  params: DomainMessageParams[C]
): string {
  const f = typeof language === "string" ? messageFormat(language) : language;
  return renderCoded(DOMAIN_MESSAGES, f, { code, params } as Coded<DomainMessageParams>);
}
