/**
 * Simulated Excel host: the server side of Office.js's RichApi protocol for
 * the subset of the Excel API this add-in uses, backed by HyperFormula, so
 * src/excel code runs in Node tests, benchmarks and the browser playground
 * without Microsoft Excel. The client in front of it is Microsoft's own
 * (@microsoft/office-js, excel-web-16.00.js: ./officeJs): its proxies,
 * load/sync, PropertyNotLoaded, null objects, tracked objects, errors and
 * request serialization are what the add-in meets; each `context.sync()`
 * reaches the host as one ProcessQuery request (./richApi executes it).
 *
 *   useOfficeJsInNode();                           // Node only (./node): the client in a jsdom window
 *   const host = createHost({ sheets: { Sheet1: [["a", 1], ["b", "=B1*2"]] } });
 *   installExcelGlobal(host);                      // Microsoft's Excel and OfficeExtension, Office.context
 *   await Excel.run(async (ctx) => { ... });       // the add-in's code, unchanged
 *   host.getValues("Sheet1", "B2");                // [[2]]; also formats, charts, snapshot()
 *
 * Custom functions: in Node, `installBuiltFunctions(host, "dist")` from
 * ./node (runs functions.js in a vm, as Excel's runtime does); in the browser,
 * `installCustomFunctionsGlobal(window)` before functions.js runs, then
 * `installCustomFunctions(host, runtime, functionsJson)` after it has run.
 *
 * SIMULATED (the server side; the client is Microsoft's)
 * - The protocol: object paths (global object, navigation properties, methods
 *   returning objects, indexers by id, reference ids, null objects), actions
 *   (instantiate, query with Select/Expand, method, set property, trace),
 *   answers by action id with the ids the client re-addresses objects by
 *   (worksheets, tables, charts, names), `_KeepReference`/`_RemoveReference`
 *   for the ranges Excel.run tracks, `_ValidateArraySize` for the client's
 *   1,500-cell bulk writes. Actions run in order; the first that fails stops
 *   the request with Excel's error code and its action index, and what ran
 *   before it stays done (a sync is not a transaction).
 * - Excel on the web's limits and modes: a request over payloadLimitBytes
 *   (5,000,000 bytes of JSON by default) is refused whole with
 *   RequestPayloadSizeLimitExceeded; an answer over it is replaced by
 *   ResponsePayloadSizeLimitExceeded after the request ran; in cell-edit mode
 *   (beginCellEdit) requests fail with InvalidOperationInCellEditMode unless
 *   sent with delayForCellEdit (ExcelApi 1.11), which wait for endCellEdit.
 * - Accounting and faults: requests [{bytes, responseBytes, actions,
 *   objectPaths, cleanup, error, ms}]; failSyncAt(k, code, message, point)
 *   fails the k-th request before it runs (nothing applied) or after (all
 *   applied, answer lost). onRequest(listener) after every answer.
 * - Office.context for the client and the add-in: requirement sets up to
 *   HostOptions.excelApi (DelayForCellEdit from 1.11), display and content
 *   languages.
 * - Contents: values/formulas with Excel's input rules ("=..." is a formula,
 *   "+x"/"-x"/"@x" too when it parses, "" clears, null leaves a cell unchanged,
 *   a cell formatted "@" before the write keeps text), other strings read as
 *   typed input (./typedInput, each rule with its Microsoft source): "'x" is
 *   text, 15 significant digits, leading zeros dropped, separators, %, currency,
 *   dates, times, fractions, TRUE/FALSE, error literals, and the number format
 *   Excel applies to them; en-US typing as Office.js does, and (stricter) the
 *   workbook's locale for what en-US keeps as text. Computed values with
 *   every digit of the double (nothing rounded on the way out; errors as
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
 * - In Node the client runs in a jsdom window, a realm of its own: objects
 *   it returns are not `instanceof` the tests' Array or Error (as code in a
 *   browser frame would see them from another frame); the add-in's code does
 *   not rely on that.
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
