import fc from "fast-check";
import {
  RATING_BANDS,
  RATING_SCHEMES,
  bandIndex,
  bandLabels,
  nextBandThreshold,
  rating,
  ratingBand,
} from "../../src/core/rating";

describe("achievement bands (seed 004)", () => {
  it.each([
    [120, "Excellent", "Sangat Baik"],
    [100.01, "Excellent", "Sangat Baik"],
    [100, "Good", "Baik"],
    [80, "Good", "Baik"],
    [79.99, "Fair", "Cukup Baik"],
    [60, "Fair", "Cukup Baik"],
    [59.99, "Poor", "Kurang Baik"],
    [40, "Poor", "Kurang Baik"],
    [39.99, "Very poor", "Tidak Baik"],
    [-106.59, "Very poor", "Tidak Baik"],
    [57.85, "Poor", "Kurang Baik"],
  ])("%f is %s / %s", (score, en, id) => {
    expect(rating(score)).toBe(en);
    expect(rating(score, "achievement", "id")).toBe(id);
  });
});

describe("CSI bands (seed 004)", () => {
  it.each([
    [0.8409, "Very satisfied", "Sangat Puas"],
    [0.81, "Very satisfied", "Sangat Puas"],
    [0.8099, "Satisfied", "Puas"],
    [0.66, "Satisfied", "Puas"],
    [0.51, "Fairly satisfied", "Cukup Puas"],
    [0.35, "Dissatisfied", "Kurang Puas"],
    [0.3499, "Very dissatisfied", "Tidak Puas"],
  ])("%f is %s / %s", (value, en, id) => {
    expect(rating(value, "csi")).toBe(en);
    expect(rating(value, "csi", "id")).toBe(id);
  });
});

describe("next band", () => {
  it("gives the threshold of the band above", () => {
    expect(nextBandThreshold(57.85)).toBe(60);
    expect(nextBandThreshold(85)).toBe(100);
    expect(nextBandThreshold(-3)).toBe(40);
    expect(nextBandThreshold(101)).toBeUndefined();
  });
  it("lists five bands per scheme, highest first", () => {
    for (const bands of Object.values(RATING_BANDS)) {
      expect(bands).toHaveLength(5);
      expect(ratingBand(1e9, bands === RATING_BANDS.csi ? "csi" : "achievement")).toBe(bands[0]);
    }
  });
});

describe("band edges computed in floating point", () => {
  it("rates 39.999999999999993 (50 + 50 × (0.63 − 0.66) / 0.15) as Poor, like 40", () => {
    const score = 50 + (50 * (0.63 - 0.66)) / 0.15;
    expect(score).not.toBe(40);
    expect(rating(score)).toBe("Poor");
    expect(rating(39.9999)).toBe("Very poor");
  });
});

describe("bandIndex and bandLabels (RATING over a column)", () => {
  it("rate every value as rating() does, in both schemes and languages", () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom(
        100,
        100.0000000001,
        80,
        79.9999999999,
        39.999999999999993,
        0.81,
        0.6599999999
      )
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...RATING_SCHEMES),
        fc.constantFrom("en", "id" as const),
        (x, scheme, language) => {
          expect(bandLabels(scheme, language)[bandIndex(RATING_BANDS[scheme], x)]).toBe(
            rating(x, scheme, language)
          );
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("worked by hand: the band edges of seed 004", () => {
    const at = (x: number) =>
      bandLabels("achievement", "id")[bandIndex(RATING_BANDS.achievement, x)];
    expect([at(100), at(100.5), at(98), at(39.999999999999993), at(-5)]).toEqual([
      "Baik",
      "Sangat Baik",
      "Baik",
      "Kurang Baik",
      "Tidak Baik",
    ]);
    expect(bandLabels("csi", "en")[bandIndex(RATING_BANDS.csi, 0.81)]).toBe("Very satisfied");
    expect(bandLabels("csi", "en")[bandIndex(RATING_BANDS.csi, NaN)]).toBe("Very dissatisfied");
  });
});
