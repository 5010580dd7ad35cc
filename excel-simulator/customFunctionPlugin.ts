/**
 * Turns custom functions (id → JavaScript function, plus functions.json
 * metadata) into a HyperFormula function plugin, so `=BSC.ROA(B2,C2)` computes
 * in a cell the way Excel's custom-functions runtime would call it:
 *
 * - a `matrix` parameter receives a 2D array (a single value as [[v]]), blank
 *   cells as null; a scalar parameter receives the value (a range: its
 *   top-left value); an omitted optional parameter receives undefined;
 * - an argument holding an Excel error arrives as an error object {code}, without
 *   the message the cell may show (see "Messages" below);
 * - a returned 2D array spills; 1x1 is a single value; a returned
 *   {code: "#DIV/0!", message} becomes that error;
 * - a thrown CustomFunctions.Error becomes its code, any other exception #VALUE!.
 *
 * Messages: Excel shows a custom function's message only on #VALUE! and #N/A,
 * and so does this host (`shownMessage`): a message on any other code is dropped,
 * as Microsoft's runtime drops it (it is not an error to make one). Sources:
 * - "Handle and return errors from your custom function",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors:
 *   "The #VALUE! and #N/A errors also support custom error messages" and "You can
 *   only return a custom error message with the #VALUE! and #N/A errors."
 * - CustomFunctions.ErrorCode (@types/custom-functions-runtime 1.6): #VALUE!, #N/A
 *   "A custom error message can be used in addition to the error code, if desired";
 *   #DIV/0!, #NUM!, #NULL!, #NAME?, #REF! "A custom error message can't be used."
 * - Microsoft's runtime (@microsoft/office-js, custom-functions-runtime.js):
 *   `CustomFunctionError.prototype._getMessage` returns the message for #VALUE!
 *   and #N/A (an empty one as none) and undefined for every other code, so the
 *   message never reaches Excel; the constructor accepts any message, so nothing
 *   is rejected. Its `_transferCustomFunctionError` passes an error argument on as
 *   `new CustomFunctionError(code)`: no message travels from one cell to another.
 *   A thrown exception that is not a CustomFunctions.Error is reported with an
 *   empty message; the docs: "By default, Excel returns #VALUE! for unhandled
 *   errors or exceptions."
 * The host's own diagnostics follow the same rule: a number Excel cannot show is
 * #NUM! without a message; an unsimulated promise is #N/A with one.
 *
 * The spill size has to be known before evaluation (HyperFormula sizes arrays
 * when it parses the formula): the function is called once with probe
 * arguments of the arguments' sizes (literals as written) and the shape of its
 * answer is used; if the probe throws, the size of the largest range argument.
 * A real result larger than that is cut, a smaller one padded with blanks.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  FunctionPluginDefinition,
  SimpleRangeValue,
} from "hyperformula";
import type { AstNode, InterpreterState, ProcedureAst } from "./hfTypes";

export interface CustomFunctionParameter {
  readonly name: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
  readonly type?: string;
}

export interface CustomFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly CustomFunctionParameter[];
  readonly result?: { readonly dimensionality?: string };
}

export type CustomFunctionImpl = (...args: unknown[]) => unknown;
export type ErrorFactory = (code: string, message?: string) => unknown;

const CODE_TO_TYPE: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
  "#SPILL!": ErrorType.SPILL,
};
const TYPE_TO_CODE: Record<string, string> = Object.fromEntries(
  Object.entries(CODE_TO_TYPE).map(([code, type]) => [type, code])
);

function isErrorLike(x: unknown): x is { code: string; message?: string } {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as { code?: unknown }).code === "string" &&
    (x as { code: string }).code.startsWith("#")
  );
}

/** The codes whose custom message Excel shows (see "Messages" above). */
export const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** What Excel shows of a custom function's message on `code`: the message on #VALUE! and #N/A, nothing otherwise. */
export function shownMessage(code: string, message: unknown): string {
  return CODES_WITH_MESSAGE.has(code) && typeof message === "string" ? message : "";
}

/** The one way the bridge makes an error cell: Excel's code, and the message only where Excel shows one. */
function errorCell(code: string, message?: unknown): CellError {
  return new CellError(CODE_TO_TYPE[code] ?? ErrorType.NA, shownMessage(code, message));
}

function toJs(v: unknown, makeError: ErrorFactory): unknown {
  if (v === EmptyValue) return null;
  // Microsoft's runtime passes an error argument on as `new CustomFunctionError(code)`: no message.
  if (v instanceof CellError) return makeError(TYPE_TO_CODE[v.type] ?? `#${v.type}!`);
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number")
    return (v as { val: number }).val;
  return v;
}

function toCell(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (v instanceof CellError) return v;
  // NaN or ±Infinity: Microsoft's runtime reports Infinity as #NUM! (its result code 6).
  if (typeof v === "number") return Number.isFinite(v) ? v : errorCell("#NUM!");
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (isErrorLike(v)) return errorCell(v.code, v.message);
  if (typeof (v as { then?: unknown }).then === "function")
    return errorCell("#N/A", "Asynchronous custom functions are not simulated.");
  return errorCell("#VALUE!");
}

