/* eslint-disable no-undef */
/**
 * The command line's bundle, build/cli/cli.js: where it lives, whether it is
 * older than its sources, and building it.
 *
 * It lives outside dist/ on purpose: dist/ is the add-in's web root, which every
 * add-in build (`npm start`, `npm test`'s set-up, `npm run build`) empties first.
 * The bundle is built by `prepare` (so `npm install` alone gives a working
 * `npx bsc-scorecard`), by `npm run build`, and by bin/bsc-scorecard.js itself
 * when it is missing or older than src/ (first use after an edit).
 *
 *   node scripts/cliBundle.js             # build when missing or stale
 *   node scripts/cliBundle.js --prepare   # the same, and nothing when webpack is not installed
 *   node scripts/cliBundle.js --force     # build now (npm run build:cli)
 */
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bundleDir = path.join(root, "build", "cli");
const bundle = path.join(bundleDir, "cli.js");
/** What the bundle is made from: a change to any of these makes it stale. */
const sources = ["src", "webpack.cli.config.js", "package.json", "tsconfig.json"].map((p) =>
  path.join(root, p)
);

function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p))
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why the bundle must be built, or null when it is up to date (or there are no sources to build it from). */
function staleReason() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  if (!built) return "not built yet";
  if (!fs.existsSync(path.join(root, "src"))) return null;
  return newestMtime(sources[0]) > built.mtimeMs ||
    sources.slice(1).some((s) => newestMtime(s) > built.mtimeMs)
    ? "its sources changed"
    : null;
}

function canBuild() {
  try {
    require.resolve("webpack", { paths: [root] });
    return fs.existsSync(path.join(root, "src", "cli", "main.ts"));
  } catch {
    return false;
  }
}

/**
 * Builds the bundle with webpack's Node API into a directory of its own, then
 * moves cli.js into place (a rename replaces the file in one step), so two
 * commands building at once never see a half-written or emptied bundle.
 */
function build() {
  const webpack = require(require.resolve("webpack", { paths: [root] }));
  const makeConfig = require(path.join(root, "webpack.cli.config.js"));
  const staging = path.join(root, "build", `cli-${process.pid}-${Date.now()}`);
  const config = makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: staging };
  config.infrastructureLogging = { level: "error" };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      const failed =
        error || (stats && stats.hasErrors() ? stats.toString({ all: false, errors: true }) : null);
      if (failed) {
        fs.rmSync(staging, { recursive: true, force: true });
        reject(error || new Error(failed));
        return;
      }
      fs.mkdirSync(bundleDir, { recursive: true });
      fs.renameSync(path.join(staging, "cli.js"), bundle);
      fs.rmSync(staging, { recursive: true, force: true });
      resolve(bundle);
    });
  });
}

/**
 * The bundle's path, built first when missing or stale. `log` hears one line
 * before a build (the command line passes stderr, so stdout stays its own).
 */
async function ensureCliBundle({ force = false, log = () => {} } = {}) {
  const reason = force ? "asked to" : staleReason();
  if (reason === null) return bundle;
  if (!canBuild()) {
    if (fs.existsSync(bundle)) return bundle;
    throw new Error(
      "The command line is not built and its build tools are missing: run npm install."
    );
  }
  log(force ? "Building the command line ..." : `Building the command line (${reason}) ...`);
  return build();
}

module.exports = { bundle, ensureCliBundle, staleReason };

if (require.main === module) {
  // An install without devDependencies has no webpack: nothing to build with, and nothing to fail.
  if (process.argv.includes("--prepare") && !canBuild()) process.exit(0);
  ensureCliBundle({
    force: process.argv.includes("--force"),
    log: (line) => console.log(line),
  }).then(
    () => {},
    (error) => {
      console.error(error.message || error);
      process.exit(1);
    }
  );
}
