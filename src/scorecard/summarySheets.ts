/**
 * Several employees: a details sheet (one row per employee and KPI, with the
 * score and its weighted contribution as native formulas) and a summary sheet,
 * an Excel table with one row per employee: perspective scores, overall score,
 * rating, and CSS total and GCR eligibility when those columns are mapped.
 *
 * Each summary formula reads only its own employee's block of detail rows
 * (rows are grouped by employee), so recalculation stays linear in the data.
 */
import { DEFAULT_CSS_WEIGHTS } from "../core/css";
import { RATING_BANDS } from "../core/rating";
import { qualified } from "./a1";
import { ratingFormula, scoreFormula } from "./formulas";
import { SHEET_LABELS } from "./messages";
import { PlanCell, SheetPlan, formulaTemplate, rowFormula } from "./plan";
import { PlanBuilder, cell, col } from "./planBuilder";
import { actualCell, inputCell } from "./sourceLinks";
import {
  BAND_COLORS,
  COLORS,
  HEADER_STYLE,
  NUMBER_FORMATS,
  bandConditions,
  columnWidth,
  longest,
  numberFormatOf,
  valueFormat,
} from "./styles";
import { definedName } from "./sheetNames";
import type { Scorecard } from "./scorecards";
import { BuildOptions, KpiRow } from "./types";

const DETAIL_HEADER = 2;

export interface EmployeeBlock {
  readonly card: Scorecard;
  /** 0-based first and last rows of the scorecard's detail rows. */
  readonly first: number;
  readonly last: number;
}

/**
 * Details: Employee | [Period] | Perspective | KPI | Perspective weight | KPI weight | V50 | V100 | Actual
 * | Score | Contribution | Assessment | Development; one block of rows per scorecard. `withPeriod`: the
 * table has periods, and every column after the employee's moves one to the right.
 */
export function detailSheetPlan(
  name: string,
  cards: readonly Scorecard[],
  options: BuildOptions,
  withCss: boolean,
  withPeriod = false
): { plan: SheetPlan; blocks: EmployeeBlock[] } {
  const o = withPeriod ? 1 : 0;
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  b.set(0, 0, [`${options.title}: ${labels.detailsTitle}`]);
  b.format(0, 0, 1, 1, { bold: true, fontSize: 14, fontColor: COLORS.title });
  const headers = [
    labels.employee,
    ...(withPeriod ? [labels.period] : []),
    labels.perspectiveKpi.split(" / ")[0],
    "KPI",
    `${labels.weight} (P)`,
    `${labels.weight} (KPI)`,
    labels.valueAt50,
    labels.valueAt100,
    labels.actual,
    labels.score,
    labels.weighted,
    ...(withCss ? [labels.assessment, labels.development] : []),
  ];
  b.set(DETAIL_HEADER, 0, headers);
  b.format(DETAIL_HEADER, 0, 1, headers.length, HEADER_STYLE);
  const blocks: EmployeeBlock[] = [];
  let r = DETAIL_HEADER + 1;
  // The score and weighted score of every row: one formula each, relative to the row.
  const [D, E, F, G, H, I] = [3, 4, 5, 6, 7, 8].map((c) => col(c + o));
  const score = rowFormula((n) =>
    scoreFormula(`${H}${n}`, `${F}${n}`, `${G}${n}`, options.floor, options.cap)
  );
  const weighted = rowFormula((n) => `=${I}${n}*${E}${n}*${D}${n}`);
  for (const card of cards) {
    const first = r;
    for (const row of card.rows) {
      // Made at its final length: rows grown by push kept larger stores than their
      // cells (the plan of 10,000 employees kept 45.8 MB instead of 25.6).
      const cells = new Array<PlanCell>(headers.length);
      let c = 0;
      cells[c++] = card.employee;
      if (withPeriod) cells[c++] = card.period;
      cells[c++] = row.perspective;
      cells[c++] = row.kpi;
      cells[c++] = inputCell(row, "perspectiveWeight", row.perspectiveWeight, options, r);
      cells[c++] = inputCell(row, "kpiWeight", row.kpiWeight, options, r);
      cells[c++] = inputCell(row, "valueAt50", row.valueAt50, options, r);
      cells[c++] = inputCell(row, "valueAt100", row.valueAt100, options, r);
      cells[c++] = actualCell(row, options, r);
      cells[c++] = score;
      cells[c++] = weighted;
      if (withCss) {
        cells[c++] = optionalInput(row, "assessmentScore", options, r);
        cells[c++] = optionalInput(row, "developmentScore", options, r);
      }
      b.set(r, 0, cells);
      b.format(r, 5 + o, 1, 3, numberFormatOf(valueFormat(row)));
      r++;
    }
    blocks.push({ card, first, last: r - 1 });
  }
  const rows = r - DETAIL_HEADER - 1;
  if (rows > 0) {
    b.format(DETAIL_HEADER + 1, 3 + o, rows, 2, { numberFormat: NUMBER_FORMATS.weight });
    b.format(DETAIL_HEADER + 1, 8 + o, rows, 2, { numberFormat: NUMBER_FORMATS.score });
  }
  b.columnWidths = detailWidths(headers, cards, withPeriod);
  b.freeze = { rows: DETAIL_HEADER + 1, columns: 1 };
  return { plan: b.build(), blocks };
}

