/**
 * A cell's text as Excel shows it (`Range.text` in Office.js) from its value
 * and number format, for the file reader: the Office.js reader gets this text
 * from Excel, a file has only values and formats. Names that are numbers (a
 * date header "Jan-24", an employee number "00123", a period "2024-Q1" typed as
 * a date) then read the same from a file as from Excel.
 *
 * Covered: General, 0 / 0.00 / #,##0 placeholders, %, scientific, literal text
 * ("…", \x, _x), sections (positive;negative;zero;text), [Color] and [$sym-lcid]
 * tags, "@", the date and time tokens (y, m, d, h, m, s, AM/PM, [h]), in en-US
 * (month and day names, "." and ","). Fractions (# ?/?) and conditions
 * ([>100]) render as General. Excel's built-in short date (numFmtId 14, which
 * ExcelJS reports as "mm-dd-yy" and gives a date without a format) shows as
 * the system's short date: m/d/yyyy in en-US.
 *
 * The simulated host renders `Range.text` by the same rules
 * (excel-simulator/numberFormat.ts); test/export/readersAgree.test.ts reads one
 * workbook through both readers.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The serial number after 31 December 9999, Excel's last date. */
const LAST_DATE = 2958466;

/** ExcelJS's name for Excel's built-in short date (numFmtId 14). */
export const BUILT_IN_SHORT_DATE = "mm-dd-yy";
/** How Excel shows the built-in short date in en-US. */
const EN_US_SHORT_DATE = "m/d/yyyy";

/** General: up to 11 characters, scientific from 1E+11 on and under 1E-9. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split("e");
    const exp = Number(e);
    return `${m.replace(/\.?0+$/, "")}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return String(Number(n.toFixed(Math.min(decimals, 9))));
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Section {
  /** The section as written. */
  readonly source: string;
  /** Its code, with \uE000 (a private-use character) where a literal goes. */
  readonly code: string;
  readonly literal: readonly string[];
  readonly isDate: boolean;
  /** Shown as General: "General", "@", empty, fractions and conditions. */
  readonly general: boolean;
}

/** Splits a section into literal text and a code part, dropping [Color] tags and keeping [$sym-xxx] symbols. */
function tokenize(section: string): { code: string; literal: string[] } {
  const literal: string[] = [];
  let code = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal.push(section.slice(i + 1, end < 0 ? undefined : end));
      code += "\uE000";
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal.push(section[++i] ?? "");
      code += "\uE000";
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      if (tag.startsWith("$")) {
        literal.push(tag.slice(1).split("-")[0]);
        code += "\uE000";
      } else if (/^(h+|m+|s+)$/i.test(tag)) code += `[${tag}]`; // elapsed time: [h]:mm:ss
      i = end < 0 ? section.length : end;
    } else if (ch === "_" || ch === "*") {
      if (ch === "_") {
        literal.push(" ");
        code += "\uE000";
      }
      i++;
    } else code += ch;
  }
  return { code, literal };
}

function fillLiterals(code: string, literal: readonly string[]): string {
  let k = 0;
  return code.replace(/\uE000/g, () => literal[k++] ?? "");
}

