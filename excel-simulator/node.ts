/**
 * Node-only helpers (kept out of index.ts so the browser bundle does not pull
 * in fs, vm and jsdom): Microsoft's Office.js client in a jsdom window
 * (`useOfficeJsInNode`), and the add-in's BUILT functions.js loaded the way
 * Excel's custom-functions runtime does, in a fresh context whose only globals
 * are `CustomFunctions` and `Office`, installed into a host.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import {
  CustomFunctionsRuntime,
  createCustomFunctionsRuntime,
  installCustomFunctions,
  parseFunctionsMetadata,
} from "./customFunctions";
import type { CustomFunctionMetadata } from "./customFunctionPlugin";
import { createOfficeStub, officeContext } from "./globals";
import type { SimulatedHost } from "./host";
import { OfficeJsClient, setOfficeJsLoader } from "./officeJs";

/**
 * The client script the tests run: the same file office.js loads for Excel on
 * the web. BSC_OFFICE_JS_DEBUG=1 picks its readable twin (same code, not
 * minified) for stack traces that name the client's functions.
 */
export function officeJsScriptPath(debug = process.env.BSC_OFFICE_JS_DEBUG === "1"): string {
  const dist = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist"
  );
  return path.join(dist, debug ? "excel-web-16.00.debug.js" : "excel-web-16.00.js");
}

/** Evaluates Microsoft's client script in a new jsdom window (its own realm, as in a browser frame). */
export function loadOfficeJsInJsdom(file = officeJsScriptPath()): OfficeJsClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as typeof import("jsdom");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  const window = dom.window as unknown as Record<string, unknown> & {
    eval(source: string): unknown;
  };
  window.eval(fs.readFileSync(file, "utf8"));
  if (!(window.Excel as { run?: unknown } | undefined)?.run)
    throw new Error(`${file} did not define Excel.run in the jsdom window.`);
  return {
    Excel: window.Excel as typeof Excel,
    OfficeExtension: window.OfficeExtension as typeof OfficeExtension,
    window,
    close: () => dom.window.close(),
  };
}

/**
 * Makes installExcelGlobal use Microsoft's client in Node (a jest setup file
 * and the benchmarks call this); `file` where the script cannot be resolved
 * from this module (a bundled benchmark).
 */
export function useOfficeJsInNode(file?: string): void {
  setOfficeJsLoader(() => loadOfficeJsInJsdom(file));
}

export interface LoadedFunctions {
  readonly runtime: CustomFunctionsRuntime;
  readonly metadata: readonly CustomFunctionMetadata[];
}

/** Runs `<distDir>/functions.js` in a vm context and reads `<distDir>/functions.json`. */
export function loadFunctionsBundle(distDir: string): LoadedFunctions {
  const runtime = createCustomFunctionsRuntime();
  const context = vm.createContext({
    CustomFunctions: runtime,
    Office: createOfficeStub(officeContext("1.17")),
  });
  const file = path.join(distDir, "functions.js");
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  const metadata = parseFunctionsMetadata(
    fs.readFileSync(path.join(distDir, "functions.json"), "utf8")
  );
  return { runtime, metadata };
}

/** loadFunctionsBundle + installCustomFunctions: `=BSC.ROA(B2,C2)` then computes in the host. */
export function installBuiltFunctions(
  host: SimulatedHost,
  distDir: string,
  namespace = "BSC"
): LoadedFunctions {
  const loaded = loadFunctionsBundle(distDir);
  installCustomFunctions(host, loaded.runtime, loaded.metadata, { namespace });
  return loaded;
}
