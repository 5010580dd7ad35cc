/**
 * The numbers the pane shows before writing anything, computed by the core
 * from the KPI table: per-perspective fulfillment and weighted score, overall
 * score and rating (core/weighted.ts, with the build's score bounds), and
 * CSS/GCR per employee when those columns are mapped.
 */
import { cssTotal, gcrEligible } from "../core/css";
import { DomainError, Outcome } from "../core/errors";
import { scoreBand } from "../core/rating";
import { WeightedSum } from "../core/weighted";
import {
  RollupMember,
  RollupScore,
  RollupWeighting,
  historyGradeDown,
  historyTrend,
  rollup,
} from "../core/history";
import { groupBy } from "./groups";
import { Scorecard, periodsInOrder, scorecardsOf } from "./scorecards";
import { perspectivesOf } from "./summarySheets";
import {
  BuildOptions,
  DEFAULT_GRADE_DOWN_PERIODS,
  EmployeePreview,
  HistoryPreview,
  KpiTable,
  PerspectivePreview,
  RollupPreview,
  ScorecardPreview,
} from "./types";

/** A total, or NaN where the core says there is none (a table with errors is never previewed). */
const numberOf = (outcome: Outcome<number>): number =>
  outcome instanceof DomainError ? NaN : outcome;

/** Mean of the values given (employee-level scores may sit on one row only); undefined when none is. */
export function meanOfGiven(values: readonly (number | undefined)[]): number | undefined {
  const nums = values.filter((v): v is number => v !== undefined);
  return nums.length > 0 ? nums.reduce((a, b) => a + b, 0) / nums.length : undefined;
}

export function previewEmployee(
  card: Pick<Scorecard, "employee" | "period" | "unit" | "rows">,
  options: BuildOptions
): EmployeePreview {
  const { employee, period, unit, rows } = card;
  const clamp = { floor: options.floor, cap: options.cap };
  const total = new WeightedSum(false, clamp);
  const perspectives: PerspectivePreview[] = [];
  for (const [perspective, group] of groupBy(rows, (r) => r.perspective)) {
    // Fulfillment: Σ score × KPI weight inside the perspective, the core's weighted sum at weight 1.
    const inside = new WeightedSum(false, clamp);
    for (const r of group) {
      inside.add(r.actual, r.valueAt50, r.valueAt100, r.kpiWeight, 1);
      total.add(r.actual, r.valueAt50, r.valueAt100, r.kpiWeight, r.perspectiveWeight);
    }
    const fulfillment = numberOf(inside.result());
    const weight = group[0].perspectiveWeight;
    perspectives.push({ perspective, weight, fulfillment, weighted: fulfillment * weight });
  }
  const overall = numberOf(total.result());
  const band = scoreBand(overall, options.scheme);
  const preview: EmployeePreview = {
    employee,
    period,
    unit,
    perspectives,
    overall,
    rating: band.label[options.language],
    band: band.id,
  };
  const assessment = meanOfGiven(rows.map((r) => r.assessmentScore));
  const development = meanOfGiven(rows.map((r) => r.developmentScore));
  if (assessment === undefined || development === undefined) return preview;
  const css = cssTotal(overall, assessment, development, options.cssWeights);
  if (css instanceof DomainError) return preview;
  const gcr =
    options.gcrMinimumScore === undefined ? undefined : gcrEligible(css, options.gcrMinimumScore);
  return { ...preview, css, gcrEligible: gcr };
}

export function previewScorecard(table: KpiTable, options: BuildOptions): ScorecardPreview {
  const cards = scorecardsOf(table.rows);
  const employees = cards.map((card) => previewEmployee(card, options));
  const periods = periodsInOrder(table.rows);
  const perspectives = perspectivesOf(table.rows);
  const preview: ScorecardPreview = { employees, periods, perspectives };
  const history = periods.length > 1 ? previewHistory(employees, periods, options) : undefined;
  const rollup = rollupOf(table, options);
  const rolled =
    rollup && cards.length > 1
      ? previewRollup(cards, employees, periods, perspectives, rollup, options)
      : undefined;
  return {
    ...preview,
    ...(history ? { history } : {}),
    ...(rolled ? { rollup: rolled } : {}),
  };
}

/**
 * The roll-up a build writes: none without a unit column or when turned off;
 * weighted only with a roll-up weight column (the command line refuses a
 * weighted roll-up without one: `rollupNeedsWeight`; the pane does not offer it).
 */
export function rollupOf(table: KpiTable, options: BuildOptions): RollupWeighting | undefined {
  if (table.mapping.unit === undefined || options.rollup === "off") return undefined;
  return options.rollup === "weighted" && table.mapping.unitWeight !== undefined
    ? "weighted"
    : "mean";
}

/** Each employee's overall score per period, its trend and the grade-down flag (history sheet). */
function previewHistory(
  employees: readonly EmployeePreview[],
  periods: readonly string[],
  options: BuildOptions
): HistoryPreview[] {
  const at = new Map(periods.map((p, i) => [p, i]));
  const byEmployee = new Map<string, (number | undefined)[]>();
  for (const e of employees) {
    let scores = byEmployee.get(e.employee);
    if (!scores) byEmployee.set(e.employee, (scores = periods.map(() => undefined)));
    scores[at.get(e.period) as number] = e.overall;
  }
  return [...byEmployee].map(([employee, scores]) => {
    const trend = historyTrend(scores);
    const down =
      options.gradeDownThreshold === undefined
        ? undefined
        : historyGradeDown(
            scores,
            options.gradeDownThreshold,
            options.gradeDownPeriods ?? DEFAULT_GRADE_DOWN_PERIODS
          );
    return {
      employee,
      scores,
      ...(trend !== undefined ? { trend } : {}),
      ...(typeof down === "boolean" ? { gradeDown: down } : {}),
    };
  });
}

/** Per period, each unit from its members, then the organisation from its units (roll-up sheet). */
function previewRollup(
  cards: readonly Scorecard[],
  employees: readonly EmployeePreview[],
  periods: readonly string[],
  perspectives: readonly string[],
  weighting: RollupWeighting,
  options: BuildOptions
): RollupPreview[] {
  const out: RollupPreview[] = [];
  const member = (i: number): RollupMember => {
    const scores = new Map(employees[i].perspectives.map((p) => [p.perspective, p.fulfillment]));
    return {
      // A perspective the member does not have counts 0, as the summary sheet shows it.
      perspectives: perspectives.map((p) => scores.get(p) ?? 0),
      overall: employees[i].overall,
      weight: cards[i].weight ?? 1,
    };
  };
  const indexes = cards.map((_, i) => i);
  for (const period of periods.length ? periods : [""]) {
    const inPeriod = indexes.filter((i) => cards[i].period === period);
    const units: RollupMember[] = [];
    for (const [unit, members] of groupBy(inPeriod, (i) => cards[i].unit)) {
      const score = rollup(members.map(member), weighting);
      if (!score) continue;
      units.push(score);
      out.push(rollupPreview(period, unit, members.length, score, options));
    }
    const organisation = rollup(units, weighting);
    if (organisation)
      out.push(rollupPreview(period, undefined, inPeriod.length, organisation, options));
  }
  return out;
}

function rollupPreview(
  period: string,
  unit: string | undefined,
  members: number,
  score: RollupScore,
  options: BuildOptions
): RollupPreview {
  const band = scoreBand(score.overall, options.scheme);
  return {
    period,
    ...(unit !== undefined ? { unit } : {}),
    members,
    perspectives: score.perspectives,
    overall: score.overall,
    rating: band.label[options.language],
    band: band.id,
  };
}
