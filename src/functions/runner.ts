/**
 * The one runner every custom function goes through (after HyperFormula's
 * FunctionPlugin.runFunction): it reads the arguments as the function's table
 * says (params.ts) and calls the function's body with plain numbers.
 *
 * - Arguments read once (scalar, text, list) are read and checked first.
 * - Number arguments that are whole columns, the common case (Excel passes a
 *   range as rows of cells), are walked once: plain numbers are taken in the
 *   loop, any other position (blank, text, TRUE, an error cell, a header row)
 *   is read by read.ts and the walk goes on. Other shapes (blocks, single
 *   cells, the ragged or 1-D arrays a script may pass) are made grids first
 *   (grid.ts): ranges must have the same size, a single cell is broadcast.
 * - Element-wise functions keep each error in its cell; an aggregate's answer
 *   is its first error, if any.
 *
 * The loops are module-level functions and the bodies are defined at module
 * level: V8 throws away optimised code that inlined a closure made per call at
 * the next full GC (bench/NOTES.md). NOINLINE keeps the minifier from turning a
 * single-use loop into a closure inside its caller.
 */
import { DomainError } from "../core/errors";
import { CellValue, Matrix, single, toCell } from "./cells";
import { ExcelError, excelError, fromDomainError, isExcelError } from "./excelError";
import { Grid, Shape, broadcastShape, cellAt, isShapeMismatch, positionAt, toGrid } from "./grid";
import {
  AggregateSpec,
  Answer,
  Columns,
  ElementwiseSpec,
  FastRows,
  FunctionSpec,
  Rows,
  SeriesSpec,
} from "./params";
import {
  ALL_BLANK,
  HEADER,
  NumberArgs,
  READY,
  Read,
  blankError,
  headerAsError,
  numberArgs,
  numbersIn,
  readCells,
  readSettings,
} from "./read";

const ONE: Shape = { rows: 1, cols: 1 };
const NO_SETTINGS = Object.freeze({});

/**
 * The settings and the accumulator of each function's last call, kept alive.
 * V8 gives an object built property by property (a class instance, the settings
 * object) a map that only such live objects keep: once the call's objects are
 * garbage, a full GC frees the map, and optimised code that checked it (the
 * body, the loop that inlined it) is thrown away, to be compiled again in the
 * next call. Holding the last call's objects keeps the maps, and the code.
 */
const lastSettings = new Map<object, unknown>();
const lastAccumulator = new Map<object, unknown>();

const pick = (args: readonly unknown[], at: readonly number[]): unknown[] => at.map((i) => args[i]);

/**
 * Which walks a call may take. Every call takes them all; tests turn them off
 * to check that each gives what the grid walk gives (test/bench/fastPaths.test.ts).
 */
export interface Walks {
  /** The function's own loop (`spec.fast`), where it has one. */
  readonly fast: boolean;
  /** The column walk; without it every input goes through grids. */
  readonly columns: boolean;
}

const EVERY_WALK: Walks = { fast: true, columns: true };

/** Runs one custom function: `args` as Excel passed them, in the table's order. */
export function run<S>(
  spec: FunctionSpec<S>,
  args: readonly unknown[],
  walks: Walks = EVERY_WALK
): Matrix {
  const { layout } = spec;
  const settings =
    layout.once.length === 0
      ? NO_SETTINGS
      : /*#__NOINLINE__*/ readSettings(layout.once, pick(args, layout.onceAt));
  if (isExcelError(settings)) return single(settings);
  const s = settings as S;
  if (settings !== NO_SETTINGS) lastSettings.set(spec, settings);
  if (spec.mode === "series") return /*#__NOINLINE__*/ runSeries(spec, args[layout.seriesAt], s);
  const given = pick(args, layout.numbersAt);
  const call = /*#__NOINLINE__*/ numberArgs(layout.numbers, given);
  const plan = walks.columns ? /*#__NOINLINE__*/ columnPlan(call, given) : undefined;
  if (spec.mode === "each") {
    const fast = walks.fast ? spec.fast : undefined;
    return /*#__NOINLINE__*/ mapNumbers(spec, plan, fast, call, given, s);
  }
  const fast = walks.fast ? spec.fast : undefined;
  return /*#__NOINLINE__*/ reduceNumbers(spec, plan, fast, call, given, s, args);
}

