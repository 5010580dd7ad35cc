/**
 * Checks the mapped source (`analyseSource`) and previews the scorecard
 * (`previewScorecard`), recomputed only when their inputs change.
 */
import { useMemo } from "react";
import type { Language } from "../../core/language";
import { analyseSource, PeriodInput } from "../../scorecard/analyse";
import { Analysis, NO_ANALYSIS } from "../../scorecard/problems";
import { previewScorecard } from "../../scorecard/preview";
import type {
  BuildOptions,
  ColumnMapping,
  ScorecardPreview,
  SourceTable,
} from "../../scorecard/types";

export type { Analysis } from "../../scorecard/problems";

export function useAnalysis(
  source: SourceTable | undefined,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput>
): Analysis {
  return useMemo(
    () => (source ? analyseSource(source, mapping, periods) : NO_ANALYSIS),
    [source, mapping, periods]
  );
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
