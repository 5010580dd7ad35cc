/** Indonesian words and messages of the task pane (Bahasa Indonesia); the codes of `PaneParams`, as en.ts. */
import type { Format, Templates } from "../../core/catalogue";
import { COLUMN_LABELS, sourceLabel, sourceName } from "../../scorecard/messages";
import type { Aggregation } from "../../scorecard/types";
import type { PaneParams } from "./catalogue";
import { failureText } from "./failure";

const AGGREGATIONS: Readonly<Record<Aggregation, string>> = {
  meanOfRatios: "Rata-rata rasio periode",
  ratioOfSums: "Rasio jumlah",
  sum: "Jumlah",
  mean: "Rata-rata",
  last: "Nilai terakhir",
};

const sheets = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");
const failure = (f: Format, error: unknown): string => failureText(f, error, id.unexpected);

export const id = {
  appTitle: "Scorecard untuk Excel",
  appIntro:
    "Ubah tabel KPI di buku kerja Anda menjadi lembar scorecard berformat yang dibangun dari rumus Excel bawaan.",
  languageLabel: "Bahasa panel",
  languageEn: "English",
  languageId: "Bahasa Indonesia",

  sourceHeading: "1. Data KPI",
  sourceLabel: "Sumber",
  /** The button that empties a dropdown (Fluent's own label is English). */
  dropdownClear: "Hapus pilihan",
  sourcePlaceholder: "Pilih tabel, rentang bernama, atau pilihan saat ini",
  sourceHint: "Baris pertama harus berisi judul kolom.",
  sourceSelection: "Pilihan saat ini",
  sourceRefresh: "Muat ulang",
  sourceUseSelection: "Gunakan pilihan",
  sourceLoading: "Membaca buku kerja…",
  sourceLoaded: (p, f) => `${f.number(p.rows)} baris data dibaca dari ${sourceLabel(f, p.label)}.`,
  sourceNone: "Tidak ada tabel atau rentang bernama. Pilih data KPI Anda, atau sisipkan templat.",
  sourceError: (p, f) => `Buku kerja tidak dapat dibaca: ${failure(f, p.error)}`,
  templateEmpty: "Sisipkan tabel input kosong",
  templateExample: "Sisipkan contoh (seed 003)",
  templateInserted: (p) => `Lembar “${p.sheet}” disisipkan.`,

  mappingHeading: "2. Kolom",
  mappingIntro: "Periksa kolom data yang berisi setiap isian. Isian wajib ditandai dengan *.",
  mappingNotMapped: "(tidak dipetakan)",
  mappingReset: "Cocokkan kolom lagi",

  periodsHeading: "Lanjutan: nilai aktual dari data periode",
  periodsIntro:
    "Hitung nilai aktual KPI dari satu baris nilai periode (misalnya dua belas bulan), bukan dari kolom Aktual.",
  periodsRow: "Baris KPI",
  periodsRowOption: (p) => `Baris ${p.row}: ${p.kpi}`,
  periodsNumerator: "Rentang pembilang",
  periodsDenominator: "Rentang penyebut",
  periodsAddressHint:
    "Alamat seperti 'Bulanan'!B3:M3, atau pilih rentangnya lalu tekan “Gunakan pilihan”.",
  periodsDenominatorRequired: "Agregasi ini memerlukan rentang penyebut.",
  periodsUseSelection: "Gunakan pilihan",
  periodsUseSelectionFor: (p) => `Gunakan pilihan untuk ${p.field}`,
  periodsAggregation: "Agregasi",
  periodsApply: "Terapkan ke baris",
  periodsReading: "Membaca rentang…",
  periodsApplied: "Baris yang memakai data periode",
  periodsAppliedItem: (p) =>
    `Baris ${p.row} (${p.kpi}): ${AGGREGATIONS[p.aggregation]} dari ${p.numerator}`,
  periodsRemove: (p) => `Hapus data periode baris ${p.row}`,
  periodsReadError: (p, f) => `Rentang tidak dapat dibaca: ${failure(f, p.error)}`,

  problemsHeading: "Masalah",
  problemsNone: "Tidak ada masalah.",
  problemsSummary: (p, f) => `${f.number(p.errors)} kesalahan, ${f.number(p.warnings)} peringatan`,
  problemError: "Kesalahan",
  problemWarning: "Peringatan",
  problemSelect: (p) => `Buka ${p.address}`,
  problemSelectError: (p, f) => `${p.address} tidak dapat dipilih: ${failure(f, p.error)}`,

  previewHeading: "3. Pratinjau",
  previewOverall: "Skor keseluruhan",
  previewRating: "Predikat",
  previewChartTitle: "Skor tertimbang per perspektif",
  previewPerspective: "Perspektif",
  previewWeight: "Bobot",
  previewFulfillment: "Pemenuhan",
  previewWeighted: "Tertimbang",
  previewEmployee: "Karyawan",
  previewEmployeesHeading: "Karyawan",
  previewEmployeeSelect: "Tampilkan perspektif untuk",
  previewCss: "CSS",
  previewGcr: "GCR",
  previewGcrYes: "Layak",
  previewGcrNo: "Belum layak",
  previewUnavailable:
    "Pratinjau muncul setelah kolom wajib dipetakan dan data tidak memiliki kesalahan.",
  previewNoEmployee: "(semua)",

  optionsHeading: "4. Opsi",
  optionsTitle: "Judul lembar",
  optionsTitleRequired: "Isi judul.",
  optionsScheme: "Skema predikat",
  schemeAchievement: "Pencapaian (poin skor)",
  schemeCsi: "Kepuasan pelanggan (CSI)",
  optionsSheetLanguage: "Bahasa lembar",
  optionsMode: "Nilai aktual",
  modeFormulas: "Rumus langsung yang terhubung ke data",
  modeValues: "Salinan nilai saat ini",
  optionsClamp: "Batasi skor KPI",
  optionsClampHint:
    "Mati: skor mengikuti garis di bawah 0 dan di atas 100, seperti perhitungan di jurnal.",
  optionsFloor: "Skor terendah",
  optionsCap: "Skor tertinggi",
  optionsClampInvalid: "Skor terendah tidak boleh melebihi skor tertinggi.",
  optionsNumberInvalid: "Isi dengan angka.",
  optionsSheetPerEmployee: "Juga satu lembar per karyawan",
  optionsGcr: "Tampilkan kelayakan Grade Confirmation Request",
  optionsGcrMinimum: "Skor CSS minimum untuk GCR",
  optionsCssWeights: "Bobot CSS (%), dipakai bila asesmen dan pengembangan dipetakan",
  optionsCssKpi: "Skor KPI",
  optionsCssAssessment: "Asesmen",
  optionsCssDevelopment: "Pengembangan",
  optionsCssWeightsSum: "Jumlah ketiga bobot CSS harus 100%.",
  optionsReplace: "Ganti lembar dengan judul yang sama",
  optionsGradeDown: "Tandai turun grade di lembar riwayat",
  optionsGradeDownHint:
    "Dengan kolom Periode: skor keseluruhan di bawah ambang pada setiap periode terakhir.",
  optionsGradeDownThreshold: "Ambang turun grade",
  optionsGradeDownPeriods: "Jumlah periode",
  optionsWholeNumberInvalid: "Isi dengan bilangan bulat minimal 1.",
  optionsRollup: "Rekap unit dan organisasi",
  rollupMean: "Rata-rata anggota",
  rollupWeighted: "Tertimbang dengan kolom bobot rekap",
  rollupWeightedHint: "Petakan kolom bobot rekap untuk menimbang anggota.",
  rollupOff: "Tanpa lembar rekap",

  buildHeading: "5. Buat",
  buildButton: "Buat scorecard",
  buildDisabledNoData: "Baca data KPI Anda terlebih dahulu.",
  buildDisabledErrors: "Perbaiki kesalahan di bagian Masalah untuk membuat scorecard.",
  buildDisabledOptions: "Perbaiki opsi yang ditandai merah untuk membuat scorecard.",
  buildRunning: "Membuat scorecard…",
  buildProgress: (p, f) => `${f.number(p.done)} dari ${f.number(p.total)}`,
  buildSuccessTitle: "Scorecard selesai dibuat",
  buildSuccess: (p) => `Dibuat: ${sheets(p.sheets)}.`,
  buildErrorTitle: "Gagal membuat scorecard",
  buildDismiss: "Tutup",
  confirmTitle: "Ganti lembar?",
  confirmBody: (p) =>
    `Lembar berikut sudah ada dan akan diganti: ${sheets(p.sheets)}. Isinya akan hilang.`,
  confirmReplace: "Ganti",
  confirmCancel: "Batal",

  column: (p) => COLUMN_LABELS.id[p.key],
  aggregation: (p) => AGGREGATIONS[p.kind],
  sourceChoice: (p, f) => sourceName(f, p.kind, p.name),
  buildError: (p, f) => failure(f, p.error),
  unexpected: (p, f) => `Terjadi kesalahan: ${f.quote(p.detail)}`,
} satisfies Templates<PaneParams>;
