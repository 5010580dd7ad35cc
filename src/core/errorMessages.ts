/**
 * What a `DomainError` says, in English and Indonesian. Errors carry a code and
 * parameters; the text is rendered here, only when someone reads it, in the
 * language they read. Nested errors ("Row 3: ...") and positions ("kpiWeight in
 * row 3") are parameters too, rendered in the same language as the whole.
 *
 * Names of arguments and functions (kpiWeight, totalAssets, ROA) are the names
 * Excel shows in every language: they pass through untranslated.
 *
 * Numbers: English shows them as JavaScript writes them (0.5, -1317000); Indonesian
 * with a decimal comma and grouped thousands (0,5, -1.317.000), as Intl's id-ID.
 */
import type { DomainError } from "./errors";
import type { Language } from "./language";
import { weightSumPercent } from "./tolerance";

/** A cell inside a multi-cell argument, 1-based: a row, a column, or both. */
export interface Position {
  readonly row?: number;
  readonly column?: number;
}

/** Computed quantities named in words (as opposed to names such as CSS or totalAssets). */
export type Quantity =
  "score" | "requiredActual" | "sum" | "mean" | "meanOfRatios" | "ratioOfSums" | "weightedScore";

type NoParams = Readonly<Record<string, never>>;

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

/** How templates show their parameters in one language. */
export interface MessageFormat {
  readonly language: Language;
  /** A value: 0.5 / "0,5". */
  num(x: number): string;
  /** A weight sum (a fraction) as a percentage: 0.95 → "95%", 1.0000004 → "100.00004%" / "100,00004%". */
  pct(fraction: number): string;
  /** "row 3", "column 2", "row 3, column 2" (capitalised at the start of a sentence); "" for none. */
  position(position: Position | undefined, capital?: boolean): string;
  /** An argument at a position: "kpiWeight in row 3", "kpiWeight di baris 3"; the name alone without one. */
  where(name: string, position: Position | undefined): string;
  /** A nested error, in the same language. */
  error(error: DomainError): string;
}

type Templates<P> = { readonly [C in keyof P]: (params: P[C], f: MessageFormat) => string };

/** A catalogue: every code in every language (a missing template is a compile error). */
export type Catalogue<P> = Readonly<Record<Language, Templates<P>>>;

/** Weights entered as percent points (35 instead of 0.35) sum to 100 or 10000. */
function looksLikePercentPoints(sum: number): boolean {
  return Math.abs(sum - 100) < 1e-3 || Math.abs(sum - 10000) < 1e-1;
}

const QUANTITIES: Readonly<Record<Language, Readonly<Record<Quantity, string>>>> = {
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
};

