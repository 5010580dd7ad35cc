/**
 * Every message catalogue of the add-in, with one sample of each code's
 * parameters: the catalogue tests render every code in every language from
 * these. A code without a sample does not compile (`Samples<P>`); codes
 * without parameters need none (their catalogues list them as words).
 */
import type { Catalogue, NoParams } from "../../src/core/catalogue";
import { valueError } from "../../src/core/errors";
import {
  DOMAIN_MESSAGES,
  DomainMessageParams,
  POSITIONS,
  PositionParams,
  QUANTITIES,
} from "../../src/core/errorMessages";
import { RATING_LABELS } from "../../src/core/rating";
import { CLI_MESSAGES, CliParams } from "../../src/cli/messages";
import { USAGE } from "../../src/cli/usage";
import { WORKBOOK_MESSAGES, WorkbookMessageParams } from "../../src/excel/messages";
import { SOURCE_ERRORS, SourceErrorParams } from "../../src/export/messages";
import { FUNCTION_MESSAGES, FunctionMessageParams } from "../../src/functions/messages";
import { COLUMN_LABELS, PROBLEMS, SHEET_LABELS, SOURCE_NAMES } from "../../src/scorecard/messages";
import type { ProblemParams } from "../../src/scorecard/types";
import { PANE_TEXT, PaneParams } from "../../src/taskpane/i18n/catalogue";
import { WorkbookError } from "../../src/excel/messages";

/** A sample of every code that takes parameters. */
type Samples<P> = {
  readonly [C in keyof P as P[C] extends Readonly<Record<string, never>> ? never : C]-?: P[C];
};

const nested = valueError("kpiWeightSum", { sum: 0.95, rows: 4 });

const DOMAIN: Samples<DomainMessageParams> = {
  tooLarge: { what: "weightedScore" },
  namedTooLarge: { name: "CSS" },
  negative: { name: "kpiWeight", value: -0.5, row: 3 },
  negativeBalance: { name: "totalAssets", end: "closing", value: -1317000.5 },
  zero: { name: "totalAssets" },
  partAboveWhole: { part: "met", partValue: 11, whole: "total", wholeValue: 10 },
  flatScoreLine: { value: 0.75 },
  flatScoreLineInverse: { value: 0.75 },
  floorAboveCap: { floor: 100, cap: 0 },
  cssWeightCount: { count: 2 },
  cssWeightNegative: { index: 2, value: -0.1 },
  cssWeightSum: { sum: 0.9 },
  kpiWeightSum: { sum: 0.95, rows: 7 },
  equalKpiWeightSum: { sum: 0.25, perspectives: [0.25] },
  gradeDownPeriods: { periods: 1.5 },
  periodDenominatorZero: { period: 3 },
  npsOutOfScale: { value: 11 },
  npsNotWhole: { value: 8.5 },
  scaleMaxNotPositive: { value: -1 },
  csiLengthMismatch: { satisfaction: 3, importance: 2 },
  satisfactionOutOfScale: { value: 6, scaleMax: 5 },
  importanceNegative: { value: -1 },
  inItem: { item: "row", index: 2, error: nested },
};

const POSITION: Samples<PositionParams> = {
  row: { row: 3 },
  column: { column: 2 },
  at: { name: "actual", place: "baris 3" },
};

const FUNCTIONS: Samples<FunctionMessageParams> = {
  blank: { name: "actual", position: { row: 2 } },
  text: { name: "netProfit", text: "12,5" },
  notSingle: { name: "netProfit" },
  mustBeText: { name: "scheme" },
  shapeMismatch: {
    first: "actual",
    firstShape: { rows: 3, cols: 1 },
    second: "valueAt50",
    secondShape: { rows: 2, cols: 1 },
  },
  unknownScheme: { got: "grades" },
  unknownLanguage: { got: "fr" },
  atPosition: { position: { row: 2 }, error: nested },
};

