/**
 * Reading: the mapped source table's data rows as typed KPI rows. A cell that
 * cannot be read (text or a blank where a number belongs, a blank KPI name,
 * period data that gives no actual) is a problem with its address, and its row
 * is left out; the rules across rows (weights summing to 100%, ...) are
 * validate.ts's.
 */
import { DomainError } from "../core/errors";
import { aggregatePeriods, isRatioAggregation } from "../core/periods";
import { CELL_PARTS, columnLetter, quoteSheet } from "./a1";
import { problem } from "./problems";
import { shownNumber } from "./shownNumber";
import {
  COLUMN_KEYS,
  ColumnKey,
  ColumnMapping,
  KpiRow,
  PeriodSource,
  Problem,
  RowCells,
  SourceTable,
  SourceValue,
} from "./types";

/** Period data for one KPI row, read from the workbook by the caller. */
export interface PeriodInput {
  readonly source: PeriodSource;
  readonly numerators: readonly SourceValue[];
  readonly denominators?: readonly SourceValue[];
}

export const isBlank = (v: SourceValue | undefined): boolean =>
  v === null || v === undefined || v === "";
export const text = (v: SourceValue | undefined): string => (isBlank(v) ? "" : String(v).trim());

/** `earlier` when it is the same text as `text`, else `text`. */
const sameAs = (text: string, earlier: string | undefined): string =>
  text === earlier ? earlier : text;

/**
 * The addresses of a source's mapped cells: "'Data'!" and each mapped column's
 * letter, worked out once per table.
 */
class CellLocator {
  /** "'Data'!G" per mapped key. */
  private readonly columns: Partial<Record<ColumnKey, string>> = {};

  constructor(source: SourceTable, mapping: ColumnMapping) {
    const sheet = `${quoteSheet(source.sheetName)}!`;
    for (const key of COLUMN_KEYS) {
      const col = mapping[key];
      if (col !== undefined) this.columns[key] = sheet + columnLetter(source.left + col);
    }
  }

  /** "'Data'!G" for the `key` column; undefined when not mapped. */
  column(key: ColumnKey): string | undefined {
    return this.columns[key];
  }

  /** "'Data'!G5" for the `key` column on sheet row `sheetRow` (1-based); undefined when not mapped. */
  address(key: ColumnKey, sheetRow: number): string | undefined {
    const column = this.columns[key];
    return column === undefined ? undefined : column + sheetRow;
  }
}

/**
 * A row's cell addresses, each made when it is read: a table of 120,000 rows
 * would otherwise keep a million address strings alive, most never used (a
 * plan of values links to none; only a problem's cells are shown). One getter
 * per column key on the prototype, so `cells.actual` and `cells[key]` read as
 * plain properties.
 */
class LazyRowCells {
  constructor(
    readonly locator: CellLocator,
    /** 1-based sheet row of the row's cells. */
    readonly sheetRow: number,
    /** 1-based sheet row of its perspective weight: an earlier row's when filled down. */
    readonly weightRow: number
  ) {}
}
for (const key of COLUMN_KEYS) {
  Object.defineProperty(LazyRowCells.prototype, key, {
    get(this: LazyRowCells): string | undefined {
      return this.locator.address(
        key,
        key === "perspectiveWeight" ? this.weightRow : this.sheetRow
      );
    },
    enumerable: true,
  });
}
/** A source cell as its column ("'Data'!G", with the sheet) and its 1-based sheet row. */
export interface SourceCell {
  readonly column: string;
  readonly row: number;
}

/**
 * Where the `key` cell of a row is, without making its address: a row read
 * here knows its column and row; `cells` made elsewhere (a test's plain
 * addresses) are parsed. Undefined when the column is not mapped.
 */
export function sourceCellOf(cells: RowCells, key: ColumnKey): SourceCell | undefined {
  if (cells instanceof LazyRowCells) {
    const column = cells.locator.column(key);
    if (column === undefined) return undefined;
    return { column, row: key === "perspectiveWeight" ? cells.weightRow : cells.sheetRow };
  }
  // RowCells are relative ("'Data'!G5"), so no "$" is lost.
  const m = CELL_PARTS.exec(cells[key] ?? "");
  return m ? { column: (m[1] ?? "") + m[2], row: Number(m[3]) } : undefined;
}

const rowCells = (locator: CellLocator, sheetRow: number, weightRow: number): RowCells =>
  new LazyRowCells(locator, sheetRow, weightRow) as unknown as RowCells;

