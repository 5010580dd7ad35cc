/**
 * Words the user reads from this layer, in English and Indonesian: problem
 * messages (keys + parameters, rendered here) and the generated sheet's labels.
 */
import type { Language } from "../core/rating";
import { LANGUAGE_NUMBERS, NumberLocale, formatNumber, formatPercent } from "./numberText";
import type { ColumnKey, Problem, ProblemCode } from "./types";

type Params = Readonly<Record<string, string | number>>;

/** How a template shows the numbers among its parameters, in the workbook's locale. */
interface Numbers {
  /** A weight or a weight sum (a fraction) as a percentage: 0.9 → "90%", 1.0000004 → "100.00004%". */
  readonly pct: (x: string | number) => string;
  /** A score or a value: 150.5, "150,5". */
  readonly num: (x: string | number) => string;
}

type Template = (p: Params, n: Numbers) => string;

/** Text parameters pass through as they are (older callers gave formatted strings). */
function numbersIn(locale: NumberLocale): Numbers {
  return {
    pct: (x) => (typeof x === "number" ? formatPercent(x, locale, 6) : x),
    num: (x) => (typeof x === "number" ? formatNumber(x, locale) : x),
  };
}

const PROBLEMS: Readonly<Record<Language, Readonly<Record<ProblemCode, Template>>>> = {
  en: {
    missingColumn: (p) => `No column is mapped to "${p.column}".`,
    unknownColumn: (p) => `Column "${p.header}" is not used.`,
    duplicateColumn: (p) => `Column "${p.header}" is mapped twice (${p.columns}).`,
    notANumber: (p) => `${p.column} in ${p.address} is ${p.value}, not a number.`,
    blankCell: (p) => `${p.column} in ${p.address} is blank.`,
    flatLine: (p, n) =>
      `${p.kpi}: value at 50 and value at 100 are both ${n.num(p.value)}; the score is undefined.`,
    kpiWeightSum: (p, n) =>
      `KPI weights of "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} sum to ${n.pct(p.sum)}, not 100%.`,
    perspectiveWeightSum: (p, n) =>
      `Perspective weights${p.employee ? ` of ${p.employee}` : ""} sum to ${n.pct(p.sum)}, not 100%.`,
    perspectiveWeightMismatch: (p, n) =>
      `"${p.perspective}" has two different weights (${n.pct(p.first)} and ${n.pct(p.second)}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" appears twice in "${p.perspective}"${p.employee ? ` for ${p.employee}` : ""}.`,
    noRows: () => "The table has no KPI rows.",
    scoreAbove150: (p, n) =>
      `${p.kpi} scores ${n.num(p.score)}, above 150: check the actual and the values at 50 and 100.`,
    negativeScore: (p, n) => `${p.kpi} scores ${n.num(p.score)}, below 0.`,
    negativeWeight: (p) => `${p.column} in ${p.address} is negative.`,
  },
  id: {
    missingColumn: (p) => `Tidak ada kolom untuk "${p.column}".`,
    unknownColumn: (p) => `Kolom "${p.header}" tidak dipakai.`,
    duplicateColumn: (p) => `Kolom "${p.header}" dipetakan dua kali (${p.columns}).`,
    notANumber: (p) => `${p.column} di ${p.address} berisi ${p.value}, bukan angka.`,
    blankCell: (p) => `${p.column} di ${p.address} kosong.`,
    flatLine: (p, n) =>
      `${p.kpi}: nilai 50 dan nilai 100 sama-sama ${n.num(p.value)}; skor tidak dapat dihitung.`,
    kpiWeightSum: (p, n) =>
      `Jumlah bobot KPI "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} adalah ${n.pct(p.sum)}, bukan 100%.`,
    perspectiveWeightSum: (p, n) =>
      `Jumlah bobot perspektif${p.employee ? ` ${p.employee}` : ""} adalah ${n.pct(p.sum)}, bukan 100%.`,
    perspectiveWeightMismatch: (p, n) =>
      `"${p.perspective}" memiliki dua bobot berbeda (${n.pct(p.first)} dan ${n.pct(p.second)}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" muncul dua kali di "${p.perspective}"${p.employee ? ` untuk ${p.employee}` : ""}.`,
    noRows: () => "Tabel tidak memiliki baris KPI.",
    scoreAbove150: (p, n) =>
      `Skor ${p.kpi} adalah ${n.num(p.score)}, di atas 150: periksa nilai aktual, nilai 50 dan nilai 100.`,
    negativeScore: (p, n) => `Skor ${p.kpi} adalah ${n.num(p.score)}, di bawah 0.`,
    negativeWeight: (p) => `${p.column} di ${p.address} bernilai negatif.`,
  },
};

