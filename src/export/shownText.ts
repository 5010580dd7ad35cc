/**
 * A cell's text as Excel shows it (`Range.text` in Office.js) from its value
 * and number format, for the file reader: the Office.js reader gets this text
 * from Excel, a file has only values and formats. Names that are numbers (a
 * date header "Jan-24", an employee number "00123", a period typed as a date)
 * then read the same from a file as from Excel.
 *
 * Rendering is numfmt's (github.com/borgar/numfmt, MIT: ECMA-376 format codes
 * as Excel reads them: sections, conditions, fractions, scientific, dates and
 * elapsed time, [Color] and [$-LCID] tags, text sections), in en-US. What is
 * Excel's and not numfmt's is here: blanks and booleans, #NUM! for a number no
 * cell holds, ######## for a date Excel does not have (before 1900, after
 * 9999), a negative number that rounds to zero under a one-section format
 * keeping its minus ("-0.00"), and ExcelJS's name for the built-in short date.
 *
 * The simulated Excel renders `Range.text` with the same library by its own
 * wrapper (excel-simulator/numberFormat.ts: it must not share code with what
 * it tests); test/export/shownText.test.ts and readersAgree.test.ts check that
 * both agree.
 */
import { format, isDateFormat, isTextFormat } from "numfmt";

/** ExcelJS's name for Excel's built-in short date (numFmtId 14). */
export const BUILT_IN_SHORT_DATE = "mm-dd-yy";
/** How Excel shows the built-in short date in en-US. */
const EN_US_SHORT_DATE = "m/d/yyyy";

/** The serial number after 31 December 9999, Excel's last date. */
const LAST_DATE = 2958466;

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

function render(code: string, value: string | number): string {
  try {
    return format(code, value, { locale: "en-US" });
  } catch {
    // A format Excel would not have accepted: shown as General.
    return format("General", value, { locale: "en-US" });
  }
}

/** Excel's displayed text of a value under a number format (en-US). */
export function shownText(value: string | number | boolean | null, numberFormat?: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const code = !numberFormat
    ? "General"
    : numberFormat === BUILT_IN_SHORT_DATE
      ? EN_US_SHORT_DATE
      : numberFormat;
  // General shows text as it is (numfmt's answer too): the common case of a table's names, without the library.
  if (typeof value === "string") return code === "General" ? value : render(code, value);
  if (!Number.isFinite(value)) return "#NUM!";
  const date = isDateFormat(code);
  if (date && (value < 0 || value >= LAST_DATE)) return "########";
  const shown = render(code, value);
  if (value >= 0 || shown.includes("-") || date || isTextFormat(code) || sectionCount(code) > 1)
    return shown;
  if (code.trim().toLowerCase() === "general") return shown;
  return `-${render(code, -value)}`;
}
