/* eslint-disable no-undef */
/**
 * Jest global setup: builds dist/ (the add-in) and build/playground/ once,
 * before any suite runs, when they are missing or older than the sources, so
 * suites that load the built bundles never race a rebuild (webpack empties
 * its output folders first).
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

module.exports = async function buildOnce() {
  const outputs = [
    ...["functions.js", "functions.json", "taskpane.html"].map((f) => path.join(root, "dist", f)),
    ...["playground.html", "playground.js", "functions.js"].map((f) => path.join(root, "build", "playground", f)),
  ];
  const sources = Math.max(...["src", "playground", "excel-simulator"].map((d) => newest(path.join(root, d))));
  // Webpack leaves a file whose content did not change at its old date: the newest output tells when the last build ran.
  const fresh = outputs.every((f) => fs.existsSync(f)) && Math.max(...outputs.map((f) => fs.statSync(f).mtimeMs)) >= sources;
  if (fresh) return;
  console.log("\nBuilding dist/ for the tests ...");
  execFileSync("npx", ["webpack", "--mode", "development"], { cwd: root, stdio: "inherit" });
};
