/**
 * What the command line prints, in English and Indonesian (`--language`), in
 * the one catalogue form (core/catalogue.ts): the outcome of a build or a
 * template, the scores, notes, and its errors. Problems, source labels and the
 * reader's errors come from their own layers' catalogues, rendered in the
 * same format. Numbers are written in the locale the language implies (the
 * command line has no workbook to ask), as the problems are.
 *
 * Flags (--out, --language) and file names are the command's syntax and the
 * user's: they pass through as they are.
 */
import {
  Catalogue,
  CodeArgs,
  CodedError,
  Format,
  NoParams,
  ParamsArg,
  Coded,
  renderCoded,
} from "../core/catalogue";
import type { Language } from "../core/language";
import { sourceLabel } from "../scorecard/messages";
import type { Severity, SourceLabel } from "../scorecard/types";

export interface CliParams {
  /** One problem line: "error: 'Data'!D2: <the problem>". */
  problemLine: { readonly severity: Severity; readonly where: string; readonly text: string };
  /** Errors in the table: nothing was written. */
  tableErrors: { readonly errors: number; readonly source?: SourceLabel };
  wroteScorecard: {
    readonly file: string;
    readonly sheets: readonly string[];
    readonly source?: SourceLabel;
  };
  wroteTemplate: {
    readonly file: string;
    readonly kind: "empty" | "example";
    readonly sheet: string;
  };
  /** `overall`: a score, or NaN when it cannot be computed. */
  overallScore: { readonly employee: string; readonly overall: number; readonly rating: string };
  perspectiveLine: {
    readonly perspective: string;
    readonly fulfillment: number;
    readonly weight: number;
    readonly weighted: number;
  };
  cssLine: { readonly css: number; readonly gcr?: boolean };
  /** The column headers of the employees' table. */
  columnEmployee: NoParams;
  columnOverall: NoParams;
  columnRating: NoParams;
  yes: NoParams;
  no: NoParams;
  uncomputed: { readonly cells: readonly string[] };
  computed: { readonly cells: readonly string[] };
  chartsLeftOut: NoParams;
  /** An error, after the command's name: "bsc-scorecard: <error>". */
  errorLine: { readonly text: string };
  seeHelp: NoParams;
  unexpected: { readonly detail: string };

  // Errors of usage (exit status 2).
  unknownCommand: { readonly command: string };
  unknownOption: { readonly option: string };
  takesNoValue: { readonly flag: string };
  needsValue: { readonly flag: string };
  givenTwice: { readonly flag: string };
  needsNumber: { readonly flag: string; readonly got: string };
  badLanguage: { readonly got: string };
  needsWholeNumber: { readonly flag: string; readonly got: string };
  badRollup: { readonly got: string };
  /** `what`: the argument, as the usage names it ("the input workbook (build <input.xlsx>)", "--out <scorecard.xlsx>"). */
  missing: { readonly what: "input" | "out" | "templateOut" };
  notXlsx: { readonly what: "input" | "out" | "templateOut"; readonly file: string };
  tooManyFiles: { readonly command: "build" | "template"; readonly count: number };
  sameFile: NoParams;
  /** A folder given as input holds no .xlsx file. */
  noWorkbooksIn: { readonly folder: string };
  /** An output in --out-dir would be one of the inputs. */
  outDirHasInput: NoParams;
  /** Both --out and --out-dir, or several inputs with --out. */
  outOrOutDir: NoParams;
  needsJobs: { readonly got: string };
  floorAboveCap: { readonly floor: number; readonly cap: number };
  /** --css-weights: `got` as typed; `sum` in percentage points when three numbers were given. */
  badCssWeights: { readonly got: string; readonly sum?: number };
  emptyTitle: NoParams;
  noSuchFile: { readonly file: string };
  // Errors of files (exit status 1); `detail` is the library's own text, shown quoted.
  cannotRead: { readonly file: string; readonly detail: string };
  cannotWrite: { readonly file: string; readonly detail: string };

  // A run over many files.
  /** One line of a file's outcome, after the file's name: "units/a.xlsx: <line>". */
  fileLine: { readonly file: string; readonly line: string };
  /** `failed`: the inputs that failed, as given. */
  batchSummary: { readonly files: number; readonly failed: readonly string[] };
  /** The progress line on a terminal; `secondsLeft` unknown until a file is done. */
  progress: {
    readonly done: number;
    readonly files: number;
    readonly rows: number;
    readonly secondsLeft?: number;
  };
}

