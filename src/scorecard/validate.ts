/**
 * Validation: the rules a mapping and a set of typed KPI rows must keep before
 * anything is written. Required columns mapped, each column used once; per
 * employee, perspective weights summing to 100% and equal within a
 * perspective, KPI weights summing to 100% per perspective, no KPI twice, no
 * negative weights, a score line that is not flat. Scores above 150 or below 0
 * are warnings naming a reversed measure as a likely cause, and so is a KPI
 * whose name says one direction while its thresholds say the other
 * (core/direction.ts). Each problem carries the cell to select.
 */
import { directionMismatch, lowerIsBetter } from "../core/direction";
import { DomainError } from "../core/errors";
import { kpiScore } from "../core/scoring";
import { sumsToOne } from "../core/tolerance";
import { CELL_PARTS, cellA1, columnLetter, qualified, rangeA1 } from "./a1";
import { groupBy, pushTo } from "./groups";
import { problem } from "./problems";
import { text } from "./readRows";
import { scorecardKey } from "./scorecards";
import {
  COLUMN_KEYS,
  ColumnKey,
  ColumnMapping,
  KpiRow,
  Problem,
  REQUIRED_COLUMNS,
  SourceTable,
} from "./types";

/** Required columns not mapped (the actual may come from period data), columns mapped twice, headers not used. */
export function mappingProblems(
  source: SourceTable,
  mapping: ColumnMapping,
  hasPeriods: boolean
): Problem[] {
  const problems: Problem[] = [];
  const headerRow = qualified(
    source.sheetName,
    rangeA1(source.top, source.left, 1, Math.max(1, source.headers.length))
  );
  for (const key of REQUIRED_COLUMNS) {
    if (mapping[key] === undefined && !(key === "actual" && hasPeriods)) {
      problems.push(problem("error", "missingColumn", { column: key }, headerRow));
    }
  }
  const byColumn = new Map<number, ColumnKey[]>();
  for (const key of COLUMN_KEYS) {
    const col = mapping[key];
    if (col !== undefined) pushTo(byColumn, col, key);
  }
  source.headers.forEach((header, col) => {
    const address = qualified(
      source.sheetName,
      `${columnLetter(source.left + col)}${source.top + 1}`
    );
    const keys = byColumn.get(col);
    if (keys && keys.length > 1) {
      const columns = keys;
      problems.push(
        problem("error", "duplicateColumn", { header: String(header), columns }, address)
      );
    } else if (!keys && text(header) !== "") {
      problems.push(problem("warning", "unknownColumn", { header: String(header) }, address));
    }
  });
  return problems;
}

/** A table without a single KPI row: the problem points at its first cell. */
export function noRowsProblem(source: SourceTable): Problem {
  return problem(
    "error",
    "noRows",
    {},
    qualified(source.sheetName, cellA1(source.top, source.left))
  );
}

/**
 * The rules across rows, per scorecard: per employee and period (rows in the
 * order read). With a roll-up weight column (`weighted`), every scorecard has
 * one weight and no unit's weights sum to 0 in a period. `incomplete`: rows
 * with cells that could not be read (NaN in their place); they count in the
 * weights' sums where every weight of the group was read, and their own score
 * is not judged.
 */
export function validateRows(
  rows: readonly KpiRow[],
  weighted = false,
  incomplete: ReadonlySet<KpiRow> = new Set()
): Problem[] {
  const problems: Problem[] = [];
  const lower = new Map<string, string>();
  const keys = new Map<string, Map<string, string>>();
  const unitWeights = new Map<
    string,
    { unit: string; period: string; sum: number; address?: string }
  >();
  for (const group of groupBy(rows, scorecardKey).values()) {
    checkEmployee(group[0].employee, group, problems, lower, incomplete, keys);
    checkUnit(group, problems);
    if (!weighted) continue;
    const weight = checkWeight(group, problems);
    const { unit, period } = group[0];
    const key = `${unit}\u0000${period}`;
    const entry = unitWeights.get(key);
    if (entry) entry.sum += weight ?? 1;
    else
      unitWeights.set(key, { unit, period, sum: weight ?? 1, address: group[0].cells.unitWeight });
  }
  for (const { unit, period, sum, address } of unitWeights.values()) {
    if (sum <= 0) problems.push(problem("error", "unitWeightZero", { unit, period }, address));
  }
  return problems;
}

