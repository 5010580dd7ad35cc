/**
 * The `CustomFunctions` namespace of Excel's JavaScript runtime (`associate`,
 * `Error`, `ErrorCode`), for loading the add-in's built functions.js in Node
 * (a `vm` context) or in the browser (a global), and the bridge that makes
 * the associated functions callable from cells of a simulated host.
 *
 * A cell shows an error's message only on #VALUE! and #N/A, as Excel does
 * (customFunctionPlugin.ts, "Messages", with Microsoft's sources).
 */
import type { FunctionPluginDefinition } from "hyperformula";
import {
  CustomFunctionImpl,
  CustomFunctionMetadata,
  buildCustomFunctionPlugin,
} from "./customFunctionPlugin";

export type { CustomFunctionMetadata } from "./customFunctionPlugin";
export { CODES_WITH_MESSAGE, shownMessage } from "./customFunctionPlugin";

/**
 * Mirrors `CustomFunctions.Error`: an error value a function returns (code as
 * Excel shows it). As in Microsoft's runtime, no code means #VALUE! and any
 * message is accepted; a cell shows it only on #VALUE! and #N/A.
 */
export class CustomFunctionError {
  readonly name = "CustomFunctions.Error";
  readonly code: string;
  constructor(
    code?: string,
    readonly message?: string
  ) {
    this.code = code || "#VALUE!";
  }
}

export const CUSTOM_FUNCTION_ERROR_CODES: Readonly<Record<string, string>> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export interface CustomFunctionsRuntime {
  readonly Error: typeof CustomFunctionError;
  readonly ErrorCode: Readonly<Record<string, string>>;
  /** Associated functions by id (upper case). */
  readonly associations: Map<string, CustomFunctionImpl>;
  associate(id: string | Record<string, CustomFunctionImpl>, fn?: CustomFunctionImpl): void;
}

export function createCustomFunctionsRuntime(): CustomFunctionsRuntime {
  const associations = new Map<string, CustomFunctionImpl>();
  const runtime: CustomFunctionsRuntime = {
    Error: CustomFunctionError,
    ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
    associations,
    associate(id, fn) {
      if (typeof id === "string") {
        if (typeof fn !== "function")
          throw new TypeError(`CustomFunctions.associate("${id}") needs a function.`);
        associations.set(id.toUpperCase(), fn);
      } else {
        for (const [key, value] of Object.entries(id)) runtime.associate(key, value);
      }
    },
  };
  return runtime;
}

/** Creates a runtime and sets it as `target.CustomFunctions` (e.g. `window`, before functions.js runs). */
export function installCustomFunctionsGlobal(target: object = globalThis): CustomFunctionsRuntime {
  const runtime = createCustomFunctionsRuntime();
  (target as Record<string, unknown>).CustomFunctions = runtime;
  return runtime;
}

/** What functions.json holds (or its `functions` array). */
export type FunctionsMetadataInput =
  string | { functions: readonly CustomFunctionMetadata[] } | readonly CustomFunctionMetadata[];

export function parseFunctionsMetadata(
  input: FunctionsMetadataInput
): readonly CustomFunctionMetadata[] {
  const data: unknown = typeof input === "string" ? JSON.parse(input) : input;
  const list = Array.isArray(data) ? data : (data as { functions?: unknown }).functions;
  if (!Array.isArray(list))
    throw new TypeError("Custom functions metadata needs a `functions` array.");
  return list as CustomFunctionMetadata[];
}

export interface CustomFunctionsOptions {
  /** The namespace used in formulas (`=BSC.ROA(...)`); default "BSC". */
  readonly namespace?: string;
}

/** A host that can take a function plugin (the simulated host does). */
export interface FunctionPluginTarget {
  setCustomFunctionPlugin(plugin: FunctionPluginDefinition): void;
}

/**
 * Makes the associated functions usable in the host's cells as NAMESPACE.NAME.
 * Recalculates the whole workbook: call it after functions.js has run.
 */
export function installCustomFunctions(
  host: FunctionPluginTarget,
  functions:
    CustomFunctionsRuntime | Map<string, CustomFunctionImpl> | Record<string, CustomFunctionImpl>,
  metadata: FunctionsMetadataInput,
  options: CustomFunctionsOptions = {}
): void {
  const map: Map<string, CustomFunctionImpl> =
    functions instanceof Map
      ? functions
      : "associations" in functions && functions.associations instanceof Map
        ? (functions as CustomFunctionsRuntime).associations
        : new Map(Object.entries(functions as Record<string, CustomFunctionImpl>));
  const ErrorClass =
    "Error" in functions && typeof functions.Error === "function"
      ? (functions.Error as typeof CustomFunctionError)
      : CustomFunctionError;
  const lookup = (id: string): CustomFunctionImpl | undefined =>
    map.get(id) ?? map.get(id.toUpperCase());
  const plugin = buildCustomFunctionPlugin(
    options.namespace ?? "BSC",
    parseFunctionsMetadata(metadata),
    lookup,
    (code, message) => new ErrorClass(code, message)
  );
  host.setCustomFunctionPlugin(plugin);
}