const score = (f: Format, x: number): string => (Number.isFinite(x) ? f.fixed(x) : "n/a");
/** Up to five cells, then how many there are. */
const cellList = (cells: readonly string[], more: (n: number) => string): string =>
  cells.slice(0, 5).join(", ") + (cells.length > 5 ? `, ... (${more(cells.length)})` : "");
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
const from = (f: Format, source: SourceLabel | undefined) =>
  source ? ` (${sourceLabel(f, source)})` : "";

const WHAT: Readonly<Record<Language, Readonly<Record<CliParams["missing"]["what"], string>>>> = {
  en: {
    input: "the input workbook (build <input.xlsx>)",
    out: "--out <scorecard.xlsx>",
    templateOut: "the output file (template <out.xlsx>)",
  },
  id: {
    input: "buku kerja masukan (build <input.xlsx>)",
    out: "--out <scorecard.xlsx>",
    templateOut: "berkas keluaran (template <out.xlsx>)",
  },
};

export const CLI_MESSAGES = {
  en: {
    problemLine: (p) => `${p.severity === "error" ? "error" : "warning"}: ${p.where}${p.text}`,
    tableErrors: (p, f) =>
      `${f.number(p.errors)} error${p.errors > 1 ? "s" : ""} in the KPI table${from(f, p.source)}: nothing was written.`,
    wroteScorecard: (p, f) =>
      `Wrote ${p.file}: new sheet${p.sheets.length > 1 ? "s" : ""} ${quoted(p.sheets)}, from the KPI table${from(f, p.source)}.`,
    wroteTemplate: (p) =>
      `Wrote ${p.file}: ${p.kind === "example" ? "the seed 003 example" : "an empty KPI table"} on sheet "${p.sheet}".`,
    overallScore: (p, f) =>
      `Overall score${p.employee ? ` of ${p.employee}` : ""}: ${score(f, p.overall)} (${p.rating})`,
    perspectiveLine: (p, f) =>
      `  ${p.perspective}: ${score(f, p.fulfillment)} x ${f.percent(p.weight)} = ${score(f, p.weighted)}`,
    cssLine: (p, f) =>
      `CSS total: ${score(f, p.css)}` +
      (p.gcr === undefined ? "" : p.gcr ? " (GCR eligible)" : " (not GCR eligible)"),
    columnEmployee: "Employee",
    columnOverall: "Overall",
    columnRating: "Rating",
    yes: "yes",
    no: "no",
    uncomputed: (p) =>
      `warning: formula cells without a saved result, read as blank: ${cellList(p.cells, (n) => `${n} cells`)}. ` +
      "Open and save the file in Excel or LibreOffice, then build again.",
    computed: (p) =>
      `note: formula cells without a saved result were computed here: ${cellList(p.cells, (n) => `${n} cells`)}.`,
    chartsLeftOut:
      "note: the file has no chart (ExcelJS cannot write charts); the chart's data block is on the sheet.",
    errorLine: (p) => `bsc-scorecard: ${p.text}`,
    seeHelp: "Run bsc-scorecard --help for usage.",
    unexpected: (p, f) => `unexpected error: ${f.quote(p.detail)}`,
    unknownCommand: (p) => `Unknown command "${p.command}".`,
    unknownOption: (p) => `Unknown option ${p.option}.`,
    takesNoValue: (p) => `--${p.flag} takes no value.`,
    needsValue: (p) => `--${p.flag} needs a value.`,
    givenTwice: (p) => `--${p.flag} is given twice.`,
    needsNumber: (p) => `--${p.flag} needs a number, not "${p.got}".`,
    badLanguage: (p) => `--language must be en or id, not "${p.got}".`,
    needsWholeNumber: (p) => `--${p.flag} needs a whole number of at least 1, not "${p.got}".`,
    badRollup: (p) => `--rollup must be mean, weighted or off, not "${p.got}".`,
    missing: (p) => `Missing ${WHAT.en[p.what]}.`,
    notXlsx: (p) => `${WHAT.en[p.what]} must be an .xlsx file: ${p.file}`,
    tooManyFiles: (p) =>
      `${p.command} takes one ${p.command === "build" ? "input" : "output"} file, got ${p.count}.`,
    sameFile: "--out must be a new file: the input workbook is never overwritten.",
    noWorkbooksIn: (p) => `There is no .xlsx workbook in the folder ${p.folder}.`,
    outDirHasInput:
      "--out-dir must not be a folder of the inputs: an input workbook is never overwritten.",
    outOrOutDir:
      "Give --out <scorecard.xlsx> for one input file, or --out-dir <folder> for one or more files and folders.",
    needsJobs: (p) => `--jobs needs a whole number of at least 1, not "${p.got}".`,
    floorAboveCap: (p, f) => `--floor (${f.exact(p.floor)}) is above --cap (${f.exact(p.cap)}).`,
    badCssWeights: (p, f) =>
      `--css-weights needs three weights (KPI, assessment, development) summing to 100, such as 70,10,20; got "${p.got}"` +
      (p.sum === undefined ? "." : `, which sums to ${f.exact(p.sum)}.`),
    emptyTitle: "--title is empty.",
    noSuchFile: (p) => `No such file: ${p.file}`,
    cannotRead: (p, f) => `Cannot read ${p.file} as an .xlsx workbook: ${f.quote(p.detail)}`,
    cannotWrite: (p, f) => `Cannot write ${p.file}: ${f.quote(p.detail)}`,
    fileLine: (p) => `${p.file}: ${p.line}`,
    batchSummary: (p, f) =>
      `${f.number(p.files)} file${p.files === 1 ? "" : "s"}: ${f.number(p.files - p.failed.length)} built` +
      (p.failed.length ? `, ${f.number(p.failed.length)} failed: ${p.failed.join(", ")}.` : "."),
    progress: (p, f) =>
      `${f.number(p.done)}/${f.number(p.files)} files, ${f.number(p.rows)} rows written` +
      (p.secondsLeft === undefined ? "" : `, about ${f.number(p.secondsLeft)} s left`),
  },
  id: {
    problemLine: (p) =>
      `${p.severity === "error" ? "kesalahan" : "peringatan"}: ${p.where}${p.text}`,
    tableErrors: (p, f) =>
      `${f.number(p.errors)} kesalahan di tabel KPI${from(f, p.source)}: tidak ada yang ditulis.`,
    wroteScorecard: (p, f) =>
      `${p.file} ditulis: lembar baru ${quoted(p.sheets)}, dari tabel KPI${from(f, p.source)}.`,
    wroteTemplate: (p) =>
      `${p.file} ditulis: ${p.kind === "example" ? "contoh seed 003" : "tabel KPI kosong"} di lembar "${p.sheet}".`,
    overallScore: (p, f) =>
      `Skor keseluruhan${p.employee ? ` ${p.employee}` : ""}: ${score(f, p.overall)} (${p.rating})`,
    perspectiveLine: (p, f) =>
      `  ${p.perspective}: ${score(f, p.fulfillment)} x ${f.percent(p.weight)} = ${score(f, p.weighted)}`,
    cssLine: (p, f) =>
      `Total CSS: ${score(f, p.css)}` +
      (p.gcr === undefined ? "" : p.gcr ? " (layak GCR)" : " (belum layak GCR)"),
    columnEmployee: "Karyawan",
    columnOverall: "Skor",
    columnRating: "Predikat",
    yes: "ya",
    no: "tidak",
    uncomputed: (p) =>
      `peringatan: sel rumus tanpa hasil tersimpan, dibaca sebagai kosong: ${cellList(p.cells, (n) => `${n} sel`)}. ` +
      "Buka dan simpan berkasnya di Excel atau LibreOffice, lalu buat lagi.",
    computed: (p) =>
      `catatan: sel rumus tanpa hasil tersimpan dihitung di sini: ${cellList(p.cells, (n) => `${n} sel`)}.`,
    chartsLeftOut:
      "catatan: berkas ini tidak memiliki grafik (ExcelJS tidak dapat menulis grafik); blok data grafiknya ada di lembar.",
    errorLine: (p) => `bsc-scorecard: ${p.text}`,
    seeHelp: "Jalankan bsc-scorecard --help untuk petunjuk pemakaian.",
    unexpected: (p, f) => `kesalahan tak terduga: ${f.quote(p.detail)}`,
    unknownCommand: (p) => `Perintah "${p.command}" tidak dikenal.`,
    unknownOption: (p) => `Opsi ${p.option} tidak dikenal.`,
    takesNoValue: (p) => `--${p.flag} tidak menerima nilai.`,
    needsValue: (p) => `--${p.flag} memerlukan nilai.`,
    givenTwice: (p) => `--${p.flag} diberikan dua kali.`,
    needsNumber: (p) => `--${p.flag} memerlukan angka, bukan "${p.got}".`,
    badLanguage: (p) => `--language harus en atau id, bukan "${p.got}".`,
    needsWholeNumber: (p) => `--${p.flag} memerlukan bilangan bulat minimal 1, bukan "${p.got}".`,
    badRollup: (p) => `--rollup harus mean, weighted atau off, bukan "${p.got}".`,
    missing: (p) =>
      `${WHAT.id[p.what].charAt(0).toUpperCase()}${WHAT.id[p.what].slice(1)} belum diberikan.`,
    notXlsx: (p) => `${WHAT.id[p.what]} harus berupa berkas .xlsx: ${p.file}`,
    tooManyFiles: (p) =>
      `${p.command} menerima satu berkas ${p.command === "build" ? "masukan" : "keluaran"}, bukan ${p.count}.`,
    sameFile: "--out harus berkas baru: buku kerja masukan tidak pernah ditimpa.",
    noWorkbooksIn: (p) => `Tidak ada buku kerja .xlsx di folder ${p.folder}.`,
    outDirHasInput:
      "--out-dir tidak boleh folder masukan: buku kerja masukan tidak pernah ditimpa.",
    outOrOutDir:
      "Berikan --out <scorecard.xlsx> untuk satu berkas masukan, atau --out-dir <folder> untuk satu atau lebih berkas dan folder.",
    needsJobs: (p) => `--jobs memerlukan bilangan bulat minimal 1, bukan "${p.got}".`,
    floorAboveCap: (p, f) =>
      `--floor (${f.exact(p.floor)}) lebih besar daripada --cap (${f.exact(p.cap)}).`,
    badCssWeights: (p, f) =>
      `--css-weights memerlukan tiga bobot (KPI, asesmen, pengembangan) yang berjumlah 100, misalnya 70,10,20; diberikan "${p.got}"` +
      (p.sum === undefined ? "." : `, yang berjumlah ${f.exact(p.sum)}.`),
    emptyTitle: "--title kosong.",
    noSuchFile: (p) => `Berkas tidak ditemukan: ${p.file}`,
    cannotRead: (p, f) =>
      `${p.file} tidak dapat dibaca sebagai buku kerja .xlsx: ${f.quote(p.detail)}`,
    cannotWrite: (p, f) => `${p.file} tidak dapat ditulis: ${f.quote(p.detail)}`,
    fileLine: (p) => `${p.file}: ${p.line}`,
    batchSummary: (p, f) =>
      `${f.number(p.files)} berkas: ${f.number(p.files - p.failed.length)} berhasil dibuat` +
      (p.failed.length ? `, ${f.number(p.failed.length)} gagal: ${p.failed.join(", ")}.` : "."),
    progress: (p, f) =>
      `${f.number(p.done)}/${f.number(p.files)} berkas, ${f.number(p.rows)} baris ditulis` +
      (p.secondsLeft === undefined ? "" : `, sisa sekitar ${f.number(p.secondsLeft)} detik`),
  },
} satisfies Catalogue<CliParams>;

