/* eslint-disable no-undef */
/**
 * The command line at organisation scale: `bsc-scorecard build` as a child
 * process (its wall time and its peak resident memory, GNU time's %M: the
 * largest single process of the run) against the bare ExcelJS floor measured
 * in the same run, in a child process too: ExcelJS reads the input in full,
 * then its streaming writer writes as many cells as the command's output
 * holds (counted by reading the output back, untimed).
 *
 * Inputs come from the example code (src/export/examples.ts
 * organisationWorkbook: generated employees, 12 KPIs each): one file of 1,000
 * and one of 10,000 employees, and a folder of 20 unit files of 500 employees
 * each, built with --jobs 1 and --jobs 2 (child processes).
 *
 *   node bench/cli.js            # 1,000 and 10,000 employees, the folder
 *   node bench/cli.js --quick    # 1,000 employees and a folder of 20 × 50
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");

/** Runs the TypeScript sources (the example generator) as scripts/make-examples.js does. */
function requireTs(file) {
  const ts = require(require.resolve("typescript", { paths: [root] }));
  if (!require.extensions[".ts"])
    require.extensions[".ts"] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
        fileName: filename,
      });
      module._compile(outputText, filename);
    };
  return require(file);
}

const TIME = "/usr/bin/time";

/** Wall seconds and peak RSS in MB (GNU time's %M, when it is installed) of `node args`. */
function timed(args, cwd) {
  const useTime = fs.existsSync(TIME);
  const started = process.hrtime.bigint();
  const r = spawnSync(
    useTime ? TIME : process.execPath,
    useTime ? ["-f", "BSC_TIME %M", process.execPath, ...args] : args,
    { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28 }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /BSC_TIME (\d+)/.exec(String(r.stderr));
  return { seconds, rssMB: m ? Number(m[1]) / 1024 : undefined, status: r.status };
}

/** Cells of an xlsx file (ExcelJS's streaming reader, untimed). */
async function countCells(file) {
  const ExcelJS = require(require.resolve("exceljs", { paths: [root] }));
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    worksheets: "emit",
    styles: "ignore",
    hyperlinks: "ignore",
  });
  for await (const sheet of reader) for await (const row of sheet) cells += row.actualCellCount;
  return cells;
}

/** The floor's child: read `input` in full, stream-write `cells` cells (text, formula, number). */
const FLOOR_SCRIPT = `
const ExcelJS = require(${JSON.stringify(require.resolve("exceljs", { paths: [root] }))});
(async () => {
  const [inputs, cells, out] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2]), process.argv[3]];
  for (let i = 0; i < inputs.length; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(inputs[i]);
    const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: true });
    const ws = w.addWorksheet("S");
    let left = cells[i];
    for (let r = 1; left > 0; r++) {
      const n = Math.min(16, left);
      const row = new Array(n);
      for (let c = 0; c < n; c++)
        row[c] = c % 4 === 0 ? "Text " + r : c % 4 === 1 ? { formula: "B" + r + "*2" } : r * c + 0.5;
      ws.addRow(row).commit();
      left -= n;
    }
    ws.commit();
    await w.commit();
  }
})();
`;

async function floor(inputs, outputs, dir) {
  const cells = [];
  for (const o of outputs) cells.push(await countCells(o));
  const m = timed(
    [
      "-e",
      FLOOR_SCRIPT,
      JSON.stringify(inputs),
      JSON.stringify(cells),
      path.join(dir, "floor.xlsx"),
    ],
    dir
  );
  return { ...m, cells: cells.reduce((a, b) => a + b, 0) };
}

/** One row of the table: a command's time and peak memory against the floor's, for `employees` × 12 KPIs. */
function caseResult(name, employees, jobs, cmd, base) {
  return {
    case: name,
    employees,
    rows: employees * 12,
    jobs,
    seconds: cmd.seconds,
    rssMB: cmd.rssMB,
    status: cmd.status,
    floorSeconds: base.seconds,
    floorRssMB: base.rssMB,
    cells: base.cells,
    ratio: cmd.seconds / base.seconds,
  };
}

async function run(options = {}) {
  const quick = options.quick ?? process.argv.includes("--quick");
  const { organisationWorkbook } = requireTs(path.join(root, "src/export/examples.ts"));
  await require(path.join(root, "scripts/cliBundle.js")).ensureCliBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-cli-bench-"));
  const bin = path.join(root, "bin", "bsc-scorecard.js");
  const results = [];
  try {
    const sizes = quick ? [1000] : [1000, 10000];
    for (const n of sizes) {
      const input = path.join(dir, `org${n}.xlsx`);
      await organisationWorkbook(n).xlsx.writeFile(input);
      const out = path.join(dir, `out${n}.xlsx`);
      const cmd = timed([bin, "build", input, "--out", out, "--json"], dir);
      const base = await floor([input], [out], dir);
      results.push(caseResult(`one file, ${n.toLocaleString("en-US")} employees`, n, 1, cmd, base));
      console.log(JSON.stringify(results[results.length - 1]));
    }
    const perUnit = quick ? 50 : 500;
    const units = path.join(dir, "units");
    fs.mkdirSync(units);
    const inputs = [];
    for (let u = 0; u < 20; u++) {
      const file = path.join(units, `unit-${String(u + 1).padStart(2, "0")}.xlsx`);
      await organisationWorkbook(perUnit, 1 + u * perUnit).xlsx.writeFile(file);
      inputs.push(file);
    }
    let outputs;
    const folder = [];
    for (const jobs of [1, 2]) {
      const outDir = path.join(dir, `units-out-${jobs}`);
      const cmd = timed(
        [bin, "build", units, "--out-dir", outDir, "--jobs", String(jobs), "--json"],
        dir
      );
      outputs = inputs.map((i) => path.join(outDir, path.basename(i)));
      folder.push({ jobs, cmd });
    }
    const base = await floor(inputs, outputs, dir);
    for (const { jobs, cmd } of folder) {
      results.push(
        caseResult(
          `folder of 20 units × ${perUnit} employees, --jobs ${jobs}`,
          20 * perUnit,
          jobs,
          cmd,
          base
        )
      );
      console.log(JSON.stringify(results[results.length - 1]));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (results) => console.table(results),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}
