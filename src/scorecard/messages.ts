/**
 * Words the user reads from this layer, in English and Indonesian: problem
 * messages (keys + parameters, rendered here) and the generated sheet's labels.
 */
import type { Language } from "../core/rating";
import type { ColumnKey, Problem, ProblemCode } from "./types";

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const PROBLEMS: Readonly<Record<Language, Readonly<Record<ProblemCode, Template>>>> = {
  en: {
    missingColumn: (p) => `No column is mapped to "${p.column}".`,
    unknownColumn: (p) => `Column "${p.header}" is not used.`,
    duplicateColumn: (p) => `Column "${p.header}" is mapped twice (${p.columns}).`,
    notANumber: (p) => `${p.column} in ${p.address} is ${p.value}, not a number.`,
    blankCell: (p) => `${p.column} in ${p.address} is blank.`,
    flatLine: (p) =>
      `${p.kpi}: value at 50 and value at 100 are both ${p.value}; the score is undefined.`,
    kpiWeightSum: (p) =>
      `KPI weights of "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} sum to ${p.sum}, not 100%.`,
    perspectiveWeightSum: (p) =>
      `Perspective weights${p.employee ? ` of ${p.employee}` : ""} sum to ${p.sum}, not 100%.`,
    perspectiveWeightMismatch: (p) =>
      `"${p.perspective}" has two different weights (${p.first} and ${p.second}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" appears twice in "${p.perspective}"${p.employee ? ` for ${p.employee}` : ""}.`,
    noRows: () => "The table has no KPI rows.",
    scoreAbove150: (p) =>
      `${p.kpi} scores ${p.score}, above 150: check the actual and the values at 50 and 100.`,
    negativeScore: (p) => `${p.kpi} scores ${p.score}, below 0.`,
    negativeWeight: (p) => `${p.column} in ${p.address} is negative.`,
  },
  id: {
    missingColumn: (p) => `Tidak ada kolom untuk "${p.column}".`,
    unknownColumn: (p) => `Kolom "${p.header}" tidak dipakai.`,
    duplicateColumn: (p) => `Kolom "${p.header}" dipetakan dua kali (${p.columns}).`,
    notANumber: (p) => `${p.column} di ${p.address} berisi ${p.value}, bukan angka.`,
    blankCell: (p) => `${p.column} di ${p.address} kosong.`,
    flatLine: (p) =>
      `${p.kpi}: nilai 50 dan nilai 100 sama-sama ${p.value}; skor tidak dapat dihitung.`,
    kpiWeightSum: (p) =>
      `Jumlah bobot KPI "${p.perspective}"${p.employee ? ` (${p.employee})` : ""} adalah ${p.sum}, bukan 100%.`,
    perspectiveWeightSum: (p) =>
      `Jumlah bobot perspektif${p.employee ? ` ${p.employee}` : ""} adalah ${p.sum}, bukan 100%.`,
    perspectiveWeightMismatch: (p) =>
      `"${p.perspective}" memiliki dua bobot berbeda (${p.first} dan ${p.second}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" muncul dua kali di "${p.perspective}"${p.employee ? ` untuk ${p.employee}` : ""}.`,
    noRows: () => "Tabel tidak memiliki baris KPI.",
    scoreAbove150: (p) =>
      `Skor ${p.kpi} adalah ${p.score}, di atas 150: periksa nilai aktual, nilai 50 dan nilai 100.`,
    negativeScore: (p) => `Skor ${p.kpi} adalah ${p.score}, di bawah 0.`,
    negativeWeight: (p) => `${p.column} di ${p.address} bernilai negatif.`,
  },
};

export function renderProblem(
  code: ProblemCode,
  params: Params,
  language: Language = "en"
): string {
  return PROBLEMS[language][code](params);
}

export function problemMessage(problem: Problem, language: Language): string {
  return renderProblem(problem.code, problem.params, language);
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
