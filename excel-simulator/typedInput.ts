/**
 * Excel's typed-input rules as a pure function: what a string becomes when
 * Excel reads it as if it were typed into a cell (a number, a date or time as
 * its serial number, a boolean, an error value, or text), and the number
 * format Excel applies on its own when it recognises a percentage, currency,
 * grouped number, scientific number, fraction, date or time.
 *
 * Formulas ("=...", and "+"/"-"/"@" text that parses as one) are the caller's
 * business (./cells), because deciding needs the formula engine.
 *
 * Where Microsoft documents each rule (the simulated host is stricter than
 * Excel, never kinder: where a rule is not documented, the reading that turns
 * more strings into something else than text is taken, and says so):
 *
 * [KB269370] "Last digits are changed to zeros when you type long numbers in
 *   cells of Excel" (support.microsoft.com/kb/269370): Excel stores 15
 *   significant digits and "changes any digits past the fifteenth place to
 *   zeros" (3201234567890001 → 3201234567890000); the workarounds are a
 *   leading apostrophe, or the Text format set BEFORE the data is entered.
 * [KB97912] "XL: Text or Number Converted to Unintended Number Format" (Q97912):
 *   a slash or hyphen may make a date, a colon (or a space and A or P) a time,
 *   an E scientific notation, and leading zeros are dropped (00123 → 123).
 * [KB159491] Q159491 (the same rules, Excel 97 and later): a leading space does
 *   not protect an entry that looks like scientific notation; "0 1/2" enters a
 *   fraction; the Text format must be set before typing.
 * [KB65904] "Numbers Separated by a Slash Display Differently in Excel"
 *   (Q65904): X/Y with X a month: a valid day makes month/day (current year),
 *   Y from 1900 makes month/year, Y = 0 or two digits too large for a day
 *   makes month/year with a two-digit year.
 * [KB141765] "Unexpected behavior with numbers formatted as text" (Q141765):
 *   by design, changing a cell's format does not re-enter what it holds.
 * [YEARS] "How Excel works with two-digit year numbers" (support.microsoft.com):
 *   00-29 are 2000-2029, 30-99 are 1930-1999.
 * [SPECS] "Excel specifications and limits": number precision 15 digits,
 *   largest number 9.99999999999999E+307.
 * [VBA] Range.Formula / Range.Value (learn.microsoft.com, Excel VBA): setting a
 *   cell to a date changes its number format to the default short date unless
 *   the cell already has a date or time format. [OJS229] office-js issue #229:
 *   `range.values = "2018-12-31"` leaves numberFormat "m/d/yyyy" (en-AU Excel).
 * [ERRORS] [MS-ESREST] 2.2.5.1 Error: the seven cell error values; "you can type
 *   #N/A in a cell to show that you are awaiting data" (Microsoft Excel Inside
 *   Out, Microsoft Press). ERROR.TYPE lists #GETTING_DATA and the dynamic-array
 *   errors (#SPILL!, #CALC!, ...); typing those is not documented: they are read
 *   as errors here (stricter).
 * [TRUE] Microsoft Excel 2010 Formulas and Functions Inside Out (Microsoft
 *   Press), TRUE(): "You can enter true (which is not case-sensitive) directly
 *   in a worksheet ... Excel recognizes this word as the logical value TRUE";
 *   to avoid it, format the cell as text first, or type an apostrophe.
 * [AUTOFORMAT] Not found on a Microsoft page for this work; Excel references
 *   (Excel 2013 Bible, "Using automatic number formatting") describe it: 12.2%
 *   gets a percentage format (the value divided by 100), 123,456 the comma
 *   format, a leading system currency symbol a currency format.
 *
 * Not documented, and read the stricter way here: group separators anywhere
 * between digits of the integer part ("1,5" is 15 where "," groups digits, as
 * Excel users with a decimal comma keep reporting), parentheses for a negative
 * number ("(5)" → -5), a month name followed by a number that can be its day
 * ("Jan-24", "SEPT2": the day of the month in the current year, as in the
 * gene-name conversions; a number that cannot be a day is a year). White space
 * around an entry is ignored, although a leading space is documented to keep
 * TRUE, dates and fractions as text ([KB159491], [TRUE]; not scientific numbers).
 */

