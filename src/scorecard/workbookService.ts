/**
 * The contract between the task pane and the workbook: what the pane needs
 * from Excel. Every method rejects with an error that renders itself in the
 * pane's language (core/catalogue.ts `Message`; src/excel's `WorkbookError`),
 * never with a sentence. It lives below both sides: the pane's components and hooks
 * depend on this interface only, `officeWorkbookService` (src/excel/)
 * implements it with Office.js, and tests pass fakes.
 */
import type { Language } from "../core/language";
import type { NumberLocale } from "./numberText";
import type { SheetPlan } from "./plan";
import type { WorkbookNames } from "./sheetNames";
import type { SourceTable, SourceValue } from "./types";

/** "range": a range by address ("'Data'!A1:G5"), the pane's Refresh of a selection read before. */
export type SourceKind = "selection" | "table" | "name" | "range";

/** A source the user can pick; the pane names it in its language ("KPIs (table)", "Pilihan saat ini"). */
export interface SourceChoice {
  readonly kind: SourceKind;
  /** Table or name id; the address of a "range"; "" for the selection. */
  readonly id: string;
}

export interface BuildProgress {
  /** Sheets or blocks written so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface BuildResult {
  /** Names of the sheets created, in order. */
  readonly sheets: readonly string[];
  /** The sheet activated at the end. */
  readonly activated: string;
  /** Number of context.sync() calls the build needed. */
  readonly syncs: number;
}

export interface WorkbookService {
  /** The selection, the workbook's tables and its named ranges. */
  listSources(): Promise<SourceChoice[]>;
  /** Reads a source: header row + data rows, values and formulas. */
  readSource(choice: SourceChoice): Promise<SourceTable>;
  /** Values of a range given as "'Sheet'!B2:M2" (period data). */
  readValues(address: string): Promise<SourceValue[][]>;
  /** Selects a cell or range given as "'Sheet'!A1" and activates its sheet. */
  select(address: string): Promise<void>;
  /**
   * Inserts a new sheet with an input table ("empty" or the seed 003 "example"),
   * its headers and sheet name in `language`; resolves to the sheet's name.
   */
  insertTemplate(kind: "empty" | "example", language: Language): Promise<string>;
  /** The workbook's locale and separators, for the numbers the pane shows ("57,85" in id-ID). */
  numberLocale(): Promise<NumberLocale>;
  /** Names of the workbook's sheets. */
  sheetNames(): Promise<string[]>;
  /** The workbook's sheets, defined names and tables, for planning a build (buildPlans.ts planBuild). */
  workbookNames(): Promise<WorkbookNames>;
  /**
   * Writes the plans as new sheets, under the plans' names. Existing sheets are
   * never touched unless `replace` lists them (the user confirmed). A sheet or
   * name the plans use that exists (and is not replaced) stops the build before
   * anything changes. On failure every sheet this call created is removed and
   * the promise rejects with an error that renders itself (core/catalogue.ts
   * `Message`: a code and its parameters), which the pane shows in its language.
   */
  build(
    plans: readonly SheetPlan[],
    replace: readonly string[],
    onProgress?: (p: BuildProgress) => void
  ): Promise<BuildResult>;
}
