/**
 * English words and messages of the task pane. `PaneParams` (catalogue.ts)
 * declares every code and its parameters; a code missing here or in id.ts,
 * or a parameter its code does not have, is a compile error.
 */
import type { Format, Templates } from "../../core/catalogue";
import { COLUMN_LABELS, sourceLabel, sourceName } from "../../scorecard/messages";
import type { Aggregation } from "../../scorecard/types";
import type { PaneParams } from "./catalogue";
import { failureText } from "./failure";

const AGGREGATIONS: Readonly<Record<Aggregation, string>> = {
  meanOfRatios: "Mean of period ratios",
  ratioOfSums: "Ratio of sums",
  sum: "Sum",
  mean: "Mean",
  last: "Last value",
};

const sheets = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");
const failure = (f: Format, error: unknown): string => failureText(f, error, en.unexpected);

export const en = {
  appTitle: "Scorecard for Excel",
  appIntro:
    "Turn the KPI table in your workbook into a formatted scorecard sheet built from native Excel formulas.",
  languageLabel: "Pane language",
  languageEn: "English",
  languageId: "Bahasa Indonesia",

  sourceHeading: "1. KPI data",
  sourceLabel: "Source",
  /** The button that empties a dropdown (Fluent's own label is English). */
  dropdownClear: "Clear selection",
  sourcePlaceholder: "Choose a table, a named range or the selection",
  sourceHint: "The first row must hold the column headers.",
  sourceSelection: "Current selection",
  sourceRefresh: "Refresh",
  sourceUseSelection: "Use selection",
  sourceLoading: "Reading the workbook…",
  sourceLoaded: (p, f) => `Read ${f.number(p.rows)} data rows from ${sourceLabel(f, p.label)}.`,
  sourceNone: "No table or named range found. Select your KPI data, or insert a template.",
  sourceError: (p, f) => `Could not read the workbook: ${failure(f, p.error)}`,
  templateEmpty: "Insert empty input table",
  templateExample: "Insert example (seed 003)",
  templateInserted: (p) => `Inserted sheet “${p.sheet}”.`,

  mappingHeading: "2. Columns",
  mappingIntro:
    "Check which column of your data holds each field. Required fields are marked with *.",
  mappingNotMapped: "(not mapped)",
  mappingReset: "Match columns again",

  periodsHeading: "Advanced: actual from period data",
  periodsIntro:
    "Compute a KPI's actual from a row of period values (for example twelve months) instead of the Actual column.",
  periodsRow: "KPI row",
  periodsRowOption: (p) => `Row ${p.row}: ${p.kpi}`,
  periodsNumerator: "Numerator range",
  periodsDenominator: "Denominator range",
  periodsAddressHint:
    "An address such as 'Monthly'!B3:M3, or select the range and press “Use selection”.",
  periodsDenominatorRequired: "This aggregation needs a denominator range.",
  periodsUseSelection: "Use selection",
  periodsUseSelectionFor: (p) => `Use selection for ${p.field}`,
  periodsAggregation: "Aggregation",
  periodsApply: "Apply to row",
  periodsReading: "Reading the ranges…",
  periodsApplied: "Rows using period data",
  periodsAppliedItem: (p) =>
    `Row ${p.row} (${p.kpi}): ${AGGREGATIONS[p.aggregation]} of ${p.numerator}`,
  periodsRemove: (p) => `Remove period data of row ${p.row}`,
  periodsReadError: (p, f) => `Could not read the ranges: ${failure(f, p.error)}`,

  problemsHeading: "Problems",
  problemsNone: "No problems found.",
  problemsSummary: (p, f) =>
    `${f.number(p.errors)} ${p.errors === 1 ? "error" : "errors"}, ` +
    `${f.number(p.warnings)} ${p.warnings === 1 ? "warning" : "warnings"}`,
  problemError: "Error",
  problemWarning: "Warning",
  problemSelect: (p) => `Go to ${p.address}`,
  problemSelectError: (p, f) => `Could not select ${p.address}: ${failure(f, p.error)}`,

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
  optionsCssWeights:
    "Career Score System weights (%), used when assessment and development are mapped",
  optionsCssKpi: "KPI score",
  optionsCssAssessment: "Assessment",
  optionsCssDevelopment: "Development",
  optionsCssWeightsSum: "The three CSS weights must sum to 100%.",
  optionsReplace: "Replace sheet with the same title",
  optionsGradeDown: "Flag grade down on the history sheet",
  optionsGradeDownHint:
    "With a Period column: an overall score below the threshold in each of the last periods.",
  optionsGradeDownThreshold: "Grade-down threshold",
  optionsGradeDownPeriods: "Number of periods",
  optionsWholeNumberInvalid: "Enter a whole number of at least 1.",
  optionsRollup: "Roll-up of units and organisation",
  rollupMean: "Mean of the members",
  rollupWeighted: "Weighted by the roll-up weight column",
  rollupWeightedHint: "Map a roll-up weight column to weight the members.",
  rollupOff: "No roll-up sheet",

  buildHeading: "5. Build",
  buildButton: "Build scorecard",
  buildDisabledNoData: "Read your KPI data first.",
  buildDisabledErrors: "Fix the errors listed under Problems to build.",
  buildDisabledOptions: "Fix the options marked in red to build.",
  buildRunning: "Building the scorecard…",
  buildProgress: (p, f) => `${f.number(p.done)} of ${f.number(p.total)}`,
  buildSuccessTitle: "Scorecard built",
  buildSuccess: (p) => `Created ${sheets(p.sheets)}.`,
  buildErrorTitle: "Build failed",
  buildDismiss: "Dismiss",
  confirmTitle: "Replace sheets?",
  confirmBody: (p) =>
    `These sheets already exist and will be replaced: ${sheets(p.sheets)}. Their content will be lost.`,
  confirmReplace: "Replace",
  confirmCancel: "Cancel",

  column: (p) => COLUMN_LABELS.en[p.key],
  aggregation: (p) => AGGREGATIONS[p.kind],
  sourceChoice: (p, f) => sourceName(f, p.kind, p.name),
  buildError: (p, f) => failure(f, p.error),
  unexpected: (p, f) => `Something went wrong: ${f.quote(p.detail)}`,
} satisfies Templates<PaneParams>;
