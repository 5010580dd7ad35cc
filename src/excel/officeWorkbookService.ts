/**
 * The task pane's WorkbookService, implemented with Office.js. Every call
 * rejects with a `WorkbookError` (a code and its parameters: Excel's own
 * errors become "excelRefused" with Excel's text as a quoted detail), which
 * the pane renders in its language.
 */
import { claimNames, uniqueSheetName } from "../scorecard/sheetNames";
import { TEMPLATE_SHEET_NAMES, templatePlan } from "../scorecard/templates";
import type { WorkbookService } from "../scorecard/workbookService";
import { readNumberLocale } from "./culture";
import { toWorkbookError } from "./excelRun";
import {
  listSources,
  readSource,
  readValues,
  selectAddress,
  sheetNames,
  workbookNames,
} from "./readSource";
import { writePlans } from "./writePlans";

/** `call`, rejecting with a `WorkbookError` whatever it throws. */
function coded<A extends unknown[], R>(call: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> =>
    call(...args).catch((error: unknown) => {
      throw toWorkbookError(error);
    });
}

export const officeWorkbookService: WorkbookService = {
  listSources: coded(listSources),
  readSource: coded((choice) => readSource(choice)),
  readValues: coded(readValues),
  select: coded(selectAddress),
  sheetNames: coded(sheetNames),
  workbookNames: coded(workbookNames),
  insertTemplate: coded(async (kind, language) => {
    const workbook = await workbookNames();
    const taken = new Set(workbook.sheets.map((n) => n.toLowerCase()));
    const name = uniqueSheetName(TEMPLATE_SHEET_NAMES[language][kind], taken);
    const names = workbook.names.map((n) => n.name);
    await writePlans(claimNames([templatePlan(kind, name, language)], names));
    return name;
  }),
  numberLocale: coded(readNumberLocale),
  build: coded((plans, replace, onProgress) => writePlans(plans, replace, onProgress)),
};
