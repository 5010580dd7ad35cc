/**
 * Node-only helpers (kept out of index.ts so the browser bundle does not pull
 * in fs and vm): load the add-in's BUILT functions.js the way Excel's
 * custom-functions runtime does, in a fresh context whose only globals are
 * `CustomFunctions` and `Office`, and install the functions into a host.
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
import { createOfficeStub } from "./excelNamespace";
import type { SimulatedHost } from "./host";

export interface LoadedFunctions {
  readonly runtime: CustomFunctionsRuntime;
  readonly metadata: readonly CustomFunctionMetadata[];
}

/** Runs `<distDir>/functions.js` in a vm context and reads `<distDir>/functions.json`. */
export function loadFunctionsBundle(distDir: string): LoadedFunctions {
  const runtime = createCustomFunctionsRuntime();
  const context = vm.createContext({ CustomFunctions: runtime, Office: createOfficeStub() });
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
