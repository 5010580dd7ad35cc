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
    "Turn your KPI table into a scorecard sheet of native Excel formulas: it works in any Excel.",
  languageLabel: "Pane language",
  languageEn: "English",
  languageId: "Bahasa Indonesia",

  sourceHeading: "1. KPI data",
  moreInfo: "More information",
  sourceLabel: "Source",
  /** The button that empties a dropdown (Fluent's own label is English). */
  dropdownClear: "Clear selection",
  sourcePlaceholder: "Choose your KPI data",
  sourceHint: "The first row must hold the column headers.",
  sourceSelection: "Current selection",
  sourceRefresh: "Refresh",
  sourceUseSelection: "Use selection",
  sourceLoading: "Reading the workbook…",
  sourceLoaded: (p, f) => `Read ${f.number(p.rows)} data rows from ${sourceLabel(f, p.label)}.`,
  sourceNone: "No table or named range found. Select your KPI data, or insert a template.",
  sourceError: (p, f) => `Could not read the workbook: ${failure(f, p.error)}`,
  templateInsert: "Insert table",
  templateEmpty: "Empty KPI table",
  templateExample: "Example with sample data",
  templateInserted: (p) => `Inserted sheet “${p.sheet}”.`,

  mappingHeading: "Columns",
  mappingSummary: (p, f) => `Columns: ${f.number(p.mapped)} of ${f.number(p.total)} matched`,
  mappingIntro: "Check which column holds each field. Required fields are marked with *.",
  infoValueAt50:
    "The actual that scores 50: the lowest acceptable result. Scores follow the straight line through the values at 50 and 100.",
  infoValueAt100:
    "The actual that scores 100: the target. For a KPI where lower is better, make it smaller than the value at 50.",
  infoCss:
    "Career Score System: 70% KPI score, 10% assessment (behaviour), 20% development (training, certificates).",
  infoGcr:
    "Grade Confirmation Request: an employee whose CSS reaches the minimum score may be put forward for it.",
  mappingNotMapped: "(not mapped)",
  mappingReset: "Match columns again",

  periodsHeading: "Actual from monthly data (advanced)",
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

  previewHeading: "2. Preview",
  previewOverall: "Overall score",
  previewRating: "Rating",
  previewChartTitle: "Weighted score by perspective",
  previewPerspective: "Perspective",
  previewWeight: "Weight",
  previewFulfillment: "Fulfillment",
  previewWeighted: "Weighted",
  previewEmployee: "Employee",
  previewEmployeesHeading: "Employees",
  previewEmployeeSelect: "Show perspectives of",
  previewCss: "CSS",
  previewGcr: "GCR",
  previewGcrYes: "Eligible",
  previewGcrNo: "Not eligible",
  previewNoEmployee: "(all)",

  optionsHeading: "Options",
  optionsTitle: "Sheet title",
  optionsTitleRequired: "Enter a title.",
  optionsScheme: "Rating scheme",
  schemeAchievement: "Achievement (score points)",
  optionsSummary: (p) => `${p.title} · ${p.language === "id" ? "Bahasa Indonesia" : "English"}`,
  schemeCsi: "Customer satisfaction (CSI)",
  optionsSheetLanguage: "Sheet language",
  optionsMode: "Actual values",
  modeFormulas: "Live formulas linked to the data",
  modeValues: "Snapshot of the values",
  optionsClamp: "Limit KPI scores",
  optionsClampHint: "Unchecked: a score can go below 0 or above 100, following its line.",
  optionsFloor: "Lowest score",
  optionsCap: "Highest score",
  optionsClampInvalid: "The lowest score must not exceed the highest.",
  optionsNumberInvalid: "Enter a number.",
  optionsSheetPerEmployee: "Also one sheet per employee",
  optionsGcr: "Show who is eligible for a GCR",
  optionsGcrMinimum: "Minimum CSS score for GCR",
  optionsCssWeights:
    "Career Score System weights (%), used when assessment and development are mapped",
  optionsCssKpi: "KPI score",
  optionsCssAssessment: "Assessment",
  optionsCssDevelopment: "Development",
  optionsCssWeightsSum: "The three CSS weights must sum to 100%.",
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
  optionsReplace: "Replace sheets with the same title",

  buildHeading: "Build",
  footerEmployees: (p, f) => `${f.number(p.count)} employees`,
  optionsSheetPerEmployeeHint: (p, f) => `Adds ${f.number(p.count)} sheets.`,
  optionsSheetPerEmployeeMany: (p, f) =>
    `Adds ${f.number(p.count)} sheets: a workbook with this many is slow to open and save.`,
  buildButton: "Build scorecard",
  buildDisabledNoData: "Read your KPI data first.",
  buildDisabledErrors: "Fix the errors listed under Problems to build.",
  buildDisabledOptions: "Fix the options marked in red to build.",
  buildRunning: "Building the scorecard…",
  buildProgress: (p, f) => `${f.number(p.done)} of ${f.number(p.total)}`,
  buildSuccessTitle: "Scorecard built",
  buildSuccess: (p) =>
    [
      p.created.length > 0 ? `Created ${sheets(p.created)}.` : "",
      p.replaced.length > 0 ? `Replaced ${sheets(p.replaced)}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
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
