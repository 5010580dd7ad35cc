/**
 * The scorecard sheet of one employee (or of the organisation): a title, a
 * table grouped by perspective with native formulas for every computed cell,
 * an overall total with its rating, traffic lights, a chart of the perspective
 * scores and print set-up.
 *
 *   A Perspective / KPI  B Weight  C Value at 50  D Value at 100  E Actual  F Trend
 *   G Score  H Fulfillment  I Weighted score  J Rating  K Needed for 100  L Needed for next band
 *
 * A lower-is-better KPI (valueAt100 < valueAt50) scores on the same line; its
 * needed actuals are ceilings ("≤ 5.00%") and a ▼ trend is its improvement.
 */
import { DEFAULT_CSS_WEIGHTS } from "../core/css";
import { lowerIsBetter } from "../core/direction";
import { meanOfGiven } from "./preview";
import { absoluteA1, qualified } from "./a1";
import {
  neededForNextBandFormula,
  neededFormula,
  ratingFormula,
  scoreFormula,
  trendFormula,
} from "./formulas";
import { SHEET_LABELS } from "./messages";
import { PlanCell, RowFormulaCell, SheetPlan, rowFormula } from "./plan";
import { PlanBuilder, cell } from "./planBuilder";
import { actualCell, inputCell } from "./sourceLinks";
import { groupBy } from "./groups";
import {
  BAND_COLORS,
  COLORS,
  HEADER_STYLE,
  NUMBER_FORMATS,
  TRAFFIC_LIGHTS,
  atMost,
  bandConditions,
  numberFormatOf,
  valueFormat,
} from "./styles";
import { definedName } from "./sheetNames";
import { BuildOptions, KpiRow } from "./types";

const HEADER_ROW = 4;
/** Formats of every KPI row, one object each (PlanBuilder compares them once). */
const KPI_INDENT = { indent: 1 } as const;
const CENTERED = { horizontalAlignment: "Center" } as const;
const BAND_FILL = { fill: COLORS.band } as const;
const COLUMNS = 12;
const CHART_COLUMN = 13; // N

export interface ScorecardSheetInput {
  readonly name: string;
  readonly employee: string;
  readonly rows: readonly KpiRow[];
  readonly sourceLabel: string;
  /** Assessment and development columns are mapped: add the Career Score System block (CSS, GCR). */
  readonly withCss?: boolean;
}

