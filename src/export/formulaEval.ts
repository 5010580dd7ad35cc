/**
 * A small evaluator for the formulas an input table typically holds when a
 * file was written by a program rather than saved by a spreadsheet app (such
 * a file has formulas but no cached results): numbers, cell references (also
 * on other sheets), + − × ÷ ^ %, parentheses, and SUM, AVERAGE, MIN, MAX, COUNT
 * over ranges, in Excel's order of operations (negation, then %, then ^, left
 * to right: -2^2 is 4). Anything else, and every Excel error, gives undefined:
 * the caller then reports the cell instead of guessing.
 *
 * Why not a library: hot-formula-parser (MIT) is archived upstream and gets
 * -2^2, blank cells, TRUE in arithmetic, 'It''s'! sheet names and 1.5E+1
 * wrong; fast-formula-parser (MIT, Chevrotain) evaluates far more, in Excel's
 * order, but leaves MIN, MAX, MATCH, MEDIAN, SMALL and LARGE unimplemented,
 * cannot evaluate a formula while evaluating another (one 18 ms parser per
 * level), and makes build/cli/cli.js 7 times larger (139 KB to 990 KB) and a
 * build of a file without cached results twice as slow. HyperFormula is GPL.
 *
 * Only used to read inputs and to give templates cached results; the
 * scorecard sheets themselves are always written as formulas for the
 * spreadsheet app to compute.
 */
import type ExcelJS from "exceljs";
import { columnIndex } from "../scorecard/a1";
import { isFormulaValue, plainValue } from "./cellValues";

class Unsupported extends Error {}
const fail = (): never => {
  throw new Unsupported();
};

type Token =
  | { kind: "num"; value: number }
  | { kind: "ref"; sheet?: string; row: number; column: number }
  | { kind: "fn"; name: string }
  | { kind: "op"; value: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?|\.\d+(?:[Ee][+-]?\d+)?)|(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?![\w(])|([A-Za-z][A-Za-z0-9.]*)\s*\(|([-+*/^(),:%]))/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const text = formula.trim();
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== start) {
      if (/^\s*$/.test(text.slice(start))) break;
      return fail();
    }
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[4] !== undefined) {
      const rawSheet = m[2];
      const sheet = rawSheet?.startsWith("'")
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
      tokens.push({ kind: "ref", sheet, row: Number(m[4]) - 1, column: columnIndex(m[3]) });
    } else if (m[5] !== undefined) tokens.push({ kind: "fn", name: m[5].toUpperCase() });
    else tokens.push({ kind: "op", value: m[6] });
  }
  return tokens;
}

type Scalar = number | string | boolean | null;