export const DOMAIN_MESSAGES: Catalogue<DomainMessageParams> = {
  en: {
    tooLarge: (p) => `${QUANTITIES.en[p.what]} is too large or undefined for a number.`,
    namedTooLarge: (p) => `${p.name} is too large or undefined for a number.`,
    negative: (p, f) =>
      `${f.where(p.name, p.row === undefined ? undefined : { row: p.row })} is negative (${f.num(p.value)}).`,
    negativeBalance: (p, f) => `${p.name} (${p.end}) is negative (${f.num(p.value)}).`,
    zero: (p) => `${p.name} is 0.`,
    partAboveWhole: (p, f) =>
      `${p.part} (${f.num(p.partValue)}) is larger than ${p.whole} (${f.num(p.wholeValue)}).`,
    growthFromZero: () => "previous is 0: growth from zero is undefined.",
    flatScoreLine: (p, f) =>
      `valueAt50 and valueAt100 are both ${f.num(p.value)}: the score line needs two different values.`,
    flatScoreLineInverse: (p, f) =>
      `valueAt50 and valueAt100 are both ${f.num(p.value)}: every actual gives the same score.`,
    floorAboveCap: (p, f) => `floor (${f.num(p.floor)}) is above cap (${f.num(p.cap)}).`,
    cssWeightCount: (p) => `weights needs 3 values (KPI, assessment, development); got ${p.count}.`,
    cssWeightNegative: (p, f) => `weight ${p.index} is negative (${f.num(p.value)}).`,
    cssWeightSum: (p, f) =>
      `The CSS weights sum to ${f.pct(p.sum)}; they must sum to 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Enter weights as fractions or percentages (35% or 0.35, not 35)."
        : ""),
    kpiWeightSum: (p, f) =>
      `The weights (kpiWeight × perspectiveWeight over ${p.rows} rows) sum to ${f.pct(p.sum)}; ` +
      `they must sum to 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Enter weights as fractions or percentages (35% or 0.35, not 35)."
        : ""),
    gradeDownPeriods: (p, f) =>
      `periods must be a whole number of at least 1 (got ${f.num(p.periods)}).`,
    noPeriodData: () => "There is no period data.",
    periodPairs: () => "Every period needs a numerator and a denominator.",
    periodDenominatorZero: (p) => `The denominator of period ${p.period} is 0.`,
    denominatorsSumZero: () => "The denominators sum to 0.",
    noResponses: () => "There are no responses to score.",
    npsOutOfScale: (p, f) => `${f.num(p.value)} is outside the 0-10 answer scale.`,
    npsNotWhole: (p, f) => `${f.num(p.value)} is not a whole 0-10 answer.`,
    scaleMaxNotPositive: (p, f) => `scaleMax must be above 0 (got ${f.num(p.value)}).`,
    csiLengthMismatch: (p) =>
      `satisfaction has ${p.satisfaction} values but importance has ${p.importance}.`,
    noSatisfaction: () => "There are no satisfaction scores.",
    satisfactionOutOfScale: (p, f) =>
      `satisfaction ${f.num(p.value)} is outside the 0-${f.num(p.scaleMax)} scale.`,
    importanceNegative: (p, f) => `importance ${f.num(p.value)} is negative.`,
    importanceSumZero: () => "The importance weights sum to 0.",
    noKpiRows: () => "There are no KPI rows: actual, valueAt50 and valueAt100 are all blank.",
    inItem: (p, f) =>
      `${{ row: "Row", response: "Response", attribute: "Attribute" }[p.item]} ${p.index}: ${f.error(p.error)}`,
  },
  id: {
    tooLarge: (p) =>
      `${QUANTITIES.id[p.what]} terlalu besar atau tidak dapat dinyatakan sebagai angka.`,
    namedTooLarge: (p) => `${p.name} terlalu besar atau tidak dapat dinyatakan sebagai angka.`,
    negative: (p, f) =>
      `${f.where(p.name, p.row === undefined ? undefined : { row: p.row })} bernilai negatif (${f.num(p.value)}).`,
    negativeBalance: (p, f) =>
      `${p.name} (${p.end === "opening" ? "awal" : "akhir"}) bernilai negatif (${f.num(p.value)}).`,
    zero: (p) => `${p.name} bernilai 0.`,
    partAboveWhole: (p, f) =>
      `${p.part} (${f.num(p.partValue)}) lebih besar daripada ${p.whole} (${f.num(p.wholeValue)}).`,
    growthFromZero: () => "previous bernilai 0: pertumbuhan dari nol tidak dapat dihitung.",
    flatScoreLine: (p, f) =>
      `valueAt50 dan valueAt100 sama-sama ${f.num(p.value)}: garis skor membutuhkan dua nilai yang berbeda.`,
    flatScoreLineInverse: (p, f) =>
      `valueAt50 dan valueAt100 sama-sama ${f.num(p.value)}: setiap nilai aktual memberi skor yang sama.`,
    floorAboveCap: (p, f) =>
      `floor (${f.num(p.floor)}) lebih besar daripada cap (${f.num(p.cap)}).`,
    cssWeightCount: (p) =>
      `weights harus berisi 3 nilai (KPI, asesmen, pengembangan), bukan ${p.count}.`,
    cssWeightNegative: (p, f) => `Bobot ke-${p.index} bernilai negatif (${f.num(p.value)}).`,
    cssWeightSum: (p, f) =>
      `Jumlah bobot CSS adalah ${f.pct(p.sum)}, bukan 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Masukkan bobot sebagai pecahan atau persentase (35% atau 0,35, bukan 35)."
        : ""),
    kpiWeightSum: (p, f) =>
      `Jumlah bobot (kpiWeight × perspectiveWeight atas ${p.rows} baris) adalah ${f.pct(p.sum)}, ` +
      `bukan 100%.` +
      (looksLikePercentPoints(p.sum)
        ? " Masukkan bobot sebagai pecahan atau persentase (35% atau 0,35, bukan 35)."
        : ""),
    gradeDownPeriods: (p, f) =>
      `periods harus berupa bilangan bulat paling sedikit 1 (nilainya ${f.num(p.periods)}).`,
    noPeriodData: () => "Tidak ada data periode.",
    periodPairs: () => "Setiap periode membutuhkan pembilang dan penyebut.",
    periodDenominatorZero: (p) => `Penyebut periode ${p.period} bernilai 0.`,
    denominatorsSumZero: () => "Jumlah penyebut bernilai 0.",
    noResponses: () => "Tidak ada jawaban untuk dihitung.",
    npsOutOfScale: (p, f) => `${f.num(p.value)} berada di luar skala jawaban 0-10.`,
    npsNotWhole: (p, f) => `${f.num(p.value)} bukan jawaban bulat pada skala 0-10.`,
    scaleMaxNotPositive: (p, f) =>
      `scaleMax harus lebih besar dari 0 (nilainya ${f.num(p.value)}).`,
    csiLengthMismatch: (p) =>
      `satisfaction berisi ${p.satisfaction} nilai, tetapi importance berisi ${p.importance}.`,
    noSatisfaction: () => "Tidak ada skor kepuasan.",
    satisfactionOutOfScale: (p, f) =>
      `satisfaction ${f.num(p.value)} berada di luar skala 0-${f.num(p.scaleMax)}.`,
    importanceNegative: (p, f) => `importance ${f.num(p.value)} bernilai negatif.`,
    importanceSumZero: () => "Jumlah bobot importance bernilai 0.",
    noKpiRows: () => "Tidak ada baris KPI: actual, valueAt50 dan valueAt100 semuanya kosong.",
    inItem: (p, f) =>
      `${{ row: "Baris", response: "Jawaban", attribute: "Atribut" }[p.item]} ${p.index}: ${f.error(p.error)}`,
  },
};

let indonesianSeparators: { decimal: string; group: string } | undefined;

/** id-ID's separators as Intl knows them; "," and "." when the runtime has no Indonesian data. */
function separatorsId(): { decimal: string; group: string } {
  if (!indonesianSeparators) {
    let decimal = ",";
    let group = ".";
    try {
      const format = new Intl.NumberFormat("id-ID");
      if (format.resolvedOptions().locale.startsWith("id")) {
        const parts = format.formatToParts(12345.6);
        decimal = parts.find((x) => x.type === "decimal")?.value ?? decimal;
        group = parts.find((x) => x.type === "group")?.value ?? group;
      }
    } catch {
      // no Intl: keep the Indonesian convention
    }
    indonesianSeparators = { decimal, group };
  }
  return indonesianSeparators;
}

/**
 * A number with the digits JavaScript shows (the shortest that reads back
 * exactly, never rounded), written with the language's separators.
 */
export function formatMessageNumber(x: number, language: Language): string {
  const plain = String(x);
  if (language === "en") return plain;
  const { decimal, group } = separatorsId();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  // 1e+308, 5e-324, Infinity: keep the digits, swap the decimal point.
  if (!m) return plain.replace(".", decimal);
  const int = m[2].length > 3 ? m[2].replace(/\B(?=(\d{3})+$)/g, group) : m[2];
  return `${m[1]}${int}${m[3] === undefined ? "" : decimal + m[3]}`;
}

const POSITION_WORDS: Readonly<Record<Language, { row: string; column: string; at: string }>> = {
  en: { row: "row", column: "column", at: "in" },
  id: { row: "baris", column: "kolom", at: "di" },
};

const FORMATS: Partial<Record<Language, MessageFormat>> = {};

/** The formatters of one language (built once). */
export function messageFormat(language: Language): MessageFormat {
  const cached = FORMATS[language];
  if (cached) return cached;
  const words = POSITION_WORDS[language];
  const position = (p: Position | undefined, capital = false): string => {
    if (!p) return "";
    const parts: string[] = [];
    if (p.row !== undefined) parts.push(`${words.row} ${p.row}`);
    if (p.column !== undefined) parts.push(`${words.column} ${p.column}`);
    const text = parts.join(", ");
    return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  };
  const format: MessageFormat = {
    language,
    num: (x) => formatMessageNumber(x, language),
    pct: (fraction) => `${formatMessageNumber(weightSumPercent(fraction), language)}%`,
    position,
    where: (name, p) => {
      const at = position(p);
      return at ? `${name} ${words.at} ${at}` : name;
    },
    error: (e) => e.messageIn(language),
  };
  FORMATS[language] = format;
  return format;
}

export function renderDomainMessage<C extends DomainErrorCode>(
  language: Language,
  code: C,
  params: DomainMessageParams[C]
): string {
  const template = DOMAIN_MESSAGES[language][code] as (
    p: DomainMessageParams[C],
    f: MessageFormat
  ) => string;
  return template(params, messageFormat(language));
}