/** Each key's column in the source table, -1 when not mapped: one object shape for every mapping. */
type Columns = Readonly<Record<ColumnKey, number>>;

function columnsOf(mapping: ColumnMapping): Columns {
  const cols = {} as Record<ColumnKey, number>;
  for (const key of COLUMN_KEYS) cols[key] = mapping[key] ?? -1;
  return cols;
}

/**
 * Reads the cells of one data row at a time (`at`). Cells are given by column
 * (`Columns`), worked out once per table: a table of 120,000 rows reads a
 * million cells. The column key names a problem's cell.
 */
class RowReader {
  readonly locator: CellLocator;
  private readonly mappedColumns: number[] = [];
  private index = 0;
  private values: readonly SourceValue[] = [];
  private texts: readonly string[] | undefined;

  constructor(
    private readonly source: SourceTable,
    mapping: ColumnMapping,
    private readonly problems: Problem[]
  ) {
    this.locator = new CellLocator(source, mapping);
    for (const key of COLUMN_KEYS) {
      const col = mapping[key];
      if (col !== undefined) this.mappedColumns.push(col);
    }
  }

  /** Moves to data row `row`. */
  at(row: number): void {
    this.index = row;
    this.values = this.source.values[row] ?? [];
    this.texts = this.source.texts?.[row];
  }

  /** 1-based sheet row of the current data row. */
  get sheetRow(): number {
    return this.source.top + 2 + this.index;
  }

  address(key: ColumnKey): string | undefined {
    return this.locator.address(key, this.sheetRow);
  }

  /** True when every mapped cell of the row is blank. */
  isBlankRow(): boolean {
    for (const col of this.mappedColumns) if (!isBlank(this.values[col])) return false;
    return true;
  }

  raw(col: number): SourceValue | undefined {
    return col < 0 ? undefined : this.values[col];
  }

  /**
   * A name cell (employee, period, perspective, KPI) as text. A number there (a
   * date, an employee number) is read as the workbook shows it ("Jan-24",
   * "00123"), unless Excel shows #### for a column too narrow.
   */
  label(col: number): string {
    if (col < 0) return "";
    const v = this.values[col];
    return shownNumber(v, this.texts?.[col])?.trim() ?? text(v);
  }

  /** Records that a text cell (perspective, KPI) is blank or only white space. */
  blank(key: ColumnKey): void {
    const address = this.address(key) ?? "";
    this.problems.push(problem("error", "blankCell", { column: key, address }, address));
  }

  /** A number, undefined for a blank cell, or undefined after recording why it is not a number. */
  optionalNumber(col: number, key: ColumnKey): number | undefined {
    return col < 0 || isBlank(this.values[col]) ? undefined : this.number(col, key);
  }

