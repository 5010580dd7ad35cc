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
import * as os from "os";
import * as path from "path";
import packageJson from "../../package.json";
import { Format, formatFor, isMessage } from "../core/catalogue";
import { isLanguage, Language } from "../core/language";
import type { BuildWorkbookOptions } from "../export/buildWorkbook";
import { writeTemplate } from "../export/templateWorkbook";
import type { BuildOptions } from "../scorecard/types";
import { cssWeightsFlag, numberFlag, ParsedArgs, parseArgs } from "./args";
import { batchFiles, batchSummary, inputFiles, runBatch } from "./batch";
import { buildFile, detailOf } from "./buildFile";
import { JsonFile, jsonReport } from "./jsonReport";
import { CliError, cliText } from "./messages";
import { ProgressLine } from "./progress";
import { USAGE } from "./usage";
import { runWorker } from "./worker";

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  readonly cwd?: string;
  /** Whether stderr is a terminal, where a run over many files shows its progress (default: process.stderr.isTTY). */
  readonly isTTY?: boolean;
  /** Where the progress line is drawn (default: process.stderr, without a newline). */
  readonly progress?: (text: string) => void;
  /** The script that runs `__worker` (bin/bsc-scorecard.js passes itself): without it, files are built one at a time. */
  readonly workerScript?: string;
}

export const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

const BUILD_FLAGS = {
  values: [
    "out",
    "out-dir",
    "jobs",
    "sheet",
    "range",
    "table",
    "language",
    "floor",
    "cap",
    "title",
    "gcr-minimum",
    "grade-down",
    "grade-down-periods",
    "rollup",
    "css-weights",
  ],
  switches: ["values", "per-employee", "json"],
  aliases: { o: "out" },
} as const;

const TEMPLATE_FLAGS = { values: ["language"], switches: ["example"] } as const;

/** --grade-down N [--grade-down-periods K] and --rollup mean|weighted|off (docs/periods.md). */
function historyFlags(args: ParsedArgs): Partial<BuildOptions> {
  const periods = numberFlag(args, "grade-down-periods");
  if (periods !== undefined && !(Number.isInteger(periods) && periods >= 1)) {
    const got = args.values["grade-down-periods"];
    throw new CliError("needsWholeNumber", { flag: "grade-down-periods", got });
  }
  const rollup = args.values.rollup;
  if (rollup !== undefined && !["mean", "weighted", "off"].includes(rollup))
    throw new CliError("badRollup", { got: rollup });
  return {
    gradeDownThreshold: numberFlag(args, "grade-down"),
    gradeDownPeriods: periods,
    rollup: rollup as BuildOptions["rollup"],
  };
}

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

async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    throw new CliError("cannotWrite", { file, detail: detailOf(error) });
  }
}

/** The build's options from its flags (checked). */
function buildOptions(args: ParsedArgs, lang: Language): BuildWorkbookOptions {
  const floor = numberFlag(args, "floor");
  const cap = numberFlag(args, "cap");
  if (floor !== undefined && cap !== undefined && floor > cap) {
    throw new CliError("floorAboveCap", { floor, cap });
  }
  const title = args.values.title;
  if (title !== undefined && title.trim() === "") throw new CliError("emptyTitle");
  const cssWeights = cssWeightsFlag(args);
  return {
    sheet: args.values.sheet,
    range: args.values.range,
    table: args.values.table,
    language: lang,
    mode: args.switches.has("values") ? "values" : "formulas",
    floor,
    cap,
    title,
    gcrMinimumScore: numberFlag(args, "gcr-minimum"),
    ...historyFlags(args),
    cssWeights,
    sheetPerEmployee: args.switches.has("per-employee"),
  };
}

function jobsFlag(args: ParsedArgs): number {
  const raw = args.values.jobs;
  if (raw === undefined) return os.availableParallelism?.() ?? os.cpus().length;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CliError("needsJobs", { got: raw });
  return n;
}

const printJson = (io: CliIo, files: readonly JsonFile[]) =>
  io.stdout(JSON.stringify(jsonReport(packageJson.version, files), null, 2));

async function build(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, BUILD_FLAGS);
  const json = args.switches.has("json");
  const outDir = args.values["out-dir"];
  if (outDir !== undefined) return buildMany(args, io, cwd, outDir, json);
  if (args.positional.length > 1) throw new CliError("outOrOutDir");
  const input = xlsxPath(cwd, args.positional[0], "input");
  const out = xlsxPath(cwd, args.values.out, "out");
  if (path.resolve(input) === path.resolve(out)) throw new CliError("sameFile");
  const lang = language(args.values.language);
  const f = formatFor(lang);
  const options = buildOptions(args, lang);
  const shown = {
    input: args.positional[0],
    output: path.relative(cwd, out) || out,
  };
  const outcome = await buildFile(input, out, shown, options, f, { scores: true });
  if (json) {
    printJson(io, [outcome.json]);
    return outcome.status;
  }
  for (const line of outcome.stderr) io.stderr(line);
  if (outcome.status === 2) io.stderr(cliText(f, "seeHelp"));
  for (const line of outcome.stdout) io.stdout(line);
  return outcome.status;
}

/** `build <files or folders...> --out-dir <dir>` (src/cli/batch.ts). */
async function buildMany(
  args: ParsedArgs,
  io: CliIo,
  cwd: string,
  outDir: string,
  json: boolean
): Promise<number> {
  if (args.values.out !== undefined) throw new CliError("outOrOutDir");
  if (!args.positional.length) throw new CliError("missing", { what: "input" });
  const lang = language(args.values.language);
  const f = formatFor(lang);
  const options = buildOptions(args, lang);
  const jobs = jobsFlag(args);
  const files = batchFiles(cwd, inputFiles(cwd, args.positional), outDir);
  const tty = io.isTTY ?? Boolean(process.stderr.isTTY);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const progress = tty
    ? new ProgressLine(io.progress ?? ((t) => process.stderr.write(t)), f, files.length, bytes)
    : undefined;
  const outcomes = await runBatch({
    files,
    options,
    f,
    jobs,
    workerScript: io.workerScript,
    progress,
    onFile: (file, outcome) => {
      if (json) return;
      progress?.end();
      const line = (l: string) => cliText(f, "fileLine", { file: file.shown.input, line: l });
      for (const l of outcome.stderr) io.stderr(line(l));
      for (const l of outcome.stdout) io.stdout(l);
    },
  });
  progress?.end();
  if (json)
    printJson(
      io,
      outcomes.map((o) => o.json)
    );
  else {
    const summary = batchSummary(f, files, outcomes);
    if (outcomes.some((o) => o.status !== 0)) io.stderr(summary);
    else io.stdout(summary);
  }
  return outcomes.some((o) => o.status !== 0) ? 1 : 0;
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
      case "__worker":
        return await runWorker(spokenLanguage(rest));
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
