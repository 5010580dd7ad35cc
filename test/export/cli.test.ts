/**
 * The command line end to end: in-process through `main`, and through
 * bin/bsc-scorecard.js, which builds its bundle (build/cli/cli.js) on first use.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import packageJson from "../../package.json";
import { example, readXlsx, sheet } from "./helpers";
import { CliRun, runCli } from "./cliRun";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");

type Run = CliRun;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]): Promise<CliRun> => runCli(dir, argv);

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
    // In Indonesian, numbers with a decimal comma: the language's locale.
    expect(r.stdout).toMatch(/Karyawan\s+Skor\s+Predikat\s+CSS\s+GCR/);
    expect(r.stdout).toMatch(/Eko Prasetyo\s+54,29\s+Kurang Baik\s+57,21\s+tidak/);
    expect(r.stdout).toContain('team.xlsx ditulis: lembar baru "BSC 2023 Ringkasan"');
    const written = await readXlsx(path.join(dir, "team.xlsx"));
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "Employees",
      "BSC 2023 Ringkasan",
      "BSC 2023 Rincian",
      "Adi Nugroho",
      "Budi Santoso",
      "Citra Lestari",
      "Dewi Anggraini",
      "Eko Prasetyo",
      "Fitri Handayani",
    ]);
  });

  it("takes the organisation's CSS weights: --css-weights 60,10,30", async () => {
    const r = await run(
      "build",
      example("employees.xlsx"),
      "-o",
      "team-css.xlsx",
      "--css-weights",
      "60,10,30"
    );
    expect(r.status).toBe(0);
    // Eko Prasetyo: overall 54.294 (printed 54.29), assessment 68, development 62:
    // 0.6 × 54.294 + 0.1 × 68 + 0.3 × 62 = 57.98 (57.21 with 70/10/20).
    expect(r.stdout).toMatch(/Eko Prasetyo\s+54\.29\s+Poor\s+57\.98/);
    const summary = sheet(
      await readXlsx(path.join(dir, "team-css.xlsx")),
      "Balanced Scorecard Summary"
    );
    const formulas: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((c) => {
        const f = (c.value as { formula?: string } | null)?.formula;
        if (f?.includes("*")) formulas.push(f);
      })
    );
    // One CSS formula per employee, with the weights given.
    expect(formulas.filter((f) => /^0\.6\*\w+\+0\.1\*\w+\+0\.3\*\w+$/.test(f))).toHaveLength(6);
  });

  it("stops at a table whose weights do not sum to 100%, naming the cell, and writes nothing", async () => {
    const broken = await readXlsx(example("seed003.xlsx"));
    sheet(broken, "Data").getCell("D3").value = 0.4; // Customer: 50% + 40%
    const input = path.join(dir, "broken.xlsx");
    await broken.xlsx.writeFile(input);
    const r = await run("build", input, "--out", "broken-out.xlsx");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `error: 'Data'!D2:D3: KPI weights of "Customer" sum to 90%, not 100%.`
    );
    expect(r.stderr).toContain(
      "1 error in the KPI table (KPIs_Data (table) 'Data'!A1:G5): nothing was written."
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
    [["build", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], /--out-dir <folder> for one or more/],
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
    [
      ["build", example("seed003.xlsx"), "--out", "o.xlsx", "--css-weights", "70,10,10"],
      /--css-weights needs three weights \(KPI, assessment, development\) summing to 100, such as 70,10,20; got "70,10,10", which sums to 90\./,
    ],
    [
      ["build", example("seed003.xlsx"), "--out", "o.xlsx", "--css-weights", "70,30"],
      /got "70,30"\.$/m,
    ],
    [["frobnicate"], /Unknown command "frobnicate"/],
  ])("usage error %j exits 2", async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("says its errors in the language it is given, the reader's and its own", async () => {
    const notFound = await run(
      "build",
      example("seed003.xlsx"),
      "--out",
      "o.xlsx",
      "--sheet",
      "Nope",
      "--language=id"
    );
    expect(notFound.status).toBe(2);
    expect(notFound.stderr).toBe(
      'bsc-scorecard: Tidak ada lembar "Nope" (lembar yang ada: "Data").\n' +
        "Jalankan bsc-scorecard --help untuk petunjuk pemakaian."
    );
    const usage = await run("build", "--language", "id", "--floor", "x");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Buku kerja masukan (build <input.xlsx>) belum diberikan.");
    expect((await run("--help", "--language", "id")).stdout).toContain("Pemakaian:");
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
  const exec = (file: string, args: string[], cwd = dir) =>
    new Promise<Run>((resolve) =>
      execFile(process.execPath, [file, ...args], { cwd }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      )
    );

  /** A checkout of the command line's sources (node_modules linked), with no bundle built. */
  function checkout(name: string, withSources: boolean): string {
    const pkg = path.join(dir, name);
    const copy = (p: string) =>
      fs.cpSync(path.join(ROOT, p), path.join(pkg, p), { recursive: true });
    ["bin", "scripts"].forEach(copy);
    if (withSources) {
      ["src", "package.json", "tsconfig.json", "webpack.cli.config.js"].forEach(copy);
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"), "dir");
    }
    return pkg;
  }

  it("says what to do when neither the bundle nor its build tools are there", async () => {
    const pkg = checkout("bare", false);
    const r = await exec(path.join(pkg, "bin", "bsc-scorecard.js"), ["--version"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      "The command line is not built and its build tools are missing: run npm install."
    );
  });

  it("builds its bundle on first use, reuses it, and rebuilds it after a source changes", async () => {
    const pkg = checkout("fresh", true);
    const bin = path.join(pkg, "bin", "bsc-scorecard.js");
    const bundle = path.join(pkg, "build", "cli", "cli.js");
    expect(fs.existsSync(bundle)).toBe(false);

    const first = await exec(bin, ["--version"]);
    expect(first).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` });
    expect(first.stderr).toBe("Building the command line (not built yet) ...\n");
    expect(fs.existsSync(bundle)).toBe(true);

    const again = await exec(bin, ["--version"]);
    expect(again).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: "" });

    // An edit to the sources: the usage text, a minute in the future of the bundle.
    const usage = path.join(pkg, "src", "cli", "usage.ts");
    fs.writeFileSync(
      usage,
      fs
        .readFileSync(usage, "utf8")
        .replace("bsc-scorecard build <input.xlsx>", "bsc-scorecard build <edited.xlsx>")
    );
    const later = new Date(fs.statSync(bundle).mtimeMs + 60_000);
    fs.utimesSync(usage, later, later);
    const edited = await exec(bin, ["--help"]);
    expect(edited.status).toBe(0);
    expect(edited.stderr).toBe("Building the command line (its sources changed) ...\n");
    expect(edited.stdout).toContain("bsc-scorecard build <edited.xlsx>");
    // The add-in's own build directory is never touched.
    expect(fs.existsSync(path.join(pkg, "dist"))).toBe(false);
  }, 120_000);

  it("runs the project's bundle as a child process: the seed 003 scorecard and the usage status", async () => {
    const bin = path.join(ROOT, "bin", "bsc-scorecard.js");
    const ok = await exec(bin, ["build", example("seed003.xlsx"), "--out", "child.xlsx"]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Overall score: 57.85 (Poor)");
    expect(fs.existsSync(path.join(dir, "child.xlsx"))).toBe(true);
    const usage = await exec(bin, ["build"]);
    expect(usage.status).toBe(2);
  }, 120_000);
});
