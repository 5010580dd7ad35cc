/** Excel's status bar figures for the selection: average, count and sum of its numbers. */
import { memo } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { SimulatedHost } from "../host";
import type { Rect } from "./conditional";

export interface SelectionStatsProps {
  readonly host: SimulatedHost;
  readonly sheet: string;
  readonly rect: Rect;
  /** The used range: a whole-column selection is cut to it. */
  readonly used: Rect;
  /** Changes when the workbook does. */
  readonly version: number;
}

const MAX_CELLS = 200_000;

const fmt = (n: number) =>
  Number.isInteger(n)
    ? n.toLocaleString("en-US")
    : n.toLocaleString("en-US", { maximumFractionDigits: 4 });

export const SelectionStats = memo(function SelectionStats({
  host,
  sheet,
  rect,
  used,
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
  return (
    <span className="stats">
      {numbers > 0 && <span>Average: {fmt(sum / numbers)}</span>}
      <span>Count: {count}</span>
      {numbers > 0 && <span>Sum: {fmt(sum)}</span>}
    </span>
  );
});
