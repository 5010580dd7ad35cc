/**
 * The sheets over time and across the organisation, both reading the summary
 * sheet's cells with native formulas (the numbers are core/history.ts's):
 *
 * - history (several periods): one row per employee, the overall score of each
 *   period in time order, its rating, the trend of the last period against the
 *   one before, and the grade-down flag (seed 002: below the threshold in each
 *   of the last N periods) when a threshold is set;
 * - roll-up (a unit column): per period, each unit's perspective and overall
 *   scores from its members (the summary rows of the unit, next to each other),
 *   then the organisation's from its units: means, or means weighted by the
 *   roll-up weight.
 */
import type { RollupWeighting } from "../core/history";
import { qualified } from "./a1";
import { ratingFormula } from "./formulas";
import { SHEET_LABELS } from "./messages";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder, cell, col } from "./planBuilder";
import type { Scorecard } from "./scorecards";
import { BAND_COLORS, COLORS, NUMBER_FORMATS, bandConditions } from "./styles";
import type { SummaryLayout } from "./summarySheets";
import { BuildOptions, DEFAULT_GRADE_DOWN_PERIODS } from "./types";

const TITLE = { bold: true, fontSize: 16, fontColor: COLORS.title } as const;
const HEADER = { bold: true, fill: COLORS.header, fontColor: COLORS.headerText, wrapText: true };
const TOTAL = { bold: true, fill: COLORS.total } as const;

/** The summary's cell of scorecard `i`, column `column` (0-based), absolute: 'Summary'!$F$5. */
function summaryCell(summary: string, layout: SummaryLayout, i: number, column: number): string {
  return qualified(summary, `$${col(column)}$${layout.header + 2 + i}`);
}

/** A column of the summary over scorecards `first`..`last`: 'Summary'!$F$5:$F$8. */
function summaryRange(
  summary: string,
  layout: SummaryLayout,
  first: number,
  last: number,
  column: number
): string {
  const c = col(column);
  return qualified(summary, `$${c}$${layout.header + 2 + first}:$${c}$${layout.header + 2 + last}`);
}