  /** A number, or undefined after recording why not. */
  number(col: number, key: ColumnKey, blank?: number): number | undefined {
    const v = this.raw(col);
    if (typeof v === "number" && Number.isFinite(v)) return v;
    const address = this.address(key) ?? "";
    const column = key;
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

function periodActual(
  input: PeriodInput,
  kpi: string,
  address: string,
  problems: Problem[]
): number | undefined {
  // A blank numerator is a period not yet reported (core/periods.ts): null, its denominator left out with it.
  const nums: (number | null)[] = [];
  const dens: (number | null)[] = [];
  const needsDen = isRatioAggregation(input.source.aggregation);
  for (let i = 0; i < input.numerators.length; i++) {
    const n = input.numerators[i];
    const d = input.denominators?.[i];
    // Text in a future month's denominator is still a mistake to show (the sheet's formula would fail on it).
    const badDen = needsDen && !(typeof d === "number" || (isBlank(n) && isBlank(d)));
    if (isBlank(n) && !badDen) {
      nums.push(null);
      dens.push(null);
      continue;
    }
    if (typeof n !== "number" || badDen) {
      const bad = typeof n !== "number" && !isBlank(n) ? n : d;
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
    dens.push(needsDen ? (d as number) : null);
  }
  const result = aggregatePeriods(input.source.aggregation, nums, dens);
  if (result instanceof DomainError) {
    problems.push(problem("error", "periodActual", { kpi, address, cause: result }, address));
    return undefined;
  }
  return result;
}

/**
 * The data rows of `source` that hold anything, typed; problems of the cells
 * that cannot be read go to `problems`, and their rows are left out (given to
 * `incomplete` instead, with NaN for each number that could not be read, so
 * the weights can still be checked in the same pass). Blank
 * employee, perspective and perspective weight cells repeat the row above
 * (merged cells, a group's first row only).
 */
export function readRows(
  source: SourceTable,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput>,
  problems: Problem[],
  incomplete?: KpiRow[]
): KpiRow[] {
  const reader = new RowReader(source, mapping, problems);
  const col = columnsOf(mapping);
  const rows: KpiRow[] = [];
  let previousEmployee: string | undefined;
  let previousPerspective: string | undefined;
  let previousUnit: string | undefined;
  /** The last perspective weight seen per employee and perspective, and its sheet row: blank weights inherit it. */
  const lastWeight = new Map<string, Map<string, { value: number; sheetRow: number }>>();
  for (let i = 0; i < source.values.length; i++) {
    reader.at(i);
    if (reader.isBlankRow() && !periods.has(i)) continue;
    const before = problems.length;
    // The row above's string when the text is the same: one string per employee and
    // perspective, not one per row, in the rows kept and the maps keyed by them.
    const employee = sameAs(
      reader.label(col.employee) || (col.employee >= 0 ? (previousEmployee ?? "") : ""),
      previousEmployee
    );
    const perspective = sameAs(
      reader.label(col.perspective) || previousPerspective || "",
      previousPerspective
    );
    const kpi = reader.label(col.kpi);
    const unit =
      col.unit >= 0 ? sameAs(reader.label(col.unit) || previousUnit || "", previousUnit) : "";
    if (col.unit >= 0 && !unit) reader.blank("unit");
    if (!perspective) reader.blank("perspective");
    if (!kpi) reader.blank("kpi");
    let weights = lastWeight.get(employee);
    if (!weights) lastWeight.set(employee, (weights = new Map()));
    const last = weights.get(perspective);
    const inherited = isBlank(reader.raw(col.perspectiveWeight)) ? last : undefined;
    const perspectiveWeight = reader.number(
      col.perspectiveWeight,
      "perspectiveWeight",
      inherited?.value
    );
    const kpiWeight = reader.number(col.kpiWeight, "kpiWeight");
    const valueAt50 = reader.number(col.valueAt50, "valueAt50");
    const valueAt100 = reader.number(col.valueAt100, "valueAt100");
    const periodInput = periods.get(i);
    const actual = periodInput
      ? periodActual(
          periodInput,
          kpi,
          reader.address("actual") ?? reader.address("kpi") ?? "",
          problems
        )
      : reader.number(col.actual, "actual");
    // Employee-level scores may be given on one row of the employee only.
    const assessmentScore = reader.optionalNumber(col.assessmentScore, "assessmentScore");
    const developmentScore = reader.optionalNumber(col.developmentScore, "developmentScore");
    // Like the employee-level scores, a roll-up weight may be given on one row of the scorecard only.
    const unitWeight = reader.optionalNumber(col.unitWeight, "unitWeight");
    const periodCell = reader.raw(col.period);
    previousEmployee = employee;
    previousUnit = unit;
    previousPerspective = perspective;
    const sheetRow = reader.sheetRow;
    if (perspectiveWeight !== undefined && !inherited) {
      if (last) {
        last.value = perspectiveWeight;
        last.sheetRow = sheetRow;
      } else weights.set(perspective, { value: perspectiveWeight, sheetRow });
    }
    const complete = problems.length === before;
    if (!complete && !incomplete) continue;
    const formula = col.actual >= 0 ? source.formulas[i]?.[col.actual] : undefined;
    (complete ? rows : (incomplete as KpiRow[])).push({
      index: i,
      employee,
      period: reader.label(col.period),
      periodOrder: typeof periodCell === "number" ? periodCell : undefined,
      unit,
      unitWeight,
      perspective,
      perspectiveWeight: perspectiveWeight ?? NaN,
      kpi,
      kpiWeight: kpiWeight ?? NaN,
      valueAt50: valueAt50 ?? NaN,
      valueAt100: valueAt100 ?? NaN,
      actual: actual ?? NaN,
      assessmentScore,
      developmentScore,
      cells: rowCells(reader.locator, sheetRow, inherited ? inherited.sheetRow : sheetRow),
      actualFormula: formula && formula.startsWith("=") ? formula : undefined,
      periods: periodInput?.source,
    });
  }
  return rows;
}
