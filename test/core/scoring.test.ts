import { DomainError } from "../../src/core/errors";
import fc from "fast-check";
import {
  clampScore,
  clampedKpiScore,
  kpiScore,
  plainClampedScore,
  requiredActual,
  scoresPlainly,
} from "../../src/core/scoring";
import { WeightedSum } from "../../src/core/weighted";
import { SEED003_KPIS, meanOfRatios } from "../../src/examples/seed003";

const num = (x: unknown): number => {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
};

describe("seed 003 actuals (mean of the monthly ratios)", () => {
  const actuals = SEED003_KPIS.map((k) => meanOfRatios(k.monthly));
  it.each([
    ["Retention", 0, 0.1236285],
    ["Acquisition", 1, 0.304256],
    ["Service effectiveness", 2, 1468 / 1800],
    ["Employee training", 3, 0.634722],
  ])("%s actual is %f", (_name, i, expected) => {
    expect(actuals[i]).toBeCloseTo(expected, 6);
  });
});

describe("kpiScore on the seed 003 table", () => {
  it.each([
    ["Retention", 0, -106.593],
    ["Acquisition", 1, 30.43],
    ["Service effectiveness", 2, 101.41],
    ["Employee training", 3, 122.45],
  ])("%s scores %f", (_name, i, expected) => {
    const k = SEED003_KPIS[i];
    expect(num(kpiScore(meanOfRatios(k.monthly), k.valueAt50, k.valueAt100))).toBeCloseTo(
      expected,
      2
    );
  });

  it("gives 50 at valueAt50 and 100 at valueAt100", () => {
    expect(kpiScore(0.75, 0.75, 0.95)).toBe(50);
    expect(num(kpiScore(0.95, 0.75, 0.95))).toBeCloseTo(100, 12);
  });

  it("is the paper's line Actual*50/(V100-V50) + (50*V100 - 100*V50)/(V100-V50)", () => {
    const [a, v50, v100] = [0.42, 0.25, 0.8];
    const paper = (a * 50) / (v100 - v50) + (50 * v100 - 100 * v50) / (v100 - v50);
    expect(num(kpiScore(a, v50, v100))).toBeCloseTo(paper, 12);
  });

  it("handles lower-is-better KPIs with valueAt100 below valueAt50", () => {
    // Complaint rate: 10% is acceptable (50), 2% is the target (100).
    expect(num(kpiScore(0.02, 0.1, 0.02))).toBeCloseTo(100, 12);
    expect(num(kpiScore(0.06, 0.1, 0.02))).toBeCloseTo(75, 12);
    expect(num(kpiScore(0.14, 0.1, 0.02))).toBeCloseTo(25, 12);
  });

  it("is not capped by default", () => {
    expect(num(kpiScore(2, 0, 1))).toBe(150);
    expect(num(kpiScore(-2, 0, 1))).toBe(-50);
  });

  it("gives #DIV/0! when valueAt50 equals valueAt100", () => {
    const r = kpiScore(1, 0.5, 0.5);
    expect(r).toBeInstanceOf(DomainError);
    expect((r as DomainError).kind).toBe("div0");
    expect((r as DomainError).message).toMatch(/0\.5/);
  });

  it("gives #NUM! instead of Infinity for huge inputs", () => {
    const overflow = kpiScore(Number.MAX_VALUE, 0, 1e-300);
    expect((overflow as DomainError).kind).toBe("num");
  });
});

describe("clamping", () => {
  it("clamps into [floor, cap]", () => {
    expect(clampScore(-106.59, 0, 120)).toBe(0);
    expect(clampScore(122.45, 0, 120)).toBe(120);
    expect(clampScore(80, 0, 120)).toBe(80);
    expect(clampScore(130, undefined, 120)).toBe(120);
    expect(clampScore(-5, 0)).toBe(0);
  });
  it("rejects a floor above the cap", () => {
    expect((clampScore(50, 100, 0) as DomainError).kind).toBe("num");
  });
  it("clampedKpiScore passes the score's own error through", () => {
    expect((clampedKpiScore(1, 2, 2, 0, 100) as DomainError).kind).toBe("div0");
  });
});

