/**
 * Source table + column mapping → typed KPI table and the problems to show
 * before anything is written. Errors block a build; warnings do not. Every
 * problem that concerns a cell carries its address, so the pane can select it.
 */
import { pushTo } from "./groups";
import { shownNumber } from "./shownNumber";
import { DomainError } from "../core/errors";
import { aggregatePeriods } from "../core/periods";
import { kpiScore } from "../core/scoring";
import { sumsToOne } from "../core/tolerance";
import { cellA1, columnLetter, qualified, quoteSheet, rangeA1 } from "./a1";
import {
  COLUMN_KEYS,
  ColumnKey,
  ColumnMapping,
  KpiRow,
  KpiTable,
  PeriodSource,
  Problem,
  ProblemCode,
  ProblemParams,
  REQUIRED_COLUMNS,
  Severity,
  SourceTable,
  SourceValue,
} from "./types";

/** Period data for one KPI row, read from the workbook by the caller. */
export interface PeriodInput {
  readonly source: PeriodSource;
  readonly numerators: readonly SourceValue[];
  readonly denominators?: readonly SourceValue[];
}

export interface Analysis {
  /** Present when there are no errors. */
  readonly table?: KpiTable;
  readonly problems: readonly Problem[];
}

/** A problem: its code and parameters (the words are src/scorecard/messages.ts's, rendered when shown). */
function problem<C extends ProblemCode>(
  severity: Severity,
  code: C,
  params: ProblemParams[C],
  address?: string
): Problem {
  return { severity, code, params, address } as Problem;
}

const isBlank = (v: SourceValue | undefined): boolean => v === null || v === undefined || v === "";
const text = (v: SourceValue | undefined): string => (isBlank(v) ? "" : String(v).trim());

class RowReader {
  /** "'Data'!" and each mapped column's letter, worked out once: an address is made for every cell read. */
  private readonly sheetPrefix: string;
  private readonly letters: Partial<Record<ColumnKey, string>> = {};

  constructor(
    private readonly source: SourceTable,
    private readonly mapping: ColumnMapping,
    private readonly problems: Problem[]
  ) {
    this.sheetPrefix = `${quoteSheet(source.sheetName)}!`;
    for (const key of COLUMN_KEYS) {
      const col = mapping[key];
      if (col !== undefined) this.letters[key] = columnLetter(source.left + col);
    }
  }

  address(row: number, key: ColumnKey): string | undefined {
    const letter = this.letters[key];
    return letter === undefined
      ? undefined
      : `${this.sheetPrefix}${letter}${this.source.top + 2 + row}`;
  }

  raw(row: number, key: ColumnKey): SourceValue | undefined {
    const col = this.mapping[key];
    return col === undefined ? undefined : this.source.values[row]?.[col];
  }

  /**
   * A name cell (employee, period, perspective, KPI) as text. A number there (a
   * date, an employee number) is read as the workbook shows it ("Jan-24",
   * "00123"), unless Excel shows #### for a column too narrow.
   */
  label(row: number, key: ColumnKey): string {
    const v = this.raw(row, key);
    const col = this.mapping[key];
    const shown = col === undefined ? undefined : this.source.texts?.[row]?.[col];
    return shownNumber(v, shown)?.trim() ?? text(v);
  }

  /** Records that a text cell (perspective, KPI) is blank or only white space. */
  blank(row: number, key: ColumnKey): void {
    const address = this.address(row, key) ?? "";
    this.problems.push(problem("error", "blankCell", { column: key, address }, address));
  }

  /** A number, undefined for a blank cell, or undefined after recording why it is not a number. */
  optionalNumber(row: number, key: ColumnKey): number | undefined {
    return this.mapping[key] === undefined || isBlank(this.raw(row, key))
      ? undefined
      : this.number(row, key);
  }

  /** A number, or undefined after recording why not. */
  number(row: number, key: ColumnKey, blank?: number): number | undefined {
    const v = this.raw(row, key);
    const address = this.address(row, key) ?? "";
    const column = key;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (isBlank(v)) {
      if (blank !== undefined) return blank;
      this.problems.push(problem("error", "blankCell", { column, address }, address));
      return undefined;
    }
    this.problems.push(
      problem("error", "notANumber", { column, address, value: JSON.stringify(String(v)) }, address)
    );
    return undefined;
  }
}