function bandRule(b: PlanBuilder, address: string, topLeft: string, options: BuildOptions): void {
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

/** Employee | score per period | rating per period | Trend | [Grade down]. */
export function historySheetPlan(
  name: string,
  summary: string,
  layout: SummaryLayout,
  cards: readonly Scorecard[],
  periods: readonly string[],
  options: BuildOptions
): SheetPlan {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  b.set(0, 0, [`${options.title}: ${labels.historyTitle}`]);
  b.format(0, 0, 1, 1, TITLE);
  const threshold = options.gradeDownThreshold;
  const n = options.gradeDownPeriods ?? DEFAULT_GRADE_DOWN_PERIODS;
  if (threshold !== undefined) {
    b.set(1, 0, [labels.gradeDownThreshold, threshold, labels.gradeDownPeriods, n]);
    b.format(1, 0, 1, 1, { bold: true });
    b.format(1, 2, 1, 1, { bold: true });
  }
  const header = 3;
  const P = periods.length;
  const trendCol = 1 + 2 * P;
  const headers: PlanCell[] = [
    labels.employee,
    ...periods,
    ...periods.map((p) => `${labels.rating} ${p}`),
    labels.trend,
    ...(threshold !== undefined ? [labels.gradeDown] : []),
  ];
  b.set(header, 0, headers);
  b.format(header, 0, 1, headers.length, HEADER);
  const at = new Map(periods.map((p, i) => [p, i]));
  const rows = new Map<string, PlanCell[]>();
  cards.forEach((card, i) => {
    let cells = rows.get(card.employee);
    if (!cells) rows.set(card.employee, (cells = [card.employee, ...periods.map(() => null)]));
    cells[1 + (at.get(card.period) as number)] = {
      formula: `=${summaryCell(summary, layout, i, layout.overall)}`,
    };
  });
  let r = header + 1;
  for (const cells of rows.values()) {
    const score = (k: number) => cell(r, 1 + k);
    for (let k = 0; k < P; k++)
      cells.push({ formula: ratingFormula(score(k), options.scheme, options.language) });
    if (P >= 2) {
      const [x, y] = [score(P - 2), score(P - 1)];
      const d = `ROUND(${y}-${x},9)`;
      cells.push({ formula: `=IF(COUNT(${x},${y})<2,"",IF(${d}>0,"▲",IF(${d}<0,"▼","▬")))` });
    } else cells.push("");
    if (threshold !== undefined) {
      if (n > P) cells.push(false);
      else {
        const last = `${score(P - n)}:${score(P - 1)}`;
        cells.push({ formula: `=AND(COUNT(${last})=${n},ROUND(MAX(${last}),9)<${threshold})` });
      }
    }
    b.set(r, 0, cells);
    r++;
  }
  const count = rows.size;
  if (count > 0 && P > 0) {
    b.format(header + 1, 1, count, P, { numberFormat: NUMBER_FORMATS.score });
    const scores = `${cell(header + 1, 1)}:${cell(header + count, P)}`;
    bandRule(b, scores, cell(header + 1, 1), options);
    b.format(header + 1, trendCol, count, 1, { horizontalAlignment: "Center" });
  }
  b.columnWidths = { A: 160 };
  b.freeze = { rows: header + 1, columns: 1 };
  return b.build();
}

/**
 * [Period] | Unit | Members | [Roll-up weight] | perspectives | Overall | Rating: per period each
 * unit (its members are next to each other in the summary) and then the organisation.
 */
export function rollupSheetPlan(
  name: string,
  summary: string,
  layout: SummaryLayout,
  cards: readonly Scorecard[],
  periods: readonly string[],
  perspectives: readonly string[],
  weighting: RollupWeighting,
  options: BuildOptions
): SheetPlan {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  b.set(0, 0, [`${options.title}: ${labels.rollupTitle}`]);
  b.format(0, 0, 1, 1, TITLE);
  b.set(1, 0, [weighting === "weighted" ? labels.rollupWeighted : labels.rollupMean]);
  b.format(1, 0, 1, 1, { italic: true, fontColor: COLORS.note });
  const weighted = weighting === "weighted" && layout.weight !== undefined;
  const withPeriod = periods.length > 0;
  const header = 3;
  // Columns: [period] unit members [weight] perspectives… overall rating.
  const unitCol = withPeriod ? 1 : 0;
  const membersCol = unitCol + 1;
  const weightCol = weighted ? membersCol + 1 : -1;
  const p0 = membersCol + 1 + (weighted ? 1 : 0);
  const overallCol = p0 + perspectives.length;
  const headers: PlanCell[] = [
    ...(withPeriod ? [labels.period] : []),
    labels.unit,
    labels.members,
    ...(weighted ? [labels.rollupWeight] : []),
    ...perspectives,
    labels.overall,
    labels.rating,
  ];
  b.set(header, 0, headers);
  b.format(header, 0, 1, headers.length, HEADER);
  // The summary's columns this sheet averages, in its own order: perspectives, then overall.
  const scoreColumns = [...perspectives.map((_, k) => layout.firstPerspective + k), layout.overall];
  /** Mean, or mean weighted by `weights`, of `values` (ranges of equal size). */
  const mean = (values: string, weights?: string) =>
    weights ? `=SUMPRODUCT(${weights},${values})/SUM(${weights})` : `=AVERAGE(${values})`;
  let r = header + 1;
  for (const period of withPeriod ? periods : [""]) {
    const firstUnitRow = r;
    let i = 0;
    while (i < cards.length) {
      if (cards[i].period !== period) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < cards.length &&
        cards[j + 1].period === period &&
        cards[j + 1].unit === cards[i].unit
      )
        j++;
      const weights = weighted
        ? summaryRange(summary, layout, i, j, layout.weight as number)
        : undefined;
      const cells: PlanCell[] = [
        ...(withPeriod ? [period] : []),
        cards[i].unit,
        j - i + 1,
        ...(weights ? [{ formula: `=SUM(${weights})` }] : []),
        ...scoreColumns.map((c) => ({
          formula: mean(summaryRange(summary, layout, i, j, c), weights),
        })),
        { formula: ratingFormula(cell(r, overallCol), options.scheme, options.language) },
      ];
      b.set(r, 0, cells);
      r++;
      i = j + 1;
    }
    const lastUnitRow = r - 1;
    if (lastUnitRow < firstUnitRow) continue;
    const range = (c: number) => `${cell(firstUnitRow, c)}:${cell(lastUnitRow, c)}`;
    const weights = weighted ? range(weightCol) : undefined;
    b.set(r, 0, [
      ...(withPeriod ? [period] : []),
      labels.organisation,
      { formula: `=SUM(${range(membersCol)})` },
      ...(weights ? [{ formula: `=SUM(${weights})` }] : []),
      ...scoreColumns.map((_, k) => ({ formula: mean(range(p0 + k), weights) })),
      { formula: ratingFormula(cell(r, overallCol), options.scheme, options.language) },
    ]);
    b.format(r, 0, 1, headers.length, TOTAL);
    r++;
  }
  if (r > header + 1) {
    b.format(header + 1, p0, r - header - 1, perspectives.length + 1, {
      numberFormat: NUMBER_FORMATS.score,
    });
    const overall = `${cell(header + 1, overallCol)}:${cell(r - 1, overallCol)}`;
    bandRule(b, overall, cell(header + 1, overallCol), options);
  }
  b.columnWidths = withPeriod ? { A: 80, B: 160 } : { A: 160 };
  b.freeze = { rows: header + 1, columns: unitCol + 1 };
  return b.build();
}