/** The separators and name of the culture a string is read in (the workbook's Culture fits). */
export interface InputCulture {
  /** BCP 47 tag ("en-US", "id-ID"). */
  readonly name: string;
  readonly decimal: string;
  readonly group: string;
}

export const EN_US: InputCulture = { name: "en-US", decimal: ".", group: "," };

export type TypedInput =
  | { readonly type: "number"; readonly value: number; readonly format?: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly value: string }
  | { readonly type: "text"; readonly value: string };

/** Cell error values typed as such ([ERRORS]); HyperFormula knows the first seven but #NULL!. */
export const ERROR_LITERALS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#FIELD!",
  "#CALC!",
];
const ERRORS = new Map(ERROR_LITERALS.map((e) => [e.toUpperCase(), e]));

/** The error value a string names ("#n/a" → "#N/A"), if it is one. */
export function errorLiteral(text: string): string | undefined {
  return ERRORS.get(text.trim().toUpperCase());
}

/** [SPECS] */
const LARGEST = 9.99999999999999e307;
const SIGNIFICANT_DIGITS = 15;

const CURRENCY_BY_REGION: Readonly<Record<string, string>> = {
  US: "$",
  CA: "$",
  AU: "$",
  NZ: "$",
  SG: "$",
  HK: "$",
  ID: "Rp",
  GB: "£",
  IE: "€",
  DE: "€",
  FR: "€",
  ES: "€",
  IT: "€",
  NL: "€",
  BE: "€",
  AT: "€",
  PT: "€",
  FI: "€",
  JP: "¥",
  CN: "¥",
  IN: "₹",
  MY: "RM",
  PH: "₱",
};

const ENGLISH_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

type DateOrder = "MDY" | "DMY" | "YMD";