/** An employee's rows of a period name one unit. */
function checkUnit(rows: readonly KpiRow[], problems: Problem[]): void {
  const first = rows[0];
  const other = rows.find((r) => r.unit !== first.unit);
  if (!other) return;
  const params = {
    employee: first.employee,
    period: first.period,
    first: first.unit,
    second: other.unit,
  };
  problems.push(problem("error", "unitMismatch", params, other.cells.unit));
}

/** The scorecard's roll-up weight (one value, given on one row or more), or undefined after saying why not. */
function checkWeight(rows: readonly KpiRow[], problems: Problem[]): number | undefined {
  const given = rows.filter((r) => r.unitWeight !== undefined);
  const { employee, period } = rows[0];
  if (given.length === 0) {
    problems.push(
      problem("error", "unitWeightMissing", { employee, period }, rows[0].cells.unitWeight)
    );
    return undefined;
  }
  const weight = given[0].unitWeight as number;
  const other = given.find((r) => r.unitWeight !== weight);
  if (other) {
    const params = { employee, period, first: weight, second: other.unitWeight as number };
    problems.push(problem("error", "unitWeightMismatch", params, other.cells.unitWeight));
  }
  if (weight < 0) {
    const address = given[0].cells.unitWeight ?? "";
    problems.push(problem("error", "negativeWeight", { column: "unitWeight", address }, address));
  }
  return weight;
}

/**
 * One range over cells of one column ("'Data'!E2", "'Data'!E4" → "'Data'!E2:E4"),
 * so a problem about a sum points at every cell summed; the first cell when
 * they are not in one column.
 */
export function spanOf(cells: readonly (string | undefined)[]): string | undefined {
  let prefix: string | undefined;
  let column: string | undefined;
  let top = Infinity;
  let bottom = -Infinity;
  for (const cell of cells) {
    const m = cell === undefined ? null : CELL_PARTS.exec(cell);
    if (!m) continue;
    if (column === undefined) {
      prefix = m[1] ?? "";
      column = m[2];
    } else if (m[2] !== column || (m[1] ?? "") !== prefix) return cells[0];
    top = Math.min(top, Number(m[3]));
    bottom = Math.max(bottom, Number(m[3]));
  }
  if (column === undefined) return cells[0];
  return top === bottom
    ? `${prefix}${column}${top}`
    : `${prefix}${column}${top}:${column}${bottom}`;
}

/** `text` in lower case, each text worked out once (KPI and perspective names repeat per employee). */
function lowerOf(text: string, lower: Map<string, string>): string {
  let l = lower.get(text);
  if (l === undefined) lower.set(text, (l = text.toLowerCase()));
  return l;
}

/**
 * One key per perspective and KPI (both in lower case), made once for the whole
 * table: the same dozen pairs repeat for every employee. A scorecard's rows
 * share their employee and period, so the pair alone tells a duplicate.
 */
function kpiKey(perspective: string, kpi: string, keys: Map<string, Map<string, string>>): string {
  let byKpi = keys.get(perspective);
  if (!byKpi) keys.set(perspective, (byKpi = new Map()));
  let key = byKpi.get(kpi);
  if (key === undefined) byKpi.set(kpi, (key = `${perspective}\u0000${kpi}`));
  return key;
}

