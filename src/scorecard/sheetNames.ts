/**
 * Names a build gives what it adds, decided in the plan so that the writers
 * only write them. Sheet names Excel accepts: at most 31 characters, none of
 * : \ / ? * [ ], not blank, not starting or ending with an apostrophe, not
 * "History"; unique (case-insensitively) against the workbook's sheets, with
 * " (2)", " (3)" suffixes. Defined names and table names (one namespace in
 * Excel): unique against the workbook's, with "_2", "_3" suffixes.
 */
import type { SheetPlan } from "./plan";

/** What a build's names must not collide with: the workbook's sheets, and its defined names and tables. */
export interface WorkbookNames {
  readonly sheets: readonly string[];
  readonly names: readonly WorkbookName[];
}

/** A defined name or a table of the workbook, with the sheet it refers to or is on. */
export interface WorkbookName {
  readonly name: string;
  readonly kind: "name" | "table";
  /** Undefined for a name that is not a reference to one sheet (a constant, a formula). */
  readonly sheet?: string;
}

const FORBIDDEN = /[:\\/?*[\]]/g;
/** Control characters (tab, CR, ...) have no place in a sheet tab. */
const withoutControls = (s: string): string =>
  Array.from(s, (ch) => (ch.charCodeAt(0) < 32 ? " " : ch)).join("");
const MAX = 31;

export function sanitizeSheetName(name: string, fallback = "Scorecard"): string {
  let s = withoutControls(name).replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.toLowerCase() === "history") s = `${s} sheet`;
  s = Array.from(s).slice(0, MAX).join("").trim();
  return s || fallback;
}

/** A sanitised name not in `taken` (compared case-insensitively); adds it to `taken`. */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = sanitizeSheetName(name);
  const isTaken = (n: string) => taken.has(n.toLowerCase());
  let candidate = base;
  for (let i = 2; isTaken(candidate); i++) {
    const suffix = ` (${i})`;
    candidate =
      Array.from(base)
        .slice(0, MAX - suffix.length)
        .join("")
        .trimEnd() + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * `name`, or `name_2`, `name_3`, ... when taken (compared case-insensitively:
 * defined names and table names share one namespace in Excel); adds it to `taken`.
 */
export function uniqueDefinedName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name}_${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The plans with their tables' and defined names' final names: each unique
 * against `taken` (names already in the workbook, any case) and the plans'
 * own, in order. `takenByNames` is what the defined names must avoid when it
 * differs from what the tables must (a rebuild frees each kind on the sheets
 * it replaces).
 */
export function claimNames(
  plans: readonly SheetPlan[],
  taken: Iterable<string>,
  takenByNames: Iterable<string> = taken
): SheetPlan[] {
  const lowered = (names: Iterable<string>) => new Set(Array.from(names, (n) => n.toLowerCase()));
  const forTables = lowered(taken);
  const forNames = taken === takenByNames ? forTables : lowered(takenByNames);
  const claim = (name: string, own: Set<string>, other: Set<string>): string => {
    const claimed = uniqueDefinedName(name, own);
    other.add(claimed.toLowerCase());
    return claimed;
  };
  return plans.map((plan) => ({
    ...plan,
    tables: plan.tables.map((t) => ({ ...t, name: claim(t.name, forTables, forNames) })),
    names: plan.names.map((n) => ({ ...n, name: claim(n.name, forNames, forTables) })),
  }));
}

/** A workbook-scoped defined name built from a sheet name: letters, digits and underscores. */
export function definedName(prefix: string, sheetName: string): string {
  const tail = sheetName
    .replace(/[^A-Za-z0-9_]/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return tail ? `${prefix}_${tail}`.slice(0, 250) : prefix;
}