const PROBLEM: Samples<ProblemParams> = {
  missingColumn: { column: "valueAt100" },
  unknownColumn: { header: "Catatan" },
  duplicateColumn: { header: "Target", columns: ["valueAt100", "actual"] },
  notANumber: { column: "actual", address: "'Data'!G3", value: '"n/a"' },
  blankCell: { column: "period", kpi: "ROA", periodNumber: 3, address: "'Bulanan'!D9" },
  flatLine: { kpi: "ROA", value: 0.8 },
  kpiWeightSum: { perspective: "Keuangan", employee: "Budi", sum: 0.955, period: "2021" },
  perspectiveWeightSum: { employee: "Budi", sum: 1.05 },
  perspectiveWeightMismatch: { perspective: "Keuangan", first: 0.3, second: 0.25 },
  duplicateKpi: { kpi: "ROA", perspective: "Keuangan", employee: "Budi", period: "2021" },
  scoreAbove150: { kpi: "ROA", score: 163.25, reversed: false },
  negativeScore: { kpi: "Retensi", score: -106.59, reversed: false },
  directionMismatch: {
    kpi: "Turnover",
    named: "lower",
    valueAt50: 0.05,
    valueAt100: 0.1,
    at50: "'Data'!E4",
    at100: "'Data'!F4",
  },
  negativeWeight: { column: "kpiWeight", address: "'Data'!D2" },
  periodActual: { kpi: "ROA", address: "'Data'!G2", cause: valueError("denominatorsSumZero") },
  unitMismatch: { employee: "Budi", period: "2021", first: "Cabang Malang", second: "Cabang Batu" },
  unitWeightMissing: { employee: "Budi", period: "2021" },
  unitWeightMismatch: { employee: "Budi", period: "2021", first: 2, second: 3 },
  unitWeightZero: { unit: "Cabang Malang", period: "2021" },
};

const SOURCE_NAME: Samples<{ table: { name: string }; name: { name: string } }> = {
  table: { name: "KPI_Data" },
  name: { name: "BSC_Input" },
};

const reason = { code: "sheetExists", params: { sheet: "Laporan" } } as const;

const WORKBOOK: Samples<WorkbookMessageParams> = {
  sheetExists: { sheet: "Laporan" },
  nameTaken: { name: "BSC_Overall_Laporan" },
  excelRefused: {
    code: "ItemNotFound",
    detail: "The requested resource doesn't exist.",
    location: "WorksheetCollection.getItem",
  },
  unexpected: { detail: "x is not a function" },
  nothingChanged: { reason },
  removeByHand: {
    reason: { code: "cellEdit", params: {} },
    sheets: ["Laporan", "Laporan Rincian"],
    renames: [{ from: "~bsc1 Laporan", to: "Laporan" }],
  },
  emptySource: { address: "'Data'!A1:G5" },
  notAnAddress: { address: "A1:" },
};

const SOURCE_ERROR: Samples<SourceErrorParams> = {
  noSheet: { name: "Laporan", known: ["Data", "Bulanan"] },
  noTable: { name: "KPI", known: [] },
  notAnAddress: { address: "A1:" },
  emptySheet: { sheet: "Data" },
};

const CLI: Samples<CliParams> = {
  problemLine: { severity: "error", where: "'Data'!D2: ", text: "…" },
  tableErrors: { errors: 2, source: { kind: "table", name: "KPI_Data", address: "'Data'!A1:G5" } },
  wroteScorecard: {
    file: "hasil.xlsx",
    sheets: ["Laporan", "Laporan Rincian"],
    source: { kind: "range", address: "'Data'!A1:G5" },
  },
  wroteTemplate: { file: "kosong.xlsx", kind: "empty", sheet: "KPI" },
  overallScore: { employee: "Budi", overall: 57.849, rating: "Kurang Baik" },
  perspectiveLine: { perspective: "Keuangan", fulfillment: 101.41, weight: 0.4, weighted: 40.57 },
  cssLine: { css: 82.2, gcr: false },
  uncomputed: {
    cells: ["'Data'!G2", "'Data'!G3", "'Data'!G4", "'Data'!G5", "'Data'!G6", "'Data'!G7"],
  },
  computed: { cells: ["'Data'!G2"] },
  errorLine: { text: "…" },
  unexpected: { detail: "TypeError: x is not a function" },
  unknownCommand: { command: "frobnicate" },
  unknownOption: { option: "--bogus" },
  takesNoValue: { flag: "values" },
  needsValue: { flag: "out" },
  givenTwice: { flag: "out" },
  needsNumber: { flag: "floor", got: "x" },
  badLanguage: { got: "fr" },
  needsWholeNumber: { flag: "grade-down-periods", got: "1.5" },
  badRollup: { got: "median" },
  missing: { what: "input" },
  notXlsx: { what: "out", file: "hasil.csv" },
  tooManyFiles: { command: "build", count: 2 },
  floorAboveCap: { floor: 50, cap: 40 },
  badCssWeights: { got: "70,10,10", sum: 90 },
  noSuchFile: { file: "hilang.xlsx" },
  cannotRead: {
    file: "teks.xlsx",
    detail: "End of data reached (data length = 9, asked index = 4).",
  },
  cannotWrite: { file: "hasil.xlsx", detail: "EACCES: permission denied" },
  noWorkbooksIn: { folder: "unit" },
  needsJobs: { got: "0" },
  fileLine: { file: "unit/kantor.xlsx", line: "…" },
  batchSummary: { files: 20, failed: ["unit/c.xlsx"] },
  progress: { done: 3, files: 20, rows: 45000, secondsLeft: 12 },
};

