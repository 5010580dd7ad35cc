/**
 * A KPI table holds one scorecard per employee and period (one per employee
 * without a period column). The scorecards of a build in the order every
 * sheet lists them: periods in time order, then units and employees in the
 * order first seen.
 *
 * Time order: periods typed as numbers or dates (a year, a month's date) by
 * their number; periods typed as text ("Q1 2024", "Semester I") in the order
 * first seen, after the numbered ones. A period is what Excel shows: two dates
 * shown alike ("Jan-24") are one period.
 */
import { groupBy } from "./groups";
import type { KpiRow } from "./types";

export interface Scorecard {
  readonly employee: string;
  /** As Excel shows it; "" without a period column. */
  readonly period: string;
  /** The employee's unit in the period ("" without a unit column). */
  readonly unit: string;
  /** The roll-up weight (the first one given on the scorecard's rows). */
  readonly weight?: number;
  readonly rows: readonly KpiRow[];
}

/** The key of a scorecard's rows. */
export const scorecardKey = (row: KpiRow): string =>
  row.period === "" ? row.employee : `${row.employee}\u0000${row.period}`;

/** The periods of the rows in time order (see the file's comment); [] without periods. */
export function periodsInOrder(rows: readonly KpiRow[]): string[] {
  const numbered = new Map<string, number>();
  const texts = new Set<string>();
  for (const row of rows) {
    const p = row.period;
    if (p === "" || numbered.has(p) || texts.has(p)) continue;
    if (row.periodOrder !== undefined) numbered.set(p, row.periodOrder);
    else texts.add(p);
  }
  const byNumber = [...numbered].sort((a, b) => a[1] - b[1]).map(([p]) => p);
  return [...byNumber, ...texts];
}

/** The scorecards of the rows, in the sheets' order (periods, then units, then employees). */
export function scorecardsOf(rows: readonly KpiRow[]): Scorecard[] {
  const cards: Scorecard[] = [];
  for (const group of groupBy(rows, scorecardKey).values()) {
    const first = group[0];
    const weight = group.find((r) => r.unitWeight !== undefined)?.unitWeight;
    cards.push({
      employee: first.employee,
      period: first.period,
      unit: first.unit,
      ...(weight !== undefined ? { weight } : {}),
      rows: group,
    });
  }
  const periodIndex = new Map(periodsInOrder(rows).map((p, i) => [p, i]));
  const unitIndex = new Map<string, number>();
  for (const card of cards) if (!unitIndex.has(card.unit)) unitIndex.set(card.unit, unitIndex.size);
  if (periodIndex.size <= 1 && unitIndex.size <= 1) return cards;
  const order = (c: Scorecard) => [periodIndex.get(c.period) ?? 0, unitIndex.get(c.unit) ?? 0];
  return cards
    .map((card) => ({ card, at: order(card) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map((x) => x.card);
}

/** The employees of the scorecards, first seen first. */
export function employeesOf(cards: readonly Scorecard[]): string[] {
  return [...new Set(cards.map((c) => c.employee))];
}

/** "Ani Wijaya 2021", "2021" or "Ani Wijaya": a scorecard's name on a sheet. */
export function scorecardName(card: Pick<Scorecard, "employee" | "period">): string {
  return [card.employee, card.period].filter((x) => x !== "").join(" ");
}