export function scorecardSheetPlan(input: ScorecardSheetInput, options: BuildOptions): SheetPlan {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(input.name);
  b.set(0, 0, [options.title]);
  b.format(0, 0, 1, 1, { bold: true, fontSize: 16, fontColor: COLORS.title });
  const period = [...new Set(input.rows.map((r) => r.period).filter(Boolean))].join(", ");
  const subtitle = [
    input.employee && `${labels.employee}: ${input.employee}`,
    period && `${labels.period}: ${period}`,
  ].filter(Boolean);
  b.set(1, 0, [subtitle.join("   ") || null]);
  b.set(2, 0, [`${labels.generated} ${input.sourceLabel}`]);
  b.format(1, 0, 1, 1, { bold: true });
  b.format(2, 0, 1, 1, { italic: true, fontColor: COLORS.note });

  b.set(HEADER_ROW, 0, [
    labels.perspectiveKpi,
    labels.weight,
    labels.valueAt50,
    labels.valueAt100,
    labels.actual,
    labels.trend,
    labels.score,
    labels.fulfillment,
    labels.weighted,
    labels.rating,
    labels.neededFor100,
    labels.neededForNextBand,
  ]);
  b.format(HEADER_ROW, 0, 1, COLUMNS, HEADER_STYLE);

  let r = HEADER_ROW + 1;
  const kpiFormulas = kpiRowFormulas(options);
  const perspectiveRows: { row: number; name: string }[] = [];
  let band = 0;
  for (const [perspective, group] of groupBy(input.rows, (row) => row.perspective)) {
    const p = r++;
    perspectiveRows.push({ row: p, name: perspective });
    const first = p + 1;
    const last = p + group.length;
    b.set(p, 0, [
      perspective,
      inputCell(group[0], "perspectiveWeight", group[0].perspectiveWeight, options, p),
    ]);
    b.set(p, 7, [
      { formula: `=SUM(${cell(first, 7)}:${cell(last, 7)})` },
      { formula: `=${cell(p, 7)}*${cell(p, 1)}` },
      { formula: ratingFormula(cell(p, 7), options.scheme, options.language) },
    ]);
    b.format(p, 0, 1, COLUMNS, { bold: true, fill: COLORS.perspective });
    b.format(p, 1, 1, 1, { numberFormat: NUMBER_FORMATS.weight });
    b.format(p, 7, 1, 2, { numberFormat: NUMBER_FORMATS.score });
    addBandRule(b, cell(p, 7), options);
    for (const row of group) {
      writeKpiRow(b, r, row, kpiFormulas, options);
      if (band++ % 2 === 1) b.format(r, 0, 1, COLUMNS, BAND_FILL);
      b.source(row.cells.actual);
      r++;
    }
  }
  const total = r;
  b.set(total, 0, [labels.overall]);
  b.set(total, 8, [
    { formula: `=${perspectiveRows.map((p) => cell(p.row, 8)).join("+") || "0"}` },
    { formula: ratingFormula(cell(total, 8), options.scheme, options.language) },
  ]);
  b.format(total, 0, 1, COLUMNS, {
    bold: true,
    fill: COLORS.total,
    borders: ["top", "bottom"],
    borderColor: COLORS.title,
  });
  b.format(total, 8, 1, 1, { numberFormat: NUMBER_FORMATS.score });
  b.format(HEADER_ROW, 0, total - HEADER_ROW + 1, COLUMNS, {
    borders: ["top", "bottom", "left", "right", "insideHorizontal", "insideVertical"],
    borderColor: COLORS.border,
  });
  addBandRule(b, cell(total, 8), options);
  if (total > HEADER_ROW + 1) {
    const kpiScores = `${cell(HEADER_ROW + 1, 6)}:${cell(total - 1, 6)}`;
    addBandRule(b, kpiScores, options, cell(HEADER_ROW + 1, 6));
    if (options.mode === "formulas" && input.rows.some((row) => row.periods))
      addTrendRules(b, HEADER_ROW + 1, total - 1);
  }
  b.definedName({
    name: definedName("BSC_Overall", input.name),
    address: qualified(input.name, absoluteA1(total, 8)),
  });

  if (input.withCss) writeCssBlock(b, total, input.rows, options);
  writeChartBlock(b, perspectiveRows, labels.perspectiveScores, labels.score);
  b.columnWidths = {
    A: 190,
    B: 60,
    C: 72,
    D: 72,
    E: 72,
    // The trend shows only with period data (live formulas); otherwise its column is hidden.
    F: options.mode === "formulas" && input.rows.some((row) => row.periods) ? 44 : 0,
    G: 64,
    H: 72,
    I: 72,
    J: 80,
    K: 84,
    L: 96,
    M: 16,
    N: 150,
    O: 64,
  };
  b.freeze = { rows: HEADER_ROW + 1, columns: 1 };
  return b.build();
}

/** The formulas of every KPI row, relative to the row (as the details sheet's): made once per sheet. */
interface KpiRowFormulas {
  readonly score: RowFormulaCell;
  readonly weighted: RowFormulaCell;
  readonly rating: RowFormulaCell;
  readonly neededFor100: RowFormulaCell;
  readonly neededForNextBand: RowFormulaCell;
}

function kpiRowFormulas(options: BuildOptions): KpiRowFormulas {
  return {
    score: rowFormula((n) => scoreFormula(`E${n}`, `C${n}`, `D${n}`, options.floor, options.cap)),
    weighted: rowFormula((n) => `=G${n}*B${n}`),
    rating: rowFormula((n) => ratingFormula(`G${n}`, options.scheme, options.language)),
    neededFor100: rowFormula((n) => `=${neededFormula("100", `C${n}`, `D${n}`)}`),
    neededForNextBand: rowFormula((n) =>
      neededForNextBandFormula(`G${n}`, `C${n}`, `D${n}`, options.scheme)
    ),
  };
}

