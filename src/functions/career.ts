/** Adapters for the Career Score System: CSS_TOTAL, GCR_ELIGIBLE, GRADE_DOWN. */
import {
  CssWeights,
  DEFAULT_CSS_WEIGHTS,
  cssWeightsError,
  gcrEligible,
  gradeDown,
  weightedCss,
} from "../core/css";
import { CellValue, Matrix, collectNumbers, mapNumbers, single, toCell } from "./args";
import { BLANK, coerceNumber, firstCell } from "./cells";
import { ExcelError, excelError, fromDomainError, isExcelError } from "./excelError";
import { fastCssTotals } from "./fastPaths";
import { Grid, toGrid } from "./grid";

function readWeights(weights: unknown): CssWeights | ExcelError {
  if (weights === null || weights === undefined) return DEFAULT_CSS_WEIGHTS;
  const values = collectNumbers("weights", weights);
  if (isExcelError(values)) return values;
  const problem = cssWeightsError(values);
  return problem ? fromDomainError(problem) : [values[0], values[1], values[2]];
}

export function cssTotals(
  kpiScore: unknown,
  assessmentScore: unknown,
  developmentScore: unknown,
  weights: unknown
): Matrix {
  const w = readWeights(weights);
  if (isExcelError(w)) return single(w);
  const fast = /*#__NOINLINE__*/ fastCssTotals(kpiScore, assessmentScore, developmentScore, w);
  if (fast) return fast;
  return mapNumbers(
    [
      { name: "kpiScore", value: kpiScore },
      { name: "assessmentScore", value: assessmentScore },
      { name: "developmentScore", value: developmentScore },
    ],
    (v) => weightedCss(v[0], v[1], v[2], w)
  );
}

export function gcrEligibility(cssScore: unknown, minimumScore: unknown): Matrix {
  return mapNumbers(
    [
      { name: "cssScore", value: cssScore },
      { name: "minimumScore", value: minimumScore },
    ],
    (v) => gcrEligible(v[0], v[1])
  );
}

/** The scores of one employee (one row of `grid`, or the whole grid when it is a single row or column). */
function employeeScores(grid: Grid, row: number | undefined): number[] | ExcelError {
  const scores: number[] = [];
  const rows = row === undefined ? [...grid.cells.keys()] : [row];
  for (const r of rows) {
    for (let c = 0; c < grid.cols; c++) {
      const v = coerceNumber(grid.cells[r][c], "scores", grid, r, c);
      if (typeof v === "number") scores.push(v);
      else if (v !== BLANK) return v;
    }
  }
  return scores;
}

/**
 * One answer for a single row or column of periods; with several rows of
 * several periods each (one employee per row), one answer per row.
 */
export function gradeDownSignals(scores: unknown, threshold: unknown, periods: unknown): Matrix {
  const grid = toGrid("scores", scores);
  const one = { rows: 1, cols: 1 };
  const t = coerceNumber(firstCell(threshold), "threshold", one, 0, 0);
  const p = coerceNumber(firstCell(periods), "periods", one, 0, 0);
  if (t === BLANK) return single(excelError("na", "blank", { name: "threshold" }));
  if (p === BLANK) return single(excelError("na", "blank", { name: "periods" }));
  if (typeof t !== "number") return single(t);
  if (typeof p !== "number") return single(p);
  const perRow = grid.rows > 1 && grid.cols > 1;
  const answer = (row: number | undefined): CellValue => {
    const list = employeeScores(grid, row);
    return isExcelError(list) ? list : toCell(gradeDown(list, t, p), one, 0, 0);
  };
  if (!perRow) return single(answer(undefined));
  return grid.cells.map((_, r) => [answer(r)]);
}
