import {
  directionMismatch,
  lowerIsBetter,
  nameDirection,
  thresholdDirection,
} from "../../src/core/direction";
import { kpiScore } from "../../src/core/scoring";
import { WeightedSum } from "../../src/core/weighted";
import { SEED003_KPIS } from "../../src/examples/seed003";

describe("a KPI's direction", () => {
  it("comes from its thresholds: value at 100 below value at 50 is lower-is-better", () => {
    expect(lowerIsBetter(0.25, 0.05)).toBe(true);
    expect(lowerIsBetter(0.75, 0.95)).toBe(false);
    expect(thresholdDirection(0.1, 0.02)).toBe("lower");
    expect(thresholdDirection(0.5, 1)).toBe("higher");
    expect(thresholdDirection(0.8, 0.8)).toBeUndefined();
  });

  it.each([
    ["Employee turnover", "lower"],
    ["Customer churn", "lower"],
    ["Absenteeism rate", "lower"],
    ["Tingkat absensi", "lower"],
    ["Operating cost", "lower"],
    ["Biaya operasional", "lower"],
    ["Customer complaints", "lower"],
    ["Jumlah keluhan pelanggan", "lower"],
    ["NPL", "lower"],
    ["Rasio BOPO", "lower"],
    ["Retention", "higher"],
    ["Retensi pelanggan", "higher"],
    ["Revenue growth", "higher"],
    ["Pendapatan", "higher"],
    ["Customer satisfaction", "higher"],
    ["Kepuasan pelanggan", "higher"],
    ["Net profit", "higher"],
    ["Laba bersih", "higher"],
  ] as const)("%s says %s is better", (name, direction) => {
    expect(nameDirection(name)).toBe(direction);
  });

  it("is not read from names that say nothing, or both, or only contain a word", () => {
    expect(nameDirection("Service effectiveness")).toBeUndefined();
    expect(nameDirection("Employee training")).toBeUndefined();
    expect(nameDirection("Cost of customer acquisition")).toBeUndefined(); // both: no guess
    expect(nameDirection("Costume design")).toBeUndefined(); // "cost" only as a whole word
  });

  it("warns when name and thresholds disagree, not when they agree", () => {
    expect(directionMismatch("Employee turnover", 0.05, 0.1)).toBe("lower");
    expect(directionMismatch("Employee turnover", 0.1, 0.02)).toBeUndefined();
    expect(directionMismatch("Kepuasan pelanggan", 0.9, 0.7)).toBe("higher");
    expect(directionMismatch("Kepuasan pelanggan", 0.7, 0.9)).toBeUndefined();
    // Seed 003's "retention" is named and thresholded higher-is-better: they agree; only its
    // data (inactive / active) are a churn ratio, which the score warning points at.
    expect(directionMismatch("Retention", 0.75, 0.95)).toBeUndefined();
    expect(directionMismatch("Service effectiveness", 0.25, 0.8)).toBeUndefined();
  });
});

describe("seed 003's retention read both ways (DOMAIN.md section 1)", () => {
  const [retention, acquisition, service, training] = SEED003_KPIS;
  const churn = retention.actual; // 0.1236285: inactive / active, the mean of the months

  const overall = (retentionActual: number, v50: number, v100: number) => {
    const sum = new WeightedSum();
    sum.add(retentionActual, v50, v100, 0.5, 0.35);
    for (const k of [acquisition, service, training])
      sum.add(k.actual, k.valueAt50, k.valueAt100, k.kpiWeight, k.perspectiveWeight);
    return sum.result() as number;
  };

  it("as the paper scores it: -106.59 and an overall 57.85", () => {
    expect(kpiScore(churn, 0.75, 0.95)).toBeCloseTo(-106.593, 3);
    expect(overall(churn, 0.75, 0.95)).toBeCloseTo(57.85, 2);
  });

  it("in the right direction: 81.59 and 90.78, as churn against 0.25/0.05 or 1 − churn against 0.75/0.95", () => {
    // 50 + 50 × (0.1236285 − 0.25) / (0.05 − 0.25) = 50 + 50 × 0.6318575 = 81.59
    expect(kpiScore(churn, 0.25, 0.05)).toBeCloseTo(81.5929, 4);
    expect(kpiScore(1 - churn, 0.75, 0.95)).toBeCloseTo(kpiScore(churn, 0.25, 0.05) as number, 10);
    // 0.35 × (81.5929 + 30.4256) / 2 + 0.40 × 101.4141 + 0.25 × 122.4537 = 90.78
    expect(overall(churn, 0.25, 0.05)).toBeCloseTo(90.78, 2);
    expect(overall(1 - churn, 0.75, 0.95)).toBeCloseTo(90.78, 2);
  });
});