function writeKpiRow(
  b: PlanBuilder,
  r: number,
  row: KpiRow,
  formulas: KpiRowFormulas,
  options: BuildOptions
): void {
  const trend =
    options.mode === "formulas" && row.periods
      ? {
          formula: trendFormula(
            row.periods.aggregation,
            row.periods.numerator,
            row.periods.denominator
          ),
        }
      : "";
  b.set(r, 0, [
    row.kpi,
    inputCell(row, "kpiWeight", row.kpiWeight, options, r),
    inputCell(row, "valueAt50", row.valueAt50, options, r),
    inputCell(row, "valueAt100", row.valueAt100, options, r),
    actualCell(row, options, r),
    trend,
    formulas.score,
    formulas.weighted,
    null,
    formulas.rating,
    formulas.neededFor100,
    formulas.neededForNextBand,
  ]);
  b.format(r, 0, 1, 1, KPI_INDENT);
  b.format(r, 1, 1, 1, numberFormatOf(NUMBER_FORMATS.weight));
  const values = numberFormatOf(valueFormat(row));
  b.format(r, 2, 1, 3, values);
  b.format(r, 5, 1, 1, CENTERED);
  b.format(r, 6, 1, 2, numberFormatOf(NUMBER_FORMATS.score));
  // Lower-is-better (valueAt100 < valueAt50): the needed actuals are ceilings, shown "≤ 5.00%".
  b.format(
    r,
    10,
    1,
    2,
    lowerIsBetter(row.valueAt50, row.valueAt100) ? numberFormatOf(atMost(valueFormat(row))) : values
  );
}

/**
 * Trend arrows coloured by what they mean, live from the row's thresholds: an
 * improvement green (▲ for a higher-is-better KPI, ▼ for a lower-is-better one,
 * valueAt100 < valueAt50) and a worsening red. One rule pair for the column.
 */
function addTrendRules(b: PlanBuilder, first: number, last: number): void {
  const [F, C, D] = [cell(first, 5), cell(first, 2), cell(first, 3)].map((a) =>
    a.replace(/^([A-Z]+)/, "$$$1")
  );
  const lower = `${D}<${C}`;
  const better = `OR(AND(${F}="▲",NOT(${lower})),AND(${F}="▼",${lower}))`;
  const worse = `OR(AND(${F}="▼",NOT(${lower})),AND(${F}="▲",${lower}))`;
  const address = `${cell(first, 5)}:${cell(last, 5)}`;
  const [good, bad] = [TRAFFIC_LIGHTS[0], TRAFFIC_LIGHTS[TRAFFIC_LIGHTS.length - 1]];
  b.conditional({
    address,
    formula: `=${better}`,
    fill: good.fill,
    fontColor: good.font,
    band: "trend-better",
  });
  b.conditional({
    address,
    formula: `=${worse}`,
    fill: bad.fill,
    fontColor: bad.font,
    band: "trend-worse",
  });
}

/** At most this many cells are averaged by reference (Excel takes 255 arguments); more are written as the mean. */
const MAX_AVERAGED_CELLS = 200;

/**
 * The employee's assessment or development score: the mean of the values given
 * on their rows (employee-level scores may sit on one row only), as
 * AVERAGE(cell, cell, ...) of the source cells, which skips blank ones; the
 * value in a snapshot.
 */
function employeeScoreCell(
  rows: readonly KpiRow[],
  key: "assessmentScore" | "developmentScore",
  options: BuildOptions
): PlanCell {
  const cells = rows.map((r) => r.cells[key]).filter((a): a is string => a !== undefined);
  if (options.mode === "formulas" && cells.length > 0 && cells.length <= MAX_AVERAGED_CELLS)
    return { formula: `=AVERAGE(${cells.join(",")})` };
  return meanOfGiven(rows.map((r) => r[key])) ?? null;
}