function mappingProblems(
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

function periodActual(
  input: PeriodInput,
  kpi: string,
  address: string,
  problems: Problem[]
): number | undefined {
  const nums: number[] = [];
  const dens: number[] = [];
  const needsDen =
    input.source.aggregation === "meanOfRatios" || input.source.aggregation === "ratioOfSums";
  for (let i = 0; i < input.numerators.length; i++) {
    const n = input.numerators[i];
    const d = input.denominators?.[i];
    if (isBlank(n) && !needsDen) continue;
    if (typeof n !== "number" || (needsDen && typeof d !== "number")) {
      const bad = typeof n !== "number" ? n : d;
      problems.push(
        problem(
          "error",
          "notANumber",
          {
            column: "period",
            kpi,
            periodNumber: i + 1,
            address,
            value: JSON.stringify(String(bad ?? "")),
          },
          address
        )
      );
      return undefined;
    }
    nums.push(n);
    if (needsDen) dens.push(d as number);
  }
  const result = aggregatePeriods(input.source.aggregation, nums, dens);
  if (result instanceof DomainError) {
    problems.push(problem("error", "periodActual", { kpi, address, cause: result }, address));
    return undefined;
  }
  return result;
}

function readRows(
  source: SourceTable,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput>,
  problems: Problem[]
): KpiRow[] {
  const reader = new RowReader(source, mapping, problems);
  const rows: KpiRow[] = [];
  const mapped = COLUMN_KEYS.filter((k) => mapping[k] !== undefined);
  let previous: { employee: string; perspective: string } | undefined;
  /** The last perspective weight seen per employee and perspective, and its cell: blank weights inherit it. */
  const lastWeight = new Map<string, { value: number; address?: string }>();
  source.values.forEach((_, i) => {
    if (mapped.every((k) => isBlank(reader.raw(i, k))) && !periods.has(i)) return;
    const before = problems.length;
    const employee =
      reader.label(i, "employee") ||
      (mapping.employee !== undefined ? (previous?.employee ?? "") : "");
    const perspective = reader.label(i, "perspective") || previous?.perspective || "";
    const kpi = reader.label(i, "kpi");
    if (!perspective) reader.blank(i, "perspective");
    if (!kpi) reader.blank(i, "kpi");
    const groupKey = `${employee}\u0000${perspective}`;
    const inherited = isBlank(reader.raw(i, "perspectiveWeight"))
      ? lastWeight.get(groupKey)
      : undefined;
    const perspectiveWeight = reader.number(i, "perspectiveWeight", inherited?.value);
    const kpiWeight = reader.number(i, "kpiWeight");
    const valueAt50 = reader.number(i, "valueAt50");
    const valueAt100 = reader.number(i, "valueAt100");
    const periodInput = periods.get(i);
    const actualAddress = reader.address(i, "actual") ?? reader.address(i, "kpi") ?? "";
    const actual = periodInput
      ? periodActual(periodInput, kpi, actualAddress, problems)
      : reader.number(i, "actual");
    // Employee-level scores may be given on one row of the employee only.
    const assessmentScore = reader.optionalNumber(i, "assessmentScore");
    const developmentScore = reader.optionalNumber(i, "developmentScore");
    previous = { employee, perspective };
    if (perspectiveWeight !== undefined && !inherited) {
      lastWeight.set(groupKey, {
        value: perspectiveWeight,
        address: reader.address(i, "perspectiveWeight"),
      });
    }
    if (problems.length > before) return;
    const cells: Partial<Record<ColumnKey, string>> = {};
    for (const k of mapped) cells[k] = reader.address(i, k);
    if (inherited) cells.perspectiveWeight = inherited.address;
    const formula = mapping.actual !== undefined ? source.formulas[i]?.[mapping.actual] : undefined;
    rows.push({
      index: i,
      employee,
      period: reader.label(i, "period"),
      perspective,
      perspectiveWeight: perspectiveWeight as number,
      kpi,
      kpiWeight: kpiWeight as number,
      valueAt50: valueAt50 as number,
      valueAt100: valueAt100 as number,
      actual: actual as number,
      assessmentScore,
      developmentScore,
      cells,
      actualFormula: formula && formula.startsWith("=") ? formula : undefined,
      periods: periodInput?.source,
    });
  });
  return rows;
}

function checkEmployee(employee: string, rows: readonly KpiRow[], problems: Problem[]): void {
  const perspectives = new Map<string, KpiRow[]>();
  for (const row of rows) pushTo(perspectives, row.perspective, row);
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
    const kpiSum = group.reduce((s, r) => s + r.kpiWeight, 0);
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
    for (const row of group) {
      const key = `${perspective}\u0000${row.kpi}\u0000${row.period}`.toLowerCase();
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
  if (score > 150)
    problems.push(
      problem("warning", "scoreAbove150", { kpi: row.kpi, score: shown }, row.cells.actual)
    );
  if (score < 0)
    problems.push(
      problem("warning", "negativeScore", { kpi: row.kpi, score: shown }, row.cells.actual)
    );
}

const bySeverity = (a: Problem, b: Problem): number =>
  a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1;

export function analyseSource(
  source: SourceTable,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput> = new Map()
): Analysis {
  const problems = mappingProblems(source, mapping, periods.size > 0);
  if (problems.some((p) => p.severity === "error")) return { problems: problems.sort(bySeverity) };
  const rows = readRows(source, mapping, periods, problems);
  if (rows.length === 0 && !problems.some((p) => p.severity === "error")) {
    problems.push(
      problem("error", "noRows", {}, qualified(source.sheetName, cellA1(source.top, source.left)))
    );
  }
  // Sums over rows that could not be read would only repeat those errors: fix cells first.
  if (!problems.some((p) => p.severity === "error")) {
    const employees = new Map<string, KpiRow[]>();
    for (const row of rows) pushTo(employees, row.employee, row);
    for (const [employee, group] of employees) checkEmployee(employee, group, problems);
  }
  const sorted = problems.sort(bySeverity);
  return sorted.some((p) => p.severity === "error")
    ? { problems: sorted }
    : { table: { source, mapping, rows }, problems: sorted };
}