function checkEmployee(
  employee: string,
  rows: readonly KpiRow[],
  problems: Problem[],
  lower: Map<string, string>,
  incomplete: ReadonlySet<KpiRow>,
  keys: Map<string, Map<string, string>>
): void {
  const perspectives = groupBy(rows, (r) => r.perspective);
  // The period names the scorecard in a message only when the table has periods.
  const period = rows[0].period ? { period: rows[0].period } : {};
  let perspectiveSum = 0;
  // A sum is judged only when every weight in it was read.
  let perspectivesRead = true;
  const seen = new Set<string>();
  for (const [perspective, group] of perspectives) {
    const first = group.find((r) => !Number.isNaN(r.perspectiveWeight)) ?? group[0];
    perspectiveSum += first.perspectiveWeight;
    if (Number.isNaN(first.perspectiveWeight) || perspective === "") perspectivesRead = false;
    for (const row of group) {
      if (Number.isNaN(row.perspectiveWeight)) continue;
      if (row.perspectiveWeight !== first.perspectiveWeight) {
        problems.push(
          problem(
            "error",
            "perspectiveWeightMismatch",
            {
              perspective,
              first: first.perspectiveWeight,
              second: row.perspectiveWeight,
            },
            row.cells.perspectiveWeight
          )
        );
        break;
      }
    }
    let kpiSum = 0;
    for (const row of group) kpiSum += row.kpiWeight;
    if (!Number.isNaN(kpiSum) && perspective !== "" && !sumsToOne(kpiSum)) {
      problems.push(
        problem(
          "error",
          "kpiWeightSum",
          { perspective, employee, sum: kpiSum, ...period },
          spanOf(group.map((r) => r.cells.kpiWeight))
        )
      );
    }
    const perspectiveKey = lowerOf(perspective, lower);
    for (const row of group) {
      if (incomplete.has(row)) {
        if (row.kpi !== "") seen.add(kpiKey(perspectiveKey, lowerOf(row.kpi, lower), keys));
        checkWeights(row, problems);
        continue;
      }
      const key = kpiKey(perspectiveKey, lowerOf(row.kpi, lower), keys);
      if (seen.has(key))
        problems.push(
          problem(
            "error",
            "duplicateKpi",
            { kpi: row.kpi, perspective, employee, ...period },
            row.cells.kpi
          )
        );
      seen.add(key);
      checkRow(row, problems);
    }
  }
  if (perspectivesRead && !sumsToOne(perspectiveSum)) {
    problems.push(
      problem(
        "error",
        "perspectiveWeightSum",
        { employee, sum: perspectiveSum, ...period },
        spanOf(rows.map((r) => r.cells.perspectiveWeight))
      )
    );
  }
}

function checkWeights(row: KpiRow, problems: Problem[]): void {
  for (const key of ["kpiWeight", "perspectiveWeight"] as const) {
    if (row[key] < 0) {
      const address = row.cells[key] ?? "";
      problems.push(problem("error", "negativeWeight", { column: key, address }, address));
    }
  }
}

function checkRow(row: KpiRow, problems: Problem[]): void {
  checkWeights(row, problems);
  const score = kpiScore(row.actual, row.valueAt50, row.valueAt100);
  if (score instanceof DomainError) {
    problems.push(
      problem("error", "flatLine", { kpi: row.kpi, value: row.valueAt50 }, row.cells.valueAt100)
    );
    return;
  }
  const shown = Math.round(score * 100) / 100;
  const reversed = lowerIsBetter(row.valueAt50, row.valueAt100);
  if (score > 150)
    problems.push(
      problem(
        "warning",
        "scoreAbove150",
        { kpi: row.kpi, score: shown, reversed },
        row.cells.actual
      )
    );
  if (score < 0)
    problems.push(
      problem(
        "warning",
        "negativeScore",
        { kpi: row.kpi, score: shown, reversed },
        row.cells.actual
      )
    );
  const named = directionMismatch(row.kpi, row.valueAt50, row.valueAt100);
  if (named) {
    const at50 = row.cells.valueAt50 ?? "";
    const at100 = row.cells.valueAt100 ?? "";
    problems.push(
      problem(
        "warning",
        "directionMismatch",
        {
          kpi: row.kpi,
          named,
          valueAt50: row.valueAt50,
          valueAt100: row.valueAt100,
          at50,
          at100,
        },
        at100 || undefined
      )
    );
  }
}
