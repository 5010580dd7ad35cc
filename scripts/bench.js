/* eslint-disable no-undef */
/**
 * `npm run bench`: measures the custom functions through the built bundle, the
 * scorecard build on the simulated host, the command line at organisation
 * scale (bench/cli.js), the built sizes and the task pane's start-up, each against a baseline measured in the same run; prints a table
 * and writes BENCHMARKS.md and bench/plot.svg. Timings never fail a test.
 *
 *   npm run bench                # full run (10,000 employees: several minutes)
 *   npm run bench -- --quick     # smaller sizes, for a quick look
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.join(__dirname, "..");
const quick = process.argv.includes("--quick");

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
}

function sizes() {
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(root, "dist", f)), { level: 9 }).length;
  return [
    { file: "functions.js", gzip: gz("functions.js"), target: "under 30 KB without office.js" },
    { file: "taskpane.js", gzip: gz("taskpane.js"), target: "under 250 KB" },
  ];
}

async function startup() {
  const { measureStartup } = require("../bench/startup");
  try {
    return await measureStartup(root);
  } catch (e) {
    console.warn(`Task pane start-up not measured: ${e.message}`);
    return undefined;
  }
}

async function main() {
  console.log("Building (production) ...");
  // The production add-in plus the playground (left out of production builds), whose start-up is measured too.
  run("npx", ["webpack", "--mode", "production", "--env", "playground"]);
  run("npx", ["webpack", "--config", "webpack.bench.config.js"]);
  const { run: runFunctions } = require("../bench/functions");
  console.log("Custom functions ...");
  const functions = runFunctions(
    root,
    quick ? [1000, 10000, 100000] : [1000, 10000, 100000, 1000000]
  );
  console.table(
    functions.map((r) => ({
      fn: r.fn,
      rows: r.rows,
      ms: +r.ms.toFixed(2),
      bareMs: +r.bareMs.toFixed(2),
      ratio: +r.ratio.toFixed(2),
      iqr: `${r.ratioLow.toFixed(2)}-${r.ratioHigh.toFixed(2)}`,
    }))
  );
  // Before the builds: a parent holding a 10,000-employee build's heap keeps V8's GC threads
  // busy on the two cores while the child runs (analyse 266 ms measured after the builds, 135-173 ms before).
  console.log(
    "Analyse + plan, the pane's own work before it writes (a fresh process per size) ..."
  );
  const planning = [1000, 10000].map((n) =>
    JSON.parse(
      require("child_process").execFileSync(
        process.execPath,
        [
          "-e",
          `process.stdout.write(JSON.stringify(require(${JSON.stringify(path.join(root, "build/bench/scorecard.js"))}).measurePlanning(${n})))`,
        ],
        { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }
      )
    )
  );
  console.table(
    planning.map((p) => ({
      employees: p.employees,
      firstMs: Math.round(p.firstMs),
      analyseMs: Math.round(p.analyseMs),
      planMs: Math.round(p.planMs),
      totalMs: Math.round(p.totalMs),
      range: `${Math.round(p.minMs)}-${Math.round(p.maxMs)}`,
      bareMs: +p.bareMs.toFixed(1),
      ratio: +(p.totalMs / p.bareMs).toFixed(1),
    }))
  );
  console.log("Scorecard builds on the simulated host, through Microsoft's Office.js client ...");
  const { measureBuild } = require(path.join(root, "build/bench/scorecard.js"));
  const builds = [];
  for (const n of quick ? [100, 1000] : [100, 1000, 10000]) builds.push(await measureBuild(n));
  console.table(
    builds.map((b) => ({
      employees: b.employees,
      ms: Math.round(b.ms),
      requests: b.requests,
      cleanup: b.cleanupRequests,
      largestRequestMB: +(b.largestRequestBytes / 1e6).toFixed(2),
      largestResponseKB: +(b.largestResponseBytes / 1e3).toFixed(1),
      allRequestsMB: +(b.totalRequestBytes / 1e6).toFixed(2),
      bareMs: Math.round(b.baselineMs),
      ratio: +(b.ms / b.baselineMs).toFixed(2),
      planMs: Math.round(b.planMs),
      hostMs: Math.round(b.hostMs),
      clientMs: Math.round(b.clientMs),
    }))
  );
  console.log("The command line at organisation scale (child processes) ...");
  const cli = await require("../bench/cli").run({ quick });
  console.table(
    cli.map((r) => ({
      case: r.case,
      s: +r.seconds.toFixed(1),
      peakMB: r.rssMB === undefined ? "n/a" : Math.round(r.rssMB),
      floorS: +r.floorSeconds.toFixed(1),
      ratio: +r.ratio.toFixed(2),
      cells: r.cells,
    }))
  );
  const cliNotesFile = path.join(root, "bench/cliNotes.md");
  const cliNotes = fs.existsSync(cliNotesFile) ? fs.readFileSync(cliNotesFile, "utf8") : "";
  const bundle = sizes();
  console.table(
    bundle.map((s) => ({ file: s.file, gzipKB: +(s.gzip / 1024).toFixed(1), target: s.target }))
  );
  const start = await startup();
  if (start)
    console.table(
      start.map((s) => ({ page: s.page, ms: Math.round(s.ms), runs: s.runs.join(" ") }))
    );
  const notes = fs.existsSync(path.join(root, "bench/NOTES.md"))
    ? fs.readFileSync(path.join(root, "bench/NOTES.md"), "utf8")
    : "";
  require("../bench/report").writeReport(
    root,
    { functions, builds, planning, sizes: bundle, startup: start, cli, cliNotes },
    notes
  );
  console.log("Wrote BENCHMARKS.md and bench/plot.svg");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
