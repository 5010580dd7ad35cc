/**
 * History and roll-up arithmetic, on numbers worked out by hand from the seeds
 * (src/examples/yearly.ts):
 *
 * Seed 004, PT NPS overall by year (weights 0.4 finance (ROA, ROE 0.5 each), 0.2 CSI, 0.2 SLA, 0.2 turnover):
 *   2020: ROA 50+50×(0.1126−0.05)/0.10 = 81.3, ROE 50+50×(0.1615−0.10)/0.10 = 80.75 → 81.025 × 0.4 = 32.41;
 *         CSI 50+50×(0.8409−0.66)/0.15 = 110.3 → 22.06; SLA 50+50×(0.9589−0.9)/0.1 = 79.45 → 15.89;
 *         turnover 50+50×(0.0173−0.05)/(0.01−0.05) = 90.875 → 18.175.   Overall 88.535
 *   2021: 27.63 + 25.3666… + 17.64 + 16.9 = 87.5366…;   2022: 32.68 + 26.04 + 20 + 19.45 = 98.17
 *
 * Seed 001, 2018 (ROI 0.05→0.15, NPM 0.25→0.75, half each):
 *   JKK (114.3 + 101.19)/2 = 107.745, JKM (125.95 + 94.84)/2 = 110.395,
 *   JHT (72.65 + 75.51)/2 = 74.08,   JP (204.75 + 118.44)/2 = 161.595.
 */
import { gradeDown } from "../../src/core/css";
import {
  historyGradeDown,
  historyTrend,
  latestRun,
  rollup,
  rollupMean,
} from "../../src/core/history";
import { DomainError } from "../../src/core/errors";

const NPS = [88.535, 87.53666666666667, 98.17];

describe("history: trend and grade down over the build's periods", () => {
  it("the latest run of scores stops at a gap", () => {
    expect(latestRun([80, undefined, 70, 60])).toEqual([70, 60]);
    expect(latestRun([80, 70, undefined])).toEqual([]);
    expect(latestRun(NPS)).toEqual(NPS);
  });

  it("trend: PT NPS 2022 (98.17) against 2021 (87.54) is up; JKK 2021 (82.87) against 2020 (102.785) down", () => {
    expect(historyTrend(NPS)).toBe(1);
    expect(historyTrend([107.745, 103.375, 102.785, 82.87])).toBe(-1);
  });

  it("trend: equal to 9 decimals is flat (0.1 + 0.2 against 0.3), one period or a gap has none", () => {
    expect(historyTrend([0.1 + 0.2, 0.3])).toBe(0);
    expect(historyTrend([88.535])).toBeUndefined();
    expect(historyTrend([88.535, undefined, 98.17])).toBeUndefined();
  });

  it("grade down (seed 002): PT NPS is below 99 in each of its last 2 and 3 years, not below 90 in 2022", () => {
    expect(historyGradeDown(NPS, 99, 2)).toBe(true);
    expect(historyGradeDown(NPS, 99, 3)).toBe(true);
    expect(historyGradeDown(NPS, 90, 2)).toBe(false); // 98.17 is not below 90
    expect(historyGradeDown(NPS, 99, 4)).toBe(false); // three years are not four
  });

  it("grade down: JKM (110.395, 101.15, 26.335, -35.925) is below 60 in its last 2 years, not 3", () => {
    const jkm = [110.395, 101.15, 26.335, -35.925];
    expect(historyGradeDown(jkm, 60, 2)).toBe(true);
    expect(historyGradeDown(jkm, 60, 3)).toBe(false);
  });

  it("grade down: a missing period inside the window is not enough history", () => {
    expect(historyGradeDown([50, undefined, 50, 50], 60, 3)).toBe(false);
    expect(historyGradeDown([50, undefined, 50, 50], 60, 2)).toBe(true);
  });

  it("grade down is core/css.ts's rule: a score on the threshold is not below it, to 9 decimals", () => {
    expect(historyGradeDown([60.0000000001, 59], 60, 2)).toBe(false);
    expect(gradeDown([60.0000000001, 59], 60, 2)).toBe(false);
    expect(historyGradeDown([59.99999999999999, 59], 60, 2)).toBe(false); // 60 to 9 decimals
    expect(historyGradeDown([59.9999, 59], 60, 2)).toBe(true);
  });

  it("grade down: a number of periods that is not a whole number of at least 1 is the core's #NUM!", () => {
    const bad = historyGradeDown(NPS, 99, 1.5);
    expect(bad).toBeInstanceOf(DomainError);
    expect((bad as DomainError).code).toBe("gradeDownPeriods");
  });
});

describe("roll-up: units from members, the organisation from units", () => {
  it("mean and weighted mean (seed 001 2018, short-term: JKK 107.745, JKM 110.395)", () => {
    expect(rollupMean([107.745, 110.395])).toBeCloseTo(109.07, 9);
    // Weights 1 and 3: (107.745 + 3 × 110.395) / 4 = 438.93 / 4
    expect(rollupMean([107.745, 110.395], [1, 3])).toBeCloseTo(109.7325, 9);
    expect(rollupMean([107.745, 110.395], [0, 0])).toBeUndefined();
    expect(rollupMean([])).toBeUndefined();
  });

  it("the organisation (2018) from its units: mean 113.45375; weighted by the units' weights 112.434166…", () => {
    const member = (overall: number, weight = 1) => ({ perspectives: [overall], overall, weight });
    const short = [member(107.745, 1), member(110.395, 3)];
    const long = [member(74.08), member(161.595)];
    const meanUnits = [rollup(short, "mean")!, rollup(long, "mean")!];
    expect(meanUnits.map((u) => u.overall)).toEqual([
      expect.closeTo(109.07, 9),
      expect.closeTo(117.8375, 9),
    ]);
    expect(rollup(meanUnits, "mean")!.overall).toBeCloseTo(113.45375, 9);
    const weightedUnits = [rollup(short, "weighted")!, rollup(long, "weighted")!];
    expect(weightedUnits.map((u) => u.weight)).toEqual([4, 2]);
    // (4 × 109.7325 + 2 × 117.8375) / 6 = 674.605 / 6
    const organisation = rollup(weightedUnits, "weighted")!;
    expect(organisation.overall).toBeCloseTo(112.43416666666667, 9);
    expect(organisation.perspectives[0]).toBeCloseTo(112.43416666666667, 9);
  });

  it("per perspective as well as overall", () => {
    const a = { perspectives: [80, 100], overall: 90, weight: 1 };
    const b = { perspectives: [60, 40], overall: 50, weight: 3 };
    expect(rollup([a, b], "mean")).toEqual({ perspectives: [70, 70], overall: 70, weight: 4 });
    expect(rollup([a, b], "weighted")).toEqual({ perspectives: [65, 55], overall: 60, weight: 4 });
    expect(rollup([], "mean")).toBeUndefined();
  });
});
