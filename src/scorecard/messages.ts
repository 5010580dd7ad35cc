/**
 * Words the user reads from this layer, in English and Indonesian, in the one
 * catalogue form (core/catalogue.ts): problem messages (codes + parameters,
 * rendered here), column names, source labels and the generated sheet's labels.
 */
import { Catalogue, Format, NoParams, formatFor, render, renderCoded } from "../core/catalogue";
import type { Language } from "../core/language";
import { LANGUAGE_NUMBERS, NumberLocale } from "../core/numbers";
import type { ColumnKey, Problem, ProblemParams, SourceLabel } from "./types";

/** A weight or a weight sum (a fraction) as a percentage: 0.9 → "90%", 1.0000004 → "100.00004%". */
const pct = (f: Format, x: number) => f.percent(x, 6);

/** The cell's column: its name, after the KPI and before the period's number when given ("Retention Period 3"). */
function column(
  f: Format,
  p: { readonly column: ColumnKey; readonly kpi?: string; readonly periodNumber?: number }
): string {
  return [p.kpi, COLUMN_LABELS[f.language][p.column], p.periodNumber]
    .filter((x) => x !== undefined && x !== "")
    .join(" ");
}

/** " (Budi, 2021)", " (Budi)", " (2021)" or "": whose scorecard a weight sum is about. */
function who(p: { readonly employee: string; readonly period?: string }): string {
  const parts = [p.employee, p.period].filter((x) => x);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** " for Budi in 2021", " for Budi", " in 2021" or "" (an empty word leaves the employee bare). */
function whose(
  p: { readonly employee: string; readonly period?: string },
  forWord: string,
  inWord: string
): string {
  const employee = p.employee ? ` ${forWord ? `${forWord} ` : ""}${p.employee}` : "";
  return employee + (p.period ? ` ${inWord} ${p.period}` : "");
}

/** Column keys as a list of names. */
const columns = (f: Format, keys: readonly ColumnKey[]) =>
  keys.map((key) => COLUMN_LABELS[f.language][key]).join(", ");

/**
 * The likely cause of a score far outside 0-100 (DOMAIN.md section 1): a measure
 * read in the wrong direction, such as seed 003's "retention" data, which are
 * inactive over active participants (a churn ratio) scored as higher-is-better.
 */
function reversedCause(f: Format, reversed: boolean): string {
  if (f.language === "id")
    return reversed
      ? "Penyebab yang mungkin: ukuran terbalik. KPI ini dinilai makin rendah makin baik (nilai 100 di bawah nilai 50); periksa apakah datanya memang begitu."
      : "Penyebab yang mungkin: ukuran terbalik, misalnya rasio churn (tidak aktif/aktif) yang dinilai sebagai retensi. Jika makin rendah makin baik, isi nilai 100 di bawah nilai 50, atau gunakan 1 − rasio.";
  return reversed
    ? "A likely cause: a reversed measure. This KPI is scored lower-is-better (its value at 100 is below its value at 50); check that its data are."
    : "A likely cause: a reversed measure, such as a churn ratio (inactive/active) scored as retention. If lower is better, put the value at 100 below the value at 50, or use 1 − the ratio.";
}

export const PROBLEMS = {
  en: {
    missingColumn: (p, f) => `No column is mapped to "${column(f, p)}".`,
    unknownColumn: (p) => `Column "${p.header}" is not used.`,
    duplicateColumn: (p, f) => `Column "${p.header}" is mapped twice (${columns(f, p.columns)}).`,
    notANumber: (p, f) => `${column(f, p)} in ${p.address} is ${p.value}, not a number.`,
    blankCell: (p, f) => `${column(f, p)} in ${p.address} is blank.`,
    flatLine: (p, f) =>
      `${p.kpi}: value at 50 and value at 100 are both ${f.number(p.value)}; the score is undefined.`,
    kpiWeightSum: (p, f) =>
      `KPI weights of "${p.perspective}"${who(p)} sum to ${pct(f, p.sum)}, not 100%.`,
    perspectiveWeightSum: (p, f) =>
      `Perspective weights${whose(p, "of", "in")} sum to ${pct(f, p.sum)}, not 100%.`,
    perspectiveWeightMismatch: (p, f) =>
      `"${p.perspective}" has two different weights (${pct(f, p.first)} and ${pct(f, p.second)}).`,
    duplicateKpi: (p) => `"${p.kpi}" appears twice in "${p.perspective}"${whose(p, "for", "in")}.`,
    unitMismatch: (p) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} is in two units: "${p.first}" and "${p.second}".`,
    unitWeightMissing: (p) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} has no roll-up weight.`,
    unitWeightMismatch: (p, f) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} has two roll-up weights (${f.number(p.first)} and ${f.number(p.second)}).`,
    unitWeightZero: (p) =>
      `The roll-up weights of unit "${p.unit}"${p.period ? ` in ${p.period}` : ""} sum to 0.`,
    rollupNeedsWeight: "A weighted roll-up needs a roll-up weight column.",
    noRows: "The table has no KPI rows.",
    scoreAbove150: (p, f) =>
      `${p.kpi} scores ${f.number(p.score)}, above 150: check the actual and the values at 50 and 100. ${reversedCause(f, p.reversed)}`,
    negativeScore: (p, f) =>
      `${p.kpi} scores ${f.number(p.score)}, below 0. ${reversedCause(f, p.reversed)}`,
    directionMismatch: (p, f) =>
      p.named === "lower"
        ? `${p.kpi} sounds like a measure where lower is better, but its value at 100 (${f.number(p.valueAt100)}, ${p.at100}) is above its value at 50 (${f.number(p.valueAt50)}, ${p.at50}), so a higher actual scores better. If lower is better, put the target below the value at 50.`
        : `${p.kpi} sounds like a measure where higher is better, but its value at 100 (${f.number(p.valueAt100)}, ${p.at100}) is below its value at 50 (${f.number(p.valueAt50)}, ${p.at50}), so a lower actual scores better. If higher is better, put the target above the value at 50.`,
    negativeWeight: (p, f) => `${column(f, p)} in ${p.address} is negative.`,
    periodActual: (p, f) =>
      `${p.kpi}: the actual from ${p.address} cannot be computed: ${f.nested(p.cause)}`,
  },
  id: {
    missingColumn: (p, f) => `Tidak ada kolom untuk "${column(f, p)}".`,
    unknownColumn: (p) => `Kolom "${p.header}" tidak dipakai.`,
    duplicateColumn: (p, f) => `Kolom "${p.header}" dipetakan dua kali (${columns(f, p.columns)}).`,
    notANumber: (p, f) => `${column(f, p)} di ${p.address} berisi ${p.value}, bukan angka.`,
    blankCell: (p, f) => `${column(f, p)} di ${p.address} kosong.`,
    flatLine: (p, f) =>
      `${p.kpi}: nilai 50 dan nilai 100 sama-sama ${f.number(p.value)}; skor tidak dapat dihitung.`,
    kpiWeightSum: (p, f) =>
      `Jumlah bobot KPI "${p.perspective}"${who(p)} adalah ${pct(f, p.sum)}, bukan 100%.`,
    perspectiveWeightSum: (p, f) =>
      `Jumlah bobot perspektif${whose(p, "", "periode")} adalah ${pct(f, p.sum)}, bukan 100%.`,
    perspectiveWeightMismatch: (p, f) =>
      `"${p.perspective}" memiliki dua bobot berbeda (${pct(f, p.first)} dan ${pct(f, p.second)}).`,
    duplicateKpi: (p) =>
      `"${p.kpi}" muncul dua kali di "${p.perspective}"${whose(p, "untuk", "periode")}.`,
    unitMismatch: (p) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} berada di dua unit: "${p.first}" dan "${p.second}".`,
    unitWeightMissing: (p) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} tidak memiliki bobot rekap.`,
    unitWeightMismatch: (p, f) =>
      `${p.employee}${p.period ? ` (${p.period})` : ""} memiliki dua bobot rekap (${f.number(p.first)} dan ${f.number(p.second)}).`,
    unitWeightZero: (p) =>
      `Jumlah bobot rekap unit "${p.unit}"${p.period ? ` pada ${p.period}` : ""} adalah 0.`,
    rollupNeedsWeight: "Rekap tertimbang memerlukan kolom bobot rekap.",
    noRows: "Tabel tidak memiliki baris KPI.",
    scoreAbove150: (p, f) =>
      `Skor ${p.kpi} adalah ${f.number(p.score)}, di atas 150: periksa nilai aktual, nilai 50 dan nilai 100. ${reversedCause(f, p.reversed)}`,
    negativeScore: (p, f) =>
      `Skor ${p.kpi} adalah ${f.number(p.score)}, di bawah 0. ${reversedCause(f, p.reversed)}`,
    directionMismatch: (p, f) =>
      p.named === "lower"
        ? `${p.kpi} terdengar seperti ukuran yang makin rendah makin baik, tetapi nilai 100-nya (${f.number(p.valueAt100)}, ${p.at100}) di atas nilai 50-nya (${f.number(p.valueAt50)}, ${p.at50}), sehingga aktual yang lebih tinggi mendapat skor lebih baik. Jika makin rendah makin baik, isi target di bawah nilai 50.`
        : `${p.kpi} terdengar seperti ukuran yang makin tinggi makin baik, tetapi nilai 100-nya (${f.number(p.valueAt100)}, ${p.at100}) di bawah nilai 50-nya (${f.number(p.valueAt50)}, ${p.at50}), sehingga aktual yang lebih rendah mendapat skor lebih baik. Jika makin tinggi makin baik, isi target di atas nilai 50.`,
    negativeWeight: (p, f) => `${column(f, p)} di ${p.address} bernilai negatif.`,
    periodActual: (p, f) =>
      `${p.kpi}: nilai aktual dari ${p.address} tidak dapat dihitung: ${f.nested(p.cause)}`,
  },
} satisfies Catalogue<ProblemParams>;

/**
 * A problem's message in a language, its numbers in a locale (by default the
 * one the language implies; the pane passes the workbook's).
 */
export function problemMessage(
  problem: Problem,
  language: Language,
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): string {
  return renderProblem(problem, formatFor(language, numbers));
}

/** A problem's message in a format. */
export function renderProblem(problem: Problem, f: Format): string {
  return renderCoded<ProblemParams>(PROBLEMS, f, problem);
}

/** Column names as the user reads them. */
export const COLUMN_LABELS = {
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
    unit: "Unit",
    unitWeight: "Roll-up weight",
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
    unit: "Unit kerja",
    unitWeight: "Bobot rekap",
  },
} satisfies Catalogue<Record<ColumnKey, NoParams>>;

interface SourceLabelParams {
  /** An Excel table: "KPIs (table)". */
  table: { readonly name: string };
  /** A named range: "BSC_Input (named range)". */
  name: { readonly name: string };
}

/** Names of sources, as the pane lists them and as labels start. */
export const SOURCE_NAMES = {
  en: {
    table: (p) => `${p.name} (table)`,
    name: (p) => `${p.name} (named range)`,
  },
  id: {
    table: (p) => `${p.name} (tabel)`,
    name: (p) => `${p.name} (rentang bernama)`,
  },
} satisfies Catalogue<SourceLabelParams>;

/** A table's or a named range's name as the user reads it: "KPIs (table)", "KPIs (tabel)". */
export function sourceName(f: Format, kind: "table" | "name", name: string): string {
  return render(SOURCE_NAMES, f, kind, { name });
}

/** Where a source was read: "KPIs (table) 'Data'!A1:G5", "'Data'!A1:G5" for a range. */
export function sourceLabel(f: Format, label: SourceLabel): string {
  return label.kind === "range"
    ? label.address
    : `${sourceName(f, label.kind, label.name)} ${label.address}`;
}

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
  /** The history sheet's name suffix, its title, and its columns. */
  readonly history: string;
  readonly historyTitle: string;
  readonly gradeDown: string;
  readonly gradeDownThreshold: string;
  readonly gradeDownPeriods: string;
  /** The roll-up sheet's name suffix, its title, and its columns. */
  readonly rollup: string;
  readonly rollupTitle: string;
  readonly unit: string;
  readonly members: string;
  readonly rollupWeight: string;
  readonly organisation: string;
  readonly rollupMean: string;
  readonly rollupWeighted: string;
}

export const SHEET_LABELS = {
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
    history: "History",
    historyTitle: "Overall score by period",
    gradeDown: "Grade down",
    gradeDownThreshold: "Grade-down threshold",
    gradeDownPeriods: "Periods below the threshold",
    rollup: "Roll-up",
    rollupTitle: "Units and organisation from their members",
    unit: "Unit",
    members: "Members",
    rollupWeight: "Roll-up weight",
    organisation: "Organisation",
    rollupMean: "Mean of the members",
    rollupWeighted: "Weighted by the roll-up weight",
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
    history: "Riwayat",
    historyTitle: "Skor keseluruhan per periode",
    gradeDown: "Turun grade",
    gradeDownThreshold: "Ambang turun grade",
    gradeDownPeriods: "Jumlah periode di bawah ambang",
    rollup: "Rekap unit",
    rollupTitle: "Unit dan organisasi dari anggotanya",
    unit: "Unit kerja",
    members: "Anggota",
    rollupWeight: "Bobot rekap",
    organisation: "Organisasi",
    rollupMean: "Rata-rata anggota",
    rollupWeighted: "Tertimbang dengan bobot rekap",
  },
} satisfies Catalogue<Record<keyof SheetLabels, NoParams>>;
