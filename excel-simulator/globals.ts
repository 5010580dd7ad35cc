/**
 * The globals the add-in's code meets, bound to a simulated host: Microsoft's
 * `Excel` and `OfficeExtension` (./officeJs) sending their requests to the
 * host, and `Office` with the context Office provides once it has started
 * (requirement sets the host supports, display and content languages).
 */
import type { SimulatedHost } from "./host";
import { OfficeContext, attachHost, officeJsClient, setOfficeContext } from "./officeJs";

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

export interface OfficeOptions {
  /** Office's display language ("id-ID": the pane and the functions' messages in Indonesian). */
  readonly displayLanguage?: string;
  /** Office's content (editing) language; defaults to the display language. */
  readonly contentLanguage?: string;
}

/**
 * `Office.context` for a host that supports ExcelApi up to `maxApi`.
 * "DelayForCellEdit" (what Excel.run's `delayForCellEdit` asks the client to
 * check) comes with ExcelApi 1.11, where Microsoft documents the option.
 */
export function officeContext(maxApi: string, options: OfficeOptions = {}): OfficeContext {
  const { displayLanguage, contentLanguage = displayLanguage } = options;
  return {
    host: "Excel",
    ...(displayLanguage ? { displayLanguage } : {}),
    ...(contentLanguage ? { contentLanguage } : {}),
    requirements: {
      isSetSupported: (name: string, version?: string | number) => {
        if (name === "ExcelApi") return compareVersions(String(version ?? "1.1"), maxApi) <= 0;
        if (name === "DelayForCellEdit") return compareVersions("1.11", maxApi) <= 0;
        return true;
      },
    },
  };
}

/** A minimal `Office` object for code that runs outside a page with office.js: onReady and the context. */
export function createOfficeStub(context: OfficeContext): Record<string, unknown> {
  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context,
  };
}

/**
 * Sets `Excel`, `OfficeExtension` and `Office` on `target` (default
 * globalThis), bound to `host`. In a page that loaded office.js's script,
 * `Office` is that script's own and only its context is provided. Returns a
 * function that restores what was there.
 */
export function installExcelGlobal(
  host: SimulatedHost,
  target: object = globalThis,
  office: string | OfficeOptions = {}
): () => void {
  const options = typeof office === "string" ? { displayLanguage: office } : office;
  const client = officeJsClient();
  const context = officeContext(host.excelApi, options);
  setOfficeContext(client, context);
  const detach = attachHost(client, host);
  const t = target as Record<string, unknown>;
  const previous = { Excel: t.Excel, OfficeExtension: t.OfficeExtension, Office: t.Office };
  t.Excel = client.Excel;
  t.OfficeExtension = client.OfficeExtension;
  const pageOffice = client.window.Office;
  if (t.Office !== pageOffice || pageOffice === undefined) t.Office = createOfficeStub(context);
  return () => {
    detach();
    t.Excel = previous.Excel;
    t.OfficeExtension = previous.OfficeExtension;
    t.Office = previous.Office;
  };
}
