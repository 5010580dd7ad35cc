/**
 * Query actions (what `object.load(...)` sends): the client turns every form
 * of `load()` into `QueryInfo { Select, Expand }` of slash paths
 * ("values", "format/font/bold"; on a collection the items' properties), and
 * the server answers with the loaded values under their wire names
 * (`{ Values: ..., Format: { Font: { Bold: true } } }`; a collection as
 * `{ _Items: [...] }`, each item with the id the client needs to reach it
 * again). No Select and no Expand loads every scalar property.
 */
import { hostError, invalidArgument } from "../errors";
import type { TypeDef } from "../schema";
import type { Workbook } from "../workbook";
import type { Resolved } from "./paths";
import { QueryInfo, wireName } from "./protocol";

interface LoadTree {
  all: boolean;
  readonly props: Set<string>;
  readonly nav: Map<string, LoadTree>;
}

const emptyTree = (): LoadTree => ({ all: false, props: new Set(), nav: new Map() });

function addPath(tree: LoadTree, def: TypeDef, path: readonly string[]): void {
  if (def.items) {
    const rest = path[0] === "items" ? path.slice(1) : path;
    if (rest.length === 0) tree.all = true;
    else addPath(tree, def.items.type(), rest);
    return;
  }
  const [head, ...rest] = path;
  if (head === undefined || head === "" || head === "*" || head === "$all") {
    tree.all = true;
    return;
  }
  const nav = def.nav?.[head];
  if (nav) {
    let sub = tree.nav.get(head);
    if (!sub) tree.nav.set(head, (sub = emptyTree()));
    if (rest.length === 0) sub.all = true;
    else addPath(sub, nav.type(), rest);
    return;
  }
  if (head in def.props && rest.length === 0) {
    tree.props.add(head);
    return;
  }
  throw invalidArgument(`'${path.join("/")}' is not a property of ${def.name}.`);
}

/** The tree of what a query loads. */
export function queryTree(def: TypeDef, query: QueryInfo | undefined): LoadTree {
  const tree = emptyTree();
  const paths = [...(query?.Select ?? []), ...(query?.Expand ?? [])];
  if (paths.length === 0) tree.all = true;
  for (const p of paths)
    addPath(
      tree,
      def,
      p.split("/").map((s) => s.trim())
    );
  return tree;
}

/** The key and value by which the client re-addresses an object of this type later (its `_handleIdResult`). */
export function identity(def: TypeDef, model: unknown, wb: Workbook): Record<string, unknown> {
  if (def.name === "NamedItem") return { _Id: def.props.name.get(model, wb) };
  if (def.props.id && ID_TYPES.has(def.name)) return { Id: def.props.id.get(model, wb) };
  return {};
}

/** Types whose client class reads `Id` from an instantiate or load result. */
const ID_TYPES = new Set(["Worksheet", "Table", "TableColumn", "Chart", "ConditionalFormat"]);

function read(def: TypeDef, name: string, model: unknown, wb: Workbook): unknown {
  const prop = def.props[name];
  if (!prop)
    throw hostError("NotImplemented", `${def.name}.${name} is not simulated by this host.`);
  const value = prop.get(model, wb);
  return value === undefined ? null : value;
}

function serialize(def: TypeDef, model: unknown, tree: LoadTree, wb: Workbook): unknown {
  if (model === null || model === undefined) return null;
  if (def.items) {
    const itemType = def.items.type();
    return {
      _Items: def.items
        .list(model, wb)
        .map((item) => ({
          ...identity(itemType, item, wb),
          ...(serialize(itemType, item, tree, wb) as object),
        })),
    };
  }
  const out: Record<string, unknown> = {};
  const names = tree.all
    ? Object.keys(def.props).filter((p) => !def.lazy?.includes(p))
    : tree.props;
  for (const name of names) out[wireName(name)] = read(def, name, model, wb);
  for (const [name, sub] of tree.nav) {
    const nav = def.nav![name];
    out[wireName(name)] = serialize(nav.type(), nav.get(model, wb) ?? null, sub, wb);
  }
  return out;
}

/** The value a query action answers with. */
export function queryResult(object: Resolved, query: QueryInfo | undefined, wb: Workbook): unknown {
  if (object.model === null) return null;
  return serialize(object.def, object.model, queryTree(object.def, query), wb);
}
