import { DomainError } from "../../src/core/errors";
import { csi, nps } from "../../src/core/survey";

const kind = (x: unknown): string => (x as DomainError).kind;

describe("NPS", () => {
  it("is % promoters - % detractors", () => {
    // 6 promoters, 2 passives, 2 detractors out of 10 → 60 - 20 = 40.
    expect(nps([10, 9, 9, 10, 9, 10, 8, 7, 6, 0])).toBe(40);
  });
  it("reaches seed 000's 48.9 with 489 more promoters than detractors per 1000", () => {
    const answers = [...Array(600).fill(10), ...Array(289).fill(8), ...Array(111).fill(3)];
    expect(nps(answers)).toBeCloseTo(48.9, 10);
  });
  it("spans -100..100", () => {
    expect(nps([0, 1, 2])).toBe(-100);
    expect(nps([9, 10])).toBe(100);
    expect(nps([7, 8])).toBe(0);
  });
  it("rejects answers outside 0-10 or not whole with #NUM!", () => {
    expect(kind(nps([11]))).toBe("num");
    expect(kind(nps([-1]))).toBe("num");
    expect(kind(nps([7.5]))).toBe("num");
  });
  it("gives #N/A with no answers", () => {
    expect(kind(nps([]))).toBe("na");
  });
});

describe("CSI", () => {
  it("is the importance-weighted mean over the scale maximum", () => {
    // Seed 001 Likert means; equal importance gives the plain mean / 5.
    const sat = [4.36, 4.48, 4.35, 4.08, 4.0];
    expect(csi(sat, [1, 1, 1, 1, 1])).toBeCloseTo((4.36 + 4.48 + 4.35 + 4.08 + 4.0) / 5 / 5, 12);
    expect(csi([4, 5], [3, 1], 5)).toBeCloseTo((4 * 3 + 5 * 1) / 4 / 5, 12);
  });
  it("honours another scale", () => {
    expect(csi([7], [1], 10)).toBeCloseTo(0.7, 12);
  });
  it("rejects satisfaction above the scale or negative importance with #NUM!", () => {
    expect(kind(csi([6], [1], 5))).toBe("num");
    expect(kind(csi([4], [-1], 5))).toBe("num");
    expect(kind(csi([4], [1], 0))).toBe("num");
  });
  it("gives #DIV/0! when importance sums to 0", () => {
    expect(kind(csi([4, 3], [0, 0]))).toBe("div0");
  });
});
