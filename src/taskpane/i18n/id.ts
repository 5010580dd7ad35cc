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
    "Ubah tabel KPI Anda menjadi lembar scorecard dengan rumus Excel bawaan: tetap berfungsi di Excel mana pun.",
  languageLabel: "Bahasa panel",
  languageEn: "English",
  languageId: "Bahasa Indonesia",

  sourceHeading: "1. Data KPI",
  moreInfo: "Informasi lebih lanjut",
  sourceLabel: "Sumber",
  /** The button that empties a dropdown (Fluent's own label is English). */
  dropdownClear: "Hapus pilihan",
  sourcePlaceholder: "Pilih data KPI Anda",
  sourceHint: "Baris pertama harus berisi judul kolom.",
  sourceSelection: "Pilihan saat ini",
  sourceRefresh: "Muat ulang",
  sourceUseSelection: "Gunakan pilihan",
  sourceLoading: "Membaca buku kerja…",
  sourceLoaded: (p, f) => `${f.number(p.rows)} baris data dibaca dari ${sourceLabel(f, p.label)}.`,
  sourceNone: "Tidak ada tabel atau rentang bernama. Pilih data KPI Anda, atau sisipkan templat.",
  sourceError: (p, f) => `Buku kerja tidak dapat dibaca: ${failure(f, p.error)}`,
  templateInsert: "Sisipkan tabel",
  templateEmpty: "Tabel KPI kosong",
  templateExample: "Contoh dengan data sampel",
  templateInserted: (p) => `Lembar “${p.sheet}” disisipkan.`,

  mappingHeading: "Kolom",
  mappingSummary: (p, f) => `Kolom: ${f.number(p.mapped)} dari ${f.number(p.total)} cocok`,
  mappingIntro: "Periksa kolom yang berisi setiap isian. Isian wajib ditandai dengan *.",
  infoValueAt50:
    "Nilai aktual yang mendapat skor 50: hasil terendah yang masih diterima. Skor mengikuti garis lurus melalui nilai 50 dan nilai 100.",
  infoValueAt100:
    "Nilai aktual yang mendapat skor 100: targetnya. Untuk KPI yang makin kecil makin baik, buat lebih kecil dari nilai 50.",
  infoCss:
    "Sistem skor karier (CSS): 70% skor KPI, 10% asesmen (perilaku), 20% pengembangan (pelatihan, sertifikat).",
  infoGcr:
    "Grade Confirmation Request: karyawan yang skor CSS-nya mencapai skor minimum dapat diusulkan untuknya.",
  mappingNotMapped: "(tidak dipetakan)",
  mappingReset: "Cocokkan kolom lagi",

  periodsHeading: "Nilai aktual dari data bulanan (lanjutan)",
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

  previewHeading: "2. Pratinjau",
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
  previewNoEmployee: "(semua)",

  optionsHeading: "Opsi",
  optionsTitle: "Judul lembar",
  optionsTitleRequired: "Isi judul.",
  optionsScheme: "Skema predikat",
  schemeAchievement: "Pencapaian (poin skor)",
  optionsSummary: (p) =>
    `${p.title} · lembar berbahasa ${p.language === "id" ? "Indonesia" : "Inggris"}`,
  schemeCsi: "Kepuasan pelanggan (CSI)",
  optionsSheetLanguage: "Bahasa lembar",
  optionsMode: "Nilai aktual",
  modeFormulas: "Rumus langsung yang terhubung ke data",
  modeValues: "Salinan nilai saat ini",
  optionsClamp: "Batasi skor KPI",
  optionsClampHint: "Tidak dicentang: skor dapat di bawah 0 atau di atas 100, mengikuti garisnya.",
  optionsFloor: "Skor terendah",
  optionsCap: "Skor tertinggi",
  optionsClampInvalid: "Skor terendah tidak boleh melebihi skor tertinggi.",
  optionsNumberInvalid: "Isi dengan angka.",
  optionsSheetPerEmployee: "Juga satu lembar per karyawan",
  optionsGcr: "Tampilkan siapa yang layak GCR",
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

  buildHeading: "Buat",
  footerEmployees: (p, f) => `${f.number(p.count)} karyawan`,
  optionsSheetPerEmployeeHint: (p, f) => `Menambah ${f.number(p.count)} lembar.`,
  optionsSheetPerEmployeeMany: (p, f) =>
    `Menambah ${f.number(p.count)} lembar: buku kerja dengan lembar sebanyak ini lambat dibuka dan disimpan.`,
  buildButton: "Buat scorecard",
  buildDisabledNoData: "Baca data KPI Anda terlebih dahulu.",
  buildDisabledErrors: "Perbaiki kesalahan di bagian Masalah untuk membuat scorecard.",
  buildDisabledOptions: "Perbaiki opsi yang ditandai merah untuk membuat scorecard.",
  buildRunning: "Membuat scorecard…",
  buildProgress: (p, f) => `${f.number(p.done)} dari ${f.number(p.total)}`,
  buildSuccessTitle: "Scorecard selesai dibuat",
  buildSuccess: (p) =>
    [
      p.created.length > 0 ? `Dibuat: ${sheets(p.created)}.` : "",
      p.replaced.length > 0 ? `Diganti: ${sheets(p.replaced)}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
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
