import { DomainError } from "../../src/core/errors";
import fc from "fast-check";
import { CsiSum, NpsTally, csi, isCsiPair, isNpsAnswer, nps } from "../../src/core/survey";

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

describe("the plain-number forms for loops (NpsTally.addPlain, CsiSum.addPlain)", () => {
  const x = fc.oneof(
    fc.integer({ min: -3, max: 13 }),
    fc.double({ min: -20, max: 20, noNaN: true }),
    fc.constantFrom(0, -0, 10, 10.5, 1e308, Infinity, NaN)
  );

  it("NPS: counts the answers add counts, to the same score, and refuses the rest without counting", () => {
    fc.assert(
      fc.property(fc.array(x, { maxLength: 40 }), (answers) => {
        const plain = new NpsTally();
        const core = new NpsTally();
        for (const a of answers) {
          const taken = plain.addPlain(a);
          expect(taken).toBe(isNpsAnswer(a));
          expect(core.add(a) === undefined).toBe(taken);
        }
        expect(plain.result()).toEqual(core.result());
      }),
      { numRuns: 300 }
    );
  });

  it("NPS worked by hand: 6 promoters, 2 passives, 2 detractors is 40; 10.5 and -1 are not counted", () => {
    const tally = new NpsTally();
    for (const a of [10, 9, 9, 10, 9, 10, 8, 7, 6, 0]) expect(tally.addPlain(a)).toBe(true);
    expect(tally.addPlain(10.5)).toBe(false);
    expect(tally.addPlain(-1)).toBe(false);
    expect(tally.result()).toBe(40);
  });

  it("CSI: adds the pairs add adds, to the same index, and refuses the rest without adding", () => {
    // Finite numbers: add's callers reject the others first; addPlain refuses NaN itself (below).
    const finite = fc.oneof(
      fc.integer({ min: -3, max: 13 }),
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.constantFrom(0, -0, 5, 5.5, 1e308)
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite), { maxLength: 40 }), (pairs) => {
        const plain = new CsiSum(5);
        const core = new CsiSum(5);
        for (const [s, i] of pairs) {
          const taken = plain.addPlain(s, i);
          expect(taken).toBe(isCsiPair(s, i, 5));
          expect(core.add(s, i) === undefined).toBe(taken);
        }
        expect(plain.result()).toEqual(core.result());
      }),
      { numRuns: 300 }
    );
  });

  it("CSI worked by hand: (4 × 2 + 5 × 1) / 3 / 5 = 0.8666…; a satisfaction of 6 on a 5 scale is refused", () => {
    const sum = new CsiSum(5);
    expect(sum.addPlain(4, 2)).toBe(true);
    expect(sum.addPlain(5, 1)).toBe(true);
    expect(sum.addPlain(6, 1)).toBe(false);
    expect(sum.addPlain(3, -1)).toBe(false);
    expect(sum.addPlain(NaN, 1)).toBe(false);
    expect(sum.result()).toBeCloseTo(13 / 3 / 5, 12);
  });
});
