/**
 * Conditional formats for display. The host stores rules but does not
 * evaluate them; the scorecard's traffic lights are "Custom" rules such as
 * =AND(ISNUMBER(G6),ROUND(G6,9)>=40,ROUND(G6,9)<60), written for the range's
 * top-left cell. This evaluates that family (AND of ISNUMBER(ref) and
 * comparisons of ref or ROUND(ref,n) with a number, or one such term);
 * anything else is left undrawn.
 */
import { cellA1, columnIndex, parseAddress } from "../../src/scorecard/a1";

export type Scalar = number | string | boolean;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

interface Ref {
  readonly row: number;
  readonly col: number;
  readonly absRow: boolean;
  readonly absCol: boolean;
}

type Term =
  | { readonly kind: "isnumber"; readonly ref: Ref }
  | {
      readonly kind: "compare";
      readonly ref: Ref;
      readonly round?: number;
      readonly op: string;
      readonly value: number;
    };

export interface CfRule {
  readonly rect: Rect;
  readonly priority: number;
  readonly terms: readonly Term[];
  readonly fill?: string;
  readonly fontColor?: string;
}

const REF = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
const ISNUMBER = new RegExp(String.raw`^ISNUMBER\(${REF}\)$`, "i");
const COMPARE = new RegExp(
  String.raw`^(?:ROUND\(${REF},(\d+)\)|${REF})(>=|<=|<>|>|<|=)(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)$`,
  "i"
);

function ref(m: RegExpExecArray, at: number): Ref {
  return {
    absCol: m[at] === "$",
    col: columnIndex(m[at + 1]),
    absRow: m[at + 2] === "$",
    row: Number(m[at + 3]) - 1,
  };
}

/** Top-level arguments of AND(...), or the formula itself as one term. */
function splitTerms(formula: string): string[] {
  const body = formula.replace(/^=/, "").replace(/\s+/g, "");
  const and = /^AND\((.*)\)$/i.exec(body);
  if (!and) return [body];
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of and[1]) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parseTerm(text: string): Term | undefined {
  const isnum = ISNUMBER.exec(text);
  if (isnum) return { kind: "isnumber", ref: ref(isnum, 1) };
  const cmp = COMPARE.exec(text);
  if (!cmp) return undefined;
  const rounded = cmp[2] !== undefined;
  return {
    kind: "compare",
    ref: ref(cmp, rounded ? 1 : 6),
    round: rounded ? Number(cmp[5]) : undefined,
    op: cmp[10],
    value: Number(cmp[11]),
  };
}

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (v && typeof v === "object" ? (v as Bag) : {});

/** A stored conditional format (host.conditionalFormats) as a rule this module can draw, or undefined. */
export function toRule(cf: Bag): CfRule | undefined {
  if (cf.type !== "Custom") return undefined;
  const address = parseAddress(String(cf.range ?? ""));
  const formula = String(bag(cf.rule).formula ?? "");
  if (!address || !formula) return undefined;
  const terms = splitTerms(formula).map(parseTerm);
  if (terms.some((t) => t === undefined)) return undefined;
  const format = bag(cf.format);
  const fill = bag(format.fill).color;
  const font = bag(format.font).color;
  return {
    rect: {
      r0: address.row,
      c0: address.column,
      r1: address.row + address.rows - 1,
      c1: address.column + address.columns - 1,
    },
    priority: Number(cf.priority ?? 0),
    terms: terms as Term[],
    fill: typeof fill === "string" ? fill : undefined,
    fontColor: typeof font === "string" ? font : undefined,
  };
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case ">=":
      return a >= b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case "<":
      return a < b;
    case "=":
      return a === b;
    default:
      return a !== b;
  }
}

/** Whether `rule` holds for cell (r, c); `valueAt` reads a cell by its A1 address. */
export function ruleHolds(
  rule: CfRule,
  r: number,
  c: number,
  valueAt: (a1: string, row: number, col: number) => Scalar
): boolean {
  return rule.terms.every((t) => {
    const row = t.ref.absRow ? t.ref.row : t.ref.row + (r - rule.rect.r0);
    const col = t.ref.absCol ? t.ref.col : t.ref.col + (c - rule.rect.c0);
    if (row < 0 || col < 0) return false;
    const v = valueAt(cellA1(row, col), row, col);
    if (t.kind === "isnumber") return typeof v === "number";
    const n = typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : NaN;
    if (Number.isNaN(n)) return false;
    const x = t.round === undefined ? n : Number(n.toFixed(Math.min(t.round, 15)));
    return compare(x, t.op, t.value);
  });
}

/** The first rule (by priority) that holds for a cell: its fill and font colour. */
export function conditionalColors(
  rules: readonly CfRule[],
  r: number,
  c: number,
  valueAt: (a1: string, row: number, col: number) => Scalar
): { fill?: string; fontColor?: string } | undefined {
  for (const rule of rules) {
    const { rect } = rule;
    if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
    if (ruleHolds(rule, r, c, valueAt)) return { fill: rule.fill, fontColor: rule.fontColor };
  }
  return undefined;
}