interface CultureRules {
  readonly culture: InputCulture;
  readonly order: DateOrder;
  /** Date separators besides "/" and "-" (the locale's own, e.g. "." in de-DE). */
  readonly dateSeparator: string;
  readonly currency?: string;
  /** Lower-case month names and abbreviations → month (1-12). */
  readonly months: ReadonlyMap<string, number>;
  readonly number: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function dateParts(name: string): { order: DateOrder; separator: string } {
  try {
    const parts = new Intl.DateTimeFormat(name, {
      year: "numeric",
      month: "numeric",
      day: "numeric",
    }).formatToParts(new Date(Date.UTC(2024, 10, 23)));
    const order = parts
      .filter((p) => p.type === "year" || p.type === "month" || p.type === "day")
      .map((p) => p.type[0].toUpperCase())
      .join("");
    const separator = parts.find((p) => p.type === "literal")?.value.trim() ?? "/";
    return {
      order: order === "DMY" || order === "YMD" ? order : "MDY",
      separator: separator.length === 1 ? separator : "/",
    };
  } catch {
    return { order: "MDY", separator: "/" };
  }
}

function monthNames(name: string): Map<string, number> {
  const months = new Map<string, number>();
  ENGLISH_MONTHS.forEach((m, i) => {
    months.set(m, i + 1);
    months.set(m.slice(0, 3), i + 1);
  });
  months.set("sept", 9);
  for (const style of ["long", "short"] as const) {
    try {
      const format = new Intl.DateTimeFormat(name, { month: style, timeZone: "UTC" });
      for (let i = 0; i < 12; i++) {
        const label = format
          .format(new Date(Date.UTC(2024, i, 15)))
          .toLowerCase()
          .replace(/\.$/, "");
        if (/^\p{L}+$/u.test(label) && !months.has(label)) months.set(label, i + 1);
      }
    } catch {
      // English names only.
    }
  }
  return months;
}

function numberPattern(culture: InputCulture, currency: string | undefined): RegExp {
  const d = escape(culture.decimal);
  const g = escape(culture.group);
  const cur = currency ? escape(currency) : "(?!)";
  return new RegExp(
    `^(?<open>\\()?\\s*(?<sign>[+-])?\\s*(?<cur1>${cur})?\\s*(?<sign2>[+-])?\\s*(?<pct1>%)?\\s*` +
      `(?<int>\\d+(?:${g}\\d+)*)?(?:${d}(?<frac>\\d*))?(?:[eE](?<exp>[+-]?\\d+))?` +
      `\\s*(?<pct2>%)?\\s*(?<cur2>${cur})?\\s*(?<close>\\))?$`
  );
}

const rulesCache = new Map<string, CultureRules>();

function rulesFor(culture: InputCulture): CultureRules {
  const key = `${culture.name}|${culture.decimal}|${culture.group}`;
  let rules = rulesCache.get(key);
  if (!rules) {
    const region = culture.name.split("-")[1]?.toUpperCase() ?? "";
    const currency = CURRENCY_BY_REGION[region];
    const { order, separator } = dateParts(culture.name);
    rules = {
      culture,
      order,
      dateSeparator: separator,
      currency,
      months: monthNames(culture.name),
      number: numberPattern(culture, currency),
    };
    rulesCache.set(key, rules);
  }
  return rules;
}

const text = (value: string): TypedInput => ({ type: "text", value });
const num = (value: number, format?: string): TypedInput =>
  format ? { type: "number", value, format } : { type: "number", value };

/**
 * The digits of a typed number kept to 15 significant digits, the rest made
 * zeros ([KB269370]: truncated, not rounded), as a double.
 */
function fifteenDigits(negative: boolean, int: string, frac: string, shift: number): number {
  const digits = int + frac;
  let first = 0;
  while (first < digits.length && digits[first] === "0") first++;
  if (first === digits.length) return negative ? -0 : 0;
  const significant = digits.slice(first, first + SIGNIFICANT_DIGITS);
  const exponent = int.length - first + shift;
  const value = Number(`0.${significant}e${exponent}`);
  return negative ? -value : value;
}

function readNumber(s: string, rules: CultureRules): TypedInput | undefined {
  const m = rules.number.exec(s);
  const g = m?.groups;
  if (!g) return undefined;
  const int = g.int ?? "";
  const frac = g.frac ?? "";
  if (int === "" && frac === "") return undefined;
  if (!!g.open !== !!g.close) return undefined;
  const signs = [g.sign, g.sign2].filter(Boolean);
  if (signs.length > 1 || (g.open && signs.length > 0)) return undefined;
  const percent = !!(g.pct1 || g.pct2);
  const currency = g.cur1 || g.cur2;
  if ((g.pct1 && g.pct2) || (g.cur1 && g.cur2) || (percent && currency)) return undefined;
  if (g.exp !== undefined && (percent || currency)) return undefined;
  const negative = !!g.open || signs[0] === "-";
  const digits = int.split(rules.culture.group).join("");
  const exp = g.exp === undefined ? 0 : Number(g.exp);
  const value = fifteenDigits(negative, digits, frac, exp - (percent ? 2 : 0));
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST) return undefined;
  const decimals = frac.length > 0;
  // The format Excel applies on its own ([AUTOFORMAT]; scientific: [KB97912]).
  let format: string | undefined;
  if (percent) format = decimals ? "0.00%" : "0%";
  else if (currency) {
    const symbol = /^[$€£¥₹₱]$/.test(currency) ? currency : `"${currency}"`;
    format = `${symbol}#,##0${decimals ? ".00" : ""}`;
  } else if (g.exp !== undefined) format = "0.00E+00";
  else if (int.includes(rules.culture.group)) format = decimals ? "#,##0.00" : "#,##0";
  return num(value === 0 ? 0 : value, format);
}

