/**
 * The command line at organisation scale: many workbooks in one run
 * (--out-dir), --json (validated against its JSON Schema with ajv), progress
 * only on a terminal, and child processes for several files (--jobs).
 */
import Ajv from "ajv";
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { JSON_REPORT_SCHEMA, JsonReport } from "../../src/cli/jsonReport";
import { ProgressLine } from "../../src/cli/progress";
import { formatFor } from "../../src/core/catalogue";
import { example, readXlsx, sheet } from "./helpers";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  progress: string[];
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-batch-"));
  const units = path.join(dir, "units");
  fs.mkdirSync(units);
  fs.copyFileSync(example("seed003.xlsx"), path.join(units, "a-seed.xlsx"));
  fs.copyFileSync(example("employees.xlsx"), path.join(units, "b-team.xlsx"));
  // Customer's KPI weights sum to 90%: the table has an error.
  const broken = await readXlsx(example("seed003.xlsx"));
  sheet(broken, "Data").getCell("D3").value = 0.4;
  await broken.xlsx.writeFile(path.join(units, "c-broken.xlsx"));
  fs.writeFileSync(path.join(units, "d-not-a-workbook.xlsx"), "not a zip");
  fs.writeFileSync(path.join(units, "notes.txt"), "not an input");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], tty = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const status = await main(argv, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd: dir,
    isTTY: tty,
    progress: (t) => progress.push(t),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n"), progress };
}

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(JSON_REPORT_SCHEMA);

function report(r: Run): JsonReport {
  const doc = JSON.parse(r.stdout);
  if (!validate(doc)) throw new Error(ajv.errorsText(validate.errors));
  return doc as JsonReport;
}

