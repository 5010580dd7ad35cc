/**
 * Matches a source table's header row to the KPI table's columns, in English and
 * Indonesian (the source papers' own words: Perspektif, Bobot, Nilai 50, ...).
 * Exact matches win over partial ones, and each column is used once.
 */
import { COLUMN_KEYS, ColumnKey, ColumnMapping } from "./types";

/** Header words per column, normalised (lower case, letters and digits separated by single spaces). */
export const HEADER_SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  perspective: ["perspective", "perspektif", "bsc perspective", "perspektif bsc"],
  perspectiveWeight: [
    "perspective weight",
    "bobot perspektif",
    "weight of perspective",
    "perspective weighting",
    "persp weight",
  ],
  kpi: [
    "kpi",
    "kpi name",
    "nama kpi",
    "indicator",
    "indikator",
    "indikator kinerja",
    "key performance indicator",
    "measure",
    "ukuran kinerja",
    "criteria",
    "kriteria",
  ],
  kpiWeight: ["kpi weight", "bobot kpi", "bobot indikator", "weight", "bobot", "indicator weight"],
  valueAt50: [
    "value at 50",
    "nilai 50",
    "v50",
    "value 50",
    "score 50",
    "min",
    "minimum",
    "batas bawah",
  ],
  valueAt100: [
    "value at 100",
    "nilai 100",
    "v100",
    "value 100",
    "score 100",
    "target",
    "max",
    "maximum",
    "batas atas",
  ],
  actual: [
    "actual",
    "aktual",
    "realisasi",
    "realization",
    "actual value",
    "nilai aktual",
    "capaian",
    "pencapaian",
    "achievement",
  ],
  employee: [
    "employee",
    "karyawan",
    "pegawai",
    "employee name",
    "nama karyawan",
    "nama pegawai",
    "name",
    "nama",
    "employee unit",
    "karyawan unit",
  ],
  period: [
    "period",
    "periode",
    "month",
    "bulan",
    "year",
    "tahun",
    "quarter",
    "kuartal",
    "triwulan",
  ],
  assessmentScore: [
    "assessment",
    "assessment score",
    "nilai asesmen",
    "asesmen",
    "penilaian perilaku",
    "behaviour",
    "behavior",
    "behaviour competency",
    "kompetensi perilaku",
  ],
  developmentScore: [
    "development",
    "development score",
    "nilai pengembangan",
    "pengembangan",
    "training score",
    "pelatihan",
  ],
  unit: [
    "unit",
    "unit kerja",
    "business unit",
    "work unit",
    "department",
    "departemen",
    "division",
    "divisi",
    "branch",
    "cabang",
    "kantor cabang",
  ],
  unitWeight: [
    "roll up weight",
    "rollup weight",
    "unit weight",
    "member weight",
    "bobot rekap",
    "bobot roll up",
    "bobot unit",
    "bobot anggota",
  ],
};

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function matchColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map((h) => normaliseHeader(String(h ?? "")));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const assign = (key: ColumnKey, index: number) => {
    mapping[key] = index;
    used.add(index);
  };
  // Pass 1: exact matches, in the order of COLUMN_KEYS.
  for (const key of COLUMN_KEYS) {
    const index = normalised.findIndex((h, i) => !used.has(i) && HEADER_SYNONYMS[key].includes(h));
    if (index >= 0) assign(key, index);
  }
  // Pass 2: a header containing a synonym as whole words ("Bobot KPI (%)"), longest synonym first.
  const candidates = COLUMN_KEYS.flatMap((key) =>
    HEADER_SYNONYMS[key].map((word) => ({ key, word }))
  ).sort((a, b) => b.word.length - a.word.length);
  for (const { key, word } of candidates) {
    if (mapping[key] !== undefined || word.length < 3) continue;
    const index = normalised.findIndex((h, i) => !used.has(i) && ` ${h} `.includes(` ${word} `));
    if (index >= 0) assign(key, index);
  }
  // A unit column without an employee column names the scored entities (a table by branch, seed 001):
  // it is the employee column, as before units were rolled up.
  if (mapping.employee === undefined && mapping.unit !== undefined) {
    mapping.employee = mapping.unit;
    delete mapping.unit;
  }
  return mapping;
}
