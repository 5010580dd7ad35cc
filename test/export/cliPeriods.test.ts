/**
 * The command line on year-on-year tables (examples/seed004.xlsx, seed001.xlsx):
 * the history sheet with --grade-down, the roll-up sheet with --rollup, and
 * the flags' usage errors.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { example, formulaOf, readXlsx, sheet } from "./helpers";
import { CliRun, runCli } from "./cliRun";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-cli-periods-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]): Promise<CliRun> => runCli(dir, argv);

describe("bsc-scorecard build with periods and units", () => {
  it("seed 004 by year: summary, details and history with the grade-down flag", async () => {
    const r = await run(
      "build",
      example("seed004.xlsx"),
      "--out",
      "nps.xlsx",
      "--grade-down",
      "99",
      "--grade-down-periods",
      "3"
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const written = await readXlsx(path.join(dir, "nps.xlsx"));
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "PT_NPS",
      "Balanced Scorecard Summary",
      "Balanced Scorecard Details",
      "Balanced Scorecard History",
    ]);
    const history = sheet(written, "Balanced Scorecard History");
    expect(history.getCell("B2").value).toBe(99);
    expect(history.getCell("D2").value).toBe(3);
    expect(formulaOf(history.getCell("D5"))?.formula).toBe("'Balanced Scorecard Summary'!$G$6");
    expect(formulaOf(history.getCell("I5"))?.formula).toBe(
      "AND(COUNT(B5:D5)=3,ROUND(MAX(B5:D5),9)<99)"
    );
  });

  it("seed 001: a roll-up sheet by default with a Unit column, none with --rollup off", async () => {
    const r = await run("build", example("seed001.xlsx"), "--out", "units.xlsx");
    expect(r.status).toBe(0);
    const names = (await readXlsx(path.join(dir, "units.xlsx"))).worksheets.map((w) => w.name);
    expect(names).toContain("Balanced Scorecard Roll-up");
    const off = await run("build", example("seed001.xlsx"), "--out", "off.xlsx", "--rollup", "off");
    expect(off.status).toBe(0);
    const offNames = (await readXlsx(path.join(dir, "off.xlsx"))).worksheets.map((w) => w.name);
    expect(offNames).not.toContain("Balanced Scorecard Roll-up");
    expect(offNames).toContain("Balanced Scorecard History");
  });

  it("a weighted roll-up without a roll-up weight column stops the build, saying so", async () => {
    const r = await run(
      "build",
      example("seed001.xlsx"),
      "--out",
      "w.xlsx",
      "--rollup",
      "weighted"
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "error: 'Programmes'!A1:J1: A weighted roll-up needs a roll-up weight column."
    );
    expect(fs.existsSync(path.join(dir, "w.xlsx"))).toBe(false);
  });

  it("usage errors: --rollup's words and --grade-down-periods' whole number, in both languages", async () => {
    const bad = await run(
      "build",
      example("seed001.xlsx"),
      "--out",
      "x.xlsx",
      "--rollup",
      "median"
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--rollup must be mean, weighted or off, not "median".');
    const half = await run(
      "build",
      example("seed004.xlsx"),
      "--out",
      "x.xlsx",
      "--grade-down-periods",
      "1.5",
      "--language",
      "id"
    );
    expect(half.status).toBe(2);
    expect(half.stderr).toContain(
      '--grade-down-periods memerlukan bilangan bulat minimal 1, bukan "1.5".'
    );
  });
});
