/**
 * Many workbooks in one run: `build <files or folders...> --out-dir <dir>`.
 * Each input is built to `<dir>/<its name>`; a file that fails is listed and
 * the run goes on; the exit status is 1 at the end when any failed.
 *
 * Several files are built at once in child processes (bin/bsc-scorecard.js
 * `__worker`, one per core by default, `--jobs N`), each taking the next
 * file, largest first, when it is done with one: a build is one JavaScript
 * thread, so a second process is what uses a second core. In-process (one
 * job, or where there is no script to start, as under jest) the files are
 * built one after the other.
 */
import { ChildProcess, fork } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Format } from "../core/catalogue";
import type { BuildWorkbookOptions } from "../export/buildWorkbook";
import { FileOutcome, buildFile } from "./buildFile";
import { CliError, cliText } from "./messages";
import { ProgressLine } from "./progress";

export interface BatchFile {
  readonly input: string;
  readonly output: string;
  /** As the person gave them (relative to the working directory when they were). */
  readonly shown: { readonly input: string; readonly output: string };
  readonly bytes: number;
}

const isXlsx = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/** The input files of the arguments: files as given, folders' .xlsx files (not their subfolders'), each once. */
export function inputFiles(cwd: string, args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = fs
        .readdirSync(full, { withFileTypes: true })
        .filter((e) => e.isFile() && isXlsx(e.name))
        .map((e) => path.join(full, e.name))
        .sort();
      if (!found.length) throw new CliError("noWorkbooksIn", { folder: arg });
      files.push(...found);
    } else {
      if (!/\.xlsx$/i.test(arg)) throw new CliError("notXlsx", { what: "input", file: arg });
      files.push(full);
    }
  }
  return [...new Set(files)];
}

/** Each input's output in `outDir`: its own name, with "-2", "-3" ... when two inputs share one. */
export function batchFiles(cwd: string, inputs: readonly string[], outDir: string): BatchFile[] {
  const dir = path.resolve(cwd, outDir);
  const used = new Set<string>();
  const shownPath = (p: string) => {
    const relative = path.relative(cwd, p);
    return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : p;
  };
  return inputs.map((input) => {
    const ext = path.extname(input);
    const base = path.basename(input, ext);
    let output = path.join(dir, `${base}${ext}`);
    for (let n = 2; used.has(output.toLowerCase()); n++)
      output = path.join(dir, `${base}-${n}${ext}`);
    used.add(output.toLowerCase());
    if (path.resolve(output) === path.resolve(input)) throw new CliError("outDirHasInput");
    const bytes = fs.statSync(input, { throwIfNoEntry: false })?.size ?? 0;
    return { input, output, bytes, shown: { input: shownPath(input), output: shownPath(output) } };
  });
}

/** What a worker is sent, and sends back. */
export interface WorkerTask {
  readonly id: number;
  readonly file: BatchFile;
  readonly options: BuildWorkbookOptions;
}
export type WorkerMessage =
  | { readonly id: number; readonly rows: number }
  | { readonly id: number; readonly outcome: FileOutcome };

/** Rows reported by a worker at a time (a message per row would cost more than the row). */
export const ROWS_PER_MESSAGE = 2000;

export interface BatchRun {
  readonly files: readonly BatchFile[];
  readonly options: BuildWorkbookOptions;
  readonly f: Format;
  readonly jobs: number;
  /** The script that runs `__worker` (bin/bsc-scorecard.js); none: in-process. */
  readonly workerScript?: string;
  readonly progress?: ProgressLine;
  /** Each file's outcome as it finishes (in the order they finish). */
  readonly onFile?: (file: BatchFile, outcome: FileOutcome) => void;
}

/** Builds every file; the outcomes in the order of `files`. */
export async function runBatch(run: BatchRun): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(run.files.length);
  // Largest first: the last file to start is a small one, so the processes finish together.
  const queue = run.files
    .map((file, id) => ({ file, id }))
    .sort((a, b) => b.file.bytes - a.file.bytes);
  const finish = (id: number, outcome: FileOutcome) => {
    outcomes[id] = outcome;
    run.progress?.fileDone(run.files[id].bytes);
    run.onFile?.(run.files[id], outcome);
  };
  const jobs = Math.max(1, Math.min(run.jobs, run.files.length));
  if (jobs === 1 || !run.workerScript) {
    for (const { file, id } of queue) {
      let rows = 0;
      const outcome = await buildFile(file.input, file.output, file.shown, run.options, run.f, {
        scores: false,
        progress: () => {
          if (++rows % ROWS_PER_MESSAGE === 0) run.progress?.rowsWritten(ROWS_PER_MESSAGE);
        },
      });
      finish(id, outcome);
    }
    return outcomes;
  }
  const script = run.workerScript;
  const language = run.f.language;
  await Promise.all(
    Array.from(
      { length: jobs },
      () =>
        new Promise<void>((resolve, reject) => {
          const child: ChildProcess = fork(script, ["__worker", "--language", language], {
            stdio: ["ignore", "ignore", "inherit", "ipc"],
          });
          let current: number | undefined;
          const next = () => {
            const task = queue.shift();
            if (!task) {
              current = undefined;
              child.disconnect();
              return;
            }
            current = task.id;
            child.send({ id: task.id, file: task.file, options: run.options } satisfies WorkerTask);
          };
          child.on("message", (message: WorkerMessage) => {
            if ("rows" in message) run.progress?.rowsWritten(message.rows);
            else {
              finish(message.id, message.outcome);
              next();
            }
          });
          child.on("exit", (code) => {
            if (current === undefined) resolve();
            else
              reject(
                new Error(`worker for ${run.files[current].shown.input} exited with status ${code}`)
              );
          });
          child.on("error", reject);
          next();
        })
    )
  );
  return outcomes;
}

/** The end of a run, for a person: how many were built, which failed. */
export function batchSummary(
  f: Format,
  files: readonly BatchFile[],
  outcomes: readonly FileOutcome[]
): string {
  const failed = files.filter((_, i) => outcomes[i].status !== 0).map((file) => file.shown.input);
  return cliText(f, "batchSummary", { files: files.length, failed });
}
