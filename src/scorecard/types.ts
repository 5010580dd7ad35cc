/**
 * The data that flows from the workbook's ranges to a scorecard sheet
 * (docs/architecture.md):
 *
 *   SourceTable ──matchColumns──► ColumnMapping
 *   SourceTable + ColumnMapping ──analyseSource──► Analysis: KpiTable (readRows) + Problem[] (validate)
 *   KpiTable ──buildPlans──► SheetPlan[]
 *
 * Plain data: no Office, React or DOM types.
 */
import type { NoParams } from "../core/catalogue";
import type { CssWeights } from "../core/css";
import type { Direction } from "../core/direction";
import type { DomainError } from "../core/errors";
import type { RollupWeighting } from "../core/history";
import type { PeriodAggregation } from "../core/periods";
import type { RatingScheme } from "../core/rating";
import type { Language } from "../core/language";

/** A cell value as Office.js reads it: numbers, text, booleans; "" for blank; errors as "#N/A" text. */
export type SourceValue = string | number | boolean | null;

/** A rectangular range read from the workbook, header row first (made by toSourceTable). */
export interface SourceTable {
  /** Worksheet holding the range. */
  readonly sheetName: string;
  /** 0-based sheet row of the header row. */
  readonly top: number;
  /** 0-based sheet column of the first column. */
  readonly left: number;
  /** Header texts as Excel shows them ("Jan-24" for a date), one per column. */
  readonly headers: readonly string[];
  /** Data rows (without the header), values as read. */
  readonly values: readonly (readonly SourceValue[])[];
  /** Data rows' formulas ("=AVERAGE(...)" or the constant as text), same shape as `values`. */
  readonly formulas: readonly (readonly string[])[];
  /**
   * Data rows as Excel shows them, in the workbook's locale (a date as "Jan-24"),
   * same shape as `values`; names that are numbers are read from here. Both
   * readers give it (src/scorecard/sourceTable.ts); tables made without it use
   * the values.
   */
  readonly texts?: readonly (readonly string[])[];
  /** Where it came from, rendered in the reader's language (scorecard/messages.ts): "KPIs (table) 'Data'!A1:G5". */
  readonly label: SourceLabel;
}

/**
 * Where a source table was read, as a code, not words: an Excel table or a
 * named range (its name and address), or a range (the selection, a sheet's
 * region, an address given on the command line). `sourceLabel` in
 * scorecard/messages.ts says it in a language: "KPIs (table) 'Data'!A1:G5",
 * "KPIs (tabel) 'Data'!A1:G5", "'Data'!A1:G5".
 */
export type SourceLabel =
  | { readonly kind: "table" | "name"; readonly name: string; readonly address: string }
  | { readonly kind: "range"; readonly address: string };

/** The columns a KPI table can have. */
export const COLUMN_KEYS = [
  "perspective",
  "perspectiveWeight",
  "kpi",
  "kpiWeight",
  "valueAt50",
  "valueAt100",
  "actual",
  "employee",
  "period",
  "assessmentScore",
  "developmentScore",
  "unit",
  "unitWeight",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  "perspective",
  "perspectiveWeight",
  "kpi",
  "kpiWeight",
  "valueAt50",
  "valueAt100",
  "actual",
];

/** Which source column (0-based index into `SourceTable.headers`) holds each key; absent = not mapped. */
export type ColumnMapping = Partial<Record<ColumnKey, number>>;

/** How an actual is computed from a block of period columns (seed 003: twelve monthly ratios). */
export type Aggregation = PeriodAggregation;

/**
 * An actual computed from period data instead of read from the actual column:
 * A1 addresses (with sheet, e.g. "'Monthly'!B3:M3") of one row of period values,
 * and for the ratio aggregations the row of denominators.
 */
export interface PeriodSource {
  readonly numerator: string;
  readonly denominator?: string;
  readonly aggregation: Aggregation;
}

/**
 * The A1 address with sheet ("'Data'!G5") of each mapped cell of a KPI row;
 * undefined for a column not mapped. A perspective weight filled down from an
 * earlier row is that row's cell. Made when read (src/scorecard/readRows.ts),
 * not stored: a big table would hold a million address strings.
 */
export type RowCells = Readonly<Partial<Record<ColumnKey, string>>>;

