/** The command line run in-process by the export tests. */
import { main } from "../../src/cli/main";

/** What a run of the command line printed, and its exit status. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command line's `main` run in this process, in `cwd`, its output lines collected. */
export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    cwd,
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}
