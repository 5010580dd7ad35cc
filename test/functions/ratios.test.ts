import * as fns from "../../src/functions/functions";
import { ACQUISITION_MONTHLY } from "../../src/examples/seed003";
import { column, flat, isError, onlyError, onlyNumber } from "./helpers";

const s = (x: unknown) => [[x]];

describe("ratio functions", () => {
  it("ROA: seeds 004 and 000", () => {
    expect(onlyNumber(fns.roa(s(148391), s(1317000)))).toBeCloseTo(0.11267, 5);
    expect(onlyNumber(fns.roa(s(468), s(16787)))).toBeCloseTo(0.0279, 4);
    expect(onlyNumber(fns.roa(s(100), s(1200), s(800)))).toBeCloseTo(0.1, 12);
  });
  it("ROA with an omitted or blank openingAssets uses closing assets", () => {
    expect(onlyNumber(fns.roa(s(468), s(16787), undefined))).toBeCloseTo(0.0279, 4);
    expect(onlyNumber(fns.roa(s(468), s(16787), s(null)))).toBeCloseTo(0.0279, 4);
  });
  it("ROE, ROI, NPM", () => {
    expect(onlyNumber(fns.roe(s(148391), s(918416)))).toBeCloseTo(0.1616, 4);
    expect(onlyNumber(fns.roi(s(468), s(16787)))).toBeCloseTo(0.0279, 4);
    expect(onlyNumber(fns.npm(s(25), s(200)))).toBe(0.125);
  });
  it("ACQUISITION spills the twelve months of seed 003", () => {
    const out = flat(
      fns.acquisition(
        column(ACQUISITION_MONTHLY.map((m) => m[0])),
        column(ACQUISITION_MONTHLY.map((m) => m[1]))
      )
    ) as number[];
    expect(out).toHaveLength(12);
    expect(out[0]).toBeCloseTo(0.2879, 4);
  });
  it("RETENTION and ACQUISITION add to 100%", () => {
    expect(
      onlyNumber(fns.retention(s(9584), s(10000))) + onlyNumber(fns.acquisition(s(416), s(10000)))
    ).toBeCloseTo(1, 12);
  });
  it("CHURN, SLA, INNOVATION, PRODUCTIVITY", () => {
    expect(onlyNumber(fns.churn(s(3208), s(60872)))).toBeCloseTo(3208 / 60872, 12);
    expect(onlyNumber(fns.sla(s(9589), s(10000)))).toBeCloseTo(0.9589, 12);
    expect(onlyNumber(fns.innovation(s(1), s(5)))).toBe(0.2);
    expect(onlyNumber(fns.productivity(s(1000), s(8)))).toBe(125);
  });
  it("TURNOVER: seed 004, and on average headcount", () => {
    expect(flat(fns.turnover(column([60, 76, 41]), column([3463, 3387, 3346])))).toEqual([
      60 / 3463,
      76 / 3387,
      41 / 3346,
    ]);
    expect(onlyNumber(fns.turnover(s(10), s(90), s(110)))).toBeCloseTo(0.1, 12);
  });
  it("GROWTH: seed 000", () => {
    const out = flat(
      fns.growth(column([6204.07, 901912, 41560930]), column([5769.13, 735295, 35864017]))
    ) as number[];
    expect(out.map((x) => Math.round(x * 10000) / 100)).toEqual([7.54, 22.66, 15.88]);
  });
  it("ABSENTEEISM", () => {
    expect(onlyNumber(fns.absenteeism(s(12), s(220), s(20)))).toBe(0.05);
  });

  describe("Excel error semantics", () => {
    it("zero denominator is #DIV/0!, negative assets #NUM!", () => {
      expect(onlyError(fns.roa(s(1), s(0))).code).toBe("#DIV/0!");
      expect(onlyError(fns.roa(s(1), s(-1))).code).toBe("#NUM!");
    });
    it("text is #VALUE! naming the argument", () => {
      const e = onlyError(fns.roe(s("abc"), s(10)));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("netProfit");
    });
    it("a number stored as text gets a hint", () => {
      expect(onlyError(fns.roe(s("12"), s(10))).message).toContain("stored as text");
    });
    it("a blank required argument is #N/A naming it", () => {
      const e = onlyError(fns.growth(s(null), s(10)));
      expect(e.code).toBe("#N/A");
      expect(e.message).toBe("current is blank.");
    });
    it("mismatched ranges are #VALUE! naming both", () => {
      const e = onlyError(fns.roa(column([1, 2]), column([1, 2, 3])));
      expect(e.message).toBe(
        "netProfit is 2×1 but totalAssets is 3×1: give ranges of the same size, or a single cell."
      );
    });
    it("errors stay in their cells", () => {
      const out = flat(fns.roa(column([1, 2, 3]), column([10, 0, -1])));
      expect(out[0]).toBe(0.1);
      expect(isError(out[1]) && out[1].code).toBe("#DIV/0!");
      expect(isError(out[2]) && out[2].code).toBe("#NUM!");
    });
    it("NaN and Infinity never come back", () => {
      expect(onlyError(fns.roa(s(Number.NaN), s(1))).code).toBe("#NUM!");
      expect(onlyError(fns.roa(s(Infinity), s(1))).code).toBe("#NUM!");
      expect(onlyError(fns.growth(s(Number.MAX_VALUE), s(-Number.MIN_VALUE))).code).toBe("#NUM!");
    });
    it("works across a 2D block element by element", () => {
      expect(
        fns.npm(
          [
            [1, 2],
            [3, 4],
          ],
          [[10]]
        )
      ).toEqual([
        [0.1, 0.2],
        [0.3, 0.4],
      ]);
    });
  });
});

describe("ACHIEVEMENT", () => {
  it("is actual / target, above 100% when the target is beaten (where SLA says #NUM!)", () => {
    // Seed 003: 1468 services delivered in 2023 against 12 × 150 = 1800.
    expect(onlyNumber(fns.achievementRatio([[1468]], [[1800]]))).toBeCloseTo(1468 / 1800, 12);
    expect(onlyNumber(fns.achievementRatio([[160]], [[150]]))).toBeCloseTo(1.0666666667, 9);
    expect(onlyError(fns.sla([[160]], [[150]])).code).toBe("#NUM!");
  });

  it("is target / actual for a lower-is-better count, per row, TRUE/FALSE or 1/0", () => {
    // Complaints: 8 received against a ceiling of 10 is 125%; 20 received is 50%.
    expect(
      flat(
        fns.achievementRatio(column([8, 20, 3]), column([10, 10, 5]), column([true, true, false]))
      )
    ).toEqual([1.25, 0.5, 0.6]);
    expect(flat(fns.achievementRatio(column([8, 8]), [[10]], column([1, 0])))).toEqual([1.25, 0.8]);
  });

  it("gives #DIV/0! for a zero base, #NUM! for a negative count and #VALUE! naming text", () => {
    expect(onlyError(fns.achievementRatio([[5]], [[0]])).code).toBe("#DIV/0!");
    expect(onlyError(fns.achievementRatio([[0]], [[5]], [[true]])).code).toBe("#DIV/0!");
    expect(onlyError(fns.achievementRatio([[-1]], [[5]])).code).toBe("#NUM!");
    const text = onlyError(fns.achievementRatio([["n/a"]], [[5]]));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toContain("actual");
    expect(onlyNumber(fns.achievementRatio([[0]], [[5]]))).toBe(0);
  });
});
