import { DomainError } from "../../src/core/errors";
import { RATIOS, absenteeism, growth, ratio, roa, turnover } from "../../src/core/ratios";
import { ACQUISITION_MONTHLY, RETENTION_MONTHLY, meanOfRatios } from "../../src/examples/seed003";

const num = (x: unknown): number => {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
};
const kind = (x: unknown): string => (x as DomainError).kind;

describe("financial ratios (seeds 000, 001, 004)", () => {
  it("ROA 148,391 / 1,317,000 = 11.27% (seed 004 prints the truncated 11.26)", () => {
    expect(num(roa(148391, 1317000))).toBeCloseTo(0.1127, 4);
    expect(Math.trunc(num(roa(148391, 1317000)) * 10000) / 100).toBe(11.26);
  });
  it("ROA 468 / 16,787 = 2.79% (seed 000)", () => {
    expect(num(roa(468, 16787))).toBeCloseTo(0.0279, 4);
  });
  it("ROA on average assets uses (opening + closing) / 2", () => {
    expect(num(roa(100, 1200, 800))).toBeCloseTo(0.1, 12);
  });
  it("ROE 148,391 / 918,416 = 16.16% (seed 004 prints 16.15)", () => {
    expect(num(ratio(RATIOS.ROE, 148391, 918416))).toBeCloseTo(0.1616, 4);
  });
  it("ROI is net profit / total assets, as seed 001 defines it", () => {
    expect(num(ratio(RATIOS.ROI, 468, 16787))).toBe(num(roa(468, 16787)));
  });
  it("NPM is net profit / net sales", () => {
    expect(num(ratio(RATIOS.NPM, 25, 200))).toBe(0.125);
  });
  it("a loss gives a negative ratio, not an error", () => {
    expect(num(roa(-50, 1000))).toBe(-0.05);
  });
  it("zero assets is #DIV/0!, negative assets #NUM!", () => {
    expect(kind(roa(1, 0))).toBe("div0");
    expect(kind(roa(1, -5))).toBe("num");
    expect(kind(roa(1, 100, -5))).toBe("num");
    expect((roa(1, -5) as DomainError).message).toContain("totalAssets");
  });
});

describe("growth (seed 000)", () => {
  it.each([
    [6204.07, 5769.13, 0.0754],
    [901912, 735295, 0.2266],
    [41560930, 35864017, 0.1588],
  ])("%f vs %f = %f", (current, previous, expected) => {
    expect(num(growth(current, previous))).toBeCloseTo(expected, 4);
  });
  it("divides by |previous| so recovery from a loss reads upwards", () => {
    expect(num(growth(-50, -100))).toBe(0.5);
  });
  it("growth from zero is #DIV/0!", () => {
    expect(kind(growth(5, 0))).toBe("div0");
  });
});

describe("customer ratios", () => {
  it("ACQUISITION 1202/4175 = 28.79% (seed 003, January)", () => {
    expect(num(ratio(RATIOS.ACQUISITION, 1202, 4175))).toBeCloseTo(0.2879, 4);
  });
  it("acquisition + retention = 100% (seed 001, 2018: 4.16% + 95.84%)", () => {
    const total = 10000;
    const acq = num(ratio(RATIOS.ACQUISITION, 416, total));
    const ret = num(ratio(RATIOS.RETENTION, total - 416, total));
    expect(acq).toBeCloseTo(0.0416, 12);
    expect(ret).toBeCloseTo(0.9584, 12);
    expect(acq + ret).toBeCloseTo(1, 12);
  });
  it("CHURN: seed 003's inactive/active months average 12.36%", () => {
    const churns = RETENTION_MONTHLY.map(([lost, base]) => num(ratio(RATIOS.CHURN, lost, base)));
    expect(churns.reduce((a, b) => a + b) / churns.length).toBeCloseTo(0.1236, 4);
    expect(meanOfRatios(ACQUISITION_MONTHLY)).toBeCloseTo(0.304256, 6);
  });
  it("a part larger than its whole is #NUM!", () => {
    expect(kind(ratio(RATIOS.RETENTION, 11, 10))).toBe("num");
    expect(kind(ratio(RATIOS.SLA, 11, 10))).toBe("num");
  });
  it("negative counts are #NUM!", () => {
    expect(kind(ratio(RATIOS.ACQUISITION, -1, 10))).toBe("num");
  });
  it("INNOVATION 1/5 = 20% (seed 001, 2021)", () => {
    expect(num(ratio(RATIOS.INNOVATION, 1, 5))).toBe(0.2);
  });
});

describe("HR ratios", () => {
  it.each([
    [60, 3463, 0.0173],
    [76, 3387, 0.0224],
    [41, 3346, 0.012253],
  ])("TURNOVER %i / %i = %f (seed 004)", (leavers, headcount, expected) => {
    expect(num(turnover(leavers, headcount))).toBeCloseTo(expected, expected < 0.013 ? 6 : 4);
  });
  it("TURNOVER on average headcount", () => {
    expect(num(turnover(10, 90, 110))).toBeCloseTo(0.1, 12);
  });
  it("TURNOVER may exceed 100% in a high-turnover year", () => {
    expect(num(turnover(150, 100))).toBe(1.5);
  });
  it("PRODUCTIVITY is output per employee", () => {
    expect(num(ratio(RATIOS.PRODUCTIVITY, 6204.07e9, 3346))).toBeCloseTo(6204.07e9 / 3346, 0);
  });
  it("ABSENTEEISM = A / (B + C) (seed 001)", () => {
    expect(num(absenteeism(12, 220, 20))).toBe(0.05);
    expect(kind(absenteeism(1, 0, 0))).toBe("div0");
    expect(kind(absenteeism(1, -3, 10))).toBe("num");
  });
});
