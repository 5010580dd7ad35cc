/**
 * The `Excel` namespace object bound to a simulated host (`Excel.run`,
 * `Excel.RequestContext`, the enums such as `Excel.ChartType`), the
 * `OfficeExtension` namespace (Error, ErrorCodes), a minimal `Office` object,
 * and installing them as globals the way the add-in's code expects them.
 */
import { ClientObject, ClientResult } from "./clientObject";
import { RequestContext } from "./context";
import { ENUMS } from "./enums";
import { ErrorCode, OfficeError } from "./errors";
import type { Batch, SimulatedHost } from "./host";

export interface ExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: unknown, batch: Batch<T>): Promise<T>;
  readonly RequestContext: new () => Excel.RequestContext;
  readonly [name: string]: unknown;
}

export function createExcelNamespace(host: SimulatedHost): ExcelNamespace {
  const HostRequestContext = function (this: unknown): RequestContext {
    return host.newContext();
  } as unknown as new () => Excel.RequestContext;
  return {
    ...ENUMS,
    run: ((first: unknown, second?: Batch<unknown>) =>
      host.run(first, second as Batch<unknown>)) as ExcelNamespace["run"],
    RequestContext: HostRequestContext,
  };
}

export const OfficeExtension = {
  Error: OfficeError,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: ErrorCode.generalException,
    activityLimitReached: "ActivityLimitReached",
    invalidObjectPath: ErrorCode.invalidObjectPath,
    propertyNotLoaded: ErrorCode.propertyNotLoaded,
    valueNotLoaded: ErrorCode.valueNotLoaded,
    invalidRequestContext: "InvalidRequestContext",
    invalidArgument: ErrorCode.invalidArgument,
    runMustReturnPromise: "RunMustReturnPromise",
    cannotRegisterEvent: "CannotRegisterEvent",
    apiNotFound: "ApiNotFound",
    connectionFailure: "ConnectionFailure",
  },
  ClientObject,
  ClientResult,
  ClientRequestContext: RequestContext,
};

/** Requirement-set versions compare part by part: 1.9 < 1.17. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A minimal `Office` object: onReady, requirement sets (ExcelApi up to `maxApi`,
 * default "1.17"), and Office's display language when given ("id-ID": the pane
 * and the functions' messages in Indonesian).
 */
export function createOfficeStub(
  maxApi: string = "1.17",
  displayLanguage?: string
): Record<string, unknown> {
  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      host: "Excel",
      ...(displayLanguage ? { displayLanguage, contentLanguage: displayLanguage } : {}),
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          name !== "ExcelApi" || compareVersions(String(version ?? "1.1"), maxApi) <= 0,
      },
    },
  };
}

/**
 * Sets `Excel` and `OfficeExtension` (and `Office`, when absent) on `target`
 * (default globalThis). Returns a function that restores what was there.
 */
export function installExcelGlobal(
  host: SimulatedHost,
  target: object = globalThis,
  displayLanguage?: string
): () => void {
  const t = target as Record<string, unknown>;
  const previous = { Excel: t.Excel, OfficeExtension: t.OfficeExtension, Office: t.Office };
  const hadOffice = "Office" in t && t.Office !== undefined;
  t.Excel = createExcelNamespace(host);
  t.OfficeExtension = OfficeExtension;
  if (!hadOffice) t.Office = createOfficeStub(undefined, displayLanguage);
  return () => {
    t.Excel = previous.Excel;
    t.OfficeExtension = previous.OfficeExtension;
    if (!hadOffice) t.Office = previous.Office;
  };
}
