/** The task pane's WorkbookService, implemented with Office.js. */
import { claimNames, uniqueSheetName } from "../scorecard/sheetNames";
import { TEMPLATE_SHEET_NAMES, templatePlan } from "../scorecard/templates";
import type { WorkbookService } from "../scorecard/workbookService";
import { readNumberLocale } from "./culture";
import {
  listSources,
  readSource,
  readValues,
  selectAddress,
  sheetNames,
  workbookNames,
} from "./readSource";
import { writePlans } from "./writePlans";

export const officeWorkbookService: WorkbookService = {
  listSources,
  readSource,
  readValues,
  select: selectAddress,
  sheetNames,
  workbookNames,
  async insertTemplate(kind, language) {
    const workbook = await workbookNames();
    const taken = new Set(workbook.sheets.map((n) => n.toLowerCase()));
    const name = uniqueSheetName(TEMPLATE_SHEET_NAMES[language][kind], taken);
    const names = workbook.names.map((n) => n.name);
    await writePlans(claimNames([templatePlan(kind, name, language)], names));
    return name;
  },
  numberLocale: readNumberLocale,
  build: (plans, replace, onProgress) => writePlans(plans, replace, onProgress),
};
