/**
 * Loads the built dist/functions.js as Excel does (only `CustomFunctions` and
 * `Office` defined), building it first when it is missing or older than src/.
 * `Office` has no `context` unless a display language (or an `Office`) is given.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { CustomFunctionsStub, createCustomFunctionsStub } from "./customFunctionsStub";

export const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const js = path.join(dist, "functions.js");
  const json = path.join(dist, "functions.json");
  const stale = () =>
    fs.statSync(js).mtimeMs <
    Math.max(
      newestSource(path.join(root, "src/functions")),
      newestSource(path.join(root, "src/core"))
    );
  if (fs.existsSync(js) && fs.existsSync(json) && !stale()) return;
  try {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "pipe" });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `the build failed:\n${out.stdout?.toString() ?? ""}${out.stderr?.toString() ?? ""}`
    );
  }
}

export interface LoadedBundle {
  readonly cf: CustomFunctionsStub;
  /** The `Office` global the bundle runs with (tests may change it after loading). */
  readonly office: Record<string, unknown>;
  readonly metadata: {
    id: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  }[];
  call(id: string, ...args: unknown[]): unknown;
}

export interface BundleOptions {
  /** Gives `Office` a `context` with this display language ("id-ID", "en-US"); by default it has no `context`. */
  readonly displayLanguage?: string;
  /** Replaces the default `Office` global altogether. */
  readonly office?: Record<string, unknown>;
}

export function loadBuiltFunctions(options: BundleOptions = {}): LoadedBundle {
  ensureBuilt();
  const cf = createCustomFunctionsStub();
  const office: Record<string, unknown> = options.office ?? {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  };
  if (options.displayLanguage !== undefined) {
    office.context = { displayLanguage: options.displayLanguage };
  }
  vm.runInContext(
    fs.readFileSync(path.join(dist, "functions.js"), "utf8"),
    vm.createContext({ CustomFunctions: cf, Office: office }),
    {
      filename: "functions.js",
    }
  );
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions;
  return {
    cf,
    office,
    metadata,
    call(id, ...args) {
      const fn = cf.associations.get(id);
      if (!fn) throw new Error(`${id} is not registered`);
      return fn(...args);
    },
  };
}
