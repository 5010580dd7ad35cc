/* global process */
/**
 * The command line: `bsc-scorecard build | template | --help | --version`.
 * `main` takes the arguments and where to print, and returns the exit status
 * (0 done, 1 errors in the table or in reading/writing a file, 2 wrong usage),
 * so tests call it in-process; bin/bsc-scorecard.js runs the built bundle.
 *
 * It speaks the language of `--language` (English by default), its errors
 * included: every line it prints comes from a catalogue (messages.ts, usage.ts
 * and the layers' own), with numbers in the locale the language implies.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import packageJson from "../../package.json";
import { Format, formatFor, isMessage } from "../core/catalogue";
import { isLanguage, Language } from "../core/language";
import { planWorkbook } from "../export/buildWorkbook";
import { streamWorkbook } from "../export/streamWorkbook";
import { SourceError } from "../export/readSource";
import { writeTemplate } from "../export/templateWorkbook";
import { numberFlag, parseArgs } from "./args";
import { CliError, cliText } from "./messages";
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

const BUILD_FLAGS = {
  values: ["out", "sheet", "range", "table", "language", "floor", "cap", "title", "gcr-minimum"],
  switches: ["values", "per-employee"],
  aliases: { o: "out" },
} as const;

const TEMPLATE_FLAGS = { values: ["language"], switches: ["example"] } as const;

function language(raw: string | undefined): Language {
  if (raw === undefined) return "en";
  if (!isLanguage(raw)) throw new CliError("badLanguage", { got: raw });
  return raw;
}

/**
 * The language to speak before the arguments are parsed (an error in them is
 * said in it too): `--language id` or `--language=id` anywhere, else English.
 */
export function spokenLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const m = /^--language(?:=(.*))?$/s.exec(argv[i]);
    if (!m) continue;
    const raw = m[1] ?? argv[i + 1];
    return raw !== undefined && isLanguage(raw) ? raw : "en";
  }
  return "en";
}

function xlsxPath(
  cwd: string,
  file: string | undefined,
  what: "input" | "out" | "templateOut"
): string {
  if (!file) throw new CliError("missing", { what });
  if (!/\.xlsx$/i.test(file)) throw new CliError("notXlsx", { what, file });
  return path.resolve(cwd, file);
}

/** A library's error text, to quote. */
const detailOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new CliError("noSuchFile", { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new CliError("cannotRead", { file, detail: detailOf(error) });
  }
  return workbook;
}

async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    throw new CliError("cannotWrite", { file, detail: detailOf(error) });
  }
}

async function build(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, BUILD_FLAGS);
  if (args.positional.length > 1)
    throw new CliError("tooManyFiles", { command: "build", count: args.positional.length });
  const input = xlsxPath(cwd, args.positional[0], "input");
  const out = xlsxPath(cwd, args.values.out, "out");
  if (path.resolve(input) === path.resolve(out)) throw new CliError("sameFile");
  const lang = language(args.values.language);
  const f = formatFor(lang);
  const floor = numberFlag(args, "floor");
  const cap = numberFlag(args, "cap");
  if (floor !== undefined && cap !== undefined && floor > cap) {
    throw new CliError("floorAboveCap", { floor, cap });
  }
  const title = args.values.title;
  if (title !== undefined && title.trim() === "") throw new CliError("emptyTitle");
  const workbook = await readWorkbook(input);
  let planned;
  try {
    planned = planWorkbook(workbook, {
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
      io.stderr(cliText(f, "errorLine", { text: error.renderIn(f) }));
      if (error.kind === "notFound") {
        io.stderr(cliText(f, "seeHelp"));
        return 2;
      }
      return 1;
    }
    throw error;
  }
  const { result, plans } = planned;
  const source = result.source?.label;
  for (const p of result.problems) io.stderr(formatProblem(p, f));
  for (const note of formatNotes(result, f)) io.stderr(note);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  if (errors > 0) {
    io.stderr(cliText(f, "tableErrors", { errors, source }));
    return 1;
  }
  try {
    await streamWorkbook(workbook, plans, out);
  } catch (error) {
    fs.rmSync(out, { force: true });
    throw new CliError("cannotWrite", { file: out, detail: detailOf(error) });
  }
  const file = path.relative(cwd, out) || out;
  io.stdout(cliText(f, "wroteScorecard", { file, sheets: result.sheets, source }));
  for (const line of formatScores(result.preview?.employees ?? [], f)) io.stdout(line);
  return 0;
}

async function template(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, TEMPLATE_FLAGS);
  if (args.positional.length > 1)
    throw new CliError("tooManyFiles", { command: "template", count: args.positional.length });
  const out = xlsxPath(cwd, args.positional[0], "templateOut");
  const kind = args.switches.has("example") ? "example" : "empty";
  const lang = language(args.values.language);
  const workbook = new ExcelJS.Workbook();
  const written = writeTemplate(workbook, kind, lang);
  await writeWorkbook(workbook, out);
  io.stdout(
    cliText(formatFor(lang), "wroteTemplate", {
      file: path.relative(cwd, out) || out,
      kind,
      sheet: written.worksheet.name,
    })
  );
  return 0;
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const [command, ...rest] = argv;
  const f: Format = formatFor(spokenLanguage(argv));
  const usage = USAGE[f.language].usage;
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(usage);
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
        io.stdout(usage);
        return 0;
      case "--version":
      case "-v":
        io.stdout(packageJson.version);
        return 0;
      case undefined:
        io.stderr(usage);
        return 2;
      default:
        throw new CliError("unknownCommand", { command });
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(cliText(f, "errorLine", { text: error.renderIn(f) }));
      if (error.status === 2) io.stderr(cliText(f, "seeHelp"));
      return error.status;
    }
    const detail = isMessage(error)
      ? error.renderIn(f)
      : ((error as Error)?.stack ?? String(error));
    io.stderr(cliText(f, "errorLine", { text: cliText(f, "unexpected", { detail }) }));
    return 1;
  }
}
