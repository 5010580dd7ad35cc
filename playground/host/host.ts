/**
 * The simulated host: one workbook, the Office.js entry points bound to it
 * (`run`, `newContext`), request accounting and fault injection. Inspection
 * for tests lives in ./inspect (SimulatedHost extends Inspector).
 */
import type { FunctionPluginDefinition } from "hyperformula";
import { writeContents } from "./cells";
import { RequestContext } from "./context";
import { ErrorCode, hostError } from "./errors";
import { Inspector } from "./inspect";
import { Workbook as WorkbookType } from "./schemaWorkbook";
import { Workbook, cultureOf } from "./workbook";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostOptions {
  /** Sheets to create, in order, each with rows written from A1 (strings starting with "=" are formulas). */
  readonly sheets?: Record<string, unknown[][]>;
  /** Largest request one sync may send, in bytes (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** The active sheet (default: the first). */
  readonly activeSheet?: string;
  /** The workbook's locale, as Excel's cultureInfo.name (default "en-US"): "id-ID" shows 57,85. */
  readonly culture?: string;
}

export interface RequestRecord {
  readonly bytes: number;
  readonly operations: number;
}

/** A batch sees the context typed as Office.js's (the simulation implements that subset). */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T> | T;

export class SimulatedHost extends Inspector {
  payloadLimitBytes: number;
  syncCount = 0;
  requests: RequestRecord[] = [];
  private failure: { at: number; code: string; message: string } | undefined;

  constructor(options: HostOptions = {}) {
    super(new Workbook());
    if (options.culture) this.workbook.culture = cultureOf(options.culture);
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT;
    const sheets = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    if (options.activeSheet)
      this.workbook.activate(this.workbook.requireSheet(options.activeSheet));
  }

  /** Adds a sheet (outside Office.js, not counted), optionally with rows written from A1. */
  addSheet(name: string, rows: unknown[][] = []): void {
    this.workbook.addSheet(name);
    if (rows.length > 0) this.setValues(name, "A1", rows);
  }

  /** Writes values or formulas from a top-left cell (outside Office.js, not counted), with Excel's rules. */
  setValues(sheet: string, topLeft: string, rows: unknown[][]): void {
    const start = this.workbook.resolveAddress(topLeft, this.workbook.requireSheet(sheet));
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length === 0 || width === 0) return;
    const padded = rows.map((r) => [...r, ...new Array<unknown>(width - r.length).fill(null)]);
    const rect = {
      r0: start.rect.r0,
      c0: start.rect.c0,
      r1: start.rect.r0 + rows.length - 1,
      c1: start.rect.c0 + width - 1,
    };
    writeContents(this.workbook, { sheet: start.sheet, rect }, padded);
  }

  get largestRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  get totalRequestBytes(): number {
    return this.requests.reduce((m, r) => m + r.bytes, 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.requests = [];
  }

  /**
   * Makes the k-th sync from now (1-based) fail with `code` before anything of
   * it is applied: none of that sync's queued operations reach the workbook.
   */
  failSyncAt(
    k: number,
    code: string = ErrorCode.generalException,
    message = "The simulated host failed this request (fault injection)."
  ): void {
    if (!Number.isInteger(k) || k < 1) throw new RangeError("failSyncAt needs a whole number >= 1");
    this.failure = { at: this.syncCount + k, code, message };
  }

  /** Replaces the custom functions plugin (see installCustomFunctions) and recomputes. */
  setCustomFunctionPlugin(plugin: FunctionPluginDefinition | undefined): void {
    this.workbook.setCustomFunctionPlugin(plugin);
  }

  /** A request context on this workbook, as `new Excel.RequestContext()`. */
  newContext(): RequestContext {
    return new RequestContext(
      { workbook: this.workbook, beginSync: (r) => this.beginSync(r) },
      WorkbookType
    );
  }

  private beginSync(request: RequestRecord): void {
    this.syncCount++;
    this.requests.push(request);
    if (this.failure && this.syncCount === this.failure.at) {
      const { code, message } = this.failure;
      this.failure = undefined;
      throw hostError(code, message);
    }
    if (request.bytes > this.payloadLimitBytes) {
      throw hostError(
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${request.bytes} bytes > ${this.payloadLimitBytes} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`
      );
    }
  }

  /** `Excel.run(batch)` / `Excel.run(options | object | context, batch)`: runs, syncs at the end, returns the batch's result. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: unknown, batch: Batch<T>): Promise<T>;
  async run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function.");
    const given = typeof first === "function" ? undefined : first;
    const context =
      given instanceof RequestContext
        ? given
        : given &&
            typeof given === "object" &&
            (given as { context?: unknown }).context instanceof RequestContext
          ? (given as { context: RequestContext }).context
          : this.newContext();
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync();
    return result;
  }
}

export function createHost(options: HostOptions = {}): SimulatedHost {
  return new SimulatedHost(options);
}
