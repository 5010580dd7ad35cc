/* global Excel, Office, setTimeout */
/**
 * The one way this add-in enters Excel: `Excel.run` with a retry while the user
 * is editing a cell (Excel rejects API calls then), and feature detection.
 */

const CELL_EDIT = "InvalidOperationInCellEditMode";
const RETRIES = 3;
const RETRY_DELAY_MS = 500;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs a batch; retries when Excel is in cell-edit mode. Errors reach the caller. */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      if (attempt >= RETRIES || (error as { code?: string }).code !== CELL_EDIT) throw error;
      await delay(RETRY_DELAY_MS * attempt);
    }
  }
}

/** Whether the host supports an ExcelApi requirement set (true where Office cannot say, as in the playground). */
export function supportsExcelApi(version: string): boolean {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
  } catch {
    return true;
  }
}

/** A message for the user from whatever Office.js threw. */
export function describeError(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: string; code?: string; debugInfo?: { errorLocation?: string } };
    const where = e.debugInfo?.errorLocation ? ` (${e.debugInfo.errorLocation})` : "";
    if (e.message) return `${e.message}${where}`;
    if (e.code) return `${e.code}${where}`;
  }
  return String(error);
}