function asGrid(result: unknown): unknown[][] {
  if (!Array.isArray(result)) return [[result]];
  if (result.length === 0) return [[null]];
  return result.map((row) => (Array.isArray(row) ? row : [row]));
}

function literal(ast: AstNode): { value: unknown } | undefined {
  if (ast.type === "NUMBER" || ast.type === "STRING") return { value: ast.value };
  if (ast.type === "EMPTY") return { value: undefined };
  return undefined;
}

export function buildCustomFunctionPlugin(
  namespace: string,
  metadata: readonly CustomFunctionMetadata[],
  lookup: (id: string) => CustomFunctionImpl | undefined,
  makeError: ErrorFactory
): FunctionPluginDefinition {
  const implemented: Record<
    string,
    {
      method: string;
      sizeOfResultArrayMethod: string;
      parameters: { argumentType: FunctionArgumentType; optionalArg: boolean }[];
      repeatLastArgs?: number;
    }
  > = {};
  const predicted = new WeakMap<object, ArraySize>();

  class CustomFunctionsPlugin extends FunctionPlugin {
    static implementedFunctions = implemented;
  }
  const proto = CustomFunctionsPlugin.prototype as unknown as Record<string, unknown>;

  metadata.forEach((meta, index) => {
    const params = meta.parameters;
    const required = params.filter((p) => !p.optional).length;
    const matrix = params.map((p) => p.dimensionality === "matrix");
    const formulaName = `${namespace}.${meta.name}`.toUpperCase();
    implemented[formulaName] = {
      method: `custom${index}`,
      sizeOfResultArrayMethod: `customSize${index}`,
      parameters: params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    };

    const call = (args: unknown[]): unknown[][] => {
      const fn = lookup(meta.id);
      // No associate("ID", ...) for a declared function: #NAME?, as for a name Excel does not know.
      if (!fn) return [[errorCell("#NAME?")]];
      try {
        return asGrid(fn(...args));
      } catch (e) {
        // A thrown CustomFunctions.Error is its code (message as above); anything else #VALUE!, no message.
        return [[isErrorLike(e) ? errorCell(e.code, e.message) : errorCell("#VALUE!")]];
      }
    };

    const sizeOf = function (
      this: FunctionPlugin,
      ast: ProcedureAst,
      state: InterpreterState
    ): ArraySize {
      const self = this as unknown as { arraySizeForAst(a: never, s: never): ArraySize };
      const sizes = ast.args.map((a) => self.arraySizeForAst(a as never, state as never));
      let size: ArraySize;
      try {
        const probe = ast.args.map((a, k) => {
          const lit = literal(a);
          if (lit) return matrix[k] && lit.value !== undefined ? [[lit.value]] : lit.value;
          const grid = Array.from({ length: Math.max(1, sizes[k].height) }, () =>
            new Array<unknown>(Math.max(1, sizes[k].width)).fill(k + 2)
          );
          return matrix[k] ? grid : grid[0][0];
        });
        const out = lookup(meta.id) ? asGrid(lookup(meta.id)!(...probe)) : [[0]];
        size = new ArraySize(Math.max(1, out[0].length), out.length);
      } catch {
        const big = sizes.reduce(
          (a, b) => (b.width * b.height > a.width * a.height ? b : a),
          ArraySize.scalar()
        );
        size = new ArraySize(big.width, big.height);
      }
      predicted.set(ast, size);
      return size;
    };

    proto[`customSize${index}`] = sizeOf;
    proto[`custom${index}`] = function (
      this: FunctionPlugin,
      ast: ProcedureAst,
      state: InterpreterState
    ): unknown {
      if (ast.args.length < required || ast.args.length > params.length)
        return errorCell("#N/A", `${formulaName} takes ${required} to ${params.length} arguments.`);
      const self = this as unknown as { evaluateAst(a: never, s: never): unknown };
      const args = params.map((_p, k) => {
        const a = ast.args[k];
        if (a === undefined || a.type === "EMPTY") return undefined;
        const v = self.evaluateAst(a as never, state as never);
        if (v instanceof SimpleRangeValue) {
          const grid = v.data.map((row) => row.map((x) => toJs(x, makeError)));
          return matrix[k] ? grid : (grid[0]?.[0] ?? null);
        }
        const x = toJs(v, makeError);
        return matrix[k] ? [[x]] : x;
      });
      const grid = call(args);
      const size = predicted.get(ast) ?? sizeOf.call(this, ast, state);
      if (size.width * size.height <= 1) return toCell(grid[0]?.[0]);
      const rows = Array.from({ length: size.height }, (_, r) =>
        Array.from({ length: size.width }, (_, c) =>
          grid[r] && c < grid[r].length ? toCell(grid[r][c]) : EmptyValue
        )
      );
      return SimpleRangeValue.onlyValues(rows as never);
    };
  });

  return CustomFunctionsPlugin as unknown as FunctionPluginDefinition;
}
