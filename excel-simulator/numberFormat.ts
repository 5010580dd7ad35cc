/**
 * Renders a cell value as Excel shows it (`Range.text`) under a number format,
 * with numfmt (github.com/borgar/numfmt, MIT): ECMA-376 format codes as Excel
 * reads them (sections, conditions, fractions, scientific, dates and elapsed
 * time, [Color] and [$-LCID] tags, text sections) in the workbook's locale:
 * its decimal and group separators and its month and day names ("1-Mei-2024"
 * in an Indonesian workbook). What stays here is what Range.text does around
 * the format: blanks, booleans, and #NUM! for a number no cell can hold.
 */
import { addLocale, format, getLocale, isDateFormat, isTextFormat } from "numfmt";

export type Scalar = number | string | boolean;

/** The separators a workbook's locale shows numbers with. */
export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

/** A workbook's locale: its separators and, when known, its BCP 47 tag ("id-ID"). */
export type NumberCulture = Separators & { readonly name?: string };

/** en-US's, the default. */
export const US_SEPARATORS: Separators = { decimal: ".", group: "," };

/** numfmt's locale tag for each culture seen, by name and separators. */
const locales = new Map<string, string>();

/**
 * The numfmt locale of a culture: its own when numfmt knows it with the same
 * separators, else one registered for it (the names of its language, or
 * English, with the culture's separators).
 */
function localeOf(culture: NumberCulture): string {
  const name = culture.name ?? "en-US";
  const key = `${name}\u0000${culture.decimal}\u0000${culture.group}`;
  let tag = locales.get(key);
  if (tag === undefined) {
    const known = getLocale(name);
    if (known && known.decimal === culture.decimal && known.group === culture.group) tag = name;
    else {
      tag = `bsc_x${locales.size}`;
      addLocale(
        { ...(known ?? getLocale("en")), decimal: culture.decimal, group: culture.group },
        tag
      );
    }
    locales.set(key, tag);
  }
  return tag;
}

export function formatGeneral(n: number, culture: NumberCulture = US_SEPARATORS): string {
  return formatValue(n, "General", culture);
}

/** Excel's displayed text of a value under a number format, in the workbook's locale. */
export function formatValue(
  value: Scalar | null,
  numberFormat: string,
  culture: NumberCulture = US_SEPARATORS
): string {
  if (value === null || value === "") return "";
  // TRUE and FALSE follow Office's display language, not the workbook's locale.
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";
  const locale = localeOf(culture);
  const code = numberFormat || "General";
  try {
    const shown = format(code, value, { locale });
    return typeof value === "number" && value < 0
      ? negativeZero(code, value, shown, locale)
      : shown;
  } catch {
    // A format Excel would not have accepted: shown as General.
    return format("General", value, { locale });
  }
}

/** The sections of a format code: ";" outside quotes, brackets and escapes. */
function sectionCount(code: string): number {
  let n = 1;
  for (let i = 0, quoted = false, bracket = false; i < code.length; i++) {
    const c = code[i];
    if (c === "\\" && !quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === "[") bracket = true;
    else if (!quoted && c === "]") bracket = false;
    else if (!quoted && !bracket && c === ";") n++;
  }
  return n;
}

/**
 * A negative number under a one-section format keeps its minus sign when it
 * rounds to zero: Excel shows -0.0456 under "0" as "-0" and -0.001 under
 * "0.00" as "-0.00" (the "negative zero" Excel users meet; Microsoft's
 * guidance is to ROUND the value). numfmt drops the sign there.
 */
function negativeZero(code: string, value: number, shown: string, locale: string): string {
  if (shown.includes("-") || sectionCount(code) > 1 || isDateFormat(code) || isTextFormat(code))
    return shown;
  if (code.trim().toLowerCase() === "general") return shown;
  return `-${format(code, -value, { locale })}`;
}
