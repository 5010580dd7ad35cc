/**
 * Simulated Excel host: the subset of the Office.js Excel API this add-in
 * uses, backed by HyperFormula, so src/excel code runs in Node tests,
 * benchmarks and the browser playground without Microsoft Excel.
 *
 *   const host = createHost({ sheets: { Sheet1: [["a", 1], ["b", "=B1*2"]] } });
 *   installExcelGlobal(host);                      // global Excel.run, enums, OfficeExtension
 *   await Excel.run(async (ctx) => { ... });       // the add-in's code, unchanged
 *   host.getValues("Sheet1", "B2");                // [[2]]; also formats, charts, snapshot()
 *
 * Custom functions: in Node, `installBuiltFunctions(host, "dist")` from
 * ./node (runs functions.js in a vm, as Excel's runtime does); in the browser,
 * `installCustomFunctionsGlobal(window)` before functions.js runs, then
 * `installCustomFunctions(host, runtime, functionsJson)` after it has run.
 *
 * SIMULATED
 * - Proxies, load() (string, array and object forms, "items/name", nested
 *   "format/font/bold"), context.sync() executing the queue in order,
 *   PropertyNotLoaded on unloaded reads, isNullObject after a sync,
 *   ClientResult (getCount), Excel.run(batch) and Excel.run(options, batch).
 * - Sync accounting: syncCount, requests [{bytes, operations}] (operations as
 *   JSON, UTF-8 bytes), largestRequestBytes; a request over payloadLimitBytes
 *   (default 5 MB) fails with RequestPayloadSizeLimitExceeded; failSyncAt(k)
 *   fails the k-th sync from now with GeneralException. Both refuse the whole
 *   sync: NONE of its operations are applied. A failing operation (e.g.
 *   ItemNotFound) leaves the operations queued before it applied, as Excel does.
 * - Contents: values/formulas with Excel's input rules ("=..." is a formula,
 *   "+x"/"-x"/"@x" too when it parses, "" clears, null leaves a cell unchanged,
 *   a cell formatted "@" before the write keeps text), other strings read as
 *   typed input (./typedInput, each rule with its Microsoft source): "'x" is
 *   text, 15 significant digits, leading zeros dropped, separators, %, currency,
 *   dates, times, fractions, TRUE/FALSE, error literals, and the number format
 *   Excel applies to them; en-US typing as Office.js does, and (stricter) the
 *   workbook's locale for what en-US keeps as text. Computed values (errors as
 *   "#DIV/0!"), text through number formats, valueTypes, spilled arrays.
 * - Per-cell formats (number format, font, fill, borders, alignment, wrap,
 *   indent, style), column widths / row heights, autofit (estimated), hidden
 *   rows/columns, merges, hyperlinks, used range, selection, freeze panes,
 *   page layout, tab colour, gridlines, sheet add/rename/move/hide/delete.
 * - Tables (header names made unique, total row, rows/columns add), names
 *   (usable in formulas), charts and conditional formats (stored, not drawn
 *   or evaluated), copyFrom (relative references shift).
 * - References (./engine, ./names, ./workbook): deleting a sheet turns every
 *   reference to it into #REF! for good (=#REF!B2, a name's =#REF!$B$2, a
 *   chart's source), never re-attached to a sheet given that name later;
 *   renaming a sheet rewrites formulas, names and charts; names follow
 *   Excel's syntax rules, are unique per scope case-insensitively
 *   (ItemAlreadyExists) and share one namespace with tables; a formula using
 *   a deleted name is #NAME? until a name of that text is added again.
 * - Custom functions: functions.js registered through a CustomFunctions stub,
 *   callable as =BSC.ID(...), matrix arguments as 2D arrays, spilled results,
 *   error objects as Excel errors with their messages (getCellError).
 *
 * NOT SIMULATED (known differences from Excel)
 * - Calculation is always automatic; calculationMode is only stored.
 * - Functions HyperFormula lacks (LET, LAMBDA, AVERAGEIFS, PERCENTRANK, ...)
 *   give #NAME?; LOOKUP, INDEX on one row, RANK(.EQ) and CONCAT are added here.
 *   Structured references (Table1[Col]) and 3D references are not supported.
 *   Circular references read as 0 in values (getCellError shows #CYCLE!).
 *   "#NULL!" from a custom function shows as "#N/A".
 * - Range.insert/delete (shifting cells) throw NotImplemented; table rows and
 *   columns added overwrite the cells below/beside the table; tables do not
 *   auto-expand when data is typed next to them.
 * - Typed input: formulasLocal parses like formulas (en-US, not the locale);
 *   "automatic percent entry" (12.5 typed into a % cell) is not applied;
 *   DDE-like "+cmd|..." stays text; typed #NULL!/#CALC!/... are Error values
 *   but compute as text in formulas; localized TRUE/FALSE words (display
 *   language) are text.
 * - Borders are stored on the cells of the range only (the neighbour's
 *   opposite edge is not updated). Multi-cell format reads over more than
 *   262,144 cells are approximate. Autofit widths are estimates.
 * - Events, protection, filters, sorting, pivot tables, comments, shapes,
 *   data validation, RangeAreas and asynchronous/streaming custom functions.
 * - Proxies stay usable after Excel.run ends (Excel would invalidate them).
 * - Worksheet.getRange("Other!A1") resolves to the other sheet (lenient).
 */
export { createHost, SimulatedHost, DEFAULT_PAYLOAD_LIMIT } from "./host";
export type { HostOptions, RequestRecord, FailurePoint } from "./host";
export type { CellFormat, SheetSnapshot, BorderInfo } from "./inspect";
export type { CellErrorInfo, CellOut } from "./engine";
export { installExcelGlobal, createOfficeStub, officeContext, compareVersions } from "./globals";
export type { OfficeOptions } from "./globals";
export { officeJsClient, setOfficeJsLoader } from "./officeJs";
export type { OfficeJsClient, OfficeContext } from "./officeJs";
export {
  CustomFunctionError,
  createCustomFunctionsRuntime,
  installCustomFunctions,
  installCustomFunctionsGlobal,
  parseFunctionsMetadata,
} from "./customFunctions";
export type {
  CustomFunctionsRuntime,
  CustomFunctionMetadata,
  FunctionsMetadataInput,
  CustomFunctionsOptions,
} from "./customFunctions";
export { OfficeError, ErrorCode } from "./errors";
export { ENUMS } from "./enums";
