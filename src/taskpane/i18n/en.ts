/**
 * English strings of the task pane: the reference catalogue. `Strings` is its
 * shape, so a key missing from another language is a compile error. Text in
 * braces ("{count}") is filled in by `format`.
 */
import { COLUMN_LABELS } from "../../scorecard/messages";
import type { Aggregation } from "../../scorecard/types";

export const en = {
  appTitle: "Scorecard for Excel",
  appIntro:
    "Turn the KPI table in your workbook into a formatted scorecard sheet built from native Excel formulas.",
  languageLabel: "Pane language",
  languageEn: "English",
  languageId: "Bahasa Indonesia",

  sourceHeading: "1. KPI data",
  sourceLabel: "Source",
  sourcePlaceholder: "Choose a table, a named range or the selection",
  sourceHint: "The first row must hold the column headers.",
  sourceSelection: "Current selection",
  sourceTable: "{name} (table)",
  sourceName: "{name} (named range)",
  sourceRefresh: "Refresh",
  sourceUseSelection: "Use selection",
  sourceLoading: "Reading the workbook…",
  sourceLoaded: "Read {rows} data rows from {label}.",
  sourceNone: "No table or named range found. Select your KPI data, or insert a template.",
  sourceError: "Could not read the workbook: {message}",
  templateEmpty: "Insert empty input table",
  templateExample: "Insert example (seed 003)",
  templateInserted: "Inserted sheet “{sheet}”.",

  mappingHeading: "2. Columns",
  mappingIntro:
    "Check which column of your data holds each field. Required fields are marked with *.",
  mappingNotMapped: "(not mapped)",
  mappingReset: "Match columns again",
  // One catalogue for column names: the problems list and the generated sheets use the same words.
  columns: COLUMN_LABELS.en,

  periodsHeading: "Advanced: actual from period data",
  periodsIntro:
    "Compute a KPI's actual from a row of period values (for example twelve months) instead of the Actual column.",
  periodsRow: "KPI row",
  periodsRowOption: "Row {row}: {kpi}",
  periodsNumerator: "Numerator range",
  periodsDenominator: "Denominator range",
  periodsAddressHint:
    "An address such as 'Monthly'!B3:M3, or select the range and press “Use selection”.",
  periodsDenominatorRequired: "This aggregation needs a denominator range.",
  periodsUseSelection: "Use selection",
  periodsUseSelectionFor: "Use selection for {field}",
  periodsAggregation: "Aggregation",
  aggregations: {
    meanOfRatios: "Mean of period ratios",
    ratioOfSums: "Ratio of sums",
    sum: "Sum",
    mean: "Mean",
    last: "Last value",
  } satisfies Record<Aggregation, string>,
  periodsApply: "Apply to row",
  periodsReading: "Reading the ranges…",
  periodsApplied: "Rows using period data",
  periodsAppliedItem: "Row {row} ({kpi}): {aggregation} of {numerator}",
  periodsRemove: "Remove period data of row {row}",
  periodsReadError: "Could not read the ranges: {message}",

  problemsHeading: "Problems",
  problemsNone: "No problems found.",
  problemsSummary: "{errors} {errorWord}, {warnings} {warningWord}",
  /** Singular and plural, chosen by count. */
  problemsErrorWords: ["error", "errors"] as readonly [string, string],
  problemsWarningWords: ["warning", "warnings"] as readonly [string, string],
  problemError: "Error",
  problemWarning: "Warning",
  problemSelect: "Go to {address}",
  problemSelectError: "Could not select {address}: {message}",

  previewHeading: "3. Preview",
  previewOverall: "Overall score",
  previewRating: "Rating",
  previewChartTitle: "Weighted score by perspective",
  previewPerspective: "Perspective",
  previewWeight: "Weight",
  previewFulfillment: "Fulfilment",
  previewWeighted: "Weighted",
  previewEmployee: "Employee",
  previewEmployeesHeading: "Employees",
  previewEmployeeSelect: "Show perspectives of",
  previewCss: "CSS",
  previewGcr: "GCR",
  previewGcrYes: "Eligible",
  previewGcrNo: "Not eligible",
  previewUnavailable:
    "The preview appears once the required columns are mapped and the data has no errors.",
  previewNoEmployee: "(all)",

  optionsHeading: "4. Options",
  optionsTitle: "Sheet title",
  optionsTitleRequired: "Enter a title.",
  optionsScheme: "Rating scheme",
  schemeAchievement: "Achievement (score points)",
  schemeCsi: "Customer satisfaction (CSI)",
  optionsSheetLanguage: "Sheet language",
  optionsMode: "Actual values",
  modeFormulas: "Live formulas linked to the data",
  modeValues: "Snapshot of the values",
  optionsClamp: "Limit KPI scores",
  optionsClampHint: "Off: scores follow the line beyond 0 and 100, as the papers compute them.",
  optionsFloor: "Lowest score",
  optionsCap: "Highest score",
  optionsClampInvalid: "The lowest score must not exceed the highest.",
  optionsNumberInvalid: "Enter a number.",
  optionsSheetPerEmployee: "Also one sheet per employee",
  optionsGcr: "Show Grade Confirmation Request eligibility",
  optionsGcrMinimum: "Minimum CSS score for GCR",
  optionsReplace: "Replace sheet with the same title",

  buildHeading: "5. Build",
  buildButton: "Build scorecard",
  buildDisabledNoData: "Read your KPI data first.",
  buildDisabledErrors: "Fix the errors listed under Problems to build.",
  buildDisabledOptions: "Fix the options marked in red to build.",
  buildRunning: "Building the scorecard…",
  buildProgress: "{done} of {total}",
  buildSuccessTitle: "Scorecard built",
  buildSuccess: "Created {sheets}.",
  buildErrorTitle: "Build failed",
  buildDismiss: "Dismiss",
  confirmTitle: "Replace sheets?",
  confirmBody:
    "These sheets already exist and will be replaced: {sheets}. Their content will be lost.",
  confirmReplace: "Replace",
  confirmCancel: "Cancel",
};

export type Strings = typeof en;