describe("build <folder> --out-dir", () => {
  it("builds every workbook it can, lists the others per file, and exits 1 at the end", async () => {
    const r = await run(["build", "units", "--out-dir", "out/nested"]);
    expect(r.status).toBe(1);
    // The folder is created, each good input built under its own name.
    const built = fs.readdirSync(path.join(dir, "out", "nested")).sort();
    expect(built).toEqual(["a-seed.xlsx", "b-team.xlsx"]);
    const seed = await readXlsx(path.join(dir, "out", "nested", "a-seed.xlsx"));
    expect(seed.worksheets.map((w) => w.name)).toEqual(["Data", "Balanced Scorecard"]);
    expect(r.stdout).toContain(
      path.join("out", "nested", "a-seed.xlsx") + ': new sheet "Balanced Scorecard"'
    );
    // Problems per file, with the file's name and the cell.
    expect(r.stderr).toContain(
      `${path.join("units", "c-broken.xlsx")}: error: 'Data'!D2:D3: KPI weights of "Customer" sum to 90%, not 100%.`
    );
    expect(r.stderr).toMatch(
      /units.d-not-a-workbook\.xlsx: bsc-scorecard: Cannot read .* as an \.xlsx workbook/
    );
    expect(r.stderr).toContain(
      `4 files: 2 built, 2 failed: ${path.join("units", "c-broken.xlsx")}, ${path.join("units", "d-not-a-workbook.xlsx")}.`
    );
    // Not a terminal: no progress line.
    expect(r.progress).toEqual([]);
    expect(r.stderr).not.toContain("\r");
  });

  it("exits 0 when every file is built, and says so on stdout", async () => {
    const r = await run([
      "build",
      path.join("units", "a-seed.xlsx"),
      path.join("units", "b-team.xlsx"),
      "--out-dir",
      "two",
      "--language",
      "id",
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("kesalahan");
    expect(r.stdout).toContain("2 berkas: 2 berhasil dibuat.");
  });

  it("refuses usage it cannot honour, with status 2", async () => {
    expect((await run(["build", "units", "--out-dir", "units"])).stderr).toContain(
      "--out-dir must not be a folder of the inputs"
    );
    const both = await run(["build", "units", "--out", "x.xlsx", "--out-dir", "o"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("Give --out <scorecard.xlsx> for one input file");
    fs.mkdirSync(path.join(dir, "empty"), { recursive: true });
    const empty = await run(["build", "empty", "--out-dir", "o"]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("There is no .xlsx workbook in the folder empty.");
    expect((await run(["build", "units", "--out-dir", "o", "--jobs", "0"])).stderr).toContain(
      '--jobs needs a whole number of at least 1, not "0".'
    );
  });

  it("draws its progress on a terminal: files done, rows written, time left, then clears it", async () => {
    const r = await run(["build", "units", "--out-dir", "tty", "--jobs", "1"], true);
    expect(r.status).toBe(1);
    expect(r.progress.length).toBeGreaterThanOrEqual(4);
    expect(r.progress.some((t) => /^\r4\/4 files, [\d,]+ rows written\x1b\[K$/.test(t))).toBe(true);
    expect(r.progress.some((t) => t.startsWith("\r1/4 files"))).toBe(true);
    expect(r.progress[r.progress.length - 1]).toBe("\r\x1b[K");
  });

  it("estimates the time left from the bytes of the files done", () => {
    let now = 0;
    const lines: string[] = [];
    const p = new ProgressLine(
      (t) => lines.push(t),
      formatFor("en"),
      4,
      4000,
      () => now
    );
    now = 10_000;
    p.fileDone(1000);
    // 10 s for 1,000 bytes: 3,000 to go is 30 s.
    expect(p.text()).toBe("1/4 files, 0 rows written, about 30 s left");
    p.rowsWritten(4000);
    expect(p.text()).toBe("1/4 files, 4,000 rows written, about 30 s left");
  });
});

describe("--json", () => {
  it("one file: its scorecard with the core's numbers (seed 003: 57.85, poor)", async () => {
    const r = await run(["build", example("seed003.xlsx"), "--out", "j.xlsx", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const doc = report(r);
    expect(doc).toMatchObject({ schemaVersion: 1, tool: "bsc-scorecard", ok: true });
    const [file] = doc.files;
    expect(file).toMatchObject({
      output: "j.xlsx",
      status: "built",
      source: "KPIs_Data (table) 'Data'!A1:G5",
      sheets: ["Balanced Scorecard"],
      error: null,
    });
    expect(file.problems).toEqual([
      {
        severity: "warning",
        code: "negativeScore",
        cell: "'Data'!G2",
        message: expect.stringMatching(/^Retention scores -106\.59, below 0\. /),
      },
    ]);
    const [card] = file.scorecards;
    expect(card).toMatchObject({
      employee: null,
      period: null,
      unit: null,
      rating: "poor",
      ratingLabel: "Poor",
      css: null,
      gcrEligible: null,
      gradeDown: null,
    });
    expect(card.overall).toBeCloseTo(57.85, 2);
    const internal = card.perspectives.find((p) => p.perspective === "Internal process");
    // 101.41 x 40% = 40.57
    expect(internal?.weight).toBe(0.4);
    expect(internal?.weighted).toBeCloseTo(40.57, 2);
  });

  it("a blocked file: exit 1, its problems with codes and cells, nothing written", async () => {
    const r = await run([
      "build",
      path.join("units", "c-broken.xlsx"),
      "--out",
      "b.xlsx",
      "--json",
    ]);
    expect(r.status).toBe(1);
    const [file] = report(r).files;
    expect(file).toMatchObject({ status: "failed", output: null, scorecards: [], sheets: [] });
    expect(file.problems[0]).toEqual({
      severity: "error",
      code: "kpiWeightSum",
      cell: "'Data'!D2:D3",
      message: 'KPI weights of "Customer" sum to 90%, not 100%.',
    });
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });

  it("a run over many files: one document, the files in order, CSS and GCR per employee", async () => {
    const r = await run([
      "build",
      "units",
      "--out-dir",
      "json-out",
      "--json",
      "--gcr-minimum",
      "70",
    ]);
    expect(r.status).toBe(1);
    const doc = report(r);
    expect(doc.ok).toBe(false);
    expect(doc.files.map((f) => [path.basename(f.input), f.status])).toEqual([
      ["a-seed.xlsx", "built"],
      ["b-team.xlsx", "built"],
      ["c-broken.xlsx", "failed"],
      ["d-not-a-workbook.xlsx", "failed"],
    ]);
    expect(doc.files[3].error?.code).toBe("cannotRead");
    const eko = doc.files[1].scorecards.find((s) => s.employee === "Eko Prasetyo");
    expect(eko?.overall).toBeCloseTo(54.29, 2);
    expect(eko?.css).toBeCloseTo(57.21, 2);
    expect(eko?.gcrEligible).toBe(false);
    expect(eko?.rating).toBe("poor");
  });

  it("periods, units and grade-down (seeds 004 and 001): filled from the build, null where the table has none", async () => {
    const nps = report(
      await run([
        "build",
        example("seed004.xlsx"),
        "--out",
        "nps.xlsx",
        "--json",
        "--grade-down",
        "99",
        "--grade-down-periods",
        "3",
      ])
    );
    const cards = nps.files[0].scorecards;
    // PT NPS by year, 2020-2022: one scorecard per period, no unit; every overall under 99 in the last 3 periods.
    expect(cards.map((c) => c.period)).toEqual(["2020", "2021", "2022"]);
    expect(cards.every((c) => c.unit === null && c.gradeDown === true)).toBe(true);
    const units = report(
      await run(["build", example("seed001.xlsx"), "--out", "u.xlsx", "--json"])
    );
    const seed001 = units.files[0].scorecards;
    expect(new Set(seed001.map((c) => c.unit)).size).toBe(2);
    expect(seed001.every((c) => c.period !== null && c.gradeDown === null)).toBe(true);
  });

  it("the schema rejects what it does not promise", () => {
    const doc = {
      schemaVersion: 1,
      tool: "bsc-scorecard",
      version: "0.1.0",
      ok: true,
      files: [{ input: "a.xlsx" }],
    };
    expect(validate(doc)).toBe(false);
    expect(validate({ ...doc, files: [], schemaVersion: 2 })).toBe(false);
    expect(validate({ ...doc, files: [] })).toBe(true);
  });
});

describe("several files at once in child processes", () => {
  const exec = (args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(ROOT, "bin", "bsc-scorecard.js"), ...args],
        { cwd: dir },
        (error, stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      )
    );

  it("--jobs 2 builds the folder with two workers: the same files and the same report", async () => {
    const r = await exec(["build", "units", "--out-dir", "parallel", "--jobs", "2", "--json"]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(validate(doc)).toBe(true);
    expect(doc.files.map((f) => f.status)).toEqual(["built", "built", "failed", "failed"]);
    expect(fs.readdirSync(path.join(dir, "parallel")).sort()).toEqual([
      "a-seed.xlsx",
      "b-team.xlsx",
    ]);
    const one = await run(["build", "units", "--out-dir", "serial", "--json", "--jobs", "1"]);
    const strip = (d: JsonReport) =>
      d.files.map((f) => ({
        ...f,
        input: path.basename(f.input),
        output: f.output && path.basename(f.output),
      }));
    expect(strip(doc)).toEqual(strip(report(one)));
  }, 120_000);
});