const PANE: Samples<PaneParams> = {
  column: { key: "valueAt50" },
  aggregation: { kind: "meanOfRatios" },
  sourceChoice: { kind: "name", name: "BSC_Input" },
  sourceLoaded: { rows: 1234, label: { kind: "table", name: "KPI_Data", address: "'Data'!A1:G5" } },
  sourceError: { error: new WorkbookError("emptySource", { address: "'Data'!A1" }) },
  templateInserted: { sheet: "BSC Contoh" },
  periodsRowOption: { row: 3, kpi: "ROA" },
  periodsUseSelectionFor: { field: "Rentang pembilang" },
  periodsAppliedItem: {
    row: 3,
    kpi: "ROA",
    aggregation: "ratioOfSums",
    numerator: "'Bulanan'!B2:M2",
  },
  periodsRemove: { row: 3 },
  periodsReadError: { error: new WorkbookError("notAnAddress", { address: "A1:" }) },
  problemsSummary: { errors: 1, warnings: 2 },
  problemSelect: { address: "'Data'!G3" },
  problemSelectError: { address: "'Data'!G3", error: new WorkbookError("cellEdit") },
  buildProgress: { done: 3, total: 12 },
  buildSuccess: { created: ["Laporan Rincian"], replaced: ["Laporan"] },
  footerEmployees: { count: 6 },
  optionsSheetPerEmployeeHint: { count: 6 },
  optionsSheetPerEmployeeMany: { count: 1200 },
  mappingSummary: { mapped: 7, total: 11 },
  optionsSummary: { title: "Laporan", language: "id" },
  buildError: { error: new WorkbookError("nothingChanged", { reason }) },
  confirmBody: { sheets: ["Laporan"] },
  unexpected: { detail: "x is not a function" },
};

export interface CatalogueEntry {
  readonly name: string;
  readonly catalogue: Catalogue<Record<string, unknown>>;
  /** Parameters of the codes that take some. */
  readonly samples: Readonly<Record<string, unknown>>;
  /**
   * Codes whose text is the same in both languages (names, numbers, a line
   * whose words come from its parameters), or whose Indonesian keeps argument
   * names Excel shows in every language.
   */
  readonly same?: readonly string[];
  /** Words of the catalogue's syntax that stay as they are (the command line's commands). */
  readonly names?: readonly string[];
}

const entry = <P>(
  name: string,
  catalogue: Catalogue<P>,
  samples: Samples<P>,
  same: readonly (keyof P & string)[] = []
): CatalogueEntry => ({
  name,
  catalogue: catalogue as unknown as Catalogue<Record<string, unknown>>,
  samples: samples as Readonly<Record<string, unknown>>,
  same,
});

/** The command line's commands: its syntax, the same in every language. */
const COMMANDS = ["bsc-scorecard build", "bsc-scorecard template", "build:", "template:", "build "];

/** A catalogue of words (codes without parameters). */
const words = <K extends string>(
  name: string,
  catalogue: Catalogue<Record<K, NoParams>>,
  same: readonly K[] = []
): CatalogueEntry => ({
  name,
  catalogue: catalogue as unknown as Catalogue<Record<string, unknown>>,
  samples: {},
  same,
});

/** Every catalogue of src/, by the layer that keeps it. */
export const CATALOGUES: readonly CatalogueEntry[] = [
  entry("core: domain errors", DOMAIN_MESSAGES, DOMAIN),
  words("core: quantities", QUANTITIES),
  entry("core: positions", POSITIONS, POSITION),
  words("core: rating labels", RATING_LABELS),
  entry("functions: argument errors", FUNCTION_MESSAGES, FUNCTIONS),
  entry("scorecard: problems", PROBLEMS, PROBLEM),
  words("scorecard: column names", COLUMN_LABELS, ["kpi"]),
  entry("scorecard: source names", SOURCE_NAMES, SOURCE_NAME),
  words("scorecard: sheet labels", SHEET_LABELS, ["css", "gcr"]),
  entry("excel: build and read errors", WORKBOOK_MESSAGES, WORKBOOK),
  entry("export: reader errors", SOURCE_ERRORS, SOURCE_ERROR),
  entry("taskpane: the pane's words", PANE_TEXT, PANE, [
    "languageEn",
    "languageId",
    "optionsSummary",
    "previewCss",
    "previewGcr",
    "previewPerspective",
    "problemsHeading",
  ]),
  {
    ...entry("cli: the command line's texts", CLI_MESSAGES, CLI, [
      "errorLine",
      "perspectiveLine",
      "fileLine",
    ]),
    names: COMMANDS,
  },
  { ...words("cli: help", USAGE), names: COMMANDS },
];
