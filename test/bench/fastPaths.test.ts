/**
 * The column fast paths (src/functions/fastPaths.ts) give exactly what the
 * general argument pipeline gives. The general path is forced by putting a text
 * header row on top of every column: the fast paths give up at the first cell
 * that is not a number, and the pipeline skips (aggregates) or reports (element-
 * wise: one extra row) the header, so the remaining rows must agree.
 */
import fc from "fast-check";
import { bscScore, kpiScores } from "../../src/functions/scoring";
import { roaRatio, simpleRatio } from "../../src/functions/ratios";
import { cssTotals } from "../../src/functions/career";
import { RATIOS } from "../../src/core/ratios";
import {
  fastBscScore,
  fastCssTotals,
  fastKpiScores,
  fastRatios,
} from "../../src/functions/fastPaths";

const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);
const withHeader = (xs: readonly unknown[]): unknown[][] => [["header"], ...col(xs)];

/** The general path's message as it reads without the header row ("row 4" there is row 3 here). */
const withoutHeader = (message: string): string =>
  message.replace(/\b([Rr]ow) (\d+)/g, (_, word: string, n: string) => `${word} ${Number(n) - 1}`);

/** Same value, or the same error (code, and message where the code carries one: #VALUE!, #N/A). */
function sameCell(fast: unknown, general: unknown): void {
  if (typeof fast === "number") {
    expect(general).toBe(fast);
  } else {
    const [f, g] = [fast, general] as { code: string; message?: string }[];
    expect(f.code).toBe(g.code);
    expect(f.message).toBe(g.message === undefined ? undefined : withoutHeader(g.message));
  }
}

const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308) }
);
const rows = fc.integer({ min: 2, max: 30 });
const columnOf = (n: number) => fc.array(value, { minLength: n, maxLength: n });
/** An optional argument: omitted, one number, or a column. */
const optionalArg = (n: number) =>
  fc.oneof(
    fc.constant(null),
    value.map((v) => [[v]]),
    columnOf(n).map(col)
  );

function elementwise(
  fn: (...args: unknown[]) => unknown[][],
  arity: number,
  optionals: number
): fc.IPropertyWithHooks<[[unknown[][], unknown[]]]> {
  return fc.property(
    rows.chain((n) =>
      fc.tuple(
        fc.array(columnOf(n), { minLength: arity, maxLength: arity }),
        fc.array(optionalArg(n), { minLength: optionals, maxLength: optionals })
      )
    ),
    ([required, optional]) => {
      const fast = fn(...required.map(col), ...optional);
      const general = fn(
        ...required.map(withHeader),
        ...optional.map((o) => (Array.isArray(o) && o.length > 1 ? [["h"], ...o] : o))
      );
      expect(general).toHaveLength(fast.length + 1);
      fast.forEach((row, i) => sameCell(row[0], general[i + 1][0]));
    }
  );
}