/**
 * The Career Score System (seed 002, DOMAIN.md section 3) under the total:
 * KPI score, assessment and development with their weights in column B (the
 * organisation's, BuildOptions.cssWeights), the CSS total as SUMPRODUCT of the
 * two columns and, with a minimum, GCR eligibility.
 */
function writeCssBlock(
  b: PlanBuilder,
  total: number,
  rows: readonly KpiRow[],
  options: BuildOptions
): void {
  const labels = SHEET_LABELS[options.language];
  const [wk, wa, wd] = options.cssWeights ?? DEFAULT_CSS_WEIGHTS;
  const first = total + 2;
  const css = first + 3;
  b.set(first, 0, [labels.kpiScore, wk]);
  b.set(first, 8, [{ formula: `=${cell(total, 8)}` }]);
  b.set(first + 1, 0, [labels.assessment, wa]);
  b.set(first + 1, 8, [employeeScoreCell(rows, "assessmentScore", options)]);
  b.set(first + 2, 0, [labels.development, wd]);
  b.set(first + 2, 8, [employeeScoreCell(rows, "developmentScore", options)]);
  b.set(css, 0, [labels.css]);
  b.set(css, 8, [
    {
      formula: `=SUMPRODUCT(${cell(first, 1)}:${cell(first + 2, 1)},${cell(first, 8)}:${cell(first + 2, 8)})`,
    },
  ]);
  b.format(first, 1, 3, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(first, 8, 4, 1, { numberFormat: NUMBER_FORMATS.score });
  b.format(css, 0, 1, COLUMNS, { bold: true, fill: COLORS.total });
  if (options.gcrMinimumScore !== undefined) {
    b.set(css + 1, 0, [labels.gcr]);
    b.set(css + 1, 8, [{ formula: `=${cell(css, 8)}>=${options.gcrMinimumScore}` }]);
  }
  b.format(first, 0, css - first + (options.gcrMinimumScore !== undefined ? 2 : 1), COLUMNS, {
    borders: ["top", "bottom", "left", "right", "insideHorizontal", "insideVertical"],
    borderColor: COLORS.border,
  });
}

/** Traffic lights on `address`, by the rating bands of the options' scheme. */
function addBandRule(
  b: PlanBuilder,
  address: string,
  options: BuildOptions,
  topLeft = address
): void {
  for (const c of bandConditions(topLeft, options.scheme)) {
    const colors = BAND_COLORS[c.band];
    b.conditional({
      address,
      formula: c.formula,
      fill: colors.fill,
      fontColor: colors.font,
      band: c.band,
    });
  }
}

function writeChartBlock(
  b: PlanBuilder,
  perspectives: { row: number; name: string }[],
  title: string,
  scoreLabel: string
): void {
  if (perspectives.length === 0) return;
  b.set(HEADER_ROW, CHART_COLUMN, [title, scoreLabel]);
  b.format(HEADER_ROW, CHART_COLUMN, 1, 2, HEADER_STYLE);
  perspectives.forEach((p, i) =>
    b.set(HEADER_ROW + 1 + i, CHART_COLUMN, [p.name, { formula: `=${cell(p.row, 7)}` }])
  );
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + perspectives.length;
  b.format(first, CHART_COLUMN + 1, perspectives.length, 1, { numberFormat: NUMBER_FORMATS.score });
  b.chart({
    type: "BarClustered",
    title,
    categories: `${cell(first, CHART_COLUMN)}:${cell(last, CHART_COLUMN)}`,
    values: `${cell(first, CHART_COLUMN + 1)}:${cell(last, CHART_COLUMN + 1)}`,
    seriesName: scoreLabel,
    topLeft: cell(last + 2, CHART_COLUMN),
    bottomRight: cell(last + 18, CHART_COLUMN + 5),
  });
}
