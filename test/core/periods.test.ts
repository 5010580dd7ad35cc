import { isDomainError } from "../../src/core/errors";
import { aggregatePeriods, trend, trendImproves } from "../../src/core/periods";
import { ACQUISITION_MONTHLY, SERVICE_MONTHLY, meanOfRatios } from "../../src/examples/seed003";

/** Seed 003's months up to `reported`, the later numerators blank and the denominators (targets) still typed. */
function partYear(monthly: ReadonlyArray<readonly [number, number]>, reported: number) {
  return {
    numerators: monthly.map(([n], i) => (i < reported ? n : null)),
    denominators: monthly.map(([, d]) => d),
  };
}

describe("year to date: blank months are months not yet reported", () => {
  it("ratio of sums leaves out a future month's target with its blank count", () => {
    // Services Jan-Mar: 139 + 123 + 111 = 373 over 3 × 150 = 450, not over the year's 1800.
    const { numerators, denominators } = partYear(SERVICE_MONTHLY, 3);
    expect(aggregatePeriods("ratioOfSums", numerators, denominators)).toBeCloseTo(373 / 450, 12);
    expect(373 / 450).toBeCloseTo(0.828889, 6);
  });

  it("mean of ratios averages the reported months only", () => {
    // Acquisition Jan-Mar: (1202/4175 + 1080/3680 + 1090/3328) / 3 = (0.287904 + 0.293478 + 0.327524) / 3
    const { numerators, denominators } = partYear(ACQUISITION_MONTHLY, 3);
    const expected = (1202 / 4175 + 1080 / 3680 + 1090 / 3328) / 3;
    expect(aggregatePeriods("meanOfRatios", numerators, denominators)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.302969, 6);
    // The seed's own helper, on pairs with blank months.
    expect(
      meanOfRatios(ACQUISITION_MONTHLY.map(([n, d], i) => [i < 3 ? n : null, d] as const))
    ).toBeCloseTo(expected, 12);
  });

  it("sum, mean and last of the reported months, a gap in the middle skipped", () => {
    const values = [10, null, 30, 20, null, null];
    expect(aggregatePeriods("sum", values)).toBe(60);
    expect(aggregatePeriods("mean", values)).toBe(20);
    expect(aggregatePeriods("last", values)).toBe(20);
  });

  it("a fully blank KPI is still a problem, and so is a reported month without its denominator", () => {
    const none = aggregatePeriods("ratioOfSums", [null, null], [150, 150]);
    expect(isDomainError(none) && none.code).toBe("noPeriodData");
    expect(isDomainError(none) && none.kind).toBe("na");
    const pairs = aggregatePeriods("meanOfRatios", [3, 4], [5, null]);
    expect(isDomainError(pairs) && pairs.code).toBe("periodPairs");
  });

  it("names the month whose denominator is 0 by its place in the year", () => {
    const zero = aggregatePeriods("meanOfRatios", [null, 4, 5], [5, 0, 5]);
    expect(isDomainError(zero) && zero.message).toBe("The denominator of period 2 is 0.");
  });
});

describe("trend", () => {
  it("compares the last two reported periods, and improves by direction", () => {
    expect(trend([0.05, 0.12])).toBe(1);
    expect(trendImproves(1, false)).toBe(true);
    expect(trendImproves(1, true)).toBe(false); // turnover up is worse
    expect(trendImproves(-1, true)).toBe(true);
    expect(trendImproves(0, true)).toBeUndefined();
    expect(trendImproves(undefined, false)).toBeUndefined();
  });
});
