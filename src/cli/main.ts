/* global process */
/**
 * The command line: `bsc-scorecard build | template | --help | --version`.
 * `main` takes the arguments and where to print, and returns the exit status
 * (0 done, 1 errors in the table or in reading/writing a file, 2 wrong usage),
 * so tests call it in-process; bin/bsc-scorecard.js runs the built bundle.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import packageJson from "../../package.json";
import { isLanguage, Language } from "../core/language";
import { buildWorkbook } from "../export/buildWorkbook";
import { SourceError } from "../export/readSource";
import { writeTemplate } from "../export/templateWorkbook";
import { UsageError, numberFlag, parseArgs } from "./args";
import { formatNotes, formatProblem, formatScores } from "./report";
import { USAGE } from "./usage";

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  readonly cwd?: string;
}

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** An error that is the user's to fix (a file that cannot be read or written): exit 1. */
class FileError extends Error {}

const BUILD_FLAGS = {
  values: ["out", "sheet", "range", "table", "language", "floor", "cap", "title", "gcr-minimum"],
  switches: ["values", "per-employee"],
  aliases: { o: "out" },
} as const;

const TEMPLATE_FLAGS = { values: ["language"], switches: ["example"] } as const;

function language(raw: string | undefined): Language {
  if (raw === undefined) return "en";
  if (!isLanguage(raw)) throw new UsageError(`--language must be en or id, not "${raw}".`);
  return raw;
}

function xlsxPath(cwd: string, file: string | undefined, what: string): string {
  if (!file) throw new UsageError(`Missing ${what}.`);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${what} must be an .xlsx file: ${file}`);
  return path.resolve(cwd, file);
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new FileError(`Cannot read ${file} as an .xlsx workbook: ${(error as Error).message}`);
  }
  return workbook;
}

async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    throw new FileError(`Cannot write ${file}: ${(error as Error).message}`);
  }
}

async function build(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, BUILD_FLAGS);
  if (args.positional.length > 1)
    throw new UsageError(`build takes one input file, got ${args.positional.length}.`);
  const input = xlsxPath(cwd, args.positional[0], "the input workbook (build <input.xlsx>)");
  const out = xlsxPath(cwd, args.values.out, "--out <scorecard.xlsx>");
  if (path.resolve(input) === path.resolve(out)) {
    throw new UsageError("--out must be a new file: the input workbook is never overwritten.");
  }
  const lang = language(args.values.language);
  const floor = numberFlag(args, "floor");
  const cap = numberFlag(args, "cap");
  if (floor !== undefined && cap !== undefined && floor > cap) {
    throw new UsageError(`--floor (${floor}) is above --cap (${cap}).`);
  }
  const title = args.values.title;
  if (title !== undefined && title.trim() === "") throw new UsageError("--title is empty.");
  const workbook = await readWorkbook(input);
  let result;
  try {
    result = buildWorkbook(workbook, {
      sheet: args.values.sheet,
      range: args.values.range,
      table: args.values.table,
      language: lang,
      mode: args.switches.has("values") ? "values" : "formulas",
      floor,
      cap,
      title,
      gcrMinimumScore: numberFlag(args, "gcr-minimum"),
      sheetPerEmployee: args.switches.has("per-employee"),
    });
  } catch (error) {
    if (error instanceof SourceError) {
      if (error.kind === "notFound") throw new UsageError(error.message);
      throw new FileError(error.message);
    }
    throw error;
  }
  const source = result.source ? ` (${result.source.label})` : "";
  for (const p of result.problems) io.stderr(formatProblem(p, lang));
  for (const note of formatNotes(result)) io.stderr(note);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  if (errors > 0) {
    io.stderr(
      `${errors} error${errors > 1 ? "s" : ""} in the KPI table${source}: nothing was written.`
    );
    return 1;
  }
  await writeWorkbook(workbook, out);
  const sheets = result.sheets.map((s) => `"${s}"`).join(", ");
  io.stdout(
    `Wrote ${path.relative(cwd, out) || out}: new sheet${result.sheets.length > 1 ? "s" : ""} ${sheets}, from the KPI table${source}.`
  );
  for (const line of formatScores(result.preview?.employees ?? [])) io.stdout(line);
  return 0;
}

async function template(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, TEMPLATE_FLAGS);
  if (args.positional.length > 1)
    throw new UsageError(`template takes one output file, got ${args.positional.length}.`);
  const out = xlsxPath(cwd, args.positional[0], "the output file (template <out.xlsx>)");
  const kind = args.switches.has("example") ? "example" : "empty";
  const workbook = new ExcelJS.Workbook();
  const written = writeTemplate(workbook, kind, language(args.values.language));
  await writeWorkbook(workbook, out);
  io.stdout(
    `Wrote ${path.relative(cwd, out) || out}: ${kind === "example" ? "the seed 003 example" : "an empty KPI table"} on sheet "${written.worksheet.name}".`
  );
  return 0;
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const [command, ...rest] = argv;
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(USAGE);
      return 0;
    }
    switch (command) {
      case "build":
        return await build(rest, io, cwd);
      case "template":
        return await template(rest, io, cwd);
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return 0;
      case "--version":
      case "-v":
        io.stdout(packageJson.version);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bsc-scorecard: ${error.message}`);
      io.stderr("Run bsc-scorecard --help for usage.");
      return 2;
    }
    if (error instanceof FileError) {
      io.stderr(`bsc-scorecard: ${error.message}`);
      return 1;
    }
    io.stderr(`bsc-scorecard: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
