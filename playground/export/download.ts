/* global URL, Blob, document, setTimeout */
/** Browser only: the host's workbook as an .xlsx file the browser downloads. */
import type { SimulatedHost } from "../../excel-simulator";
import { hostToWorkbook } from "./hostToWorkbook";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Writes the workbook with ExcelJS and saves it as `fileName` (Blob + object URL + a[download]). */
export async function downloadXlsx(
  host: SimulatedHost,
  fileName = "scorecard-playground.xlsx"
): Promise<void> {
  const buffer = await hostToWorkbook(host).xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
