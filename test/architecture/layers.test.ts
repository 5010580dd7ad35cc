/**
 * Imports go one way: core ← functions / scorecard ← excel / export ← taskpane / cli.
 * Each folder of src/ is a layer; a file may import its own layer and the
 * layers below it, and only the packages its layer is for (the core and the
 * sheet plans import none: no Office, React, DOM or file system). Nothing in
 * src/ imports the simulator, the playground, the tests or the benchmarks.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..", "..");
const src = path.join(root, "src");

interface Layer {
  readonly imports: readonly string[];
  readonly packages: readonly RegExp[];
}

const LAYERS: Readonly<Record<string, Layer>> = {
  core: { imports: [], packages: [] },
  examples: { imports: ["core"], packages: [] },
  functions: { imports: ["core"], packages: [] },
  scorecard: { imports: ["core", "examples"], packages: [] },
  excel: { imports: ["core", "scorecard"], packages: [] },
  export: { imports: ["core", "examples", "scorecard"], packages: [/^exceljs$/, /^numfmt$/] },
  taskpane: {
    imports: ["core", "scorecard", "excel"],
    packages: [/^react(-dom)?(\/|$)/, /^@fluentui\//],
  },
  cli: {
    imports: ["core", "scorecard", "export"],
    // Node's own modules: files, processes for several files at once (child_process, os), a GC on request (v8, vm).
    packages: [/^exceljs$/, /^(fs|path|os|child_process|v8|vm)$/],
  },
};

/** Files outside src/ a layer may read: the command line prints the package's version. */
const ROOT_FILES: Readonly<Record<string, readonly string[]>> = { cli: ["package.json"] };

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;

interface SourceFile {
  /** Path relative to src/, with forward slashes ("excel/readSource.ts"). */
  readonly file: string;
  readonly text: string;
}

/** Every import that breaks the layering, as "file → what it imports (why)". */
function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    const layer = file.split("/")[0];
    const rules = LAYERS[layer];
    if (!rules) {
      found.push(`${file}: src/${layer}/ is not a known layer`);
      continue;
    }
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec.startsWith(".")) {
        if (!rules.packages.some((p) => p.test(spec)))
          found.push(`${file} → ${spec} (a package ${layer} may not use)`);
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (target.startsWith("../")) {
        const outside = target.replace(/^(\.\.\/)+/, "");
        if (!(ROOT_FILES[layer] ?? []).includes(outside))
          found.push(`${file} → ${spec} (outside src/)`);
        continue;
      }
      const to = target.split("/")[0];
      if (to !== layer && !rules.imports.includes(to))
        found.push(`${file} → ${spec} (${layer} may not import ${to})`);
    }
  }
  return found;
}

function sources(dir: string): SourceFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [
      {
        file: path.relative(src, full).split(path.sep).join("/"),
        text: fs.readFileSync(full, "utf8"),
      },
    ];
  });
}

describe("the layers of src/", () => {
  const files = sources(src);

  it("are the folders of src/, each known", () => {
    const folders = fs
      .readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
    expect(files.length).toBeGreaterThan(80);
  });

  it("import one way: core ← functions / scorecard ← excel / export ← taskpane / cli", () => {
    expect(violations(files)).toEqual([]);
  });

  it("the check finds what breaks the rule", () => {
    expect(
      violations([
        { file: "excel/writePlans.ts", text: 'import type { X } from "../taskpane/services/x";' },
        {
          file: "core/rating.ts",
          text: 'import { y } from "../scorecard/types";\nimport React from "react";',
        },
        { file: "scorecard/a.ts", text: 'export { z } from "../../excel-simulator";' },
        { file: "functions/f.ts", text: 'const m = import("../excel/culture");' },
        {
          file: "cli/main.ts",
          text: 'import pkg from "../../package.json";\nimport { b } from "../export/buildWorkbook";',
        },
        { file: "playground/x.ts", text: "" },
      ])
    ).toEqual([
      "excel/writePlans.ts → ../taskpane/services/x (excel may not import taskpane)",
      "core/rating.ts → ../scorecard/types (core may not import scorecard)",
      "core/rating.ts → react (a package core may not use)",
      "scorecard/a.ts → ../../excel-simulator (outside src/)",
      "functions/f.ts → ../excel/culture (functions may not import excel)",
      "src/playground/ is not a known layer".replace(
        "src/playground/ is",
        "playground/x.ts: src/playground/ is"
      ),
    ]);
  });
});
