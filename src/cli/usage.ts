/**
 * The command line's help text, in English and Indonesian (the one catalogue
 * form, core/catalogue.ts): `--help` shows it in the language of
 * `--language`, English by default. Commands and flags are the same in both.
 */
import type { Catalogue, NoParams } from "../core/catalogue";

export const USAGE = {
  en: {
    usage: `Scorecard for Excel: builds Balanced Scorecard sheets from a KPI table, without Excel.

Usage:
  bsc-scorecard build <input.xlsx> --out <scorecard.xlsx> [options]
  bsc-scorecard build <files or folders...> --out-dir <folder> [options]
  bsc-scorecard template <out.xlsx> [--example] [--language en|id]
  bsc-scorecard --help | --version

build: reads the KPI table of <input.xlsx> (header row + one row per KPI:
Perspective, Perspective weight, KPI, KPI weight, Value at 50, Value at 100,
Actual; optional Employee, Period, Unit, Roll-up weight, Assessment,
Development), checks it (per employee and period), and
writes <input>'s sheets plus the new scorecard sheets to <scorecard.xlsx>.
Every computed cell is a native Excel formula that links to your table.
  --sheet NAME        read the table region of this sheet
  --range A1:G9       read this range (of --sheet, or "Sheet!A1:G9")
  --table NAME        read this Excel table
                      (default: the first table whose headers fit, else the
                      first sheet's region, which ends at the first blank row)
  --language en|id    labels, ratings and messages in English or Indonesian
  --values            write the inputs as numbers, not links to their cells
  --floor N, --cap N  clamp every KPI score into [N, M] (off by default)
  --title TEXT        title and sheet name (default "Balanced Scorecard")
  --gcr-minimum N     add a GCR column: CSS >= N (needs assessment and development columns)
  --css-weights K,A,D CSS weights of KPI score, assessment and development,
                      summing to 100 (default 70,10,20)
  --per-employee      with several employees, also one scorecard sheet each
                      (one per employee and period)
  --grade-down N      on the history sheet (a Period column with several periods),
                      flag an overall score below N in each of the last periods
  --grade-down-periods K   how many last periods (default 2)
  --rollup mean|weighted|off   with a Unit column, a roll-up sheet: each unit
                      from its members and the organisation from its units,
                      as means (default) or weighted by the Roll-up weight column
  --json              print one JSON document (results or problems per file)
                      instead of the text (its schema: README, "--json")
  --out-dir FOLDER    build each input (a folder: its .xlsx files) into FOLDER,
                      under its own name; a file with problems is listed and
                      the others are still built
  --jobs N            with --out-dir, build N files at once (default: one per
                      processor core)

template: writes an empty, formatted KPI table, or with --example the seed
003 example (BPJS Ketenagakerjaan 2023: four KPIs and their monthly data).

Exit status: 0 built, 1 the table has errors (listed with their cells) or a
file could not be read or written (with --out-dir: any file failed), 2 wrong
usage.

The output file is written by ExcelJS: it has no charts (the chart's data is
on the sheet), and parts of your own sheets that ExcelJS does not keep
(charts, pivot tables, macros) are not in the copy. Your input file is never
changed.
`,
  },
  id: {
    usage: `Scorecard untuk Excel: membuat lembar Balanced Scorecard dari tabel KPI, tanpa Excel.

Pemakaian:
  bsc-scorecard build <input.xlsx> --out <scorecard.xlsx> [opsi]
  bsc-scorecard build <berkas atau folder...> --out-dir <folder> [opsi]
  bsc-scorecard template <out.xlsx> [--example] [--language en|id]
  bsc-scorecard --help | --version

build: membaca tabel KPI <input.xlsx> (baris judul + satu baris per KPI:
Perspektif, Bobot perspektif, KPI, Bobot KPI, Nilai 50, Nilai 100, Aktual;
opsional Karyawan, Periode, Unit kerja, Bobot rekap, Asesmen, Pengembangan),
memeriksanya (per karyawan dan periode), lalu
menulis lembar-lembar <input> beserta lembar scorecard baru ke <scorecard.xlsx>.
Setiap sel hasil perhitungan adalah rumus Excel bawaan yang tertaut ke tabel Anda.
  --sheet NAMA        baca wilayah tabel di lembar ini
  --range A1:G9       baca rentang ini (di --sheet, atau "Lembar!A1:G9")
  --table NAMA        baca tabel Excel ini
                      (bawaan: tabel pertama yang judulnya cocok, atau wilayah
                      lembar pertama, yang berakhir di baris kosong pertama)
  --language en|id    label, predikat, dan pesan dalam bahasa Inggris atau Indonesia
  --values            tulis input sebagai angka, bukan tautan ke selnya
  --floor N, --cap N  batasi setiap skor KPI dalam [N, M] (mati secara bawaan)
  --title TEKS        judul dan nama lembar (bawaan "Balanced Scorecard")
  --gcr-minimum N     tambahkan kolom GCR: CSS >= N (perlu kolom asesmen dan pengembangan)
  --css-weights N,N,N bobot CSS untuk skor KPI, asesmen dan pengembangan,
                      berjumlah 100 (bawaan 70,10,20)
  --per-employee      untuk beberapa karyawan, juga satu lembar scorecard per karyawan
                      (satu per karyawan dan periode)
  --grade-down N      di lembar riwayat (kolom Periode dengan beberapa periode),
                      tandai skor keseluruhan di bawah N pada setiap periode terakhir
  --grade-down-periods K   jumlah periode terakhir (bawaan 2)
  --rollup mean|weighted|off   dengan kolom Unit kerja, lembar rekap unit: setiap
                      unit dari anggotanya dan organisasi dari unitnya, sebagai
                      rata-rata (bawaan) atau tertimbang dengan kolom Bobot rekap
  --json              cetak satu dokumen JSON (hasil atau masalah per berkas)
                      sebagai pengganti teks (skemanya: README, "--json")
  --out-dir FOLDER    buat setiap masukan (folder: berkas .xlsx di dalamnya) ke
                      FOLDER, dengan namanya sendiri; berkas yang bermasalah
                      dicantumkan dan berkas lain tetap dibuat
  --jobs N            dengan --out-dir, buat N berkas sekaligus (bawaan: satu
                      per inti prosesor)

template: menulis tabel KPI kosong yang sudah berformat, atau dengan --example
contoh seed 003 (BPJS Ketenagakerjaan 2023: empat KPI dan data bulanannya).

Status keluar: 0 berhasil, 1 tabel berisi kesalahan (dicantumkan dengan selnya)
atau berkas tidak dapat dibaca atau ditulis (dengan --out-dir: ada berkas yang
gagal), 2 pemakaian yang salah.

Berkas keluaran ditulis oleh ExcelJS: tanpa grafik (data grafiknya ada di
lembar), dan bagian lembar Anda yang tidak disimpan ExcelJS (grafik, pivot
table, makro) tidak ada di salinannya. Berkas masukan Anda tidak pernah diubah.
`,
  },
} satisfies Catalogue<{ usage: NoParams }>;
