/** The task pane's WorkbookService, implemented with Office.js. */
import { uniqueSheetName } from "../scorecard/sheetNames";
import { templatePlan } from "../scorecard/templates";
import type { WorkbookService } from "../taskpane/services/workbookService";
import { listSources, readSource, readValues, selectAddress, sheetNames } from "./readSource";
import { writePlans } from "./writePlans";

export const officeWorkbookService: WorkbookService = {
  listSources,
  readSource,
  readValues,
  select: selectAddress,
  sheetNames,
  async insertTemplate(kind) {
    const taken = new Set((await sheetNames()).map((n) => n.toLowerCase()));
    const name = uniqueSheetName(kind === "example" ? "Seed 003 example" : "KPI input", taken);
    await writePlans([templatePlan(kind, name, "en")]);
    return name;
  },
  build: (plans, replace, onProgress) => writePlans(plans, replace, onProgress),
};
