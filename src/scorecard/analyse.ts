/**
 * Source table + column mapping → typed KPI table and the problems to show
 * before anything is written, in three steps: the mapping's own problems
 * (validate.ts), reading the rows (readRows.ts), the rules across rows
 * (validate.ts). Errors block a build; warnings do not. Every problem that
 * concerns a cell carries its address, so the pane can select it.
 */
import { Analysis, analysisOf, isError } from "./problems";
import { PeriodInput, readRows } from "./readRows";
import { ColumnMapping, SourceTable } from "./types";
import { mappingProblems, noRowsProblem, validateRows } from "./validate";

export type { Analysis } from "./problems";
export type { PeriodInput } from "./readRows";

export function analyseSource(
  source: SourceTable,
  mapping: ColumnMapping,
  periods: ReadonlyMap<number, PeriodInput> = new Map()
): Analysis {
  const problems = mappingProblems(source, mapping, periods.size > 0);
  if (problems.some(isError)) return analysisOf(problems);
  const rows = readRows(source, mapping, periods, problems);
  if (problems.some(isError)) return analysisOf(problems);
  if (rows.length === 0) return analysisOf([...problems, noRowsProblem(source)]);
  // Sums over rows that could not be read would only repeat those errors: fix cells first.
  return analysisOf(problems.concat(validateRows(rows, mapping.unitWeight !== undefined)), {
    source,
    mapping,
    rows,
  });
}