/** Widths from content: names as long as the longest, numbers as wide as their largest shown. */
function detailWidths(
  headers: readonly string[],
  cards: readonly Scorecard[],
  withPeriod: boolean
): Record<string, number> {
  const names = { employee: "", period: "", perspective: "", kpi: "" };
  let amount = 0;
  for (const { employee, period, rows } of cards) {
    if (employee.length > names.employee.length) names.employee = employee;
    if (period.length > names.period.length) names.period = period;
    for (const row of rows) {
      if (row.perspective.length > names.perspective.length) names.perspective = row.perspective;
      if (row.kpi.length > names.kpi.length) names.kpi = row.kpi;
      if (valueFormat(row) === NUMBER_FORMATS.amount)
        amount = Math.max(
          amount,
          Math.abs(row.valueAt50),
          Math.abs(row.valueAt100),
          Math.abs(row.actual)
        );
    }
  }
  // "-1,234,567.00" at most: the amounts' format, their largest value.
  const amountText = `-${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const widest = [
    names.employee,
    ...(withPeriod ? [names.period] : []),
    names.perspective,
    names.kpi,
    "",
    "",
    amountText,
    amountText,
    amountText,
  ];
  return Object.fromEntries(headers.map((h, c) => [col(c), columnWidth(h, widest[c] ?? "")]));
}

function optionalInput(
  row: KpiRow,
  key: "assessmentScore" | "developmentScore",
  options: BuildOptions,
  at: number
) {
  const value = row[key];
  return value === undefined ? null : inputCell(row, key, value, options, at);
}

/** The summary's optional leading columns, after the employee's: period, unit, roll-up weight. */
export interface SummaryColumns {
  readonly period: boolean;
  readonly unit: boolean;
  readonly weight: boolean;
}

/** Where the summary puts things, for the sheets that refer to its cells (history, roll-up). */
export interface SummaryLayout {
  /** 0-based row of the header; scorecard i is on row header + 1 + i. */
  readonly header: number;
  /** 0-based column of the first perspective score (the others follow), of the overall score and of the roll-up weight. */
  readonly firstPerspective: number;
  readonly overall: number;
  readonly weight?: number;
}

export function summaryLayout(perspectives: number, lead: SummaryColumns): SummaryLayout {
  const first = 1 + (lead.period ? 1 : 0) + (lead.unit ? 1 : 0) + (lead.weight ? 1 : 0);
  return {
    header: 2,
    firstPerspective: first,
    overall: first + perspectives,
    ...(lead.weight ? { weight: first - 1 } : {}),
  };
}

const NO_LEAD: SummaryColumns = { period: false, unit: false, weight: false };

export function summarySheetPlan(
  name: string,
  detailName: string,
  blocks: readonly EmployeeBlock[],
  perspectives: readonly string[],
  options: BuildOptions,
  withCss: boolean,
  lead: SummaryColumns = NO_LEAD
): SheetPlan {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  const layout = summaryLayout(perspectives.length, lead);
  const header = layout.header;
  const o = lead.period ? 1 : 0;
  b.set(0, 0, [`${options.title}: ${labels.summary}`]);
  b.format(0, 0, 1, 1, { bold: true, fontSize: 16, fontColor: COLORS.title });
  const pCols = perspectives.length;
  const p0 = layout.firstPerspective;
  const overallCol = layout.overall;
  const cssCols = withCss ? [labels.assessment, labels.development, labels.css] : [];
  const gcr = withCss && options.gcrMinimumScore !== undefined;
  const headers = [
    labels.employee,
    ...(lead.period ? [labels.period] : []),
    ...(lead.unit ? [labels.unit] : []),
    ...(lead.weight ? [labels.rollupWeight] : []),
    ...perspectives,
    labels.overall,
    labels.rating,
    ...cssCols,
    ...(gcr ? [labels.gcr] : []),
  ];
  b.set(header, 0, headers);
  b.format(header, 0, 1, headers.length, HEADER_STYLE);
  // Each formula of a summary row, made once: the employee's detail rows (numbers 0 and 1,
  // first and last) and the summary row's own cells are row numbers of a template.
  const span = (c: number, row: (i: number) => string) =>
    qualified(detailName, `$${col(c)}$${row(0)}:$${col(c)}$${row(1)}`);
  const perspectiveScores = perspectives.map((_, k) =>
    // Σ score × KPI weight over the employee's KPIs in this perspective (the header cell names it).
    formulaTemplate(
      (row) =>
        `=SUMPRODUCT((${span(1 + o, row)}=${col(p0 + k)}$${header + 1})*${span(8 + o, row)}*${span(4 + o, row)})`
    )
  );
  const overallScore = formulaTemplate((row) => `=SUM(${span(9 + o, row)})`);
  const O = col(overallCol);
  const rating = rowFormula((n) => ratingFormula(`${O}${n}`, options.scheme, options.language));
  const [A, D, T] = [col(overallCol + 2), col(overallCol + 3), col(overallCol + 4)];
  const [wk, wa, wd] = options.cssWeights ?? DEFAULT_CSS_WEIGHTS;
  const css = [
    formulaTemplate((row) => `=AVERAGE(${span(10 + o, row)})`),
    formulaTemplate((row) => `=AVERAGE(${span(11 + o, row)})`),
  ];
  const cssTotal = rowFormula((n) => `=${wk}*${O}${n}+${wa}*${A}${n}+${wd}*${D}${n}`);
  const eligible = rowFormula((n) => `=${T}${n}>=${options.gcrMinimumScore}`);
  blocks.forEach((block, i) => {
    const r = header + 1 + i;
    const rows = [block.first - r, block.last - r];
    const { card } = block;
    const cells: PlanCell[] = [
      card.employee,
      ...(lead.period ? [card.period] : []),
      ...(lead.unit ? [card.unit] : []),
      ...(lead.weight ? [weightCell(card, options, r)] : []),
      ...perspectiveScores.map((score) => score.at(rows)),
      overallScore.at(rows),
      rating,
    ];
    if (withCss) {
      cells.push(css[0].at(rows), css[1].at(rows), cssTotal);
      if (gcr) cells.push(eligible);
    }
    b.set(r, 0, cells);
  });
  const n = blocks.length;
  if (n > 0) {
    b.format(header + 1, p0, n, pCols + 1, { numberFormat: NUMBER_FORMATS.score });
    if (withCss) b.format(header + 1, overallCol + 2, n, 3, { numberFormat: NUMBER_FORMATS.score });
    const overallRange = `${cell(header + 1, overallCol)}:${cell(header + n, overallCol)}`;
    for (const c of bandConditions(cell(header + 1, overallCol), options.scheme)) {
      const colors = BAND_COLORS[c.band];
      b.conditional({
        address: overallRange,
        formula: c.formula,
        fill: colors.fill,
        fontColor: colors.font,
        band: c.band,
      });
    }
  }
  b.table({
    name: definedName("BSC_Summary", name),
    address: `${cell(header, 0)}:${cell(header + Math.max(n, 1), headers.length - 1)}`,
    style: "TableStyleMedium2",
  });
  const ratings = longest(RATING_BANDS[options.scheme].map((band) => band.label[options.language]));
  const widest = [
    longest(blocks.map((block) => block.card.employee)),
    ...(lead.period ? [longest(blocks.map((block) => block.card.period))] : []),
    ...(lead.unit ? [longest(blocks.map((block) => block.card.unit))] : []),
    ...(lead.weight ? [""] : []),
    ...perspectives.map(() => ""),
    "",
    ratings,
  ];
  b.columnWidths = Object.fromEntries(
    headers.map((h, c) => [col(c), columnWidth(h, widest[c] ?? "")])
  );
  b.freeze = { rows: header + 1, columns: 1 };
  return b.build();
}

/** A scorecard's roll-up weight written in plan row `at`: a link to the cell that gives it, or its value. */
function weightCell(card: Scorecard, options: BuildOptions, at: number): PlanCell {
  const row = card.rows.find((r) => r.unitWeight !== undefined);
  return row ? inputCell(row, "unitWeight", row.unitWeight as number, options, at) : null;
}

/** The perspectives of the rows, in first-seen order. */
export function perspectivesOf(rows: readonly KpiRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) seen.add(row.perspective);
  return [...seen];
}
