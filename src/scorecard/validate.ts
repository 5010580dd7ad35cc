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
import { cellA1, columnLetter, qualified, rangeA1 } from "./a1";
import { groupBy, pushTo } from "./groups";
import { problem } from "./problems";
import { text } from "./readRows";
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

/** The rules across rows, per employee (rows in the order read). */
export function validateRows(rows: readonly KpiRow[]): Problem[] {
  const problems: Problem[] = [];
  const lower = new Map<string, string>();
  for (const [employee, group] of groupBy(rows, (r) => r.employee))
    checkEmployee(employee, group, problems, lower);
  return problems;
}

/** `text` in lower case, each text worked out once (KPI and perspective names repeat per employee). */
function lowerOf(text: string, lower: Map<string, string>): string {
  let l = lower.get(text);
  if (l === undefined) lower.set(text, (l = text.toLowerCase()));
  return l;
}

function checkEmployee(
  employee: string,
  rows: readonly KpiRow[],
  problems: Problem[],
  lower: Map<string, string>
): void {
  const perspectives = groupBy(rows, (r) => r.perspective);
  let perspectiveSum = 0;
  const seen = new Set<string>();
  for (const [perspective, group] of perspectives) {
    const first = group[0];
    perspectiveSum += first.perspectiveWeight;
    for (const row of group) {
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
    if (!sumsToOne(kpiSum)) {
      problems.push(
        problem(
          "error",
          "kpiWeightSum",
          { perspective, employee, sum: kpiSum },
          first.cells.kpiWeight
        )
      );
    }
    const perspectiveKey = lowerOf(perspective, lower);
    for (const row of group) {
      const key = `${perspectiveKey}\u0000${lowerOf(row.kpi, lower)}\u0000${lowerOf(row.period, lower)}`;
      if (seen.has(key))
        problems.push(
          problem("error", "duplicateKpi", { kpi: row.kpi, perspective, employee }, row.cells.kpi)
        );
      seen.add(key);
      checkRow(row, problems);
    }
  }
  if (!sumsToOne(perspectiveSum)) {
    problems.push(
      problem(
        "error",
        "perspectiveWeightSum",
        { employee, sum: perspectiveSum },
        rows[0].cells.perspectiveWeight
      )
    );
  }
}

function checkRow(row: KpiRow, problems: Problem[]): void {
  for (const key of ["kpiWeight", "perspectiveWeight"] as const) {
    if (row[key] < 0) {
      const address = row.cells[key] ?? "";
      problems.push(problem("error", "negativeWeight", { column: key, address }, address));
    }
  }
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
