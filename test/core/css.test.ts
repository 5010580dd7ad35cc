import { DomainError } from "../../src/core/errors";
import { DEFAULT_CSS_WEIGHTS, cssTotal, gcrEligible, gradeDown } from "../../src/core/css";

const kind = (x: unknown): string => (x as DomainError).kind;

describe("CSS total (seed 002)", () => {
  it("weights KPI 70%, assessment 10%, development 20% by default", () => {
    expect(DEFAULT_CSS_WEIGHTS).toEqual([0.7, 0.1, 0.2]);
    expect(cssTotal(80, 90, 70)).toBeCloseTo(0.7 * 80 + 0.1 * 90 + 0.2 * 70, 12);
    expect(cssTotal(100, 0, 0)).toBeCloseTo(70, 12);
    expect(cssTotal(0, 100, 0)).toBeCloseTo(10, 12);
    expect(cssTotal(0, 0, 100)).toBeCloseTo(20, 12);
  });
  it("takes other weights that sum to 1", () => {
    expect(cssTotal(80, 90, 70, [0.5, 0.25, 0.25])).toBeCloseTo(80, 12);
  });
  it("rejects weights that do not sum to 100%, naming the sum", () => {
    const e = cssTotal(80, 90, 70, [0.7, 0.1, 0.1]) as DomainError;
    expect(e.kind).toBe("value");
    expect(e.message).toContain("90%");
  });
  it("rejects negative weights", () => {
    expect(kind(cssTotal(1, 1, 1, [1.2, -0.1, -0.1]))).toBe("num");
  });
});

describe("GCR eligibility and grade down", () => {
  it("is eligible at or above the minimum", () => {
    expect(gcrEligible(75, 75)).toBe(true);
    expect(gcrEligible(74.99, 75)).toBe(false);
  });
  it("signals grade down when each of the last periods is below the threshold", () => {
    expect(gradeDown([80, 55, 58, 50], 60, 3)).toBe(true);
    expect(gradeDown([80, 55, 61, 50], 60, 3)).toBe(false);
    expect(gradeDown([55, 58, 50, 80], 60, 3)).toBe(false);
    expect(gradeDown([60, 60], 60, 2)).toBe(false);
  });
  it("answers FALSE without enough history", () => {
    expect(gradeDown([10, 10], 60, 3)).toBe(false);
  });
  it("needs a whole number of periods of at least 1", () => {
    expect(kind(gradeDown([1], 60, 0))).toBe("num");
    expect(kind(gradeDown([1], 60, 1.5))).toBe("num");
  });
});
