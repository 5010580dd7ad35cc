/**
 * Problems and the analysis that carries them: one constructor for every
 * problem (a code, its typed parameters and the cell to select; the words are
 * src/scorecard/messages.ts's, rendered when shown, in the reader's language),
 * and the one `Analysis` shape the pane, the command line and the benchmarks
 * read, its problems sorted once.
 */
import type { KpiTable, Problem, ProblemCode, ProblemParams, Severity } from "./types";

export function problem<C extends ProblemCode>(
  severity: Severity,
  code: C,
  params: ProblemParams[C],
  address?: string
): Problem {
  return { severity, code, params, address } as Problem;
}

export const isError = (p: Problem): boolean => p.severity === "error";

/** What `analyseSource` found: the typed table when nothing blocks a build, and every problem. */
export interface Analysis {
  /** Present when there are no errors. */
  readonly table?: KpiTable;
  /** Errors first, then warnings, each in the order found. */
  readonly problems: readonly Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** An analysis of nothing (no source read yet). */
export const NO_ANALYSIS: Analysis = { problems: [], errorCount: 0, warningCount: 0 };

/** The analysis of `problems` (in the order found) and the table, kept only when no problem is an error. */
export function analysisOf(problems: readonly Problem[], table?: KpiTable): Analysis {
  const errors = problems.filter(isError);
  const warnings = problems.filter((p) => !isError(p));
  return {
    ...(errors.length === 0 && table ? { table } : {}),
    problems: [...errors, ...warnings],
    errorCount: errors.length,
    warningCount: warnings.length,
  };
}
