/**
 * The simulated host: one workbook behind Office.js's RichApi protocol. Each
 * `context.sync()` of Microsoft's client arrives here as one ProcessQuery
 * request (`processQuery`), is executed on the workbook (./richApi) and
 * answered in the format the client parses. Around that: request accounting
 * (bytes of each request and response, as the 5 MB limits count them),
 * Excel's limits and cell-edit mode, and fault injection. Inspection for
 * tests lives in ./inspect (SimulatedHost extends Inspector).
 */
import type { FunctionPluginDefinition } from "hyperformula";
import { writeContents } from "./cells";
import { ErrorCode } from "./errors";
import { Inspector } from "./inspect";
import { execute } from "./richApi/execute";
import {
  ActionKind,
  FLAG_DELAY_FOR_CELL_EDIT,
  RequestBody,
  ResponseBody,
  requestFlags,
} from "./richApi/protocol";
import { References } from "./richApi/references";
import { Workbook as WorkbookType } from "./schemaWorkbook";
import { Workbook, cultureOf } from "./workbook";

/**
 * Excel on the web's limit on a request and on a response: "5 MB" (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins", Excel
 * add-ins: payload size for requests and responses). Counted here as 5,000,000
 * bytes of the JSON the client sends or receives: never more than Excel allows.
 */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

export interface HostOptions {
  /** Sheets to create, in order, each with rows written from A1 (strings starting with "=" are formulas). */
  readonly sheets?: Record<string, unknown[][]>;
  /** Largest request, and largest response, one sync may carry, in bytes (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** The active sheet (default: the first). */
  readonly activeSheet?: string;
  /** The workbook's locale, as Excel's cultureInfo.name (default "en-US"): "id-ID" shows 57,85. */
  readonly culture?: string;
  /** The newest ExcelApi requirement set this Excel supports (default "1.17"). */
  readonly excelApi?: string;
}

export interface RequestRecord {
  /** UTF-8 bytes of the request's JSON body. */
  readonly bytes: number;
  /** UTF-8 bytes of the response's JSON body (0 when the request was refused before it ran). */
  responseBytes: number;
  /** Actions in the request (instantiations, loads, method calls, property sets). */
  readonly actions: number;
  /** Object paths the request defines. */
  readonly objectPaths: number;
  /** Excel.run's own clean-up request (only releases the references it kept). */
  readonly cleanup: boolean;
  /** The error code Excel answered with, if any. */
  error?: string;
  /** Milliseconds the simulated Excel spent on the request (parse, execute, answer; not the client's). */
  ms: number;
}

interface HttpRequestInfo {
  readonly url: string;
  readonly body: unknown;
}

export interface HttpResponseInfo {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Where an injected failure strikes: before the request runs (nothing applied) or after (all applied, answer lost). */
export type FailurePoint = "before" | "after";

const LIMITS_DOC =
  'Please refer to the documentation: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';

export class SimulatedHost extends Inspector {
  payloadLimitBytes: number;
  readonly excelApi: string;
  syncCount = 0;
  requests: RequestRecord[] = [];
  /** Objects kept alive for the client between requests (tracked ranges). */
  readonly references = new References();
  private failure: { at: number; code: string; message: string; point: FailurePoint } | undefined;
  private readonly requestListeners = new Set<(request: RequestRecord) => void>();
  private cellEdit: { ended: Promise<void>; end: () => void } | undefined;

  constructor(options: HostOptions = {}) {
    super(new Workbook());
    if (options.culture) this.workbook.culture = cultureOf(options.culture);
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT;
    this.excelApi = options.excelApi ?? "1.17";
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

  get largestResponseBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }

  get totalRequestBytes(): number {
    return this.requests.reduce((m, r) => m + r.bytes, 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.requests = [];
  }

  /**
   * Makes the k-th request from now (1-based) fail with `code`. "before": the
   * request is refused and none of it reaches the workbook. "after": it runs
   * to the end (everything applied), then the answer is lost and the client
   * sees the error, as when a connection drops after Excel did the work.
   */
  failSyncAt(
    k: number,
    code: string = ErrorCode.generalException,
    message = "The simulated host failed this request (fault injection).",
    point: FailurePoint = "before"
  ): void {
    if (!Number.isInteger(k) || k < 1) throw new RangeError("failSyncAt needs a whole number >= 1");
    this.failure = { at: this.syncCount + k, code, message, point };
  }

  /**
   * The user starts editing a cell: Excel refuses API requests
   * (InvalidOperationInCellEditMode) until `endCellEdit()`, except those sent
   * with Excel.run's `delayForCellEdit` (ExcelApi 1.11), which wait for it.
   */
  beginCellEdit(): void {
    if (this.cellEdit) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  get inCellEditMode(): boolean {
    return this.cellEdit !== undefined;
  }

  /** Replaces the custom functions plugin (see installCustomFunctions) and recomputes. */
  setCustomFunctionPlugin(plugin: FunctionPluginDefinition | undefined): void {
    this.workbook.setCustomFunctionPlugin(plugin);
  }

  /** Calls `listener` after every request has been answered (the playground redraws its grid). */
  onRequest(listener: (request: RequestRecord) => void): () => void {
    this.requestListeners.add(listener);
    return () => this.requestListeners.delete(listener);
  }

  /** One ProcessQuery request from Microsoft's client: executes it and answers as Excel does. */
  async processQuery(request: HttpRequestInfo): Promise<HttpResponseInfo> {
    const started = now();
    const answered = await this.process(request);
    const record = this.requests[this.requests.length - 1];
    record.ms = now() - started;
    for (const listener of [...this.requestListeners]) listener(record);
    return answered;
  }

  private async process(request: HttpRequestInfo): Promise<HttpResponseInfo> {
    const text =
      typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    const body = (
      typeof request.body === "string" ? JSON.parse(request.body) : request.body
    ) as RequestBody;
    const actions = body.Actions ?? [];
    const record: RequestRecord = {
      bytes: utf8Length(text),
      responseBytes: 0,
      actions: actions.length,
      objectPaths: Object.keys(body.ObjectPaths ?? {}).length,
      ms: 0,
      cleanup:
        actions.some((a) => a.Name === "_RemoveReference") &&
        actions.every(
          (a) => a.Name === "_RemoveReference" || a.ActionType === ActionKind.instantiate
        ),
    };
    this.syncCount++;
    this.requests.push(record);
    await Promise.resolve();

    const failure = this.failure && this.syncCount === this.failure.at ? this.failure : undefined;
    if (failure) this.failure = undefined;
    if (failure?.point === "before") return this.refuse(record, 500, failure.code, failure.message);
    if (record.bytes > this.payloadLimitBytes)
      return this.refuse(
        record,
        413,
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${record.bytes} bytes > ${this.payloadLimitBytes} bytes). ${LIMITS_DOC}`
      );
    if (this.cellEdit) {
      if (requestFlags(request.url) & FLAG_DELAY_FOR_CELL_EDIT) await this.cellEdit.ended;
      else
        return this.answer(record, {
          Error: {
            Code: ErrorCode.invalidOperationInCellEditMode,
            Message:
              "The operation is not allowed while Excel is in cell-editing mode. Exit cell-edit mode (press Enter or Tab) and try again.",
            HttpStatusCode: 400,
          },
        });
    }

    const run = execute(this.workbook, WorkbookType, this.references, body);
    if (failure) return this.refuse(record, 500, failure.code, failure.message);
    const response: ResponseBody = run.error ? { Error: run.error } : { Results: run.results };
    const answer = this.answer(record, response);
    if (record.responseBytes > this.payloadLimitBytes) {
      const size = record.responseBytes;
      return this.answer(
        record,
        {
          Error: {
            Code: ErrorCode.responsePayloadSizeLimitExceeded,
            Message: `The response payload size has exceeded the limit (${size} bytes > ${this.payloadLimitBytes} bytes). ${LIMITS_DOC}`,
            HttpStatusCode: 400,
          },
        },
        size
      );
    }
    return answer;
  }

  private answer(
    record: RequestRecord,
    response: ResponseBody,
    measured?: number
  ): HttpResponseInfo {
    const json = JSON.stringify(response);
    record.responseBytes = measured ?? utf8Length(json);
    if (response.Error) record.error = response.Error.Code;
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: json };
  }

  /** An HTTP error answer for a request Excel refused as a whole (`{ error: { code, message } }`). */
  private refuse(
    record: RequestRecord,
    status: number,
    code: string,
    message: string
  ): HttpResponseInfo {
    const json = JSON.stringify({ error: { code, message } });
    record.responseBytes = utf8Length(json);
    record.error = code;
    return { statusCode: status, headers: { "content-type": "application/json" }, body: json };
  }
}

export function createHost(options: HostOptions = {}): SimulatedHost {
  return new SimulatedHost(options);
}