/**
 * Number arguments that are each a column of `rows` one-cell rows, or one value
 * for every row: a finite number, or an omitted optional argument.
 */
interface ColumnPlan extends Columns {
  /** The cells of the current position as given, for read.ts: the single values, then each column's cell. */
  readonly raws: unknown[];
}

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && x - x === 0;

/** The column plan, or undefined for any other shape (blocks, single cells, columns of different heights). */
function columnPlan(call: NumberArgs, given: readonly unknown[]): ColumnPlan | undefined {
  const count = call.count;
  const columns: (readonly unknown[] | undefined)[] = new Array(count).fill(undefined);
  // NaN, not 0: a double array from the start, so writing a cell's number never changes its kind.
  const constants: number[] = new Array(count).fill(NaN);
  const raws: unknown[] = new Array(count).fill(null);
  let rows = -1;
  for (let k = 0; k < count; k++) {
    const v = given[k];
    if (Array.isArray(v)) {
      const first: unknown = v[0];
      if (v.length === 1 && Array.isArray(first) && first.length === 1) {
        if (!isFiniteNumber(first[0])) return undefined;
        constants[k] = raws[k] = first[0];
        continue;
      }
      if (rows < 0) rows = v.length;
      else if (v.length !== rows) return undefined;
      columns[k] = v;
    } else if (v === null || v === undefined) {
      if (!call.optional[k]) return undefined;
      constants[k] = call.defaults[k];
    } else if (isFiniteNumber(v)) {
      constants[k] = raws[k] = v;
    } else {
      return undefined;
    }
  }
  if (rows < 2) return undefined;
  return { rows, columns, constants, raws };
}

/** The arguments as grids of one shape, or `#VALUE!` naming two ranges of different sizes. */
function gridsOf(
  call: NumberArgs,
  given: readonly unknown[]
): { grids: Grid[]; shape: Shape } | ExcelError {
  const grids = given.map((v, k) => toGrid(call.names[k], v));
  const shape = broadcastShape(grids);
  if (!isShapeMismatch(shape)) return { grids, shape };
  return excelError("value", "shapeMismatch", {
    first: shape.first.name,
    firstShape: shape.first,
    second: shape.second.name,
    secondShape: shape.second,
  });
}

/** Puts the cells of row `r` of the column plan in `plan.raws`, for read.ts. */
function rawsAt(plan: ColumnPlan, r: number): unknown[] {
  const { columns, raws } = plan;
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k];
    if (column !== undefined) raws[k] = (column[r] as unknown[])[0];
  }
  return raws;
}

// ---- element-wise -------------------------------------------------------

function mapNumbers<S>(
  spec: ElementwiseSpec<S>,
  plan: ColumnPlan | undefined,
  fast: FastRows<Matrix, S> | undefined,
  call: NumberArgs,
  given: readonly unknown[],
  s: S
): Matrix {
  if (plan) {
    const out = /*#__NOINLINE__*/ mapColumns(plan, fast, call, spec, s);
    if (out) return out;
  }
  const grids = gridsOf(call, given);
  if (isExcelError(grids)) return single(grids);
  return /*#__NOINLINE__*/ mapGrids(grids.grids, grids.shape, call, spec, s);
}

/** What an element-wise function shows at a position that read.ts read. */
function mappedCell<S>(
  read: Read,
  spec: ElementwiseSpec<S>,
  s: S,
  values: number[],
  call: NumberArgs,
  raws: readonly unknown[],
  shape: Shape,
  r: number,
  c: number
): CellValue {
  if (read === READY) return toCell(spec.row(values, s), shape, r, c);
  // An empty row of a range is an empty cell; a single blank cell is #N/A naming it.
  if (read === ALL_BLANK)
    return shape.rows > 1 || shape.cols > 1 ? "" : blankError(call, shape, r, c);
  if (read === HEADER) return headerAsError(call, raws, shape, r, c);
  return read;
}

