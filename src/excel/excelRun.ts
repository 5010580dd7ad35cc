/* global Excel, Office, setTimeout */
/**
 * The one way this add-in enters Excel: `Excel.run`, and feature detection.
 *
 * While the user is editing a cell, Excel refuses API requests
 * (InvalidOperationInCellEditMode). Every batch is sent with
 * `delayForCellEdit` (ExcelApi 1.11, Microsoft: "Excel.RunOptions"), so Excel
 * holds it until the edit ends instead of refusing it. A batch that writes is
 * never retried as a whole: on older Excel a retry would meet the sheets its
 * first attempt half wrote. Only batches that may run twice without harm
 * (reading, removing what a failed build created) retry (`runIdempotent`).
 */

import type { CodeArgs } from "../core/catalogue";
import { Reason, WorkbookError, WorkbookMessageParams, isReason } from "./messages";

export const CELL_EDIT = "InvalidOperationInCellEditMode";
const RETRIES = 5;
const RETRY_DELAY_MS = 500;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs a batch; Excel holds it while the user edits a cell (where Excel can). Errors reach the caller. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/**
 * Runs a batch that can safely run again (reads, deleting by name): on Excel
 * without delayForCellEdit it is retried, with growing pauses, while Excel is
 * in cell-edit mode.
 */
export async function runIdempotent<T>(
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runExcel(batch);
    } catch (error) {
      if (attempt >= RETRIES || (error as { code?: string }).code !== CELL_EDIT) throw error;
      await delay(RETRY_DELAY_MS * attempt);
    }
  }
}

/** Whether the host supports an ExcelApi requirement set (true where Office cannot say). */
export function supportsExcelApi(version: string): boolean {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
  } catch {
    return true;
  }
}

/**
 * Why a request failed, as a code of src/excel's catalogue (messages.ts), from
 * whatever was thrown: our own reason as it is; Office.js's error as
 * "cellEdit" or "excelRefused" with Excel's code, message (Excel's text, shown
 * quoted) and place; anything else (a bug) as "unexpected".
 */
export function reasonOf(error: unknown): Reason {
  if (error instanceof WorkbookError)
    return isReason(error.coded)
      ? error.coded
      : { code: "unexpected", params: { detail: error.message } };
  if (error && typeof error === "object") {
    const e = error as {
      message?: unknown;
      code?: unknown;
      debugInfo?: { errorLocation?: unknown };
    };
    if (e.code === CELL_EDIT) return { code: "cellEdit", params: {} };
    if (typeof e.code === "string" && e.code !== "") {
      const location = e.debugInfo?.errorLocation;
      return {
        code: "excelRefused",
        params: {
          code: e.code,
          ...(typeof e.message === "string" && e.message ? { detail: e.message } : {}),
          ...(typeof location === "string" && location ? { location } : {}),
        },
      };
    }
    if (typeof e.message === "string") return { code: "unexpected", params: { detail: e.message } };
  }
  return { code: "unexpected", params: { detail: String(error) } };
}

/** What the pane gets from a failed call: a `WorkbookError` as it is, anything else with its reason. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const reason = reasonOf(error);
  return new WorkbookError(...([reason.code, reason.params] as CodeArgs<WorkbookMessageParams>));
}
