/**
 * Problems and the analysis that carries them: one constructor for every
 * problem (code + parameters + the cell to select, its English text rendered
 * from the catalogue in messages.ts), and the one `Analysis` shape the pane,
 * the command line and the benchmarks read, its problems sorted once.
 */
import type { DomainError } from "../core/errors";
import { renderProblem } from "./messages";
import type { KpiTable, Problem, ProblemCode, Severity } from "./types";

type Params = Record<string, string | number>;

export function problem(
  severity: Severity,
  code: ProblemCode,
  params: Params,
  address?: string,
  cause?: DomainError
): Problem {
  const message = renderProblem(code, params, "en", undefined, cause);
  return { severity, code, params, message, address, ...(cause ? { cause } : {}) };
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
