/**
 * Reading arguments the general way: one position of the number arguments
 * (blanks, text, error cells, a header row), the arguments read once (scalar,
 * text, list), and the numbers of a range in reading order. The runner's loops
 * take plain numbers themselves and ask here about every other position, so each
 * message is made in one place.
 */
import { BLANK, coerceNumber, coerceText, firstCell } from "./cells";
import { ExcelError, excelError, isExcelError } from "./excelError";
import { Grid, Shape, cellAt, positionAt, toGrid } from "./grid";
import type { NumbersParam, OnceParam } from "./params";

/** Every number was read into `values`. */
export const READY = 0;
/** Every key argument is blank: an empty row of a whole-column selection. */
export const ALL_BLANK = 1;
/** Every key argument is text or blank, one at least text: a header row, or text where numbers belong. */
export const HEADER = 2;
export type Read = typeof READY | typeof ALL_BLANK | typeof HEADER | ExcelError;

/**
 * The number arguments of one call as parallel arrays, so the loops read
 * monomorphic data instead of differently shaped option objects.
 */
export interface NumberArgs {
  readonly count: number;
  readonly names: readonly string[];
  /** A blank cell is the default: optional, and omitted or `blankIsDefault`. */
  readonly optional: readonly boolean[];
  readonly key: readonly boolean[];
  readonly defaults: readonly number[];
}

const omitted = (v: unknown): boolean => v === null || v === undefined;

/** `params` with the values Excel passed for them (an omitted optional argument may make blanks its default). */
export function numberArgs(params: readonly NumbersParam[], given: readonly unknown[]): NumberArgs {
  return {
    count: params.length,
    names: params.map((p) => p.name),
    optional: params.map((p, k) => p.optional && (p.blankIsDefault || omitted(given[k]))),
    key: params.map((p) => p.key),
    defaults: params.map((p) => p.defaultValue),
  };
}

/** Reads the cells `raws` of one position (r, c of `shape`) into `values`. */
export function readCells(
  args: NumberArgs,
  raws: readonly unknown[],
  shape: Shape,
  r: number,
  c: number,
  values: number[]
): Read {
  let firstBlank = -1;
  let keysFilled = 0;
  let keysText = 0;
  let firstError: ExcelError | undefined;
  for (let k = 0; k < args.count; k++) {
    const raw = raws[k];
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

/** What a header-like position is when it cannot be skipped: its first text or error, else a blank. */
export function headerAsError(
  args: NumberArgs,
  raws: readonly unknown[],
  shape: Shape,
  r: number,
  c: number
): ExcelError {
  for (let k = 0; k < args.count; k++) {
    const v = coerceNumber(raws[k], args.names[k], shape, r, c);
    if (typeof v !== "number" && v !== BLANK) return v;
  }
  return blankError(args, shape, r, c);
}

/** `#N/A` naming the first required argument at an empty position. */
export function blankError(args: NumberArgs, shape: Shape, r: number, c: number): ExcelError {
  const first = Math.max(0, args.optional.indexOf(false));
  return excelError("na", "blank", { name: args.names[first], position: positionAt(shape, r, c) });
}

/** The numbers of rows `from` to `to` (excluded) of a grid in reading order, blanks skipped, or the first bad cell's error. */
export function numbersIn(grid: Grid, from: number, to: number): number[] | ExcelError {
  const out: number[] = [];
  for (let r = from; r < to; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const v = coerceNumber(cellAt(grid, r, c), grid.name, grid, r, c);
      if (typeof v === "number") out.push(v);
      else if (v !== BLANK) return v;
    }
  }
  return out;
}

const ONE: Shape = { rows: 1, cols: 1 };

/** One argument read once, before its check: a value, blank (or omitted), or an error. */
function readOnce(param: OnceParam, value: unknown): unknown {
  switch (param.kind) {
    case "scalar":
      return coerceNumber(firstCell(value), param.name, ONE, 0, 0);
    case "text": {
      const t = coerceText(value, param.name);
      return t === undefined ? BLANK : t;
    }
    case "list": {
      if (omitted(value)) return BLANK;
      const grid = toGrid(param.name, value);
      return numbersIn(grid, 0, grid.rows);
    }
  }
}

/**
 * The arguments read once, checked, by name; or the error to show: a blank
 * required one first (#N/A naming it), then the first error cell or text, then
 * the first `check` that fails, each in the table's order.
 */
export function readSettings(
  params: readonly OnceParam[],
  given: readonly unknown[]
): Record<string, unknown> | ExcelError {
  const read: unknown[] = params.map((p, i) => readOnce(p, given[i]));
  for (let i = 0; i < params.length; i++) {
    if (read[i] === BLANK && !params[i].optional)
      return excelError("na", "blank", { name: params[i].name });
  }
  for (const v of read) if (isExcelError(v)) return v;
  const settings: Record<string, unknown> = {};
  for (let i = 0; i < params.length; i++) {
    const value = read[i] === BLANK ? undefined : read[i];
    const v = (params[i].check as (x: unknown) => unknown)(value);
    if (isExcelError(v)) return v;
    settings[params[i].name] = v;
  }
  return settings;
}