function mapColumns<S>(
  plan: ColumnPlan,
  fast: FastRows<Matrix, S> | undefined,
  call: NumberArgs,
  spec: ElementwiseSpec<S>,
  s: S
): Matrix | undefined {
  const { rows, columns } = plan;
  const count = columns.length;
  const row = spec.row;
  const values = plan.constants.slice();
  const shape: Shape = { rows, cols: 1 };
  const out: Matrix = new Array(rows);
  for (let r = 0; r < rows; r++) {
    if (fast !== undefined) {
      r = fast(plan, out, r, s);
      if (r === rows) break;
    }
    // The row's cells: plain numbers into `values`; a row that is not one cell means another shape.
    let plain = true;
    for (let k = 0; k < count; k++) {
      const column = columns[k];
      if (column === undefined) continue;
      const cells: unknown = column[r];
      if (!Array.isArray(cells) || cells.length !== 1) return undefined;
      const x: unknown = cells[0];
      if (isFiniteNumber(x)) values[k] = x;
      else plain = false;
    }
    if (plain) {
      const a: Answer = row(values, s);
      // A number gets an array literal of its own, which V8 keeps as an unboxed double.
      out[r] = typeof a === "number" ? [a] : [toCell(a, shape, r, 0)];
    } else {
      const raws = rawsAt(plan, r);
      const read = readCells(call, raws, shape, r, 0, values);
      out[r] = [mappedCell(read, spec, s, values, call, raws, shape, r, 0)];
    }
  }
  return out;
}

function mapGrids<S>(
  grids: readonly Grid[],
  shape: Shape,
  call: NumberArgs,
  spec: ElementwiseSpec<S>,
  s: S
): Matrix {
  const values = new Array<number>(call.count).fill(0);
  const raws: unknown[] = new Array(call.count).fill(null);
  const out: Matrix = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: CellValue[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let k = 0; k < call.count; k++) raws[k] = cellAt(grids[k], r, c);
      const read = readCells(call, raws, shape, r, c, values);
      row[c] = mappedCell(read, spec, s, values, call, raws, shape, r, c);
    }
    out[r] = row;
  }
  return out;
}

// ---- aggregates ---------------------------------------------------------

/** A row restarts on the grid walk. */
const RESTART = 1;

function reduceNumbers<S>(
  spec: AggregateSpec<S>,
  plan: ColumnPlan | undefined,
  fast: FastRows<Rows, S> | undefined,
  call: NumberArgs,
  given: readonly unknown[],
  s: S,
  args: readonly unknown[]
): Matrix {
  let acc = spec.start(s, args);
  lastAccumulator.set(spec, acc);
  let error: ExcelError | undefined | typeof RESTART = RESTART;
  if (plan) error = /*#__NOINLINE__*/ reduceColumns(plan, fast, s, call, spec.emptyWhenZero, acc);
  if (error === RESTART) {
    const grids = gridsOf(call, given);
    if (isExcelError(grids)) return single(grids);
    acc = spec.start(s, args);
    lastAccumulator.set(spec, acc);
    error = /*#__NOINLINE__*/ reduceGrids(grids.grids, grids.shape, call, spec.emptyWhenZero, acc);
  }
  if (error) return single(error);
  return single(toCell(acc.result(), ONE, 0, 0));
}

/** Every key argument is 0: an empty row from a host that sends blank cells as 0. */
function keysZero(call: NumberArgs, values: readonly number[]): boolean {
  for (let k = 0; k < call.count; k++) if (call.key[k] && values[k] !== 0) return false;
  return true;
}

/**
 * How an aggregate takes a position that read.ts read: skipped (undefined),
 * added (READY), or the error that is the answer. `seenData` says whether a
 * row with data came before: a text-only first row is a header and skipped.
 */
function otherPosition(
  read: Read,
  seenData: boolean,
  call: NumberArgs,
  raws: readonly unknown[],
  shape: Shape,
  r: number,
  c: number
): typeof READY | typeof ALL_BLANK | typeof HEADER | ExcelError {
  if (read === ALL_BLANK) return ALL_BLANK;
  if (read === HEADER) return seenData ? headerAsError(call, raws, shape, r, c) : HEADER;
  return read;
}

