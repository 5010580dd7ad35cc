/** The task pane's WorkbookService, implemented with Office.js. */
import { uniqueSheetName } from "../scorecard/sheetNames";
import { TEMPLATE_SHEET_NAMES, templatePlan } from "../scorecard/templates";
import type { WorkbookService } from "../scorecard/workbookService";
import { readNumberLocale } from "./culture";
import { listSources, readSource, readValues, selectAddress, sheetNames } from "./readSource";
import { writePlans } from "./writePlans";

export const officeWorkbookService: WorkbookService = {
  listSources,
  readSource,
  readValues,
  select: selectAddress,
  sheetNames,
  async insertTemplate(kind, language) {
    const taken = new Set((await sheetNames()).map((n) => n.toLowerCase()));
    const name = uniqueSheetName(TEMPLATE_SHEET_NAMES[language][kind], taken);
    await writePlans([templatePlan(kind, name, language)]);
    return name;
  },
  numberLocale: readNumberLocale,
  build: (plans, replace, onProgress) => writePlans(plans, replace, onProgress),
};