/** "0 1/2", "-1 3/4": a whole number, a space and a fraction ([KB159491]). */
function readFraction(s: string): TypedInput | undefined {
  const m = /^([+-])?(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (!m) return undefined;
  const den = Number(m[4]);
  if (den === 0) return undefined;
  const value = (Number(m[2]) + Number(m[3]) / den) * (m[1] === "-" ? -1 : 1);
  const q = "?".repeat(Math.min(3, m[4].replace(/^0+/, "").length || 1));
  return num(value, `# ${q}/${q}`);
}

interface Time {
  readonly value: number;
  readonly format: string;
}

/** "10:30", "10:30:15", "1 p", "10:30 PM", "25:00", "1:30.5" ([KB97912]: a colon, or a space and A or P). */
function readTime(s: string, decimal: string): Time | undefined {
  const m = new RegExp(
    `^(\\d+)(?::(\\d{1,2}))?(?::(\\d{1,2}(?:${escape(decimal)}\\d+)?))?\\s*([ap]m?)?$`,
    "i"
  ).exec(s);
  if (m && (m[2] !== undefined || (m[3] === undefined && m[4] !== undefined))) {
    const [, hh, mm, ss, ampm] = m;
    let h = Number(hh);
    const min = Number(mm ?? 0);
    const sec = Number((ss ?? "0").replace(decimal, "."));
    if (min >= 60 || sec >= 60) return undefined;
    if (ampm) {
      if (h > 12) return undefined;
      h = (h % 12) + (ampm[0].toLowerCase() === "p" ? 12 : 0);
    }
    const value = (h * 3600 + min * 60 + sec) / 86400;
    const format = ampm
      ? ss === undefined
        ? "h:mm AM/PM"
        : "h:mm:ss AM/PM"
      : h >= 24
        ? "[h]:mm:ss"
        : ss === undefined
          ? "h:mm"
          : "h:mm:ss";
    return { value, format };
  }
  // Minutes, seconds and tenths: "1:30.5".
  const ms = new RegExp(`^(\\d{1,2}):(\\d{1,2}${escape(decimal)}\\d+)$`).exec(s);
  if (ms) {
    const sec = Number(ms[2].replace(decimal, "."));
    if (sec >= 60) return undefined;
    return { value: (Number(ms[1]) * 60 + sec) / 86400, format: "mm:ss.0" };
  }
  return undefined;
}

/** Excel's serial number of a date in the 1900 date system, 29 February 1900 (serial 60) included. */
export function dateSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
  return days < 61 ? days - 1 : days;
}

function validDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (year === 1900 && month === 2 && day === 29) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A year as typed: two digits are windowed ([YEARS]), four are taken as they are. */
function yearOf(token: string): number | undefined {
  if (!/^\d+$/.test(token)) return undefined;
  const n = Number(token);
  if (token.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  if (token.length === 4) return n;
  return undefined;
}

interface DateValue {
  readonly serial: number;
  readonly format: string;
}

function date(year: number, month: number, day: number, format: string): DateValue | undefined {
  return validDate(year, month, day) ? { serial: dateSerial(year, month, day), format } : undefined;
}

/** A numeric or month-name date ([KB97912], [KB65904]); `year` is the current year. */
function readDate(s: string, rules: CultureRules, year: number): DateValue | undefined {
  const glued = /^(\p{L}+)(\d{1,2})$/u.exec(s);
  const tokens: string[] = [];
  const separators: string[] = [];
  if (glued) tokens.push(glued[1], glued[2]);
  else {
    const re = /(\p{L}+|\d+)|([/\-.]|,?\s+)/gu;
    let at = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m.index !== at) return undefined;
      at = re.lastIndex;
      if (m[1] !== undefined) {
        if (tokens.length !== separators.length) return undefined;
        tokens.push(m[1]);
      } else {
        if (tokens.length !== separators.length + 1) return undefined;
        separators.push(m[2]);
      }
    }
    if (at !== s.length || tokens.length < 2 || tokens.length > 3) return undefined;
    if (separators.length !== tokens.length - 1) return undefined;
  }
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  if (words.length > 1) return undefined;
  for (const sep of separators) {
    const kind = sep.trim().replace(",", "");
    if (kind === "" && words.length === 0) return undefined; // "1 2" is not a date
    if (kind === "." && rules.dateSeparator !== ".") return undefined;
  }
  const n = tokens.map(Number);
  if (words.length === 1) {
    const month = rules.months.get(words[0].toLowerCase());
    if (month === undefined) return undefined;
    const w = tokens.indexOf(words[0]);
    const others = tokens.filter((_, i) => i !== w);
    if (others.length === 1) {
      const [x] = others;
      const day = Number(x);
      if (x.length <= 2 && validDate(year, month, day)) return date(year, month, day, "d-mmm");
      const y = yearOf(x);
      return y === undefined ? undefined : date(y, month, 1, "mmm-yy");
    }
    // Day and year around the month: "2-Sep-2024", "Sep 2, 2024", "2024-Sep-2".
    const [a, b] = others;
    if (w === 0 || w === 1) {
      const [dayToken, yearToken] = a.length === 4 ? [b, a] : [a, b];
      const y = yearOf(yearToken);
      return y === undefined || dayToken.length > 2
        ? undefined
        : date(y, month, Number(dayToken), "d-mmm-yy");
    }
    return undefined;
  }
  if (tokens.length === 3) {
    const [a, b, c] = tokens;
    if (a.length === 4) return date(n[0], n[1], n[2], "m/d/yyyy");
    if (a.length > 2 || b.length > 2) return undefined;
    const y = yearOf(c);
    if (y === undefined) return undefined;
    return rules.order === "DMY"
      ? date(y, n[1], n[0], "m/d/yyyy")
      : date(y, n[0], n[1], "m/d/yyyy");
  }
  const [a, b] = tokens;
  if (a.length === 4) return date(n[0], n[1], 1, "mmm-yy");
  if (a.length > 2) return undefined;
  const [month, day] = rules.order === "DMY" ? [n[1], n[0]] : [n[0], n[1]];
  if (b.length <= 2 && validDate(year, month, day)) return date(year, month, day, "d-mmm");
  // Month and year ([KB65904]): the first number is the month.
  if (n[0] < 1 || n[0] > 12) return undefined;
  const y = yearOf(b);
  return y === undefined ? undefined : date(y, n[0], 1, "mmm-yy");
}

