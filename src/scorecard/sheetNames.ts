/**
 * Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ],
 * not blank, not starting or ending with an apostrophe, not "History"; unique
 * (case-insensitively) against the workbook's sheets, with " (2)", " (3)" suffixes.
 */
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

/** A workbook-scoped defined name built from a sheet name: letters, digits and underscores. */
export function definedName(prefix: string, sheetName: string): string {
  const tail = sheetName
    .replace(/[^A-Za-z0-9_]/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return tail ? `${prefix}_${tail}`.slice(0, 250) : prefix;
}
