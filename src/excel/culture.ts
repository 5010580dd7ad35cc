/* global Office */
/**
 * The workbook's number locale: the culture's name and the decimal and
 * thousands separators Excel shows (its own setting when the user turned off
 * "use system separators"). ExcelApi 1.11 has them; older hosts fall back to
 * Office's content language.
 */
import { NumberLocale, numberLocaleOf } from "../scorecard/numberText";
import { runIdempotent, supportsExcelApi } from "./excelRun";

function contentLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.contentLanguage : undefined;
  } catch {
    return undefined;
  }
}

export async function readNumberLocale(): Promise<NumberLocale> {
  const fallback = numberLocaleOf(contentLanguage());
  if (!supportsExcelApi("1.11")) return fallback;
  try {
    return await runIdempotent(async (context) => {
      const app = context.application.load(
        "decimalSeparator,thousandsSeparator,useSystemSeparators"
      );
      const culture = context.application.cultureInfo.load("name");
      const system = culture.numberFormat.load("numberDecimalSeparator,numberGroupSeparator");
      await context.sync();
      const own = numberLocaleOf(culture.name);
      return {
        locale: own.locale,
        decimal:
          (app.useSystemSeparators ? system.numberDecimalSeparator : app.decimalSeparator) ||
          own.decimal,
        group: app.useSystemSeparators ? system.numberGroupSeparator : app.thousandsSeparator,
      };
    });
  } catch {
    return fallback; // numbers in the host's default shape are better than no pane
  }
}