/** One KPI row of the long table, typed, with the address of every cell it came from. */
export interface KpiRow {
  /** 0-based index of the data row in the source table. */
  readonly index: number;
  readonly employee: string;
  /** The period as Excel shows it ("2021", "Jan-24"); "" without a period column. */
  readonly period: string;
  /** The period cell's number when it holds one (a year, a date's serial): the time order; text periods have none. */
  readonly periodOrder?: number;
  /** The employee's unit for the roll-up; "" without a unit column. */
  readonly unit: string;
  /** The employee's weight in the unit's weighted roll-up (the weight column, when mapped). */
  readonly unitWeight?: number;
  readonly perspective: string;
  readonly perspectiveWeight: number;
  readonly kpi: string;
  readonly kpiWeight: number;
  readonly valueAt50: number;
  readonly valueAt100: number;
  readonly actual: number;
  readonly assessmentScore?: number;
  readonly developmentScore?: number;
  /** Where the row's values came from (see `RowCells`). */
  readonly cells: RowCells;
  /** The actual cell's formula when it holds one (the sheet links to it either way). */
  readonly actualFormula?: string;
  /** Set when the actual comes from period columns. */
  readonly periods?: PeriodSource;
}

export interface KpiTable {
  readonly source: SourceTable;
  readonly mapping: ColumnMapping;
  readonly rows: readonly KpiRow[];
}

export type Severity = "error" | "warning";

/** The cell a problem is about: its column, and for period data the KPI and the period's number ("Retention Period 3"). */
interface AtCell {
  readonly column: ColumnKey;
  readonly address: string;
  readonly kpi?: string;
  /** 1-based. */
  readonly periodNumber?: number;
}

/**
 * The parameters of each problem code (the catalogue is src/scorecard/messages.ts):
 * texts as they are, numbers as numbers (weights and sums as fractions),
 * formatted when rendered. `employee` is "" for a table without employees.
 */
export interface ProblemParams {
  missingColumn: { readonly column: ColumnKey };
  unknownColumn: { readonly header: string };
  duplicateColumn: { readonly header: string; readonly columns: readonly ColumnKey[] };
  /** `value`: the cell's text, quoted as JSON ("\"n/a\""). */
  notANumber: AtCell & { readonly value: string };
  blankCell: AtCell;
  flatLine: { readonly kpi: string; readonly value: number };
  kpiWeightSum: {
    readonly perspective: string;
    readonly employee: string;
    readonly sum: number;
    /** The period of the scorecard, when the table has periods. */
    readonly period?: string;
  };
  perspectiveWeightSum: {
    readonly employee: string;
    readonly sum: number;
    readonly period?: string;
  };
  perspectiveWeightMismatch: {
    readonly perspective: string;
    readonly first: number;
    readonly second: number;
  };
  duplicateKpi: {
    readonly kpi: string;
    readonly perspective: string;
    readonly employee: string;
    readonly period?: string;
  };
  /** One employee's rows of one period name two units. */
  unitMismatch: {
    readonly employee: string;
    readonly period: string;
    readonly first: string;
    readonly second: string;
  };
  /** The weight column is mapped but none of the employee's rows of the period gives a weight. */
  unitWeightMissing: { readonly employee: string; readonly period: string };
  unitWeightMismatch: {
    readonly employee: string;
    readonly period: string;
    readonly first: number;
    readonly second: number;
  };
  /** A unit's members' weights sum to 0 in a period: a weighted roll-up cannot divide by it. */
  unitWeightZero: { readonly unit: string; readonly period: string };
  /** A weighted roll-up was asked for, and no column is mapped to the roll-up weight. */
  rollupNeedsWeight: NoParams;
  noRows: NoParams;
  /** `reversed`: the KPI's thresholds make it lower-is-better (valueAt100 < valueAt50). */
  scoreAbove150: { readonly kpi: string; readonly score: number; readonly reversed: boolean };
  negativeScore: { readonly kpi: string; readonly score: number; readonly reversed: boolean };
  /**
   * The KPI's name says one direction and its thresholds the other (core/direction.ts):
   * `named` is the name's; the cells are the value at 50 and the value at 100.
   */
  directionMismatch: {
    readonly kpi: string;
    readonly named: Direction;
    readonly valueAt50: number;
    readonly valueAt100: number;
    readonly at50: string;
    readonly at100: string;
  };
  negativeWeight: { readonly column: ColumnKey; readonly address: string };
  /** The domain error behind it (an actual the period data cannot give), rendered in the reader's language. */
  periodActual: { readonly kpi: string; readonly address: string; readonly cause: DomainError };
}

export type ProblemCode = keyof ProblemParams;

/**
 * A problem: a code of the catalogue (src/scorecard/messages.ts) and its
 * parameters, never a sentence; `problemMessage` renders it in the reader's
 * language and the workbook's number locale.
 */
