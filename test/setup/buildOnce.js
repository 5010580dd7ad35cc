/* eslint-disable no-undef */
/**
 * Jest global setup of the projects that load built code (the add-in's dist/,
 * the playground's build/playground/): builds each once, before any suite
 * runs, when it is missing or older than its sources, so suites never race a
 * rebuild (webpack empties its output folder first). A fresh production
 * build (CI runs `npm run build` first) is kept: the tests then load the
 * minified bundles users get.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "../..");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Webpack leaves a file whose content did not change at its old date: the newest output tells when the last build ran. */
function fresh(outputs, sources) {
  const since = Math.max(...sources.map((d) => newest(path.join(root, d))));
  return outputs.every((f) => fs.existsSync(f)) && Math.max(...outputs.map((f) => fs.statSync(f).mtimeMs)) >= since;
}

const COMPILERS = [
  {
    name: "add-in",
    outputs: ["functions.js", "functions.json", "taskpane.html"].map((f) => path.join(root, "dist", f)),
    sources: ["src"],
  },
  {
    name: "playground",
    outputs: ["playground.html", "playground.js", "functions.js"].map((f) => path.join(root, "build", "playground", f)),
    sources: ["src", "playground", "excel-simulator"],
  },
];

module.exports = async function buildOnce() {
  const stale = COMPILERS.filter((c) => !fresh(c.outputs, c.sources)).map((c) => c.name);
  if (stale.length === 0) return;
  console.log(`\nBuilding ${stale.join(" and ")} for the tests ...`);
  const names = stale.flatMap((name) => ["--config-name", name]);
  execFileSync("npx", ["webpack", "--mode", "development", ...names], { cwd: root, stdio: "inherit" });
};
