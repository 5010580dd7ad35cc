/**
 * The wire format between Microsoft's Office.js client (`@microsoft/office-js`,
 * excel-web-16.00.js) and Excel: one POST to `<url>/ProcessQuery?flags=N` per
 * `context.sync()`, whose body lists the objects the batch reaches
 * (`ObjectPaths`) and what to do with them (`Actions`), and a response with
 * results by action id or an error. Read off the client's own code
 * (`ObjectPathFactory`, `ActionFactory`, `ClientRequestBase.buildRequestMessageBodyAndRequestFlags`,
 * `ClientRequestContext.processRequestExecutorResponseMessage`).
 */

/** How an object is reached (`ObjectPathInfo.ObjectPathType`). */
export const PathType = {
  /** The root: Excel's `context.workbook`. */
  globalObject: 1,
  /** `new X()` on the server (e.g. CustomFunctionManager.newObject): not used by the add-in. */
  newObject: 2,
  /** A method that returns an object: `worksheets.add("X")`, `sheet.getRange("A1")`. */
  method: 3,
  /** A navigation property: `range.format`, `workbook.worksheets`. */
  property: 4,
  /** A collection's indexer: `worksheets.getItem(<id>)` after the client learnt the id. */
  indexer: 5,
  /** An object the server keeps alive under a reference id (tracked ranges). */
  referenceId: 6,
  /** An object the client knows to be a null object. */
  nullObject: 7,
} as const;

/** What to do (`ActionInfo.ActionType`). */
export const ActionKind = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  readonly Arguments?: unknown[];
  /** Per argument: the id of the object path it stands for, or 0 for a plain value. */
  readonly ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  readonly Select?: string[];
  readonly Expand?: string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: QueryInfo;
}

export interface RequestBody {
  readonly Actions: ActionInfo[];
  readonly ObjectPaths: Record<string, ObjectPathInfo>;
  readonly AutoKeepReference?: boolean;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ErrorInfo {
  readonly Code: string;
  readonly Message: string;
  readonly Location?: string;
  /** The index in `Actions` of the action that failed: the client prints that statement. */
  readonly ActionIndex?: number;
  readonly HttpStatusCode: number;
}

export interface ResponseBody {
  readonly Results?: ActionResult[];
  readonly Error?: ErrorInfo;
}

/** `Range.values` → "Values": how the client names members on the wire. */
export const wireName = (member: string): string =>
  member.charAt(0).toUpperCase() + member.slice(1);

/** "Values" → `values`, "GetItemOrNullObject" → `getItemOrNullObject`. */
export const memberName = (wire: string): string => wire.charAt(0).toLowerCase() + wire.slice(1);

/** The flag Excel.run sets with `{ delayForCellEdit: true }` (`onBeforeExcelRun`). */
export const FLAG_DELAY_FOR_CELL_EDIT = 64;

/** Request flags from the URL the client posts to: `.../ProcessQuery?flags=69`. */
export function requestFlags(url: string): number {
  const match = /[?&]flags=(-?\d+)/.exec(url);
  return match ? Number(match[1]) : 0;
}
