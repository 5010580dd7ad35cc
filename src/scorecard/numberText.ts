/**
 * Numbers as a person reads them in the workbook's locale: "57.85" in en-US,
 * "57,85" in id-ID. The separators are the workbook's own (Excel lets a user
 * override the system's), the rest of the shape (percent sign, digit grouping)
 * comes from the locale.
 */
import type { Language } from "../core/language";

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

/** The locale a pane language implies when the workbook cannot tell (the command line, tests). */
export const LANGUAGE_NUMBERS: Readonly<Record<Language, NumberLocale>> = {
  en: numberLocaleOf("en-US"),
  id: numberLocaleOf("id-ID"),
};

function format(value: number, numbers: NumberLocale, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numbers.locale, options)
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
