/**
 * Collects the parts of a sheet plan: cell rows, formats (merged into
 * contiguous ranges, never one per cell), conditional formats, charts, names.
 */
import { cellA1, columnLetter, rangeA1 } from "./a1";
import {
  ChartPlan,
  ConditionalFormatPlan,
  NamePlan,
  PlanCell,
  RangeFormat,
  SheetPlan,
  TablePlan,
  isFormulaCell,
} from "./plan";

type FormatProps = Omit<RangeFormat, "address">;

/**
 * A formula built from parts (`=${a}*${b}`) is a rope in JavaScript engines: a
 * tree of its parts, several objects per formula, all kept as long as the plan
 * is. Reading one character flattens it into one string and leaves the parts
 * to be collected young. A plan of 10,000 employees × 12 KPIs holds a million
 * formulas: flat, it is 90 MB instead of 210, and planning it takes half the
 * time (most of it was the garbage collector copying the ropes).
 */
function flatten(cell: PlanCell): PlanCell {
  if (isFormulaCell(cell) && "formula" in cell) cell.formula.charCodeAt(0);
  return cell;
}

interface PendingFormat {
  row: number;
  rows: number;
  column: number;
  columns: number;
  props: FormatProps;
}

export class PlanBuilder {
  private readonly rows: PlanCell[][] = [];
  private readonly formats: PendingFormat[] = [];
  /** The run each (properties, columns) may still grow downwards: by the properties' JSON, then by columns. */
  private readonly openFormats = new Map<string, Map<number, PendingFormat>>();
  /** Each properties object's JSON, worked out once: rows share their format objects (styles.ts). */
  private readonly formatKeys = new WeakMap<FormatProps, string>();
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly names: NamePlan[] = [];
  private readonly sources = new Set<string>();
  columnWidths: Record<string, number> = {};
  freeze?: { rows: number; columns: number };

  constructor(readonly name: string) {}

  /**
   * Sets a row of cells starting at column `column` (0-based). A new row is kept
   * as the array given (the usual case: no copy of 120,000 rows), so the caller
   * must not change it afterwards; cells set later in the same row go into it.
   */
  set(row: number, column: number, cells: readonly PlanCell[]): void {
    while (this.rows.length < row) this.rows.push([]);
    if (this.rows.length === row && column === 0) {
      for (let i = 0; i < cells.length; i++) flatten(cells[i]);
      this.rows.push(cells as PlanCell[]);
      return;
    }
    if (this.rows.length === row) this.rows.push([]);
    const target = this.rows[row];
    while (target.length < column) target.push(null);
    for (let i = 0; i < cells.length; i++) target[column + i] = flatten(cells[i]);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** Formats a rectangle; vertically adjacent rectangles with the same columns and properties are merged. */
  format(row: number, column: number, rows: number, columns: number, props: FormatProps): void {
    let json = this.formatKeys.get(props);
    if (json === undefined) {
      json = JSON.stringify(props);
      this.formatKeys.set(props, json);
    }
    let open = this.openFormats.get(json);
    if (!open) this.openFormats.set(json, (open = new Map()));
    // Excel has 16,384 columns: one small integer for where the run starts and how wide it is.
    const where = column * 16384 + columns;
    const run = open.get(where);
    if (run && run.row + run.rows === row) {
      run.rows += rows;
      return;
    }
    const pending = { row, rows, column, columns, props };
    this.formats.push(pending);
    open.set(where, pending);
  }

  conditional(plan: ConditionalFormatPlan): void {
    this.conditionalFormats.push(plan);
  }

  chart(plan: ChartPlan): void {
    this.charts.push(plan);
  }

  table(plan: TablePlan): void {
    this.tables.push(plan);
  }

  definedName(plan: NamePlan): void {
    this.names.push(plan);
  }

  source(address: string | undefined): void {
    if (address) this.sources.add(address);
  }

  /** The plan; the builder is done (its rows become the plan's, padded to one width). */
  build(): SheetPlan {
    let width = 1;
    for (const r of this.rows) width = Math.max(width, r.length);
    this.rows.forEach((r, i) => {
      // A copy: a row is the caller's array (set), which padding must not change.
      if (r.length < width)
        this.rows[i] = r.concat(new Array<PlanCell>(width - r.length).fill(null));
    });
    const cells = this.rows;
    return {
      name: this.name,
      blocks: cells.length ? [{ address: "A1", cells }] : [],
      formats: this.formats.map((f) => ({
        address: rangeA1(f.row, f.column, f.rows, f.columns),
        ...f.props,
      })),
      conditionalFormats: this.conditionalFormats,
      columnWidths: this.columnWidths,
      freeze: this.freeze,
      charts: this.charts,
      tables: this.tables,
      names: this.names,
      print: { orientation: "Landscape", fitToPagesWide: 1 },
      tabColor: undefined,
      sources: [...this.sources],
    };
  }
}

export const col = columnLetter;
export const cell = cellA1;
