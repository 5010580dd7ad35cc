/**
 * How a simulated Office.js type is described: its scalar properties (read
 * and written against a model object), its navigation properties (child
 * objects such as `range.format`), its methods and, for collections, its
 * items. The RichApi server (./richApi) executes Microsoft's client's
 * requests through these descriptions: one table per type, names as Office.js
 * spells them (the wire's "GetRange" is `getRange` here).
 */
import type { Bag } from "./sheet";
import type { Workbook } from "./workbook";

export interface PropDef<M> {
  get(model: M, wb: Workbook): unknown;
  set?(model: M, value: unknown, wb: Workbook): void;
}

export interface NavDef<M> {
  type(): TypeDef;
  get(model: M, wb: Workbook): unknown;
}

export interface MethodDef<M> {
  /** "object": returns a proxy of `type()`; "value": a ClientResult; "void": nothing. */
  readonly kind: "object" | "value" | "void";
  type?(): TypeDef;
  /** *OrNullObject: `run` returns null for a missing object instead of throwing. */
  readonly nullable?: boolean;
  /** Runs when the request executes, with object arguments replaced by their models. */
  run(model: M, args: unknown[], wb: Workbook): unknown;
}

export interface TypeDef<M = unknown> {
  readonly name: string;
  readonly props: Record<string, PropDef<M>>;
  readonly nav?: Record<string, NavDef<M>>;
  readonly methods?: Record<string, MethodDef<M>>;
  /** Present on collections: the type and models of `items`. */
  readonly items?: { type(): TypeDef; list(model: M, wb: Workbook): unknown[] };
  /** Scalar properties left out of a bare `load()` (none by default). */
  readonly lazy?: readonly string[];
  /** Properties the client sets under another wire name (`showGridlines` is sent as "Gridlines"). */
  readonly aliases?: Readonly<Record<string, string>>;
}

export function typeDef<M>(def: TypeDef<M>): TypeDef {
  return def as unknown as TypeDef;
}

/** Properties stored as-is in a property bag. */
export function bagProps(
  names: readonly string[],
  defaults: Bag = {}
): Record<string, PropDef<Bag>> {
  const out: Record<string, PropDef<Bag>> = {};
  for (const name of names) {
    out[name] = {
      get: (bag) => (name in bag ? bag[name] : (defaults[name] ?? null)),
      set: (bag, value) => {
        bag[name] = value;
      },
    };
  }
  return out;
}

/** A child bag, created on first use. */
export function subBag(bag: Bag, key: string): Bag {
  const existing = bag[key];
  if (typeof existing === "object" && existing !== null && !Array.isArray(existing))
    return existing as Bag;
  const created: Bag = {};
  bag[key] = created;
  return created;
}

/** A type whose model is a property bag, with child bags as navigation properties. */
export function bagType(
  name: string,
  props: readonly string[],
  nav: Record<string, () => TypeDef> = {},
  methods: Record<string, MethodDef<Bag>> = {},
  defaults: Bag = {}
): TypeDef {
  const navDefs: Record<string, NavDef<Bag>> = {};
  for (const [key, type] of Object.entries(nav))
    navDefs[key] = { type, get: (bag) => subBag(bag, key) };
  return typeDef<Bag>({ name, props: bagProps(props, defaults), nav: navDefs, methods });
}

export const voidMethod = <M>(
  run: (model: M, args: unknown[], wb: Workbook) => void
): MethodDef<M> => ({ kind: "void", run });
export const valueMethod = <M>(
  run: (model: M, args: unknown[], wb: Workbook) => unknown
): MethodDef<M> => ({ kind: "value", run });
export const objectMethod = <M>(
  type: () => TypeDef,
  run: (model: M, args: unknown[], wb: Workbook) => unknown,
  nullable = false
): MethodDef<M> => ({
  kind: "object",
  type,
  run,
  nullable,
});
