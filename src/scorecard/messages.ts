/**
 * Words the user reads from this layer, in English and Indonesian: problem
 * messages (keys + parameters, rendered here) and the generated sheet's labels.
 */
import type { DomainError } from "../core/errors";
import type { Language } from "../core/language";
import { LANGUAGE_NUMBERS, NumberLocale, formatNumber, formatPercent } from "./numberText";
import { COLUMN_KEYS, ColumnKey, Problem, ProblemCode } from "./types";

type Params = Readonly<Record<string, string | number>>;

/** How a template shows its parameters: numbers in the workbook's locale, column names in the language. */
interface Formatters {
  /** A weight or a weight sum (a fraction) as a percentage: 0.9 → "90%", 1.0000004 → "100.00004%". */
  readonly pct: (x: string | number) => string;
  /** A score or a value: 150.5, "150,5". */
  readonly num: (x: string | number) => string;
  /** The cell's column: `column` (a column key), after `kpi` and before `periodNumber` when given ("Retention Period 3"). */
  readonly column: (p: Params) => string;
  /** `columns`: column keys joined by ",", as a list of names. */
  readonly columns: (p: Params) => string;
  /** The problem's domain error, in the language. */
  readonly cause: () => string;
}

type Template = (p: Params, f: Formatters) => string;

const isColumnKey = (key: string): key is ColumnKey =>
  (COLUMN_KEYS as readonly string[]).includes(key);

/** Text parameters pass through as they are. */
function formatters(language: Language, locale: NumberLocale, cause?: DomainError): Formatters {
  const label = (key: string) => (isColumnKey(key) ? COLUMN_LABELS[language][key] : key);
  return {
    pct: (x) => (typeof x === "number" ? formatPercent(x, locale, 6) : x),
    num: (x) => (typeof x === "number" ? formatNumber(x, locale) : x),
    column: (p) =>
      [p.kpi, label(String(p.column)), p.periodNumber]
        .filter((x) => x !== undefined && x !== "")
        .join(" "),
    columns: (p) => String(p.columns).split(",").map(label).join(", "),
    cause: () => cause?.messageIn(language) ?? "",
  };
}

const PROBLEMS: Readonly<Record<Language, Readonly<Record<ProblemCode, Template>>>> = {
  en: {
    missingColumn: (p, f) => `No column is mapped to "${f.column(p)}".`,
    unknownColumn: (p) => `Column "${p.header}" is not used.`,
    duplicateColumn: (p, f) => `Column "${p.header}" is mapped twice (${f.columns(p)}).`,
    notANumber: (p, f) => `${f.column(p)} in ${p.address} is ${p.value}, not a number.`,
    blankCell: (p, f) => `${f.column(p)} in ${p.address} is blank.`,
    flatLine: (p, f) =>
      `${p.kpi}: value at 50 and value at 100 are both ${f.num(p.value)}; the score is undefined.`,
    kpiWeightSum: (p, f) =>
      `KPI weights of "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} sum to ${f.pct(p.sum)}, not 100%.`,
    perspectiveWeightSum: (p, f) =>
      `Perspective weights${p.employee ? ` of ${p.employee}` : ""} sum to ${f.pct(p.sum)}, not 100%.`,
    perspectiveWeightMismatch: (p, f) =>
      `"${p.perspective}" has two different weights (${f.pct(p.first)} and ${f.pct(p.second)}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" appears twice in "${p.perspective}"${p.employee ? ` for ${p.employee}` : ""}.`,
    noRows: () => "The table has no KPI rows.",
    scoreAbove150: (p, f) =>
      `${p.kpi} scores ${f.num(p.score)}, above 150: check the actual and the values at 50 and 100.`,
    negativeScore: (p, f) => `${p.kpi} scores ${f.num(p.score)}, below 0.`,
    negativeWeight: (p, f) => `${f.column(p)} in ${p.address} is negative.`,
    periodActual: (p, f) =>
      `${p.kpi}: the actual from ${p.address} cannot be computed: ${f.cause()}`,
  },
  id: {
    missingColumn: (p, f) => `Tidak ada kolom untuk "${f.column(p)}".`,
    unknownColumn: (p) => `Kolom "${p.header}" tidak dipakai.`,
    duplicateColumn: (p, f) => `Kolom "${p.header}" dipetakan dua kali (${f.columns(p)}).`,
    notANumber: (p, f) => `${f.column(p)} di ${p.address} berisi ${p.value}, bukan angka.`,
    blankCell: (p, f) => `${f.column(p)} di ${p.address} kosong.`,
    flatLine: (p, f) =>
      `${p.kpi}: nilai 50 dan nilai 100 sama-sama ${f.num(p.value)}; skor tidak dapat dihitung.`,
    kpiWeightSum: (p, f) =>
      `Jumlah bobot KPI "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} adalah ${f.pct(p.sum)}, bukan 100%.`,
    perspectiveWeightSum: (p, f) =>
      `Jumlah bobot perspektif${p.employee ? ` ${p.employee}` : ""} adalah ${f.pct(p.sum)}, bukan 100%.`,
    perspectiveWeightMismatch: (p, f) =>
      `"${p.perspective}" memiliki dua bobot berbeda (${f.pct(p.first)} dan ${f.pct(p.second)}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" muncul dua kali di "${p.perspective}"${p.employee ? ` untuk ${p.employee}` : ""}.`,
    noRows: () => "Tabel tidak memiliki baris KPI.",
    scoreAbove150: (p, f) =>
      `Skor ${p.kpi} adalah ${f.num(p.score)}, di atas 150: periksa nilai aktual, nilai 50 dan nilai 100.`,
    negativeScore: (p, f) => `Skor ${p.kpi} adalah ${f.num(p.score)}, di bawah 0.`,
    negativeWeight: (p, f) => `${f.column(p)} di ${p.address} bernilai negatif.`,
    periodActual: (p, f) =>
      `${p.kpi}: nilai aktual dari ${p.address} tidak dapat dihitung: ${f.cause()}`,
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
  numbers: NumberLocale = LANGUAGE_NUMBERS[language],
  cause?: DomainError
): string {
  return PROBLEMS[language][code](params, formatters(language, numbers, cause));
}

export function problemMessage(
  problem: Problem,
  language: Language,
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): string {
  return renderProblem(problem.code, problem.params, language, numbers, problem.cause);
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
  /** The details sheet's name suffix and its title. */
  readonly details: string;
  readonly detailsTitle: string;
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
    details: "Details",
    detailsTitle: "Details by employee and KPI",
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
    details: "Rincian",
    detailsTitle: "Rincian per karyawan dan KPI",
    css: "Total CSS",
    gcr: "Layak GCR",
    kpiScore: "Skor KPI",
    assessment: "Asesmen",
    development: "Pengembangan",
    generated: "Dibuat oleh Scorecard untuk Excel dari",
  },
};
