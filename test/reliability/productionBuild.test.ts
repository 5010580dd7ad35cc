/**
 * The production build, as deployed: `webpack --mode production` into a
 * temporary directory (dist/ stays the development build the other suites use),
 * with the production origin given as a deployment gives it (BSC_PRODUCTION_ORIGIN).
 *
 * - no file of the output mentions localhost (the sources are written for
 *   https://localhost:3000; every URL must move to the production origin);
 * - every URL of the manifest, the AppDomain included, is on that origin and
 *   names a file the build wrote; the functions' help URLs too, down to the
 *   function's section of the reference page;
 * - the playground (a development tool bundling HyperFormula, GPL) is not in it;
 * - its minified functions.js computes every documented example;
 * - the origin is checked: https, no path, not localhost.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { FUNCTIONS } from "../../src/functions/library";
import { createCustomFunctionsStub } from "../support/customFunctionsStub";

const root = path.resolve(__dirname, "../..");
const ORIGIN = "https://bsc-addin.contoso.test";

/** Every file under `dir`, as paths relative to it. */
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p).map((f) => path.join(e.name, f)) : [path.relative(dir, p)];
  });
}

let out: string;
let read: (file: string) => string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-production-"));
  read = (file) => fs.readFileSync(path.join(out, file), "utf8");
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, BSC_PRODUCTION_ORIGIN: ORIGIN },
  });
}, 600_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("the production build", () => {
  it("mentions localhost in no file", () => {
    const all = files(out);
    expect(all.length).toBeGreaterThan(8);
    const found = all.filter((f) =>
      /localhost/i.test(fs.readFileSync(path.join(out, f)).toString("latin1"))
    );
    expect(found).toEqual([]);
  });

  it("puts every manifest URL on the production origin, each naming a file it built", () => {
    for (const manifest of files(out).filter((f) => /^manifest.*\.xml$/.test(f))) {
      const xml = read(manifest);
      const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
      const domains = [...xml.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(10);
      expect(domains).toEqual([ORIGIN]);
      expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`))).toEqual([]);
      const missing = urls
        .map((u) => new URL(u).pathname.slice(1))
        .filter((f) => !fs.existsSync(path.join(out, f)));
      expect(missing).toEqual([]);
    }
  });

  it("gives every function a help URL on the production origin, to its section of the reference", () => {
    for (const json of ["functions.json", "functions.id-ID.json"]) {
      const { functions } = JSON.parse(read(json)) as {
        functions: { id: string; helpUrl: string }[];
      };
      // Every function of the library (23 with ACHIEVEMENT), none left out of the metadata.
      expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
      for (const f of functions) {
        const url = new URL(f.helpUrl);
        expect([f.id, url.origin]).toEqual([f.id, ORIGIN]);
        // The page is minified: attribute quotes may go.
        expect(read(url.pathname.slice(1))).toMatch(
          new RegExp(`<section id=["']?${url.hash.slice(1)}["']?>`)
        );
      }
    }
  });

  it("keeps the task pane's Content-Security-Policy through minification", () => {
    expect(read("taskpane.html")).toMatch(
      /http-equiv=["']?Content-Security-Policy["']? content=["']?object-src 'none'; base-uri 'self'["'>]/
    );
  });

  it("leaves the playground out", () => {
    expect(files(out).filter((f) => /playground/i.test(f))).toEqual([]);
    expect(read("taskpane.html")).not.toMatch(/playground/i);
  });

  it("computes every documented example with its minified functions.js", () => {
    const cf = createCustomFunctionsStub();
    vm.runInContext(read("functions.js"), vm.createContext({ CustomFunctions: cf, Office: {} }));
    const examples = JSON.parse(
      fs.readFileSync(path.join(root, "docs/function-examples.json"), "utf8")
    ) as Record<string, { args: unknown[]; result: number | string | boolean }>;
    expect(Object.keys(examples).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const [id, ex] of Object.entries(examples)) {
      const value = (cf.associations.get(id)!(...ex.args) as unknown[][])[0][0];
      if (typeof ex.result === "number")
        expect([id, value]).toEqual([id, expect.closeTo(ex.result, 2)]);
      else expect([id, value]).toEqual([id, ex.result]);
    }
  });
});

describe("the production origin", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  interface Compiler {
    name: string;
    plugins: { constructor: { name: string } }[];
    entry: Record<string, unknown>;
    output: { path: string };
  }
  /** webpack.config.js: one compiler (the add-in), or the add-in and the playground. */
  const config = require(path.join(root, "webpack.config.js")) as (
    env: Record<string, unknown>,
    options: { mode: string }
  ) => Promise<Compiler & Compiler[]>;
  const saved = process.env.BSC_PRODUCTION_ORIGIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.BSC_PRODUCTION_ORIGIN;
    else process.env.BSC_PRODUCTION_ORIGIN = saved;
  });

  it("is package.json's config.production_origin unless BSC_PRODUCTION_ORIGIN says otherwise", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.config.production_origin).toMatch(/^https:\/\/[^/]+$/);
    expect(pkg.config.dev_server_port).toBe(3000);
  });

  it.each([
    "http://scorecard.contoso.com",
    "https://scorecard.contoso.com/addin",
    "https://localhost:3000",
    "https://127.0.0.1",
    "not a url",
  ])("refuses %s", async (origin) => {
    process.env.BSC_PRODUCTION_ORIGIN = origin;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/origin/);
  });

  it("accepts an https origin, with or without a trailing slash, and leaves development builds alone", async () => {
    process.env.BSC_PRODUCTION_ORIGIN = `${ORIGIN}/`;
    const production = await config({}, { mode: "production" });
    expect(production.plugins.map((p) => p.constructor.name)).toContain("OriginPlugin");
    expect(Object.keys(production.entry)).toEqual(["functions", "taskpane"]);
    // The playground is a compiler of its own, whose output is never the add-in's dist/.
    const withPlayground = await config({ playground: true }, { mode: "production" });
    expect(withPlayground.map((c) => c.name)).toEqual(["add-in", "playground"]);
    expect(Object.keys(withPlayground[1].entry)).toContain("playground");
    expect(withPlayground[1].output.path).toMatch(/build[\\/]playground$/);
    process.env.BSC_PRODUCTION_ORIGIN = "not a url";
    const development = await config({}, { mode: "development" });
    expect(development[0].plugins.map((p: object) => p.constructor.name)).not.toContain(
      "OriginPlugin"
    );
    expect(Object.keys(development[0].entry)).toEqual(["functions", "taskpane"]);
    expect(development[0].output.path).toMatch(/dist$/);
    expect(Object.keys(development[1].entry)).toContain("playground");
  });
});
