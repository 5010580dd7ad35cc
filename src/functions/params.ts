/**
 * The argument table of a custom function (after HyperFormula's function
 * metadata, STYLE.md): one entry per argument, in the order functions.ts declares
 * them, saying how the one runner (runner.ts) reads it; the body only does the
 * maths, with the core.
 *
 * Kinds of argument:
 * - `each`: numbers, one cell or a range; the function answers per position
 *   (one result per cell, spilled by Excel), a single cell standing for every
 *   position. Ranges must have the same size.
 * - `over`: numbers of an aggregate (BSC_SCORE, NPS, CSI): every position is
 *   visited, one answer. Empty rows, and a header row on top, are skipped.
 * - `series`: GRADE_DOWN's scores: the numbers of a row or a column in reading
 *   order, or one series per row of a block (one answer per row).
 * - `scalar`: one number (the top-left cell of a range).
 * - `text`: one text (the top-left cell of a range), trimmed.
 * - `list`: every number of a range in reading order (CSS_TOTAL's weights).
 *
 * Every kind reads a cell as cells.ts says: blank, TRUE/FALSE, text, an error
 * cell. `optional` arguments may be omitted (Excel passes null or undefined);
 * what an omitted or blank one means is the argument's default.
 */
import type { DomainError, Outcome } from "../core/errors";
import type { ExcelError } from "./excelError";
import type { Matrix } from "./cells";

/** What the body receives for an optional number that is blank and has no default. */
export const ABSENT = NaN;

/** `undefined` for `ABSENT`, the number otherwise: for passing optional values to the core. */
export function present(x: number): number | undefined {
  return Number.isNaN(x) ? undefined : x;
}

/** A number read at every position of a range: kinds `each` and `over`. */
export interface NumbersParam {
  readonly kind: "each" | "over";
  readonly name: string;
  readonly optional: boolean;
  /** What the body sees for an omitted argument, and for a blank cell when `blankIsDefault`. */
  readonly defaultValue: number;
  /**
   * A blank cell of a range that was given: the default (KPI_SCORE's floor), or
   * `#N/A` naming the argument, as for a required one (BSC_SCORE's weights:
   * omitted they are 1, given they are needed on every KPI row).
   */
  readonly blankIsDefault: boolean;
  /**
   * Decides whether a position is empty (every key blank) or a header (key text
   * only). Required arguments are keys unless they say otherwise.
   */
  readonly key: boolean;
}

export interface NumberOptions {
  readonly optional?: boolean;
  /** Default: ABSENT. */
  readonly defaultValue?: number;
  /** Default: true. */
  readonly blankIsDefault?: boolean;
  /** Default: required arguments are keys. */
  readonly key?: boolean;
}

function numbers(kind: NumbersParam["kind"], name: string, o: NumberOptions): NumbersParam {
  const optional = o.optional === true;
  return {
    kind,
    name,
    optional,
    defaultValue: o.defaultValue ?? ABSENT,
    blankIsDefault: o.blankIsDefault ?? true,
    key: o.key ?? !optional,
  };
}

/** An element-wise number: one cell or a range, one result per position. */
export const each = (name: string, options: NumberOptions = {}): NumbersParam =>
  numbers("each", name, options);

/** A number of an aggregate: one cell or a range, every position visited. */
export const over = (name: string, options: NumberOptions = {}): NumbersParam =>
  numbers("over", name, options);

/** The optional number that every function with one has: omitted or blank, it is ABSENT. */
export const OPTIONAL: NumberOptions = { optional: true };

/** GRADE_DOWN's scores: a row or a column, or one series per row of a block. */
export interface SeriesParam {
  readonly kind: "series";
  readonly name: string;
  readonly optional: false;
}

export const series = (name: string): SeriesParam => ({ kind: "series", name, optional: false });

/**
 * An argument read once per call. `check` turns what was read (undefined when
 * blank or omitted) into what the body uses, or returns the error to show; it
 * runs once every argument has been read, in the table's order.
 */
interface Once<K extends string, N extends string, In, T> {
  readonly kind: K;
  readonly name: N;
  readonly optional: boolean;
  readonly check: (value: In | undefined) => T | ExcelError;
}

export type ScalarParam<N extends string = string, T = unknown> = Once<"scalar", N, number, T>;
export type TextParam<N extends string = string, T = unknown> = Once<"text", N, string, T>;
export type ListParam<N extends string = string, T = unknown> = Once<"list", N, number[], T>;
export type OnceParam = ScalarParam | TextParam | ListParam;

export type Param = NumbersParam | SeriesParam | OnceParam;

/** A required number read once: a blank one is #N/A naming it. */
export function scalar<const N extends string>(name: N): ScalarParam<N, number> {
  return { kind: "scalar", name, optional: false, check: (x) => x as number };
}

/** An optional number read once: `check` gives its default. */
export function optionalScalar<const N extends string, T>(
  name: N,
  check: (value: number | undefined) => T | ExcelError
): ScalarParam<N, T> {
  return { kind: "scalar", name, optional: true, check };
}

/** An optional text read once: `check` gives its default and says which texts it takes. */
export function text<const N extends string, T>(
  name: N,
  check: (value: string | undefined) => T | ExcelError
): TextParam<N, T> {
  return { kind: "text", name, optional: true, check };
}

/** An optional list of numbers (omitted means null or undefined): `check` gives its default. */
export function list<const N extends string, T>(
  name: N,
  check: (value: number[] | undefined) => T | ExcelError
): ListParam<N, T> {
  return { kind: "list", name, optional: true, check };
}

/** What the body receives of the arguments read once: their checked values by name. */
export type Settings<P extends readonly Param[]> = {
  readonly [A in Extract<P[number], OnceParam> as A["name"]]: A extends Once<
    string,
    string,
    never,
    infer T
  >
    ? T
    : never;
};

