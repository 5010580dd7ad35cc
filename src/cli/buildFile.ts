/**
 * One input file built into one output file, as plain data (so a child
 * process can send it back): the exit status it alone gives, its --json
 * entry, and the lines a person reads, already in the run's language.
 *
 * The build: read the workbook (ExcelJS, in memory: the reader needs random
 * access), read and check the KPI table, and stop there when it has errors;
 * else stream the output (src/export/streamWorkbook.ts): the input's sheets
 * first (each row let go once written), then the plans, made only then so
 * they do not share the memory with the input's rows.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Format } from "../core/catalogue";
import {
  AnalysedWorkbook,
  BuildWorkbookOptions,
  BuildWorkbookResult,
  analyseWorkbook,
  planAnalysed,
} from "../export/buildWorkbook";
import { SourceError } from "../export/readSource";
import { streamWorkbook } from "../export/streamWorkbook";
import { JsonFile, jsonFailure, jsonFile } from "./jsonReport";
import { collectGarbage } from "./memory";
import { CliError, cliText } from "./messages";
import { formatNotes, formatProblem, formatScores } from "./report";

export interface FileOutcome {
  /** 0 built, 1 the table has errors or a file could not be read or written, 2 wrong usage (no such sheet/table). */
  readonly status: 0 | 1 | 2;
  readonly json: JsonFile;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  /** The KPI table's data rows (0 when it was not read). */
  readonly rows: number;
}

export interface BuildFileOptions {
  /** Print each employee's scores (one file); a run over many files prints one line per file. */
  readonly scores: boolean;
  /** Called once per row written. */
  readonly progress?: () => void;
}

/** A library's error text, to quote. */
export const detailOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new CliError("noSuchFile", { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new CliError("cannotRead", { file, detail: detailOf(error) });
  }
  return workbook;
}

/** An error that ends one file's build, as its outcome. */
function failed(
  shownInput: string,
  error: CliError | SourceError,
  f: Format,
  status: 1 | 2
): FileOutcome {
  const text = error.renderIn(f);
  return {
    status,
    json: jsonFailure(shownInput, { code: String(error.code), message: text }),
    stdout: [],
    stderr: [cliText(f, "errorLine", { text })],
    rows: 0,
  };
}

/**
 * Builds `input` into `output` (absolute paths); `shown*` are the paths as
 * the person gave them, for messages and the JSON. Never throws for what a
 * file holds; a bug still throws.
 */
export async function buildFile(
  input: string,
  output: string,
  shown: { readonly input: string; readonly output: string },
  options: BuildWorkbookOptions,
  f: Format,
  how: BuildFileOptions
): Promise<FileOutcome> {
  let workbook: ExcelJS.Workbook;
  let analysed: AnalysedWorkbook;
  try {
    workbook = await readWorkbook(input);
    analysed = analyseWorkbook(workbook, options);
  } catch (error) {
    if (error instanceof CliError) return failed(shown.input, error, f, error.status);
    if (error instanceof SourceError)
      return failed(shown.input, error, f, error.kind === "notFound" ? 2 : 1);
    throw error;
  }
  const stderr: string[] = [];
  const base = analysed.result;
  const rows = base.source?.values.length ?? 0;
  for (const p of base.problems) stderr.push(formatProblem(p, f));
  const errors = base.problems.filter((p) => p.severity === "error").length;
  if (!analysed.table || errors > 0) {
    for (const note of formatNotes(base, f)) stderr.push(note);
    stderr.push(cliText(f, "tableErrors", { errors, source: base.source?.label }));
    return { status: 1, json: jsonFile(shown.input, null, base, f), stdout: [], stderr, rows };
  }
  // The table's cells are in analysed.table now: the source's own copies (values, formulas, texts)
  // and the reading's garbage go before the output is written (at 10,000 employees the peak).
  const source = base.source && { ...base.source, values: [], formulas: [], texts: [] };
  // (The plans read only the source's label and sheet name: src/scorecard/buildPlans.ts.)
  analysed = {
    ...analysed,
    table: source && { ...analysed.table, source },
    result: { ...base, source },
  };
  collectGarbage();
  let result: BuildWorkbookResult = analysed.result;
  try {
    fs.mkdirSync(path.dirname(output), { recursive: true });
    await streamWorkbook(
      workbook,
      () => {
        const planned = planAnalysed(analysed as AnalysedWorkbook);
        result = planned.result;
        return planned.plans;
      },
      output,
      { progress: how.progress, inputWritten: collectGarbage }
    );
  } catch (error) {
    fs.rmSync(output, { force: true });
    const cannot = new CliError("cannotWrite", { file: shown.output, detail: detailOf(error) });
    const outcome = failed(shown.input, cannot, f, 1);
    return { ...outcome, stderr: [...stderr, ...outcome.stderr], rows };
  }
  for (const note of formatNotes(result, f)) stderr.push(note);
  const stdout = [
    cliText(f, "wroteScorecard", {
      file: shown.output,
      sheets: result.sheets,
      source: result.source?.label,
    }),
  ];
  if (how.scores) stdout.push(...formatScores(result.preview?.employees ?? [], f));
  return { status: 0, json: jsonFile(shown.input, shown.output, result, f), stdout, stderr, rows };
}
