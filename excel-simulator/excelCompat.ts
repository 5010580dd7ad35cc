/**
 * Excel functions HyperFormula lacks or computes differently, as one function
 * plugin: LOOKUP (vector and array forms), INDEX on a single row (Excel reads
 * the one index as a column), RANK / RANK.EQ and CONCAT.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
} from "hyperformula";
import type { InterpreterState, ProcedureAst } from "./hfTypes";

type Scalar = SimpleRangeValue["data"][number][number];

function rawNumber(v: Scalar): unknown {
  return typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number"
    ? (v as { val: number }).val
    : v;
}

/** Excel's ordering for approximate lookups: numbers with numbers, text with text (case-insensitive). */
function compare(a: Scalar, b: Scalar): number | undefined {
  const x = rawNumber(a);
  const y = rawNumber(b);
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "string" && typeof y === "string")
    return x.toLowerCase().localeCompare(y.toLowerCase());
  if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
  return undefined;
}

function flatten(range: SimpleRangeValue): Scalar[] {
  return range.data.reduce<Scalar[]>((all, row) => all.concat(row), []);
}

export class ExcelCompatPlugin extends FunctionPlugin {
  static implementedFunctions = {
    LOOKUP: {
      method: "lookup",
      parameters: [
        { argumentType: FunctionArgumentType.NOERROR },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE, optionalArg: true },
      ],
    },
    INDEX: {
      method: "index",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
    RANK: {
      method: "rank",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    "RANK.EQ": {
      method: "rank",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    CONCAT: {
      method: "concat",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    },
  };

  lookup(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("LOOKUP"),
      (value: Scalar, lookupRange: SimpleRangeValue, resultRange?: SimpleRangeValue) => {
        let keys: Scalar[];
        let results: Scalar[];
        const w = lookupRange.width();
        const h = lookupRange.height();
        if (resultRange !== undefined || w === 1 || h === 1) {
          keys = flatten(lookupRange);
          results = resultRange === undefined ? keys : flatten(resultRange);
        } else if (w > h) {
          keys = lookupRange.data[0];
          results = lookupRange.data[h - 1];
        } else {
          keys = lookupRange.data.map((row) => row[0]);
          results = lookupRange.data.map((row) => row[w - 1]);
        }
        let found = -1;
        for (let i = 0; i < keys.length; i++) {
          const cmp = compare(keys[i], value);
          if (cmp !== undefined && cmp <= 0) found = i;
          else if (cmp !== undefined && cmp > 0) break;
        }
        if (found < 0 || found >= results.length)
          return new CellError(
            ErrorType.NA,
            "LOOKUP found no value less than or equal to the lookup value."
          );
        const hit = results[found];
        return hit === EmptyValue ? 0 : hit;
      }
    );
  }

  index(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("INDEX"),
      (range: SimpleRangeValue, row: number, col?: number) => {
        let r = row;
        let c = col;
        if (c === undefined) {
          if (range.height() === 1 && range.width() > 1) {
            c = row;
            r = 1;
          } else c = 1;
        }
        if (r < 1 || c < 1) return new CellError(ErrorType.VALUE, "INDEX positions start at 1.");
        if (r > range.height() || c > range.width())
          return new CellError(ErrorType.REF, "INDEX position is outside the range.");
        const v = range.data[r - 1][c - 1];
        return v === EmptyValue ? 0 : v;
      }
    );
  }

  rank(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("RANK"),
      (n: number, range: SimpleRangeValue, order: number) => {
        const nums = flatten(range)
          .map(rawNumber)
          .filter((v): v is number => typeof v === "number");
        if (!nums.includes(n)) return new CellError(ErrorType.NA, "The number is not in the list.");
        return 1 + nums.filter((v) => (order === 0 ? v > n : v < n)).length;
      }
    );
  }

  concat(ast: ProcedureAst, state: InterpreterState): unknown {
    let out = "";
    for (const arg of ast.args) {
      const v = this.evaluateAst(arg as never, state as never);
      const cells: unknown[] = v instanceof SimpleRangeValue ? flatten(v) : [v];
      for (const cell of cells) {
        if (cell instanceof CellError) return cell;
        const raw = rawNumber(cell as Scalar);
        out +=
          raw === EmptyValue
            ? ""
            : typeof raw === "boolean"
              ? raw
                ? "TRUE"
                : "FALSE"
              : String(raw);
      }
    }
    return out;
  }
}