const USAGE_CODES: ReadonlySet<keyof CliParams> = new Set<keyof CliParams>([
  "unknownCommand",
  "unknownOption",
  "takesNoValue",
  "needsValue",
  "givenTwice",
  "needsNumber",
  "badLanguage",
  "needsWholeNumber",
  "badRollup",
  "missing",
  "notXlsx",
  "tooManyFiles",
  "sameFile",
  "noWorkbooksIn",
  "outDirHasInput",
  "outOrOutDir",
  "needsJobs",
  "floorAboveCap",
  "badCssWeights",
  "emptyTitle",
  "noSuchFile",
]);

/** An error of the command line: wrong usage (exit status 2) or a file that cannot be read or written (1). */
export class CliError extends CodedError<CliParams> {
  constructor(...args: CodeArgs<CliParams>) {
    super(CLI_MESSAGES, ...args);
  }

  get status(): 1 | 2 {
    return USAGE_CODES.has(this.code) ? 2 : 1;
  }
}

/** One of the command line's texts in a format. */
export function cliText<C extends keyof CliParams>(
  f: Format,
  code: C,
  ...params: ParamsArg<CliParams[C]>
): string {
  return renderCoded<CliParams>(CLI_MESSAGES, f, {
    code,
    params: params[0] ?? {},
  } as Coded<CliParams>);
}
