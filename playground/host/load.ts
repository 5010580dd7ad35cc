/**
 * `load()` arguments → a tree of what to load: "a, b/c", ["a", "b/c"],
 * { select: "a,b", expand: "c" }, { a: true, format: { font: { bold: true } } },
 * or nothing (every scalar property). On a collection the tree describes the
 * items ("name" and "items/name" alike).
 */
import { invalidArgument } from "./errors";
import type { TypeDef } from "./schema";

export interface LoadTree {
  all: boolean;
  readonly props: Set<string>;
  readonly nav: Map<string, LoadTree>;
}

const emptyTree = (): LoadTree => ({ all: false, props: new Set(), nav: new Map() });

function addPath(tree: LoadTree, def: TypeDef, path: string[]): void {
  if (def.items) {
    const rest = path[0] === "items" ? path.slice(1) : path;
    if (rest.length === 0) tree.all = true;
    else addPath(tree, def.items.type(), rest);
    return;
  }
  const [head, ...rest] = path;
  if (head === undefined || head === "" || head === "*") {
    tree.all = true;
    return;
  }
  if (def.nav?.[head]) {
    let sub = tree.nav.get(head);
    if (!sub) tree.nav.set(head, (sub = emptyTree()));
    if (rest.length === 0) sub.all = true;
    else addPath(sub, def.nav[head].type(), rest);
    return;
  }
  if (head in def.props || head === "isNullObject") {
    if (head !== "isNullObject") tree.props.add(head);
    return;
  }
  throw invalidArgument(`'${head}' is not a property of ${def.name}.`);
}

function addObject(
  tree: LoadTree,
  def: TypeDef,
  spec: Record<string, unknown>,
  prefix: string[]
): void {
  for (const [key, value] of Object.entries(spec)) {
    if (key === "select" || key === "expand") {
      if (typeof value === "string")
        for (const p of value.split(",")) addPath(tree, def, [...prefix, ...p.trim().split("/")]);
      continue;
    }
    if (key.startsWith("$")) {
      if (key === "$all" && value) addPath(tree, def, prefix.length ? prefix : ["*"]);
      continue;
    }
    if (value === true) addPath(tree, def, [...prefix, key]);
    else if (typeof value === "object" && value !== null)
      addObject(tree, def, value as Record<string, unknown>, [...prefix, key]);
  }
}

export function parseLoadSpec(def: TypeDef, spec: unknown): LoadTree {
  const tree = emptyTree();
  if (spec === undefined || spec === null || spec === "") {
    addPath(tree, def, ["*"]);
    return tree;
  }
  const strings =
    typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec.map(String) : undefined;
  if (strings) {
    for (const s of strings)
      addPath(
        tree,
        def,
        s
          .trim()
          .split("/")
          .map((p) => p.trim())
      );
    return tree;
  }
  if (typeof spec === "object") {
    addObject(tree, def, spec as Record<string, unknown>, []);
    return tree;
  }
  throw invalidArgument("Unsupported load() argument.");
}
