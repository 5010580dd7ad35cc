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
import { qualified } from "./a1";
import { ratingFormula, scoreFormula } from "./formulas";
import { SHEET_LABELS } from "./messages";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder, cell, col } from "./planBuilder";
import { actualCell, inputCell } from "./scorecardSheet";
import {
  BAND_COLORS,
  COLORS,
  NUMBER_FORMATS,
  bandConditions,
  numberFormatOf,
  valueFormat,
} from "./styles";
import { definedName } from "./sheetNames";
import { BuildOptions, KpiRow } from "./types";

const DETAIL_HEADER = 2;

export interface EmployeeBlock {
  readonly employee: string;
  /** 0-based first and last rows of the employee's detail rows. */
  readonly first: number;
  readonly last: number;
}

/** Details: Employee | Perspective | KPI | Perspective weight | KPI weight | V50 | V100 | Actual | Score | Contribution | Assessment | Development */
export function detailSheetPlan(
  name: string,
  employees: ReadonlyMap<string, KpiRow[]>,
  options: BuildOptions,
  withCss: boolean
): { plan: SheetPlan; blocks: EmployeeBlock[] } {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  b.set(0, 0, [`${options.title}: ${labels.detailsTitle}`]);
  b.format(0, 0, 1, 1, { bold: true, fontSize: 14, fontColor: COLORS.title });
  const headers = [
    labels.employee,
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
  b.format(DETAIL_HEADER, 0, 1, headers.length, {
    bold: true,
    fill: COLORS.header,
    fontColor: COLORS.headerText,
    wrapText: true,
  });
  const blocks: EmployeeBlock[] = [];
  let r = DETAIL_HEADER + 1;
  for (const [employee, rows] of employees) {
    const first = r;
    for (const row of rows) {
      const [D, E, F, G, H, I] = [
        cell(r, 3),
        cell(r, 4),
        cell(r, 5),
        cell(r, 6),
        cell(r, 7),
        cell(r, 8),
      ];
      const cells: PlanCell[] = [
        employee,
        row.perspective,
        row.kpi,
        inputCell(row, "perspectiveWeight", row.perspectiveWeight, options),
        inputCell(row, "kpiWeight", row.kpiWeight, options),
        inputCell(row, "valueAt50", row.valueAt50, options),
        inputCell(row, "valueAt100", row.valueAt100, options),
        actualCell(row, options),
        { formula: scoreFormula(H, F, G, options.floor, options.cap) },
        { formula: `=${I}*${E}*${D}` },
      ];
      if (withCss) {
        cells.push(
          optionalInput(row, "assessmentScore", options),
          optionalInput(row, "developmentScore", options)
        );
      }
      b.set(r, 0, cells);
      b.format(r, 5, 1, 3, numberFormatOf(valueFormat(row)));
      r++;
    }
    blocks.push({ employee, first, last: r - 1 });
  }
  const rows = r - DETAIL_HEADER - 1;
  if (rows > 0) {
    b.format(DETAIL_HEADER + 1, 3, rows, 2, { numberFormat: NUMBER_FORMATS.weight });
    b.format(DETAIL_HEADER + 1, 8, rows, 2, { numberFormat: NUMBER_FORMATS.score });
  }
  b.columnWidths = { A: 140, B: 120, C: 160 };
  b.freeze = { rows: DETAIL_HEADER + 1, columns: 1 };
  return { plan: b.build(), blocks };
}

function optionalInput(
  row: KpiRow,
  key: "assessmentScore" | "developmentScore",
  options: BuildOptions
) {
  const value = row[key];
  return value === undefined ? null : inputCell(row, key, value, options);
}

export function summarySheetPlan(
  name: string,
  detailName: string,
  blocks: readonly EmployeeBlock[],
  perspectives: readonly string[],
  options: BuildOptions,
  withCss: boolean
): SheetPlan {
  const labels = SHEET_LABELS[options.language];
  const b = new PlanBuilder(name);
  const header = 2;
  b.set(0, 0, [`${options.title}: ${labels.summary}`]);
  b.format(0, 0, 1, 1, { bold: true, fontSize: 16, fontColor: COLORS.title });
  const pCols = perspectives.length;
  const overallCol = 1 + pCols;
  const cssCols = withCss ? [labels.assessment, labels.development, labels.css] : [];
  const gcr = withCss && options.gcrMinimumScore !== undefined;
  const headers = [
    labels.employee,
    ...perspectives,
    labels.overall,
    labels.rating,
    ...cssCols,
    ...(gcr ? [labels.gcr] : []),
  ];
  b.set(header, 0, headers);
  const d = (c: number, first: number, last: number) =>
    qualified(detailName, `$${col(c)}$${first + 1}:$${col(c)}$${last + 1}`);
  blocks.forEach((block, i) => {
    const r = header + 1 + i;
    const perspectiveScores = perspectives.map((_, k) => ({
      // Σ score × KPI weight over the employee's KPIs in this perspective (the header cell names it).
      formula: `=SUMPRODUCT((${d(1, block.first, block.last)}=${col(1 + k)}$${header + 1})*${d(8, block.first, block.last)}*${d(4, block.first, block.last)})`,
    }));
    const overall = cell(r, overallCol);
    const cells = [
      block.employee,
      ...perspectiveScores,
      { formula: `=SUM(${d(9, block.first, block.last)})` },
      { formula: ratingFormula(overall, options.scheme, options.language) },
    ];
    if (withCss) {
      const [A, D] = [cell(r, overallCol + 2), cell(r, overallCol + 3)];
      const [wk, wa, wd] = options.cssWeights ?? DEFAULT_CSS_WEIGHTS;
      cells.push(
        { formula: `=AVERAGE(${d(10, block.first, block.last)})` },
        { formula: `=AVERAGE(${d(11, block.first, block.last)})` },
        { formula: `=${wk}*${overall}+${wa}*${A}+${wd}*${D}` }
      );
      if (gcr) cells.push({ formula: `=${cell(r, overallCol + 4)}>=${options.gcrMinimumScore}` });
    }
    b.set(r, 0, cells);
  });
  const n = blocks.length;
  if (n > 0) {
    b.format(header + 1, 1, n, pCols + 1, { numberFormat: NUMBER_FORMATS.score });
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
  b.columnWidths = { A: 160 };
  b.freeze = { rows: header + 1, columns: 1 };
  return b.build();
}

/** The perspectives of the rows, in first-seen order. */
export function perspectivesOf(rows: readonly KpiRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) seen.add(row.perspective);
  return [...seen];
}