/** What a function answers in a cell: a number, a label, TRUE/FALSE, or why not. */
export type Answer = Outcome<number | string | boolean>;

/** Where each kind of argument sits in the table (worked out once, when the table is made). */
export interface Layout {
  readonly numbers: readonly NumbersParam[];
  readonly numbersAt: readonly number[];
  readonly once: readonly OnceParam[];
  readonly onceAt: readonly number[];
  /** GRADE_DOWN's series: its index, or -1. */
  readonly seriesAt: number;
}

/**
 * Number arguments that are whole columns, the common case: `columns[k]` is
 * argument k's rows (each a one-cell row, as Excel passes a column), or
 * undefined when `constants[k]` stands for every row (one number, or an omitted
 * argument's default).
 */
export interface Columns {
  readonly rows: number;
  readonly columns: readonly (readonly unknown[] | undefined)[];
  readonly constants: readonly number[];
}

/**
 * A loop of a function's own over whole columns, kept only where the benchmark
 * shows it pays (bench/NOTES.md): it takes the rows from `from` on while each is
 * plain numbers with a plain answer, calling the core as the body does, and
 * returns the first row it did not take. The runner reads that row the general
 * way, then hands the rest back, so the loop needs no error handling of its own.
 */
export type FastRows<T, S> = (plan: Columns, target: T, from: number, settings: S) => number;

interface SpecBase {
  readonly params: readonly Param[];
  readonly layout: Layout;
}

/** One result per position: `row` gets the numbers of the `each` arguments at one position. */
export interface ElementwiseSpec<S> extends SpecBase {
  readonly mode: "each";
  readonly row: (values: number[], settings: S) => Answer;
  /** Writes `out[r]` for the rows it takes. */
  readonly fast?: FastRows<Matrix, S>;
}

/**
 * What an aggregate adds its positions into: the core's accumulator (WeightedSum,
 * NpsTally, CsiSum) extended by the function with `addRow`, which hands it the
 * numbers of one position. The runner calls `addRow` on a few classes only, so
 * V8 inlines each one into the loop.
 */
export interface Rows {
  /** Adds the numbers of one position, or says why they cannot be added. */
  addRow(values: number[]): DomainError | undefined;
  result(): Outcome<number>;
}

/** One answer from every position of the `over` arguments. */
export interface AggregateSpec<S> extends SpecBase {
  readonly mode: "over";
  /** The accumulator for one call (`args` as Excel passed them). */
  readonly start: (settings: S, args: readonly unknown[]) => Rows;
  /** A row whose key arguments are all 0 is empty too (hosts that send blank cells as 0). */
  readonly emptyWhenZero: boolean;
  /** Adds the rows it takes to the accumulator `start` made. */
  readonly fast?: FastRows<Rows, S>;
}

/** GRADE_DOWN: `row` gets the numbers of the series (one employee's periods). */
export interface SeriesSpec<S> extends SpecBase {
  readonly mode: "series";
  readonly row: (series: number[], settings: S) => Answer;
}

export type FunctionSpec<S> = ElementwiseSpec<S> | AggregateSpec<S> | SeriesSpec<S>;

const isOnce = (p: Param): p is OnceParam =>
  p.kind === "scalar" || p.kind === "text" || p.kind === "list";

/**
 * The table's layout; fails at load, not in a cell, when the table does not fit
 * its kind of function (an `over` argument in an element-wise function, say).
 */
function layoutOf(params: readonly Param[], kind: "each" | "over" | "series"): Layout {
  const ranged = params.filter((p) => !isOnce(p));
  if (
    ranged.length === 0 ||
    ranged.some((p) => p.kind !== kind) ||
    (kind === "series" && ranged.length > 1)
  )
    throw new Error(`a function of ${kind} arguments has ${ranged.map((p) => p.kind).join(", ")}`);
  const at = (test: (p: Param) => boolean): number[] =>
    params.flatMap((p, i) => (test(p) ? [i] : []));
  const numbersAt = at((p) => p.kind === "each" || p.kind === "over");
  const onceAt = at(isOnce);
  return {
    numbers: numbersAt.map((i) => params[i] as NumbersParam),
    numbersAt,
    once: onceAt.map((i) => params[i] as OnceParam),
    onceAt,
    seriesAt: params.findIndex((p) => p.kind === "series"),
  };
}

/** A function that answers per position of its `each` arguments. */
export function elementwise<const P extends readonly Param[]>(
  params: P,
  row: (values: number[], settings: Settings<P>) => Answer,
  fast?: FastRows<Matrix, Settings<P>>
): ElementwiseSpec<Settings<P>> {
  return { mode: "each", params, layout: layoutOf(params, "each"), row, fast };
}

/** A function that sums up its `over` arguments into one answer. */
export function aggregate<const P extends readonly Param[], A extends Rows>(
  params: P,
  start: (settings: Settings<P>, args: readonly unknown[]) => A,
  options: {
    readonly emptyWhenZero?: boolean;
    /** Gets the accumulator `start` made. */
    readonly fast?: FastRows<NoInfer<A>, Settings<P>>;
  } = {}
): AggregateSpec<Settings<P>> {
  return {
    mode: "over",
    params,
    layout: layoutOf(params, "over"),
    start,
    emptyWhenZero: options.emptyWhenZero === true,
    fast: options.fast as FastRows<Rows, Settings<P>> | undefined,
  };
}

/** A function that answers per series (GRADE_DOWN). */
export function perSeries<const P extends readonly Param[]>(
  params: P,
  row: (series: number[], settings: Settings<P>) => Answer
): SeriesSpec<Settings<P>> {
  return { mode: "series", params, layout: layoutOf(params, "series"), row };
}
