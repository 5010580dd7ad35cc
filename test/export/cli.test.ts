/**
 * The command line end to end: in-process through `main`, and once through
 * bin/bsc-scorecard.js when the bundle has been built (npm run build:cli).
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import packageJson from "../../package.json";
import { main } from "../../src/cli/main";
import { example, readXlsx, sheet } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const BUNDLE = path.join(ROOT, "dist", "cli", "cli.js");

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd: dir,
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("bsc-scorecard build", () => {
  it("builds the seed 003 scorecard next to the user's sheets and prints the score", async () => {
    const r = await run("build", example("seed003.xlsx"), "--out", "out.xlsx");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Wrote out.xlsx: new sheet "Balanced Scorecard"');
    expect(r.stdout).toContain("Overall score: 57.85 (Poor)");
    expect(r.stdout).toContain("Internal process: 101.41 x 40% = 40.57");
    expect(r.stderr).toContain("warning: 'Data'!G2: Retention scores -106.59, below 0.");
    expect(r.stderr).toContain("the file has no chart");
    const written = await readXlsx(path.join(dir, "out.xlsx"));
    const input = await readXlsx(example("seed003.xlsx"));
    expect(written.worksheets.map((w) => w.name)).toEqual(["Data", "Balanced Scorecard"]);
    // The user's sheet is copied as it was.
    sheet(input, "Data").eachRow((row, r) =>
      row.eachCell((cell, c) =>
        expect(sheet(written, "Data").getCell(r, c).value).toEqual(cell.value)
      )
    );
    expect(written.definedNames.model.map((n) => n.name)).toContain(
      "BSC_Overall_Balanced_Scorecard"
    );
    // The new sheet is the active one, as after a build in Excel.
    expect(written.views[0]).toMatchObject({ activeTab: 1 });
  });

  it("builds the multi-employee summary with CSS and GCR, in Indonesian", async () => {
    const r = await run(
      "build",
      example("employees.xlsx"),
      "-o",
      "team.xlsx",
      "--gcr-minimum=70",
      "--per-employee",
      "--language",
      "id",
      "--title",
      "BSC 2023"
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Employee\s+Overall\s+Rating\s+CSS\s+GCR/);
    expect(r.stdout).toMatch(/Eko Prasetyo\s+38\.26\s+Tidak Baik\s+44\.28\s+no/);
    const written = await readXlsx(path.join(dir, "team.xlsx"));
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "Employees",
      "BSC 2023 Ringkasan",
      "BSC 2023 Rincian",
      "Ani Wijaya",
      "Budi Santoso",
      "Citra Lestari",
      "Dewi Anggraini",
      "Eko Prasetyo",
      "Fajar Nugroho",
    ]);
  });

  it("stops at a table whose weights do not sum to 100%, naming the cell, and writes nothing", async () => {
    const broken = await readXlsx(example("seed003.xlsx"));
    sheet(broken, "Data").getCell("D3").value = 0.4; // Customer: 50% + 40%
    const input = path.join(dir, "broken.xlsx");
    await broken.xlsx.writeFile(input);
    const r = await run("build", input, "--out", "broken-out.xlsx");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: 'Data'!D2: KPI weights of "Customer" sum to 90%, not 100%.`);
    expect(r.stderr).toContain(
      "1 error in the KPI table (Table KPIs_Data 'Data'!A1:G5): nothing was written."
    );
    expect(fs.existsSync(path.join(dir, "broken-out.xlsx"))).toBe(false);
  });

  it("reads the table named on the command line, or says it is not there", async () => {
    expect(
      (await run("build", example("seed003.xlsx"), "--out", "t.xlsx", "--table", "KPIs_Data"))
        .status
    ).toBe(0);
    const r = await run("build", example("seed003.xlsx"), "--out", "t.xlsx", "--sheet", "Nope");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('There is no sheet "Nope"');
  });

  it("applies floor, cap and a values snapshot", async () => {
    const r = await run(
      "build",
      example("seed003.xlsx"),
      "--out",
      "c.xlsx",
      "--floor",
      "0",
      "--cap",
      "120",
      "--values"
    );
    expect(r.status).toBe(0);
    // (0 × 0.5 + 30.43 × 0.5) × 0.35 + 101.41 × 0.4 + 120 × 0.25
    expect(r.stdout).toContain("Overall score: 75.89 (Fair)");
  });

  it.each([
    [[], /Usage:/],
    [["build"], /Missing the input workbook/],
    [["build", "in.xlsx"], /Missing --out/],
    [["build", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], /one input file/],
    [["build", "in.xlsx", "--out", "o.xlsx", "--bogus"], /Unknown option --bogus/],
    [["build", "missing.xlsx", "--out", "o.xlsx"], /No such file/],
    [["build", example("seed003.xlsx"), "--out", example("seed003.xlsx")], /never overwritten/],
    [["build", example("seed003.xlsx"), "--out", "o.csv"], /must be an \.xlsx file/],
    [["build", example("seed003.xlsx"), "--out", "o.xlsx", "--language", "fr"], /en or id/],
    [
      ["build", example("seed003.xlsx"), "--out", "o.xlsx", "--floor", "x"],
      /--floor needs a number/,
    ],
    [
      ["build", example("seed003.xlsx"), "--out", "o.xlsx", "--floor", "50", "--cap", "40"],
      /above --cap/,
    ],
    [["build", example("seed003.xlsx"), "--out"], /--out needs a value/],
    [["frobnicate"], /Unknown command "frobnicate"/],
  ])("usage error %j exits 2", async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("a file that is not an xlsx workbook exits 1", async () => {
    fs.writeFileSync(path.join(dir, "text.xlsx"), "not a zip");
    const r = await run("build", "text.xlsx", "--out", "o.xlsx");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot read .*text\.xlsx as an \.xlsx workbook/);
  });
});

describe("help, version and templates", () => {
  it("prints help and the version", async () => {
    const help = await run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("bsc-scorecard build <input.xlsx> --out <scorecard.xlsx>");
    expect((await run("build", "--help")).stdout).toContain("--gcr-minimum N");
    expect(await run("--version")).toMatchObject({ status: 0, stdout: packageJson.version });
  });

  it("writes the example template, which builds to 57.85 as it is", async () => {
    const t = await run("template", "example.xlsx", "--example");
    expect(t).toMatchObject({ status: 0 });
    expect(t.stdout).toContain('the seed 003 example on sheet "KPIs"');
    const r = await run("build", "example.xlsx", "--out", "example-out.xlsx");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Overall score: 57.85 (Poor)");
  });

  it("writes the empty template in Indonesian; building it reports the blank cells", async () => {
    expect((await run("template", "kosong.xlsx", "--language", "id")).status).toBe(0);
    const written = await readXlsx(path.join(dir, "kosong.xlsx"));
    expect(sheet(written, "KPI").getCell("A1").value).toBe("Perspektif");
    const r = await run("build", "kosong.xlsx", "--out", "o.xlsx", "--language", "id");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Tabel tidak memiliki baris KPI.");
  });
});

describe("bin/bsc-scorecard.js", () => {
  const exec = (file: string, args: string[]) =>
    new Promise<Run>((resolve) =>
      execFile(process.execPath, [file, ...args], { cwd: dir }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      )
    );

  it("asks for a build when the bundle is missing", async () => {
    const bin = path.join(dir, "pkg", "bin");
    fs.mkdirSync(bin, { recursive: true });
    fs.copyFileSync(path.join(ROOT, "bin", "bsc-scorecard.js"), path.join(bin, "bsc-scorecard.js"));
    const r = await exec(path.join(bin, "bsc-scorecard.js"), ["--version"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("Run npm run build first.");
  });

  (fs.existsSync(BUNDLE) ? it : it.skip)(
    "runs the built bundle as a child process (dist/cli/cli.js)",
    async () => {
      const bin = path.join(ROOT, "bin", "bsc-scorecard.js");
      const ok = await exec(bin, ["build", example("seed003.xlsx"), "--out", "child.xlsx"]);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("Overall score: 57.85 (Poor)");
      expect(fs.existsSync(path.join(dir, "child.xlsx"))).toBe(true);
      const usage = await exec(bin, ["build"]);
      expect(usage.status).toBe(2);
    },
    60_000
  );
});