describe("column fast paths agree with the general pipeline", () => {
  test("KPI_SCORE", () => {
    fc.assert(
      elementwise((a, l, h, f, c) => kpiScores(a, l, h, f, c), 3, 2),
      { numRuns: 300 }
    );
  });

  test("ROA", () => {
    fc.assert(
      elementwise((p, t, o) => roaRatio(p, t, o), 2, 1),
      { numRuns: 300 }
    );
  });

  test.each(["RETENTION", "CHURN", "NPM"] as const)("%s (the ratio family)", (id) => {
    fc.assert(
      elementwise((u, d) => simpleRatio(id, u, d), 2, 0),
      { numRuns: 200 }
    );
  });

  test("CSS_TOTAL", () => {
    fc.assert(
      elementwise((k, a, d) => cssTotals(k, a, d, null), 3, 0),
      { numRuns: 200 }
    );
    fc.assert(
      elementwise((k, a, d) => cssTotals(k, a, d, [[0.5], [0.25], [0.25]]), 3, 0),
      { numRuns: 100 }
    );
  });

  test("BSC_SCORE", () => {
    const weights = (n: number) =>
      fc.oneof(
        fc.constant(null),
        fc.constant(Array.from({ length: n }, () => 1 / n)),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
      );
    fc.assert(
      fc.property(
        rows.chain((n) => fc.tuple(columnOf(n), columnOf(n), columnOf(n), weights(n), weights(n))),
        ([a, l, h, k, p]) => {
          const w = (x: number[] | null) => (x === null ? null : col(x));
          const wh = (x: number[] | null) => (x === null ? null : withHeader(x));
          const fast = bscScore(col(a), col(l), col(h), w(k), w(p));
          const general = bscScore(withHeader(a), withHeader(l), withHeader(h), wh(k), wh(p));
          sameCell(fast[0][0], general[0][0]);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("the fast paths take plain columns and give up on anything else", () => {
    expect(fastKpiScores(col([1, 2]), col([0, 0]), col([2, 2]), null, null)).toEqual([[75], [100]]);
    expect(fastKpiScores(col([1, "x"]), col([0, 0]), col([2, 2]), null, null)).toBeUndefined();
    expect(fastKpiScores(col([1, 2]), col([0, 0]), col([0, 2]), null, null)).toBeUndefined();
    expect(fastKpiScores(col([1, 2]), col([0, 0]), col([2, 2]), [[90]], [[80]])).toBeUndefined();
    expect(fastKpiScores(col([1, 2]), col([0, 0]), col([2, 2]), [[null]], null)).toBeUndefined();
    expect(fastKpiScores(col([1, 2]), col([0, 0]), col([2, 2, 2]), null, null)).toBeUndefined();
    expect(fastKpiScores([[1]], [[0]], [[2]], null, null)).toBeUndefined();
    expect(fastBscScore(col([1, 2]), col([0, 0]), col([2, 2]), null, null)).toBe(87.5);
    expect(fastBscScore(col([1, true]), col([0, 0]), col([2, 2]), null, null)).toBeUndefined();
    expect(
      fastBscScore(col([1, 2]), col([0, 0]), col([2, 2]), col([0.5, -0.5]), null)
    ).toBeUndefined();
    expect(fastBscScore(col([1, 2]), col([0, 0]), col([2, Infinity]), null, null)).toBeUndefined();
    expect(fastRatios(RATIOS.ROA, col([148391, 1]), col([1317000, 4]), null)).toEqual([
      [148391 / 1317000],
      [0.25],
    ]);
    expect(fastRatios(RATIOS.ROA, col([10, 10]), col([100, 300]), [[100]])).toEqual([
      [0.1],
      [0.05],
    ]);
    expect(fastRatios(RATIOS.ROA, col([10, 10]), col([100, 0]), null)).toBeUndefined();
    expect(
      fastRatios(RATIOS.ROA, col([10, 10]), col([100, 300]), col([100, null]))
    ).toBeUndefined();
    expect(fastRatios(RATIOS.RETENTION, col([5, 11]), col([10, 10]))).toBeUndefined();
    expect(fastRatios(RATIOS.CHURN, col([5, -1]), col([10, 10]))).toBeUndefined();
    expect(fastRatios(RATIOS.NPM, col([5, -1]), col([10, 10]))).toEqual([[0.5], [-0.1]]);
    expect(fastCssTotals(col([80, 60]), [[90]], col([70, 50]), [0.7, 0.1, 0.2])).toEqual([
      [0.7 * 80 + 0.1 * 90 + 0.2 * 70],
      [0.7 * 60 + 0.1 * 90 + 0.2 * 50],
    ]);
    expect(
      fastCssTotals(col([80, null]), col([90, 90]), col([70, 50]), [0.7, 0.1, 0.2])
    ).toBeUndefined();
    expect(
      fastCssTotals(col([1e308, 1]), col([1e308, 1]), col([0, 0]), [0.9, 0.9, -0.8])
    ).toBeUndefined();
  });
});
