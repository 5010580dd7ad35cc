import * as fns from "../../src/functions/functions";
import { column, flat, isError, onlyError, onlyNumber } from "./helpers";

describe("CSS_TOTAL", () => {
  it("uses 70/10/20 by default and spills per employee", () => {
    const out = flat(fns.cssTotal(column([80, 100]), column([90, 0]), column([70, 0]))) as number[];
    expect(out[0]).toBeCloseTo(79, 12); // 56 + 9 + 14
    expect(out[1]).toBeCloseTo(70, 12);
  });
  it("takes a 3-cell weights range, as a row or a column", () => {
    expect(onlyNumber(fns.cssTotal([[80]], [[90]], [[70]], [[0.5, 0.25, 0.25]]))).toBeCloseTo(
      80,
      12
    );
    expect(onlyNumber(fns.cssTotal([[80]], [[90]], [[70]], column([0.5, 0.25, 0.25])))).toBeCloseTo(
      80,
      12
    );
  });
  it("rejects weights that do not sum to 100%, or not three of them", () => {
    const e = onlyError(fns.cssTotal([[80]], [[90]], [[70]], [[0.7, 0.1, 0.1]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("90%");
    expect(onlyError(fns.cssTotal([[80]], [[90]], [[70]], [[0.7, 0.3]])).message).toContain(
      "3 values"
    );
  });
});

describe("GCR_ELIGIBLE", () => {
  it("is TRUE at or above the minimum, per employee", () => {
    expect(flat(fns.gcrEligible(column([75, 74.99, 90]), [[75]]))).toEqual([true, false, true]);
  });
});

describe("GRADE_DOWN", () => {
  it("looks at the last periods of one employee, skipping blanks", () => {
    expect(flat(fns.gradeDown([[80, 55, null, 58, 50]], 60, 3))).toEqual([true]);
    expect(flat(fns.gradeDown(column([55, 58, 50, 80]), 60, 3))).toEqual([false]);
  });
  it("answers per row when given one employee per row", () => {
    expect(
      fns.gradeDown(
        [
          [50, 50, 50],
          [50, 70, 50],
        ],
        60,
        2
      )
    ).toEqual([[true], [false]]);
  });
  it("rejects a bad number of periods", () => {
    expect(onlyError(fns.gradeDown([[1, 2]], 60, 0)).code).toBe("#NUM!");
  });
  it("passes text as #VALUE!", () => {
    const out = fns.gradeDown([[50, "x"]], 60, 1);
    expect(isError(out[0][0])).toBe(true);
  });
});

describe("RATING", () => {
  it("labels scores in English by default and in Indonesian on request", () => {
    expect(flat(fns.ratingLabel(column([120, 100, 57.85, 12])))).toEqual([
      "Excellent",
      "Good",
      "Poor",
      "Very poor",
    ]);
    expect(flat(fns.ratingLabel(column([120, 57.85]), "achievement", "id"))).toEqual([
      "Sangat Baik",
      "Kurang Baik",
    ]);
  });
  it("labels CSI fractions", () => {
    expect(flat(fns.ratingLabel([[0.8409]], "CSI", "ID"))).toEqual(["Sangat Puas"]);
  });
  it("rates a fraction of the target with the percent scheme, as seed 004 rates SLA 98% Baik", () => {
    // SLA(98, 100) = 0.98: 0.98 score points are Very poor; 98% of the target is Good.
    const sla = fns.sla([[98]], [[100]]);
    expect(flat(fns.ratingLabel(sla))).toEqual(["Very poor"]);
    expect(flat(fns.ratingLabel(sla, "percent", "id"))).toEqual(["Baik"]);
    // Band edges as the achievement bands have them: 0.8 × 100 = 80.00000000000001 is still 80, Good;
    // 1 (the target) is Good, above it Excellent; 0.4 is Poor, just below it Very poor.
    expect(
      flat(fns.ratingLabel(column([0.8, 0.7999, 1, 1.0001, 0.4, 0.3999, 0.6]), "Percent"))
    ).toEqual(["Good", "Fair", "Good", "Excellent", "Poor", "Very poor", "Fair"]);
  });
  it("rejects an unknown scheme or language", () => {
    expect(onlyError(fns.ratingLabel([[50]], "grades")).message).toBe(
      'scheme must be "achievement", "percent" or "csi" (got "grades").'
    );
    expect(onlyError(fns.ratingLabel([[50]], "csi", "fr")).message).toContain('"en" or "id"');
  });
});
