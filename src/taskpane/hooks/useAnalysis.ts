/**
 * Checks the mapped source (`analyseSource`) and previews the scorecard
 * (`previewScorecard`), recomputed only when their inputs change.
 */
import { useMemo } from "react";
import type { Language } from "../../core/language";
import { analyseSource, PeriodInput } from "../../scorecard/analyse";
import { previewScorecard } from "../../scorecard/preview";
import type {
  BuildOptions,
  ColumnMapping,
  KpiTable,
  Problem,
  ScorecardPreview,
  SourceTable,
} from "../../scorecard/types";

export interface Analysis {
  readonly table?: KpiTable;
  /** Errors first, then warnings, each in the order found. */
  readonly problems: readonly Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const NONE: Analysis = { problems: [], errorCount: 0, warningCount: 0 };

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity !== "error"),
  ];
}

export function useAnalysis(
  source: SourceTable | undefined,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput>
): Analysis {
  return useMemo(() => {
    if (!source) return NONE;
    const { table, problems } = analyseSource(source, mapping, periods);
    const sorted = sortProblems(problems);
    const errorCount = sorted.filter((p) => p.severity === "error").length;
    return { table, problems: sorted, errorCount, warningCount: sorted.length - errorCount };
  }, [source, mapping, periods]);
}

/**
 * The preview of a table free of errors, with ratings in the pane's language
 * (the sheet's own language is an option of the build).
 */
export function usePreview(
  analysis: Analysis,
  options: BuildOptions,
  language: Language
): ScorecardPreview | undefined {
  const { table, errorCount } = analysis;
  return useMemo(() => {
    if (!table || errorCount > 0) return undefined;
    try {
      return previewScorecard(table, { ...options, language });
    } catch {
      return undefined; // A preview is a convenience: the build reports real failures.
    }
  }, [table, errorCount, options, language]);
}