describe("requiredActual inverts kpiScore", () => {
  it("gives valueAt100 for a score of 100 and valueAt50 for 50", () => {
    expect(num(requiredActual(100, 0.75, 0.95))).toBeCloseTo(0.95, 12);
    expect(num(requiredActual(50, 0.75, 0.95))).toBeCloseTo(0.75, 12);
  });
  it.each([-106.593, 0, 42, 80, 122.45])("round-trips score %f", (score) => {
    const actual = num(requiredActual(score, 0.2, 0.5));
    expect(num(kpiScore(actual, 0.2, 0.5))).toBeCloseTo(score, 9);
  });
  it("gives #DIV/0! for a flat line", () => {
    expect((requiredActual(100, 1, 1) as DomainError).kind).toBe("div0");
  });
});

describe("WeightedSum (overall score)", () => {
  it("gives 57.85 on the seed 003 table", () => {
    const sum = new WeightedSum();
    SEED003_KPIS.forEach((k) => {
      expect(
        sum.add(
          meanOfRatios(k.monthly),
          k.valueAt50,
          k.valueAt100,
          k.kpiWeight,
          k.perspectiveWeight
        )
      ).toBeUndefined();
    });
    expect(num(sum.result())).toBeCloseTo(57.85, 2);
  });

  it("reproduces the paper's intermediate lines to about a point", () => {
    const [ret, acq, svc, trn] = SEED003_KPIS.map((k) =>
      num(kpiScore(meanOfRatios(k.monthly), k.valueAt50, k.valueAt100))
    );
    expect(Math.abs(ret * 0.5 - -53.2)).toBeLessThan(1);
    expect(Math.abs((ret * 0.5 + acq * 0.5) * 0.35 - -13.37)).toBeLessThan(1);
    expect(Math.abs(svc * 0.4 - 41)).toBeLessThan(1);
    expect(Math.abs(trn * 0.25 - 31)).toBeLessThan(1);
  });

  it("reports the weight sum found when weights do not add up to 100%", () => {
    const sum = new WeightedSum();
    sum.add(1, 0, 1, 0.5, 1);
    sum.add(1, 0, 1, 0.45, 1);
    const r = sum.result() as DomainError;
    expect(r.kind).toBe("value");
    expect(r.message).toContain("95%");
  });

  it("hints at percent points when weights are entered as 35 instead of 0.35", () => {
    const sum = new WeightedSum();
    sum.add(1, 0, 1, 60, 1);
    sum.add(1, 0, 1, 40, 1);
    expect((sum.result() as DomainError).message).toMatch(/not 35/);
  });

  it("uses equal KPI weights 1/n when asked", () => {
    const sum = new WeightedSum(true);
    sum.add(1, 0, 1, 123, 1); // kpiWeight ignored
    sum.add(0.5, 0, 1, 123, 1);
    expect(num(sum.result())).toBeCloseTo(87.5, 12);
  });

  it("gives one KPI's contribution without checking the sum", () => {
    const sum = new WeightedSum();
    sum.add(1, 0, 1, 0.5, 0.35);
    expect(num(sum.result())).toBeCloseTo(100 * 0.5 * 0.35, 12);
  });

  it("rejects negative weights (the functions name the row)", () => {
    const sum = new WeightedSum();
    const e = sum.add(1, 0, 1, -0.5, 1) as DomainError;
    expect(e.kind).toBe("num");
    expect(e.message).toBe("kpiWeight is negative (-0.5).");
  });

  it("stops at a flat KPI line with the score's own error", () => {
    const sum = new WeightedSum();
    const e = sum.add(1, 2, 2, 1, 1) as DomainError;
    expect(e.kind).toBe("div0");
    expect(e.message).toMatch(/^valueAt50 and valueAt100 are both 2/);
  });

  it("gives #N/A with no rows", () => {
    expect((new WeightedSum().result() as DomainError).kind).toBe("na");
  });
});

