/**
 * The one argument pipeline every custom function goes through (after
 * HyperFormula's FunctionPlugin): arguments are normalised to grids, checked for
 * shape, coerced cell by cell, and the function body sees plain numbers. Errors
 * stay in the cells they belong to; everything else still computes.
 */
import { DomainError, Outcome } from "../core/errors";
import { BLANK, coerceNumber, isBlankCell, where } from "./cells";
import { ExcelError, excelError, fromDomainError, isExcelError } from "./excelError";
import { Grid, Shape, broadcastShape, cellAt, positionLabel, toGrid } from "./grid";

/** A value Excel can show in a cell. */
export type CellValue = number | string | boolean | ExcelError;
export type Matrix = CellValue[][];

export interface NumberArg {
  readonly name: string;
  readonly value: unknown;
  /** Blank or omitted is allowed: the body receives `defaultValue`, or `ABSENT`. */
  readonly optional?: boolean;
  readonly defaultValue?: number;
  /**
   * Whether this argument decides if a position is empty (default: required
   * arguments do). BSC_SCORE's weights are required on a KPI row but a row is
   * empty when its actual and values at 50 and 100 are.
   */
  readonly key?: boolean;
}

/** What the body receives for an optional argument that is blank and has no default. */
export const ABSENT = NaN;

/** `undefined` for `ABSENT`, the number otherwise: for passing optional values to core. */
export function present(x: number): number | undefined {
  return Number.isNaN(x) ? undefined : x;
}

export function single(value: CellValue): Matrix {
  return [[value]];
}

function rowPrefix(shape: Shape, r: number, c: number): string {
  const pos = positionLabel(shape, r, c);
  return pos ? `${pos.charAt(0).toUpperCase()}${pos.slice(1)}: ` : "";
}

/** Converts a core outcome at one position into a cell value. */
export function toCell<T extends CellValue>(
  result: Outcome<T>,
  shape: Shape,
  r: number,
  c: number
): CellValue {
  return result instanceof DomainError ? fromDomainError(result, rowPrefix(shape, r, c)) : result;
}

/**
 * Applies `body` position by position over numeric arguments that may each be a
 * single cell or a range, returning one result per position (spilled by Excel).
 *
 * - Ranges must have the same size; a single cell is broadcast.
 * - A blank required argument gives `#N/A` naming it; where every required
 *   argument is blank (empty rows of a whole-column selection) the result is "".
 */
export function mapNumbers(
  args: readonly NumberArg[],
  body: (values: number[]) => Outcome<CellValue>
): Matrix {
  const grids: Grid[] = args.map((a) => toGrid(a.name, a.value));
  const shape = broadcastShape(grids);
  if (typeof shape === "string") return single(excelError("value", shape));
  const multi = shape.rows > 1 || shape.cols > 1;
  const values = new Array<number>(args.length).fill(0);
  const out: Matrix = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: CellValue[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const read = readPosition(args, grids, shape, r, c, values);
      if (read === READY) row[c] = toCell(body(values), shape, r, c);
      else if (read === ALL_BLANK) row[c] = multi ? "" : blankError(args, shape, r, c);
      else if (read === HEADER) row[c] = headerAsError(args, grids, shape, r, c);
      else row[c] = read;
    }
    out[r] = row;
  }
  return out;
}

/**
 * Visits every position of a set of aggregated arguments (one KPI per row, one
 * survey answer per cell). Positions where every required argument is blank are
 * skipped, so whole-column selections work. Returns the first error, if any.
 */
export function reduceNumbers(
  args: readonly NumberArg[],
  visit: (values: number[], r: number, c: number, shape: Shape) => DomainError | undefined
): ExcelError | undefined {
  const grids: Grid[] = args.map((a) => toGrid(a.name, a.value));
  const shape = broadcastShape(grids);
  if (typeof shape === "string") return excelError("value", shape);
  const values = new Array<number>(args.length).fill(0);
  let seenData = false;
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      const read = readPosition(args, grids, shape, r, c, values);
      if (read === ALL_BLANK) continue;
      // A text-only first row is the header of a whole-column selection.
      if (read === HEADER && !seenData) {
        seenData = true;
        continue;
      }
      seenData = true;
      if (read === HEADER) return headerAsError(args, grids, shape, r, c);
      if (read !== READY) return read;
      const problem = visit(values, r, c, shape);
      if (problem) return fromDomainError(problem, rowPrefix(shape, r, c));
    }
  }
  return undefined;
}

const READY = 0;
const ALL_BLANK = 1;
/** Every key argument is text or blank, at least one text: a header row, or text where numbers belong. */
const HEADER = 2;

const isKey = (arg: NumberArg): boolean => arg.key ?? !arg.optional;

/** Reads the arguments at one position into `values`. */
function readPosition(
  args: readonly NumberArg[],
  grids: readonly Grid[],
  shape: Shape,
  r: number,
  c: number,
  values: number[]
): typeof READY | typeof ALL_BLANK | typeof HEADER | ExcelError {
  let firstBlank = -1;
  let keysFilled = 0;
  let keysText = 0;
  let firstError: ExcelError | undefined;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    const raw = cellAt(grids[k], r, c);
    const v = coerceNumber(raw, arg.name, shape, r, c);
    if (typeof v === "number") {
      values[k] = v;
      if (isKey(arg)) keysFilled++;
    } else if (v === BLANK) {
      if (arg.optional) values[k] = arg.defaultValue ?? ABSENT;
      else if (firstBlank < 0) firstBlank = k;
    } else if (typeof raw === "string" && isKey(arg)) {
      keysText++;
      firstError ??= v;
    } else {
      firstError ??= v;
    }
  }
  if (keysFilled === 0 && keysText > 0) return HEADER;
  if (firstError) return firstError;
  if (firstBlank < 0) return READY;
  if (keysFilled === 0) return ALL_BLANK;
  return excelError("na", `${where(args[firstBlank].name, shape, r, c)} is blank.`);
}

function headerAsError(
  args: readonly NumberArg[],
  grids: readonly Grid[],
  shape: Shape,
  r: number,
  c: number
): ExcelError {
  for (let k = 0; k < args.length; k++) {
    const v = coerceNumber(cellAt(grids[k], r, c), args[k].name, shape, r, c);
    if (typeof v !== "number" && v !== BLANK) return v;
  }
  return blankError(args, shape, r, c);
}

function blankError(args: readonly NumberArg[], shape: Shape, r: number, c: number): ExcelError {
  const first = args.find((a) => !a.optional) ?? args[0];
  return excelError("na", `${where(first.name, shape, r, c)} is blank.`);
}

/** The non-blank numbers of one argument in reading order (rows, then columns), or the first bad cell's error. */
export function collectNumbers(name: string, value: unknown): number[] | ExcelError {
  const grid = toGrid(name, value);
  const out: number[] = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const v = coerceNumber(cellAt(grid, r, c), name, grid, r, c);
      if (typeof v === "number") out.push(v);
      else if (v !== BLANK) return v;
    }
  }
  return out;
}

export { isBlankCell, isExcelError, toGrid, cellAt, broadcastShape };