/** A date, a time, or a date and a time ("1/2/2024 10:30"). */
function readDateTime(s: string, rules: CultureRules, year: number): TypedInput | undefined {
  const time = readTime(s, rules.culture.decimal);
  if (time) return num(time.value, time.format);
  const d = readDate(s, rules, year);
  if (d) return num(d.serial, d.format);
  const split = /^(.*\S)\s+(\d+(?::\d{1,2}){0,2}(?:[.,]\d+)?\s*(?:[ap]m?)?)$/i.exec(s);
  if (split) {
    const dd = readDate(split[1], rules, year);
    const tt = readTime(split[2], rules.culture.decimal);
    if (dd && tt) return num(dd.serial + tt.value, "m/d/yyyy h:mm");
  }
  return undefined;
}

/**
 * What Excel makes of `input` typed into a General cell, read in `culture`.
 * A leading apostrophe keeps the rest as text, without the apostrophe
 * ([KB269370]). `today` gives the year of dates typed without one.
 */
export function parseTypedInput(
  input: string,
  culture: InputCulture = EN_US,
  today: Date = new Date()
): TypedInput {
  if (input.charCodeAt(0) === 39 /* ' */) return text(input.slice(1));
  const s = input.trim();
  if (s === "") return text(input);
  const upper = s.toUpperCase();
  // [TRUE]; English words whatever the locale, as Office.js reads values (see ./cells).
  if (upper === "TRUE") return { type: "boolean", value: true };
  if (upper === "FALSE") return { type: "boolean", value: false };
  const error = ERRORS.get(upper);
  if (error) return { type: "error", value: error };
  if (!/\d/.test(s)) return text(input);
  const rules = rulesFor(culture);
  return (
    readNumber(s, rules) ??
    readFraction(s) ??
    readDateTime(s, rules, today.getFullYear()) ??
    text(input)
  );
}

/** Whether a number format shows dates or times (Excel keeps such a format when a date is typed, [VBA]). */
export function isDateTimeFormat(format: string): boolean {
  const code = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[\$[^\]]*\]/g, "");
  return /[dyhs]|AM\/PM|\[[hms]\]|(^|[^0#?.,])m/i.test(code) && !/[0#?]/.test(code);
}
