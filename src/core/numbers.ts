/**
 * Numbers as a person reads them: the one place that writes a number for a
 * locale. "57.85" in en-US, "57,85" in id-ID. The separators are the workbook's
 * own where the workbook can tell (Excel lets a user override the system's);
 * the rest of the shape (percent sign, digit grouping) comes from the locale.
 *
 * Every message catalogue (core/catalogue.ts) writes its numbers through
 * these functions, with the `NumberLocale` of the format it is rendered in.
 */
import type { Language } from "./language";

export interface NumberLocale {
  /** BCP 47 tag of the workbook's culture ("en-US", "id-ID"). */
  readonly locale: string;
  /** Decimal separator Excel shows ("." or ","). */
  readonly decimal: string;
  /** Thousands separator Excel shows (",", ".", " " or ""). */
  readonly group: string;
}

/** A locale's own separators, as Intl knows them; en-US when the tag is unknown. */
export function numberLocaleOf(tag: string | undefined): NumberLocale {
  let locale = "en-US";
  try {
    if (tag) locale = Intl.NumberFormat.supportedLocalesOf([tag])[0] ?? locale;
  } catch {
    // a malformed tag: keep en-US
  }
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { locale, decimal: part("decimal") || ".", group: part("group") };
}

/** id-ID as Intl knows it; its convention ("," and ".") where the runtime has no Indonesian data. */
function indonesian(): NumberLocale {
  const known = numberLocaleOf("id-ID");
  return known.locale.startsWith("id") ? known : { locale: "id-ID", decimal: ",", group: "." };
}

/** The locale a language implies when the workbook cannot tell (the command line, tests, the pane until Excel answers). */
export const LANGUAGE_NUMBERS: Readonly<Record<Language, NumberLocale>> = {
  en: numberLocaleOf("en-US"),
  id: indonesian(),
};

/**
 * Numbers in messages that no workbook stands behind: the custom functions'
 * (Office tells them its display language, not the workbook's separators) and
 * `DomainError.message`. English writes them as a formula does (1317000.5, no
 * grouping); Indonesian as id-ID does (1.317.000,5).
 */
export const MESSAGE_NUMBERS: Readonly<Record<Language, NumberLocale>> = {
  en: { locale: "en-US", decimal: ".", group: "" },
  id: LANGUAGE_NUMBERS.id,
};

/** One formatter per locale and options: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.minimumFractionDigits ?? ""}|${options.maximumFractionDigits ?? ""}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.NumberFormat(locale, options)));
  return found;
}

function format(value: number, numbers: NumberLocale, options: Intl.NumberFormatOptions): string {
  return formatter(numbers.locale, options)
    .formatToParts(value)
    .map((p) =>
      p.type === "decimal" ? numbers.decimal : p.type === "group" ? numbers.group : p.value
    )
    .join("");
}

/** A number with a fixed count of decimals: 57.85, "57,85". */
export function formatFixed(value: number, numbers: NumberLocale, digits = 2): string {
  return format(value, numbers, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A number with as many decimals as it needs, up to `maxDigits`: 0.95, 1234.5 → "1.234,5". */
export function formatNumber(value: number, numbers: NumberLocale, maxDigits = 6): string {
  return format(value, numbers, { maximumFractionDigits: maxDigits });
}

/** A fraction as a percentage with up to `maxDigits` decimals: 0.955 → "95.5%", "95,5%". */
export function formatPercent(fraction: number, numbers: NumberLocale, maxDigits = 1): string {
  return format(fraction, numbers, { style: "percent", maximumFractionDigits: maxDigits });
}

/**
 * A number with every digit JavaScript shows (the shortest that reads back
 * exactly, never rounded), written with the locale's separators: grouped
 * thousands when the locale has a group separator, 1e+308 and 1.5e-7 keep
 * their exponent.
 */
export function formatExact(value: number, numbers: NumberLocale): string {
  const plain = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return plain.replace(".", numbers.decimal);
  const int =
    numbers.group && m[2].length > 3 ? m[2].replace(/\B(?=(\d{3})+$)/g, numbers.group) : m[2];
  return `${m[1]}${int}${m[3] === undefined ? "" : numbers.decimal + m[3]}`;
}