describe("the plain-number forms for loops (scoresPlainly, plainClampedScore, WeightedSum.addPlain)", () => {
  it("score what clampedKpiScore scores, and nothing else", () => {
    const x = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1, 2, 1e308, -1e308)
    );
    const bound = fc.oneof(fc.constant(undefined), fc.double({ min: -200, max: 200, noNaN: true }));
    fc.assert(
      fc.property(x, x, x, bound, bound, (a, lo, hi, floor, cap) => {
        const core = clampedKpiScore(a, lo, hi, floor, cap);
        const [f, c] = [floor ?? NaN, cap ?? NaN];
        expect(scoresPlainly(a, lo, hi, f, c)).toBe(typeof core === "number");
        if (typeof core === "number") expect(plainClampedScore(a, lo, hi, f, c)).toBe(core);
      }),
      { numRuns: 500 }
    );
  });

  it("worked by hand: seed 003's Retention line, clamped and not", () => {
    // 50 + 50 * (0.1236285 - 0.3) / (0.4 - 0.3) = -38.18575: below a floor of 0
    expect(plainClampedScore(0.1236285, 0.3, 0.4, NaN, NaN)).toBeCloseTo(-38.18575, 9);
    expect(plainClampedScore(0.1236285, 0.3, 0.4, 0, 120)).toBe(0);
    expect(plainClampedScore(0.5, 0.3, 0.4, 0, 120)).toBe(120); // 150, capped
    expect(scoresPlainly(1, 2, 2, NaN, NaN)).toBe(false); // flat line: #DIV/0!
    expect(scoresPlainly(1, 0, 1, 120, 0)).toBe(false); // floor above cap: #NUM!
    expect(scoresPlainly(1e308, -1e308, 1e-300, NaN, NaN)).toBe(false); // not finite: #NUM!
  });

  it("addPlain adds the rows add adds, to the same total, and leaves the others to add", () => {
    const plain = new WeightedSum();
    const core = new WeightedSum();
    SEED003_KPIS.forEach((k) => {
      const row = [
        meanOfRatios(k.monthly),
        k.valueAt50,
        k.valueAt100,
        k.kpiWeight,
        k.perspectiveWeight,
      ] as const;
      expect(plain.addPlain(...row)).toBe(true);
      core.add(...row);
    });
    expect(num(plain.result())).toBeCloseTo(57.85, 2);
    expect(plain.result()).toBe(core.result());
    // Rejected rows change nothing: a negative weight, a NaN weight, a flat line.
    expect(plain.addPlain(1, 0, 1, -0.5, 1)).toBe(false);
    expect(plain.addPlain(1, 0, 1, NaN, 1)).toBe(false);
    expect(plain.addPlain(1, 2, 2, 1, 1)).toBe(false);
    expect(plain.count).toBe(SEED003_KPIS.length);
    expect(plain.result()).toBe(core.result());
  });

  it("addPlain keeps the clamp and the equal weights of the sum", () => {
    const clamped = new WeightedSum(false, { floor: 0, cap: 120 });
    expect(clamped.addPlain(0.5, 0.3, 0.4, 1, 1)).toBe(true); // 150 -> 120
    expect(num(clamped.result())).toBe(120);
    expect(new WeightedSum(false, { floor: 10, cap: 5 }).addPlain(1, 0, 1, 1, 1)).toBe(false);
    const equal = new WeightedSum(true);
    equal.addPlain(1, 0, 1, 123, 1);
    equal.addPlain(0.5, 0, 1, 123, 1);
    expect(num(equal.result())).toBeCloseTo(87.5, 12);
  });
});