class Evaluator {
  private pos = 0;
  private tokens: Token[] = [];

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly sheet: string,
    private readonly visiting: Set<string>
  ) {}

  run(formula: string): number {
    this.tokens = tokenize(formula.replace(/^=/, ""));
    const v = this.expr();
    if (this.pos !== this.tokens.length) fail();
    return v;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === "op" && ops.includes(t.value) ? t.value : undefined;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) fail();
    this.pos++;
  }

  private expr(): number {
    let v = this.term();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.pos++;
      const r = this.term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  private term(): number {
    let v = this.power();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.pos++;
      const r = this.power();
      if (op === "/" && r === 0) fail();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }

  /** Exponentiation, left to right (2^3^2 is 64), over negated operands (-2^2 is 4, 2^-1 is 0.5). */
  private power(): number {
    let v = this.unary();
    while (this.peekOp("^")) {
      this.pos++;
      v = Math.pow(v, this.unary());
      if (!Number.isFinite(v)) fail();
    }
    return v;
  }

  /** Negation binds tighter than % and ^ in Excel. */
  private unary(): number {
    const op = this.peekOp("+", "-");
    if (op) {
      this.pos++;
      const v = this.unary();
      return op === "-" ? -v : v;
    }
    return this.percent();
  }

  private percent(): number {
    let v = this.primary();
    while (this.peekOp("%")) {
      this.pos++;
      v /= 100;
    }
    return v;
  }

  private primary(): number {
    const t = this.tokens[this.pos++] ?? fail();
    if (t.kind === "num") return t.value;
    if (t.kind === "ref") {
      if (this.peekOp(":")) fail(); // a range outside a function
      return toNumber(this.cell(t.sheet, t.row, t.column));
    }
    if (t.kind === "fn") return this.call(t.name);
    if (t.value === "(") {
      const v = this.expr();
      this.expect(")");
      return v;
    }
    return fail();
  }

  /** Arguments of a function: the numbers they hold (ranges skip blanks, text and booleans, as Excel does). */
  private call(name: string): number {
    const numbers: number[] = [];
    if (!this.peekOp(")")) {
      for (;;) {
        numbers.push(...this.argument());
        if (!this.peekOp(",")) break;
        this.pos++;
      }
    }
    this.expect(")");
    const sum = numbers.reduce((a, b) => a + b, 0);
    switch (name) {
      case "SUM":
        return sum;
      case "AVERAGE":
        return numbers.length ? sum / numbers.length : fail();
      case "MIN":
        return numbers.length ? Math.min(...numbers) : 0;
      case "MAX":
        return numbers.length ? Math.max(...numbers) : 0;
      case "COUNT":
        return numbers.length;
      default:
        return fail();
    }
  }

  private argument(): number[] {
    const t = this.tokens[this.pos];
    const next = this.tokens[this.pos + 1];
    if (t?.kind === "ref" && next?.kind === "op" && next.value === ":") {
      const end = this.tokens[this.pos + 2];
      if (end?.kind !== "ref" || (end.sheet !== undefined && end.sheet !== t.sheet)) fail();
      this.pos += 3;
      const e = end as Extract<Token, { kind: "ref" }>;
      const out: number[] = [];
      for (let r = Math.min(t.row, e.row); r <= Math.max(t.row, e.row); r++) {
        for (let c = Math.min(t.column, e.column); c <= Math.max(t.column, e.column); c++) {
          const v = this.cell(t.sheet, r, c);
          if (typeof v === "number") out.push(v);
        }
      }
      return out;
    }
    return [this.expr()];
  }

  /** A cell's value: its constant, its cached result, or its formula evaluated (cycles fail). */
  private cell(sheetName: string | undefined, row: number, column: number): Scalar {
    const name = sheetName ?? this.sheet;
    const cell = cellAt(this.workbook.getWorksheet(name) ?? fail(), row, column);
    const v = cell.value;
    if (isError(v)) fail();
    if (!isFormulaValue(v)) return scalar(plainValue(v));
    if (isError(cell.result)) fail();
    const cached = plainValue(cell.result);
    if (cached !== undefined) return scalar(cached);
    const key = `${name.toLowerCase()}!${row},${column}`;
    if (this.visiting.has(key)) fail();
    this.visiting.add(key);
    const result = new Evaluator(this.workbook, name, this.visiting).run(cell.formula);
    this.visiting.delete(key);
    return result;
  }
}

/** A cell by 0-based row and column (a plain ExcelJS cell, nothing to load or sync). */
const cellAt = (sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell =>
  sheet.getCell(row + 1, column + 1);

const isError = (v: unknown): boolean => typeof v === "object" && v !== null && "error" in v;

const scalar = (v: Scalar | undefined): Scalar => (v === undefined || v === "" ? null : v);

function toNumber(v: Scalar): number {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  // Text (including error text such as "#N/A") where a number belongs.
  return fail();
}

/** The formula's numeric result on `sheet`, or undefined when it cannot be computed here. */
export function evaluateFormula(
  workbook: ExcelJS.Workbook,
  sheet: string,
  formula: string
): number | undefined {
  try {
    return new Evaluator(workbook, sheet, new Set()).run(formula);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
