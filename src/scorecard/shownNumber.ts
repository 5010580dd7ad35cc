/** How a source cell holding a number is read when it names something (a header, an employee number). */
import type { SourceValue } from "./types";

/**
 * A number as the workbook shows it (a date as "Jan-24", an employee number as
 * "00123"); undefined for anything else, or when Excel shows "####" (a column too
 * narrow) or nothing.
 */
export function shownNumber(
  value: SourceValue | undefined,
  shown: string | undefined
): string | undefined {
  return typeof value === "number" && shown && !/^\s*#+\s*$/.test(shown) && shown.trim() !== ""
    ? shown
    : undefined;
}