function isDateCode(code: string): boolean {
  // Elapsed time ([h]) and tenths of a second (ss.0) are date codes despite their 0.
  const c = code.replace(/\[(h+|m+|s+)\]/gi, "h").replace(/(s)\.0+/gi, "$1");
  return /[dyhs]|AM\/PM|(^|[^0#?.,])m/i.test(c.replace(/\uE000/g, "")) && !/[0#?]/.test(c);
}

function compileSection(source: string): Section {
  const trimmed = source.trim();
  const { code, literal } = tokenize(source);
  const general =
    /^general$/i.test(trimmed) ||
    trimmed === "" ||
    trimmed === "@" ||
    /\[?[<>=]/.test(source) ||
    /\?\/\?/.test(code);
  return { source, code, literal, isDate: !general && isDateCode(code), general };
}

/** Formats parsed once each: a file's cells share a few formats. */
const compiled = new Map<string, readonly Section[]>();

function sectionsOf(format: string): readonly Section[] {
  let sections = compiled.get(format);
  if (!sections) {
    const effective = format === BUILT_IN_SHORT_DATE ? EN_US_SHORT_DATE : format || "General";
    sections = splitSections(effective).map(compileSection);
    compiled.set(format, sections);
  }
  return sections;
}

function formatDate(serial: number, code: string): string {
  const whole = Math.floor(serial);
  const ms = Math.round((serial - whole) * 86400000);
  // Excel's 1900 date system counts a 29 February 1900 that never was (serial 60).
  const base = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + whole * 86400000 + ms);
  const ampm = /AM\/PM/i.test(code);
  let hours = d.getUTCHours();
  if (ampm) hours = hours % 12 === 0 ? 12 : hours % 12;
  const tokens =
    code.match(
      /\[h+\]|\[m+\]|\[s+\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|\.0+|AM\/PM|\uE000|./gi
    ) ?? [];
  const elapsed = (unit: number, width: number) =>
    String(Math.floor(Math.round(serial * 86400000) / unit)).padStart(width, "0");
  return tokens
    .map((t, i) => {
      const low = t.toLowerCase();
      if (/^\[h+\]$/.test(low)) return elapsed(3600000, low.length - 2);
      if (/^\[m+\]$/.test(low)) return elapsed(60000, low.length - 2);
      if (/^\[s+\]$/.test(low)) return elapsed(1000, low.length - 2);
      if (/^\.0+$/.test(low) && /s$/i.test(tokens[i - 1] ?? ""))
        return `.${String(Math.floor((ms % 1000) / 10 ** (4 - low.length)))
          .padStart(low.length - 1, "0")
          .slice(0, low.length - 1)}`;
      // "m" is minutes right after an hour or right before a second, else the month.
      const minuteContext = (): boolean =>
        /h/i.test(tokens.slice(0, i).join("").slice(-4)) ||
        /^[^a-z]*s/i.test(tokens.slice(i + 1).join(""));
      switch (low) {
        case "yyyy":
          return String(d.getUTCFullYear());
        case "yy":
          return String(d.getUTCFullYear() % 100).padStart(2, "0");
        case "mmmm":
          return MONTHS[d.getUTCMonth()];
        case "mmm":
          return MONTHS[d.getUTCMonth()].slice(0, 3);
        case "mm":
          return minuteContext()
            ? String(d.getUTCMinutes()).padStart(2, "0")
            : String(d.getUTCMonth() + 1).padStart(2, "0");
        case "m":
          return minuteContext() ? String(d.getUTCMinutes()) : String(d.getUTCMonth() + 1);
        case "dddd":
          return DAYS[d.getUTCDay()];
        case "ddd":
          return DAYS[d.getUTCDay()].slice(0, 3);
        case "dd":
          return String(d.getUTCDate()).padStart(2, "0");
        case "d":
          return String(d.getUTCDate());
        case "hh":
          return String(hours).padStart(2, "0");
        case "h":
          return String(hours);
        case "ss":
          return String(d.getUTCSeconds()).padStart(2, "0");
        case "s":
          return String(d.getUTCSeconds());
        case "am/pm":
          return d.getUTCHours() < 12 ? "AM" : "PM";
        default:
          return t;
      }
    })
    .join("");
}

function formatNumberCode(n: number, code: string): string {
  const first = code.search(/[0#?]/);
  if (first < 0) return code;
  let last = first;
  for (let i = code.length - 1; i >= first; i--) {
    if (/[0#?]/.test(code[i])) {
      last = i;
      break;
    }
  }
  while (last + 1 < code.length && code[last + 1] === ",") last++;
  const prefix = code.slice(0, first);
  const suffix = code.slice(last + 1);
  let body = code.slice(first, last + 1);
  let value = n * Math.pow(100, (code.match(/%/g) ?? []).length);
  const scaleCommas = /,+$/.exec(body);
  if (scaleCommas) {
    value /= Math.pow(1000, scaleCommas[0].length);
    body = body.slice(0, -scaleCommas[0].length);
  }
  const sci = /E([+-])(0+)/i.exec(body);
  let exponent = "";
  if (sci) {
    const e = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    value /= Math.pow(10, e);
    exponent = `E${e < 0 ? "-" : sci[1] === "+" ? "+" : ""}${String(Math.abs(e)).padStart(sci[2].length, "0")}`;
    body = body.slice(0, sci.index);
  }
  const [intPart, decPart = ""] = body.split(".");
  const decimals = (decPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  let [i, f = ""] = Math.abs(value).toFixed(decimals).split(".");
  if (i === "0" && minInt === 0) i = "";
  i = i.padStart(minInt, "0");
  if (intPart.includes(",")) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  while (f.length > minDecimals && f.endsWith("0")) f = f.slice(0, -1);
  return `${prefix}${i}${body.includes(".") ? "." : ""}${f}${exponent}${suffix}`;
}

/** Excel's displayed text of a value under a number format (en-US). */
export function shownText(value: string | number | boolean | null, format?: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = sectionsOf(format ?? "General");
  if (typeof value === "string") {
    const text = sections.length >= 4 ? sections[3] : sections.find((s) => s.source.includes("@"));
    if (!text) return value;
    return fillLiterals(text.code.replace(/@/g, "\uE001"), text.literal).replace(/\uE001/g, value);
  }
  if (value !== value || !Number.isFinite(value)) return "#NUM!";
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length >= 2 && sections[1].source !== "") {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length >= 3) section = sections[2];
  if (section.general) return formatGeneral(n);
  // Excel has no date before 1900 or after 9999 and fills such a cell with #.
  if (section.isDate && (value < 0 || value >= LAST_DATE)) return "########";
  const text = section.isDate ? formatDate(n, section.code) : formatNumberCode(n, section.code);
  const sign = n < 0 && !section.isDate && /[0#?]/.test(section.code) ? "-" : "";
  return sign + fillLiterals(text, section.literal).replace(/General/i, formatGeneral(Math.abs(n)));
}