export type Problem = {
  [C in ProblemCode]: {
    readonly severity: Severity;
    readonly code: C;
    readonly params: ProblemParams[C];
    /** A1 address with sheet of the cell (or range) to select, when there is one. */
    readonly address?: string;
  };
}[ProblemCode];

export interface BuildOptions {
  /** Optional clamping of KPI scores; both off by default, as the seeds compute them. */
  readonly floor?: number;
  readonly cap?: number;
  readonly scheme: RatingScheme;
  readonly language: Language;
  /** "formulas": the actual links to its source cell; "values": a snapshot of the numbers. */
  readonly mode: "formulas" | "values";
  /** Title on the sheet. */
  readonly title: string;
  /** With several employees: also write one scorecard sheet per employee. */
  readonly sheetPerEmployee: boolean;
  /** Minimum CSS score for a Grade Confirmation Request (the organisation's setting); absent = no GCR column. */
  readonly gcrMinimumScore?: number;
  /**
   * Grade down (seed 002, the organisation's setting): the overall score below this
   * threshold in each of the last `gradeDownPeriods` periods. Absent = no grade-down
   * column on the history sheet.
   */
  readonly gradeDownThreshold?: number;
  /** Whole number of periods, at least 1; DEFAULT_GRADE_DOWN_PERIODS when absent. */
  readonly gradeDownPeriods?: number;
  /**
   * With a unit column: the roll-up sheet's units from their members and the
   * organisation from its units, as a mean ("mean", the default) or weighted by the
   * roll-up weight column ("weighted"); "off" writes no roll-up sheet.
   */
  readonly rollup?: RollupWeighting | "off";
  /**
   * The Career Score System's weights (KPI, assessment, development) as
   * fractions summing to 1, the organisation's setting (seed 002); absent =
   * 70/10/20 (core/css.ts DEFAULT_CSS_WEIGHTS). Checked by the builders
   * (core/css.ts cssWeightsError) before a build.
   */
  readonly cssWeights?: CssWeights;
}

export const DEFAULT_GRADE_DOWN_PERIODS = 2;

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  scheme: "achievement",
  language: "en",
  mode: "formulas",
  title: "Balanced Scorecard",
  sheetPerEmployee: false,
};

/** What the pane previews before writing: computed by the core from the KPI table. */
export interface PerspectivePreview {
  readonly perspective: string;
  readonly weight: number;
  /** Σ score × kpiWeight inside the perspective. */
  readonly fulfillment: number;
  /** fulfillment × perspective weight. */
  readonly weighted: number;
}

export interface EmployeePreview {
  readonly employee: string;
  /** The scorecard's period as Excel shows it, "" without a period column. */
  readonly period: string;
  /** The employee's unit, "" without a unit column. */
  readonly unit: string;
  readonly perspectives: readonly PerspectivePreview[];
  readonly overall: number;
  /** The overall score's rating label, in the sheet's language and scheme. */
  readonly rating: string;
  /** Its band's id (core/rating.ts: "poor", "satisfied", ...), for colours. */
  readonly band: string;
  /** Present when assessment and development scores are mapped. */
  readonly css?: number;
  readonly gcrEligible?: boolean;
}

/** One employee's overall scores over the build's periods (history sheet). */
export interface HistoryPreview {
  readonly employee: string;
  /** Per period of `ScorecardPreview.periods`: the overall score, undefined without a scorecard. */
  readonly scores: readonly (number | undefined)[];
  /** The last period against the one before: 1 up, -1 down, 0 same; undefined without both. */
  readonly trend?: -1 | 0 | 1;
  /** Present when a grade-down threshold is set. */
  readonly gradeDown?: boolean;
}

/** A unit's (or, with `unit` undefined, the organisation's) roll-up in one period. */
export interface RollupPreview {
  readonly period: string;
  readonly unit?: string;
  readonly members: number;
  /** Per perspective of `ScorecardPreview.perspectives`. */
  readonly perspectives: readonly number[];
  readonly overall: number;
  readonly rating: string;
  readonly band: string;
}

export interface ScorecardPreview {
  /** One per scorecard (employee and period), in the summary sheet's order. */
  readonly employees: readonly EmployeePreview[];
  /** The build's periods in time order (empty without a period column). */
  readonly periods: readonly string[];
  /** The build's perspectives, in first-seen order. */
  readonly perspectives: readonly string[];
  /** With several periods: each employee's history. */
  readonly history?: readonly HistoryPreview[];
  /** With a unit column and a roll-up: per period, each unit then the organisation. */
  readonly rollup?: readonly RollupPreview[];
}
