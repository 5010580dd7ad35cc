/**
 * Excel's status bar figures for the selection: average, count and sum of its
 * numbers. Average and sum are shown in the active cell's number format, with
 * the workbook's separators, as Excel shows them (KB 131332: the status bar's
 * AutoCalculate value takes the number format of the range's first cell; the
 * active cell's when the selection was made from the other end): 0,5589 in an
 * Indonesian workbook, 55.89% over percentages.
 */
import { memo } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { SimulatedHost } from "../../excel-simulator";
import { formatValue } from "../../excel-simulator/numberFormat";
import type { Rect } from "./conditional";
import type { Cell } from "./selection";
import type { PlaygroundWords } from "./words";

export interface SelectionStatsProps {
  readonly host: SimulatedHost;
  readonly sheet: string;
  readonly rect: Rect;
  /** The active cell: its number format shows the average and the sum. */
  readonly active: Cell;
  /** The used range: a whole-column selection is cut to it. */
  readonly used: Rect;
  /** Changes when the workbook does. */
  readonly version: number;
  /** "Average", "Count", "Sum" in Office's language. */
  readonly words: Pick<PlaygroundWords, "average" | "count" | "sum">;
}

const MAX_CELLS = 200_000;

export const SelectionStats = memo(function SelectionStats({
  host,
  sheet,
  rect,
  active,
  used,
  words,
}: SelectionStatsProps) {
  const r1 = Math.min(rect.r1, used.r1);
  const c1 = Math.min(rect.c1, used.c1);
  if (r1 < rect.r0 || c1 < rect.c0 || (rect.r0 === rect.r1 && rect.c0 === rect.c1)) return null;
  if ((r1 - rect.r0 + 1) * (c1 - rect.c0 + 1) > MAX_CELLS) return null;
  const values = host.getValues(sheet, `${cellA1(rect.r0, rect.c0)}:${cellA1(r1, c1)}`);
  let count = 0;
  let numbers = 0;
  let sum = 0;
  for (const row of values)
    for (const v of row) {
      if (v === "") continue;
      count++;
      if (typeof v === "number") {
        numbers++;
        sum += v;
      }
    }
  if (count === 0) return null;
  const format = host.getCellFormat(sheet, cellA1(active.r, active.c)).numberFormat || "General";
  const fmt = (n: number) => formatValue(n, format, host.workbook.culture);
  return (
    <span className="stats">
      {numbers > 0 && (
        <span>
          {words.average}: {fmt(sum / numbers)}
        </span>
      )}
      <span>
        {words.count}: {count}
      </span>
      {numbers > 0 && (
        <span>
          {words.sum}: {fmt(sum)}
        </span>
      )}
    </span>
  );
});
