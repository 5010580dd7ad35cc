/**
 * What the user types and reads in the cells and the formula bar follows the
 * workbook's locale, as in Excel: in a workbook whose decimal mark is a comma
 * (id-ID) a formula separates arguments with ";" and writes 57,85, and 0,4
 * typed in a cell is a number. The host takes formulas and typed input in
 * en-US (as Office.js's `formulas`), so entries are turned into that form on
 * the way in and shown in the local form on the way out. Text inside quotes
 * and sheet names ('Data 2024') are left alone.
 */
export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
/** A digit that ends a number, not a name or a reference (A1, LOG10). */
function numberBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isDigit(text[j])) j--;
  if (j === i - 1) return false;
  const ch = text[j];
  return ch === undefined || !/[A-Za-z_.$]/.test(ch);
}

/** `formula` with each character outside quotes passed through `map` (given the text and its index). */
function outsideQuotes(formula: string, map: (ch: string, i: number) => string): string {
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else out += map(ch, i);
  }
  return out;
}

/** A workbook whose decimal mark is a comma separates a formula's arguments with ";". */
const usesSemicolons = (s: Separators): boolean => s.decimal === ",";

/** What the user typed (a formula or a constant, in the workbook's locale) in en-US, for the host. */
export function toInvariant(text: string, s: Separators): string {
  if (!usesSemicolons(s)) return text;
  if (text.startsWith("=")) {
    return outsideQuotes(text, (ch, i) => {
      if (ch === ";") return ",";
      if (ch === "," && numberBefore(text, i) && isDigit(text[i + 1])) return ".";
      return ch;
    });
  }
  // A number as the locale writes it: 0,4 · 1.234,5 · -12,5% (group marks only in threes).
  const group = s.group === "." ? "\\." : s.group.replace(/\s/, "\\s");
  const local = new RegExp(`^([-+]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:,(\\d+))?(%?)$`);
  const m = local.exec(text.trim());
  if (!m) return text;
  const whole = m[2].split(s.group).join("");
  return `${m[1]}${whole}${m[3] !== undefined ? `.${m[3]}` : ""}${m[4]}`;
}

/** An en-US formula as the workbook's locale writes it (what the formula bar shows). */
export function toLocal(formula: string, s: Separators): string {
  if (!usesSemicolons(s) || !formula.startsWith("=")) return formula;
  return outsideQuotes(formula, (ch, i) => {
    if (ch === ",") return ";";
    if (ch === "." && numberBefore(formula, i) && isDigit(formula[i + 1])) return ",";
    return ch;
  });
}
