/**
 * The one argument pipeline every custom function goes through (after
 * HyperFormula's FunctionPlugin): arguments are normalised to grids, checked for
 * shape, coerced cell by cell, and the function body sees plain numbers. Errors
 * stay in the cells they belong to; everything else still computes.
 */
import { DomainError, Outcome } from "../core/errors";
import { BLANK, coerceNumber, isBlankCell } from "./cells";
import { ExcelError, excelError, fromDomainError, isExcelError } from "./excelError";
import { fastMapColumns } from "./fastPaths";
import {
  Grid,
  Shape,
  ShapeMismatch,
  broadcastShape,
  cellAt,
  isShapeMismatch,
  positionAt,
  toGrid,
} from "./grid";

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

/** "actual is 3×1 but valueAt50 is 2×1: ..." */
function mismatchError(m: ShapeMismatch): ExcelError {
  return excelError("value", "shapeMismatch", {
    first: m.first.name,
    firstShape: m.first,
    second: m.second.name,
    secondShape: m.second,
  });
}

/** Converts a core outcome at one position into a cell value. */
export function toCell<T extends CellValue>(
  result: Outcome<T>,
  shape: Shape,
  r: number,
  c: number
): CellValue {
  return result instanceof DomainError ? fromDomainError(result, positionAt(shape, r, c)) : result;
}

/** `toCell` at row `r` of a one-column result of `rows` rows. */
function columnCell(result: Outcome<CellValue>, rows: number, r: number): CellValue {
  return toCell(result, { rows, cols: 1 }, r, 0);
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
  // Whole columns of plain numbers: one direct loop (fastPaths.ts); anything unusual falls through.
  // NOINLINE keeps the loop a module-level function in the minified bundle (see fastPaths.ts).
  const fast = /*#__NOINLINE__*/ fastMapColumns(args, ABSENT, body, columnCell);
  if (fast) return fast;
  const grids: Grid[] = args.map((a) => toGrid(a.name, a.value));
  const shape = broadcastShape(grids);
  if (isShapeMismatch(shape)) return single(mismatchError(shape));
  const compiled = compile(args, grids);
  const multi = shape.rows > 1 || shape.cols > 1;
  const values = new Array<number>(args.length).fill(0);
  const out: Matrix = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: CellValue[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const read = readPosition(compiled, shape, r, c, values);
      if (read === READY) row[c] = toCell(body(values), shape, r, c);
      else if (read === ALL_BLANK) row[c] = multi ? "" : blankError(compiled, shape, r, c);
      else if (read === HEADER) row[c] = headerAsError(compiled, shape, r, c);
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
  if (isShapeMismatch(shape)) return mismatchError(shape);
  const compiled = compile(args, grids);
  const values = new Array<number>(args.length).fill(0);
  let seenData = false;
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      const read = readPosition(compiled, shape, r, c, values);
      if (read === ALL_BLANK) continue;
      // A text-only first row is the header of a whole-column selection.
      if (read === HEADER && !seenData) {
        seenData = true;
        continue;
      }
      seenData = true;
      if (read === HEADER) return headerAsError(compiled, shape, r, c);
      if (read !== READY) return read;
      const problem = visit(values, r, c, shape);
      if (problem) return fromDomainError(problem, positionAt(shape, r, c));
    }
  }
  return undefined;
}

const READY = 0;
const ALL_BLANK = 1;
/** Every key argument is text or blank, at least one text: a header row, or text where numbers belong. */
const HEADER = 2;

/**
 * Arguments compiled once per call into parallel arrays, so the per-cell loop
 * reads monomorphic data instead of differently shaped option objects.
 */
interface CompiledArgs {
  readonly count: number;
  readonly names: readonly string[];
  readonly grids: readonly Grid[];
  readonly optional: readonly boolean[];
  readonly key: readonly boolean[];
  readonly defaults: readonly number[];
}

function compile(args: readonly NumberArg[], grids: readonly Grid[]): CompiledArgs {
  return {
    count: args.length,
    names: args.map((a) => a.name),
    grids,
    optional: args.map((a) => a.optional === true),
    key: args.map((a) => a.key ?? !a.optional),
    defaults: args.map((a) => a.defaultValue ?? ABSENT),
  };
}

/** Reads the arguments at one position into `values`. */
function readPosition(
  args: CompiledArgs,
  shape: Shape,
  r: number,
  c: number,
  values: number[]
): typeof READY | typeof ALL_BLANK | typeof HEADER | ExcelError {
  let firstBlank = -1;
  let keysFilled = 0;
  let keysText = 0;
  let firstError: ExcelError | undefined;
  for (let k = 0; k < args.count; k++) {
    const grid = args.grids[k];
    const raw = grid.single ? grid.cells[0][0] : grid.cells[r][c];
    if (typeof raw === "number" && raw - raw === 0) {
      // The common case, inlined: a finite number.
      values[k] = raw;
      if (args.key[k]) keysFilled++;
      continue;
    }
    const v = coerceNumber(raw, args.names[k], shape, r, c);
    if (typeof v === "number") {
      values[k] = v;
      if (args.key[k]) keysFilled++;
    } else if (v === BLANK) {
      if (args.optional[k]) values[k] = args.defaults[k];
      else if (firstBlank < 0) firstBlank = k;
    } else if (typeof raw === "string" && args.key[k]) {
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
  return excelError("na", "blank", {
    name: args.names[firstBlank],
    position: positionAt(shape, r, c),
  });
}

function headerAsError(args: CompiledArgs, shape: Shape, r: number, c: number): ExcelError {
  for (let k = 0; k < args.count; k++) {
    const v = coerceNumber(cellAt(args.grids[k], r, c), args.names[k], shape, r, c);
    if (typeof v !== "number" && v !== BLANK) return v;
  }
  return blankError(args, shape, r, c);
}

function blankError(args: CompiledArgs, shape: Shape, r: number, c: number): ExcelError {
  const first = Math.max(0, args.optional.indexOf(false));
  return excelError("na", "blank", { name: args.names[first], position: positionAt(shape, r, c) });
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