/**
 * A problem's message in a language, its numbers in a locale (by default the
 * one the language implies; the pane passes the workbook's).
 */
export function renderProblem(
  code: ProblemCode,
  params: Params,
  language: Language = "en",
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): string {
  return PROBLEMS[language][code](params, numbersIn(numbers));
}

export function problemMessage(
  problem: Problem,
  language: Language,
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): string {
  return renderProblem(problem.code, problem.params, language, numbers);
}

/** Column names as the user reads them. */
export const COLUMN_LABELS: Readonly<Record<Language, Readonly<Record<ColumnKey, string>>>> = {
  en: {
    perspective: "Perspective",
    perspectiveWeight: "Perspective weight",
    kpi: "KPI",
    kpiWeight: "KPI weight",
    valueAt50: "Value at 50",
    valueAt100: "Value at 100",
    actual: "Actual",
    employee: "Employee",
    period: "Period",
    assessmentScore: "Assessment score",
    developmentScore: "Development score",
  },
  id: {
    perspective: "Perspektif",
    perspectiveWeight: "Bobot perspektif",
    kpi: "KPI",
    kpiWeight: "Bobot KPI",
    valueAt50: "Nilai 50",
    valueAt100: "Nilai 100",
    actual: "Aktual",
    employee: "Karyawan",
    period: "Periode",
    assessmentScore: "Nilai asesmen",
    developmentScore: "Nilai pengembangan",
  },
};

/** Labels of the generated sheets. */
export interface SheetLabels {
  readonly period: string;
  readonly employee: string;
  readonly perspectiveKpi: string;
  readonly weight: string;
  readonly valueAt50: string;
  readonly valueAt100: string;
  readonly actual: string;
  readonly trend: string;
  readonly score: string;
  readonly fulfillment: string;
  readonly weighted: string;
  readonly rating: string;
  readonly neededFor100: string;
  readonly neededForNextBand: string;
  readonly overall: string;
  readonly perspectiveScores: string;
  readonly summary: string;
  readonly css: string;
  readonly gcr: string;
  readonly kpiScore: string;
  readonly assessment: string;
  readonly development: string;
  readonly generated: string;
}

export const SHEET_LABELS: Readonly<Record<Language, SheetLabels>> = {
  en: {
    period: "Period",
    employee: "Employee",
    perspectiveKpi: "Perspective / KPI",
    weight: "Weight",
    valueAt50: "Value at 50",
    valueAt100: "Value at 100",
    actual: "Actual",
    trend: "Trend",
    score: "Score",
    fulfillment: "Fulfillment",
    weighted: "Weighted score",
    rating: "Rating",
    neededFor100: "Needed for 100",
    neededForNextBand: "Needed for next band",
    overall: "Overall score",
    perspectiveScores: "Perspective scores",
    summary: "Summary",
    css: "CSS total",
    gcr: "GCR eligible",
    kpiScore: "KPI score",
    assessment: "Assessment",
    development: "Development",
    generated: "Generated by Scorecard for Excel from",
  },
  id: {
    period: "Periode",
    employee: "Karyawan",
    perspectiveKpi: "Perspektif / KPI",
    weight: "Bobot",
    valueAt50: "Nilai 50",
    valueAt100: "Nilai 100",
    actual: "Aktual",
    trend: "Tren",
    score: "Skor",
    fulfillment: "Pemenuhan",
    weighted: "Skor tertimbang",
    rating: "Predikat",
    neededFor100: "Dibutuhkan untuk 100",
    neededForNextBand: "Dibutuhkan untuk predikat berikutnya",
    overall: "Skor keseluruhan",
    perspectiveScores: "Skor perspektif",
    summary: "Ringkasan",
    css: "Total CSS",
    gcr: "Layak GCR",
    kpiScore: "Skor KPI",
    assessment: "Asesmen",
    development: "Pengembangan",
    generated: "Dibuat oleh Scorecard untuk Excel dari",
  },
};
