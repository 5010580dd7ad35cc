/**
 * A sheet plan: everything a writer needs to create one worksheet, as plain data.
 * Two writers consume it (Office.js in src/excel/, ExcelJS in src/export/), so
 * the live sheet and an exported file cannot drift apart. Addresses are A1
 * strings relative to the planned sheet ("B4:B9"); formulas are native Excel
 * formulas in English syntax ("=SUM(G5:G6)"), written out (FormulaCell) or
 * relative to their row (RowFormulaCell: a column of 120,000 score formulas is
 * one object, and a writer makes each text as it writes that row).
 *
 * Every decision about what the sheet holds is made here: text that stays
 * text, formulas, the sheet's name and the names of its tables and defined
 * names (final, unique in the workbook the plan was made for). The writers
 * only write it; one that finds a name taken (the workbook changed since)
 * refuses the plan rather than renaming.
 */

import { parseAddress } from "./a1";

/** A formula cell. */
export interface FormulaCell {
  readonly formula: string;
}

/**
 * A formula written relative to the row it is in, as Excel's own shared
 * formulas are: its text between row numbers (`parts`), and each row number as
 * an offset from the cell's own sheet row (`rows`). ["=I", "*E", "*D", ""]
 * with [0, 0, 0] is "=I5*E5*D5" in row 5 and "=I6*E6*D6" in row 6; ["='Data'!G",
 * ""] with [-1] links row 5 to 'Data'!G4. One object serves a whole column (a
 * details sheet of 120,000 rows holds one per column, not 120,000 formula
 * strings kept alive until the build ends); a writer makes the text for the
 * row it writes (`formulaText`), a chunk at a time.
 */
export interface RowFormulaCell {
  readonly parts: readonly string[];
  /** One fewer than `parts`: the row number between parts[i] and parts[i + 1], less the cell's own row. */
  readonly rows: readonly number[];
}

/** Any formula cell: written out, or relative to its row. */
export type AnyFormulaCell = FormulaCell | RowFormulaCell;

/**
 * A cell of a plan: a constant, a formula (written out, or relative to its
 * row), or null (or "") for an empty cell.
 *
 * A string is literal text, always: the plan decides it, and a writer must
 * store exactly that string as text, whatever Excel would make of it if it were
 * typed ("=x", "3201234567890001", "00123", "1/2", "10%", "TRUE", "#N/A",
 * "'quoted"). Formulas are FormulaCell objects, numbers are numbers: nothing
 * in a plan is left for Excel's typed-input parsing to decide. The Office.js
 * writer marks each text with a leading apostrophe (src/excel/chunks.ts); the
 * ExcelJS writer stores string cells, which a file keeps as text.
 */
export type PlanCell = string | number | boolean | null | FormulaCell | RowFormulaCell;

/**
 * A formula's text around its row numbers, made once for a column of cells:
 * `write` is given `row(i)`, a marker for the formula's i-th row number, and
 * `at(offsets)` is the cell whose i-th number is its own sheet row plus
 * `offsets[i]`. The cells share the template's parts.
 *
 *   const total = formulaTemplate((row) => `=SUM(J${row(0)}:J${row(1)})`);
 *   total.at([3, 14])   // in row 2: "=SUM(J5:J16)"; in row 3: "=SUM(J6:J17)"
 */
export function formulaTemplate(write: (row: (i: number) => string) => string): {
  at(offsets: readonly number[]): RowFormulaCell;
} {
  // The markers are control characters on purpose: U+0000 and U+0001 appear in no
  // formula, sheet name (sheetNames.ts removes them) or text of a plan.
  // eslint-disable-next-line no-control-regex
  const pieces = write((i) => `\u0000${i}\u0001`).split(/\u0000(\d+)\u0001/);
  const parts = pieces.filter((_, k) => k % 2 === 0);
  const slots = pieces.filter((_, k) => k % 2 === 1).map(Number);
  return { at: (offsets) => ({ parts, rows: slots.map((i) => offsets[i]) }) };
}

/**
 * A formula whose every row number is its own row's:
 * `rowFormula((n) => `=I${n}*E${n}`)` is "=I5*E5" in row 5.
 */
export function rowFormula(write: (row: string) => string): RowFormulaCell {
  return formulaTemplate((row) => write(row(0))).at([0]);
}

