/**
 * The cells of a plan that come from the source table: in "formulas" mode a
 * link to the source cell (live: the sheet follows edits to the data), in
 * "values" mode the value read (a snapshot).
 *
 * A link is relative to the row it is written in (a RowFormulaCell, as Excel's
 * shared formulas are): "='Data'!G" and the source row as an offset from the
 * plan's row. A source read in order gives every row of a column the same
 * offset, so a details sheet of 120,000 rows holds one link per column, not
 * 600,000 formula strings.
 */
import { periodActualFormula } from "./formulas";
import { PlanCell, RowFormulaCell } from "./plan";
import { sourceCellOf } from "./readRows";
import { BuildOptions, ColumnKey, KpiRow } from "./types";

/** Links made so far, by source column and row offset: immutable, so shared by every plan (a bounded cache). */
const links = new Map<string, Map<number, RowFormulaCell>>();
const MAX_COLUMNS = 1000;
const MAX_OFFSETS = 200_000;

function link(column: string, offset: number): RowFormulaCell {
  let byOffset = links.get(column);
  if (!byOffset) {
    if (links.size >= MAX_COLUMNS) links.clear();
    links.set(column, (byOffset = new Map()));
  }
  let found = byOffset.get(offset);
  if (!found) {
    if (byOffset.size >= MAX_OFFSETS) byOffset.clear();
    byOffset.set(offset, (found = { parts: [`=${column}`, ""], rows: [offset] }));
  }
  return found;
}

/**
 * An input cell written in plan row `at` (0-based; plans start at A1): a link
 * to its source cell, or its value.
 */
export function inputCell(
  row: KpiRow,
  key: ColumnKey,
  value: number,
  options: BuildOptions,
  at: number
): PlanCell {
  if (options.mode !== "formulas") return value;
  const source = sourceCellOf(row.cells, key);
  return source ? link(source.column, source.row - (at + 1)) : value;
}

/** The actual written in plan row `at`: a link to its cell, a native aggregation of its period data, or the value. */
export function actualCell(row: KpiRow, options: BuildOptions, at: number): PlanCell {
  if (options.mode === "formulas" && row.periods) {
    return {
      formula: periodActualFormula(
        row.periods.aggregation,
        row.periods.numerator,
        row.periods.denominator
      ),
    };
  }
  return inputCell(row, "actual", row.actual, options, at);
}