function reduceColumns<S>(
  plan: ColumnPlan,
  fast: FastRows<Rows, S> | undefined,
  s: S,
  call: NumberArgs,
  zeroIsEmpty: boolean,
  acc: Rows
): ExcelError | undefined | typeof RESTART {
  const { rows, columns } = plan;
  const count = columns.length;
  const values = plan.constants.slice();
  const shape: Shape = { rows, cols: 1 };
  let seenData = false;
  for (let r = 0; r < rows; r++) {
    if (fast !== undefined) {
      const stop = fast(plan, acc, r, s);
      if (stop > r) seenData = true;
      r = stop;
      if (r === rows) break;
    }
    let plain = true;
    for (let k = 0; k < count; k++) {
      const column = columns[k];
      if (column === undefined) continue;
      const cells: unknown = column[r];
      if (!Array.isArray(cells) || cells.length !== 1) return RESTART;
      const x: unknown = cells[0];
      if (isFiniteNumber(x)) values[k] = x;
      else plain = false;
    }
    if (!plain) {
      const raws = rawsAt(plan, r);
      const read = readCells(call, raws, shape, r, 0, values);
      const next = otherPosition(read, seenData, call, raws, shape, r, 0);
      if (next === ALL_BLANK) continue;
      seenData = true;
      if (next === HEADER) continue;
      if (next !== READY) return columnsFrom(plan, r + 1) ? next : RESTART;
    }
    seenData = true;
    if (zeroIsEmpty && keysZero(call, values)) continue;
    const problem: DomainError | undefined = acc.addRow(values);
    if (problem)
      return columnsFrom(plan, r + 1) ? fromDomainError(problem, positionAt(shape, r, 0)) : RESTART;
  }
  return undefined;
}

/**
 * Whether every row from `r` on is one cell. An error's position reads "row 2"
 * in a column but "row 2, column 1" in a wider grid, so an aggregate that stops
 * early first makes sure the rest of its input is a column too.
 */
function columnsFrom(plan: ColumnPlan, r: number): boolean {
  for (const column of plan.columns) {
    if (column === undefined) continue;
    for (let i = r; i < plan.rows; i++) {
      const cells: unknown = column[i];
      if (!Array.isArray(cells) || cells.length !== 1) return false;
    }
  }
  return true;
}

function reduceGrids(
  grids: readonly Grid[],
  shape: Shape,
  call: NumberArgs,
  zeroIsEmpty: boolean,
  acc: Rows
): ExcelError | undefined {
  const values = new Array<number>(call.count).fill(0);
  const raws: unknown[] = new Array(call.count).fill(null);
  let seenData = false;
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      for (let k = 0; k < call.count; k++) raws[k] = cellAt(grids[k], r, c);
      const read = readCells(call, raws, shape, r, c, values);
      const next = otherPosition(read, seenData, call, raws, shape, r, c);
      if (next === ALL_BLANK) continue;
      seenData = true;
      if (next === HEADER) continue;
      if (next !== READY) return next;
      if (zeroIsEmpty && keysZero(call, values)) continue;
      const problem = acc.addRow(values);
      if (problem) return fromDomainError(problem, positionAt(shape, r, c));
    }
  }
  return undefined;
}

// ---- series (GRADE_DOWN) ------------------------------------------------

/** One answer for a row or a column; with several rows of several cells, one answer per row. */
function runSeries<S>(spec: SeriesSpec<S>, value: unknown, s: S): Matrix {
  const grid = toGrid(spec.params[spec.layout.seriesAt].name, value);
  if (grid.rows === 1 || grid.cols === 1) return single(seriesCell(spec, grid, 0, grid.rows, s));
  const out: Matrix = new Array(grid.rows);
  for (let r = 0; r < grid.rows; r++) out[r] = [seriesCell(spec, grid, r, r + 1, s)];
  return out;
}

function seriesCell<S>(spec: SeriesSpec<S>, grid: Grid, from: number, to: number, s: S): CellValue {
  const xs = numbersIn(grid, from, to);
  return isExcelError(xs) ? xs : toCell(spec.row(xs, s), ONE, 0, 0);
}