/** True for a formula cell of either kind. */
export function isFormulaCell(cell: PlanCell): cell is AnyFormulaCell {
  return cell !== null && typeof cell === "object";
}

/** True for a formula relative to its row (RowFormulaCell), false for every other cell. */
export function isRowFormulaCell(cell: PlanCell): cell is RowFormulaCell {
  return isFormulaCell(cell) && !("formula" in cell);
}

/** The text of a formula cell written in sheet row `sheetRow` (1-based). */
export function formulaText(cell: AnyFormulaCell, sheetRow: number): string {
  if ("formula" in cell) return cell.formula;
  let text = cell.parts[0];
  for (let i = 0; i < cell.rows.length; i++) text += sheetRow + cell.rows[i] + cell.parts[i + 1];
  return text;
}

/** A plan cell with every formula written out. */
export type ResolvedCell = Exclude<PlanCell, RowFormulaCell>;

/** The cell as written in sheet row `sheetRow` (1-based): a row formula becomes its text there. */
export function resolveCell(cell: PlanCell, sheetRow: number): ResolvedCell {
  return isRowFormulaCell(cell) ? { formula: formulaText(cell, sheetRow) } : (cell as ResolvedCell);
}

/** A rectangle of cells whose top-left corner is `address`. */
export interface CellBlock {
  readonly address: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** 1-based sheet row of a block's first row ("C12" → 12). */
export function blockFirstRow(block: CellBlock): number {
  return (parseAddress(block.address)?.row ?? 0) + 1;
}

/** A block's cells with every row formula written out for its row (for readers of a plan that want text: tests, checks). */
export function resolvedCells(block: CellBlock): ResolvedCell[][] {
  const first = blockFirstRow(block);
  return block.cells.map((row, i) => row.map((c) => resolveCell(c, first + i)));
}

export type BorderEdge =
  "top" | "bottom" | "left" | "right" | "insideHorizontal" | "insideVertical";

export interface RangeFormat {
  /** A1 range, e.g. "C5:C20". */
  readonly address: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  /** Fill colour "#RRGGBB". */
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly wrapText?: boolean;
  readonly indent?: number;
  readonly borders?: readonly BorderEdge[];
  readonly borderColor?: string;
}

/** Traffic-light rule: cells of `address` whose formula `formula` (relative to the top-left cell) is TRUE get the colours. */
export interface ConditionalFormatPlan {
  readonly address: string;
  /** e.g. "=AND(ISNUMBER($G5),$G5>100)" written for the top-left cell of `address`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
  /** Band id (core/rating.ts) for tests and legends. */
  readonly band: string;
}

export interface ChartPlan {
  readonly type: "ColumnClustered" | "BarClustered";
  readonly title: string;
  /** Category labels range, e.g. "A5:A7". */
  readonly categories: string;
  /** Values range, e.g. "H5:H7". */
  readonly values: string;
  readonly seriesName: string;
  /** Where to put it: top-left and bottom-right cells. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface TablePlan {
  /** Final (unique among the workbook's defined names and tables: src/scorecard/sheetNames.ts). */
  readonly name: string;
  /** Header row included. */
  readonly address: string;
  readonly style: string;
}

export interface NamePlan {
  /** Workbook-scoped name, final (unique in the workbook: src/scorecard/sheetNames.ts), e.g. "BSC_Overall_Balanced_Scorecard". */
  readonly name: string;
  /** What it refers to, absolute and with its sheet: "'Balanced Scorecard'!$I$13". */
  readonly address: string;
}

export interface SheetPlan {
  /** Sanitised, unique sheet name. */
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly formats: readonly RangeFormat[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Column widths in points, by column letter; columns not listed are autofitted. */
  /** Widths in points by column letter; 0 hides the column (nothing to show in it). */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly charts: readonly ChartPlan[];
  readonly tables: readonly TablePlan[];
  readonly names: readonly NamePlan[];
  readonly print: {
    readonly orientation: "Landscape" | "Portrait";
    readonly fitToPagesWide: number;
  };
  readonly tabColor?: string;
  /** Cells the formulas read from other sheets, for documentation and tests ("'Data'!G5"). */
  readonly sources: readonly string[];
}
