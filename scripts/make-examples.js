#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * Writes the example workbooks of src/export/examples.ts into examples/
 * (committed; the tests read them): `node scripts/make-examples.js`.
 * Runs the TypeScript sources directly, transpiled on the fly by `typescript`.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2019,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const { EXAMPLES } = require("../src/export/examples.ts");

async function main() {
  const dir = path.resolve(__dirname, "..", "examples");
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, make] of Object.entries(EXAMPLES)) {
    const target = path.join(dir, file);
    await make().xlsx.writeFile(target);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
