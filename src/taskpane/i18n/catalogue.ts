/**
 * The pane's catalogue, in the one catalogue form (core/catalogue.ts): every
 * word and message of the pane, in English (en.ts) and Bahasa Indonesia
 * (id.ts). `PaneParams` declares each code's parameters; a code missing from a
 * language, or a template reading a parameter its code does not have, does not
 * compile. Components get the catalogue bound to the pane's language and the
 * workbook's numbers (`useStrings()`): words as strings, messages as functions
 * of their parameters.
 */
import { Bound, Catalogue, Format, NoParams, bind, formatFor } from "../../core/catalogue";
import type { Language } from "../../core/language";
import { LANGUAGE_NUMBERS, NumberLocale } from "../../core/numbers";
import type { Aggregation, ColumnKey, SourceLabel } from "../../scorecard/types";
import { en } from "./en";
import { id } from "./id";

/** The pane's words: codes without parameters. */
type Word =
  | "appTitle"
  | "appIntro"
  | "languageLabel"
  | "languageEn"
  | "languageId"
  | "sourceHeading"
  | "sourceLabel"
  | "dropdownClear"
  | "sourcePlaceholder"
  | "sourceHint"
  | "sourceSelection"
  | "sourceRefresh"
  | "sourceUseSelection"
  | "sourceLoading"
  | "sourceNone"
  | "moreInfo"
  | "templateInsert"
  | "templateEmpty"
  | "templateExample"
  | "mappingHeading"
  | "mappingIntro"
  | "infoValueAt50"
  | "infoValueAt100"
  | "infoCss"
  | "infoGcr"
  | "mappingNotMapped"
  | "mappingReset"
  | "periodsHeading"
  | "periodsIntro"
  | "periodsRow"
  | "periodsNumerator"
  | "periodsDenominator"
  | "periodsAddressHint"
  | "periodsDenominatorRequired"
  | "periodsUseSelection"
  | "periodsAggregation"
  | "periodsApply"
  | "periodsReading"
  | "periodsApplied"
  | "problemsHeading"
  | "problemsNone"
  | "problemError"
  | "problemWarning"
  | "previewHeading"
  | "previewOverall"
  | "previewRating"
  | "previewChartTitle"
  | "previewPerspective"
  | "previewWeight"
  | "previewFulfillment"
  | "previewWeighted"
  | "previewEmployee"
  | "previewEmployeesHeading"
  | "previewEmployeeSelect"
  | "previewCss"
  | "previewGcr"
  | "previewGcrYes"
  | "previewGcrNo"
  | "previewNoEmployee"
  | "optionsHeading"
  | "optionsTitle"
  | "optionsTitleRequired"
  | "optionsScheme"
  | "schemeAchievement"
  | "schemeCsi"
  | "optionsSheetLanguage"
  | "optionsMode"
  | "modeFormulas"
  | "modeValues"
  | "optionsClamp"
  | "optionsClampHint"
  | "optionsFloor"
  | "optionsCap"
  | "optionsClampInvalid"
  | "optionsNumberInvalid"
  | "optionsSheetPerEmployee"
  | "optionsGcr"
  | "optionsGcrMinimum"
  | "optionsCssWeights"
  | "optionsCssKpi"
  | "optionsCssAssessment"
  | "optionsCssDevelopment"
  | "optionsCssWeightsSum"
  | "optionsReplace"
  | "optionsGradeDown"
  | "optionsGradeDownHint"
  | "optionsGradeDownThreshold"
  | "optionsGradeDownPeriods"
  | "optionsWholeNumberInvalid"
  | "optionsRollup"
  | "rollupMean"
  | "rollupWeighted"
  | "rollupWeightedHint"
  | "rollupOff"
  | "buildHeading"
  | "buildButton"
  | "buildDisabledNoData"
  | "buildDisabledErrors"
  | "buildDisabledOptions"
  | "buildRunning"
  | "buildSuccessTitle"
  | "buildErrorTitle"
  | "buildDismiss"
  | "confirmTitle"
  | "confirmReplace"
  | "confirmCancel";

/** A failure to show: what a service rejected with (it renders itself, see failure.ts). */
export type Failure = unknown;

export type PaneParams = { readonly [W in Word]: NoParams } & {
  /** A column of the KPI table by its key (the scorecard's column names). */
  column: { readonly key: ColumnKey };
  /** An aggregation of period data. */
  aggregation: { readonly kind: Aggregation };
  /** A table's or a named range's name in the source list: "KPIs (table)". */
  sourceChoice: { readonly kind: "table" | "name"; readonly name: string };
  sourceLoaded: { readonly rows: number; readonly label: SourceLabel };
  sourceError: { readonly error: Failure };
  templateInserted: { readonly sheet: string };
  /** `row`: the sheet's row number. */
  periodsRowOption: { readonly row: number; readonly kpi: string };
  periodsUseSelectionFor: { readonly field: string };
  periodsAppliedItem: {
    readonly row: number;
    readonly kpi: string;
    readonly aggregation: Aggregation;
    readonly numerator: string;
  };
  periodsRemove: { readonly row: number };
  periodsReadError: { readonly error: Failure };
  problemsSummary: { readonly errors: number; readonly warnings: number };
  problemSelect: { readonly address: string };
  problemSelectError: { readonly address: string; readonly error: Failure };
  buildProgress: { readonly done: number; readonly total: number };
  /** What a build did: sheets it created and sheets it replaced (same names, new content). */
  buildSuccess: { readonly created: readonly string[]; readonly replaced: readonly string[] };
  footerEmployees: { readonly count: number };
  /** The sheets "one sheet per employee" adds: one per scorecard. */
  optionsSheetPerEmployeeHint: { readonly count: number };
  /** The same, when they are so many that the workbook grows slow (BuildOptionsForm MANY_SHEETS). */
  optionsSheetPerEmployeeMany: { readonly count: number };
  mappingSummary: { readonly mapped: number; readonly total: number };
  /** The options' header when collapsed: the sheet's title and language. */
  optionsSummary: { readonly title: string; readonly language: Language };
  /** The body of "Build failed". */
  buildError: { readonly error: Failure };
  confirmBody: { readonly sheets: readonly string[] };
  /** A failure that does not render itself (a bug, a fake service's plain Error): its text, quoted. */
  unexpected: { readonly detail: string };
};

export const PANE_TEXT = { en, id } satisfies Catalogue<PaneParams>;

/** The pane's catalogue in one language and number locale. */
export type Strings = Bound<PaneParams>;

const BOUND = new WeakMap<Format, Strings>();

/** The pane's strings in a format (made once per language and locale). */
export function stringsIn(f: Format): Strings {
  const known = BOUND.get(f);
  if (known) return known;
  const strings: Strings = bind(PANE_TEXT, f);
  BOUND.set(f, strings);
  return strings;
}

/** The pane's strings in a language, numbers in `numbers` (by default the language's). */
export function paneStrings(
  language: Language,
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): Strings {
  return stringsIn(formatFor(language, numbers));
}
