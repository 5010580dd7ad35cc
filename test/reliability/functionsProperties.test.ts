/**
 * Every custom function under hostile input, through the built bundle: any mix
 * of numbers (0, -0, huge, tiny, NaN-producing), blanks, text, booleans, error
 * objects, nested and ragged arrays. Each result must be a 2D array whose cells
 * are finite numbers, text, booleans or a CustomFunctions.Error with a known
 * code, with a message on #VALUE! and #N/A and none on the codes Excel shows no
 * message with (#DIV/0!, #NUM!): never NaN, Infinity, a throw or a hang.
 */
import fc from "fast-check";
import { StubError } from "../support/customFunctionsStub";
import { LoadedBundle, loadBuiltFunctions } from "../support/builtBundle";

const CODES = new Set(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A", "#NULL!", "#REF!", "#NAME?"]);

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadBuiltFunctions();
}, 180_000);

const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    50,
    100,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    NaN,
    Infinity,
    -Infinity
  ),
  fc.integer({ min: -10, max: 10 })
);
const errorObject = fc
  .constantFrom("#N/A", "#DIV/0!", "#VALUE!")
  .map((code) => new StubError(code, "upstream"));
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorObject },
  { weight: 1, arbitrary: fc.constant([[1]]) }
);
/** A 2D array (sometimes ragged), a bare scalar, or an omitted argument. */
const argument = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    }),
  },
  { weight: 2, arbitrary: cell.map((c) => [[c]]) },
  { weight: 1, arbitrary: cell },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], [[]]) }
);

function checkResult(id: string, result: unknown): void {
  if (!Array.isArray(result) || result.length === 0)
    throw new Error(`${id} returned ${JSON.stringify(result)}`);
  for (const row of result) {
    if (!Array.isArray(row) || row.length === 0)
      throw new Error(`${id} returned a row ${JSON.stringify(row)}`);
    for (const v of row) {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`${id} returned ${v}`);
      } else if (typeof v === "string" || typeof v === "boolean") {
        continue;
      } else if (v instanceof StubError) {
        if (!CODES.has(v.code)) throw new Error(`${id} returned an error with code ${v.code}`);
        if (v.message === "upstream") continue; // an input's error, passed on
        const shown = v.code === "#VALUE!" || v.code === "#N/A";
        if (shown && !(typeof v.message === "string" && v.message.length > 5)) {
          throw new Error(`${id} returned ${v.code} without a message`);
        }
        if (!shown && v.message !== undefined) {
          throw new Error(
            `${id} returned ${v.code} with a message Excel never shows: ${v.message}`
          );
        }
      } else {
        throw new Error(`${id} returned a cell ${String(v)}`);
      }
    }
  }
}

describe("every custom function under hostile input", () => {
  it("never throws, hangs, or returns NaN/Infinity", () => {
    let runs = 0;
    for (const f of bundle.metadata) {
      const arity = f.parameters.length;
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          const started = Date.now();
          const result = bundle.call(f.id, ...args);
          checkResult(f.id, result);
          if (Date.now() - started > 1000) throw new Error(`${f.id} took over a second`);
        }),
        { numRuns: 500 }
      );
      runs += 500;
    }
    expect(runs).toBe(bundle.metadata.length * 500);
  }, 120_000);

  it("handles a 1,000,000-cell range and a 1x1 range", () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => [i % 7 === 0 ? null : (i % 100) / 100]);
    for (const id of ["KPI_SCORE", "ROA", "BSC_SCORE", "NPS", "CSS_TOTAL"]) {
      const f = bundle.metadata.find((m) => m.id === id)!;
      const args = f.parameters.map((p) => (p.optional ? undefined : big));
      const result = bundle.call(id, ...args) as unknown[][];
      expect(Array.isArray(result)).toBe(true);
      checkResult(id, [result[0], result[result.length - 1]]);
      checkResult(
        id,
        bundle.call(id, ...f.parameters.map((p) => (p.optional ? undefined : [[0.5]])))
      );
    }
  }, 120_000);
});

describe("agreement properties", () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const threshold = fc.tuple(finite, finite).filter(([a, b]) => Math.abs(a - b) > 1e-3);

  it("BSC_SCORE on a table equals the weighted sum of KPI_SCORE", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(finite, threshold, fc.double({ min: 0.01, max: 1, noNaN: true })), {
          minLength: 2,
          maxLength: 12,
        }),
        (rows) => {
          const total = rows.reduce((s, r) => s + r[2], 0);
          const weights = rows.map((r) => [r[2] / total]);
          const actual = rows.map((r) => [r[0]]);
          const lo = rows.map((r) => [r[1][0]]);
          const hi = rows.map((r) => [r[1][1]]);
          const bsc = (bundle.call("BSC_SCORE", actual, lo, hi, weights) as number[][])[0][0];
          const scores = bundle.call("KPI_SCORE", actual, lo, hi) as number[][];
          if (typeof bsc !== "number") return true; // a #NUM! for results beyond double range is allowed
          const expected = scores.reduce((s, [score], i) => s + score * weights[i][0], 0);
          return Math.abs(bsc - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("scores are linear in the actual", () => {
    fc.assert(
      fc.property(finite, finite, threshold, (a, b, [lo, hi]) => {
        const score = (x: number) =>
          (bundle.call("KPI_SCORE", [[x]], [[lo]], [[hi]]) as number[][])[0][0];
        const mid = score((a + b) / 2);
        const expected = (score(a) + score(b)) / 2;
        return Math.abs(mid - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
      }),
      { numRuns: 300 }
    );
  });

  it("swapping valueAt50/valueAt100 and mirroring the actual gives the same score", () => {
    fc.assert(
      fc.property(finite, threshold, (a, [lo, hi]) => {
        const s1 = (bundle.call("KPI_SCORE", [[a]], [[lo]], [[hi]]) as number[][])[0][0];
        // Mirror the actual about the midpoint of the two values and swap them: the same score.
        const mirrored = lo + hi - a;
        const s2 = (bundle.call("KPI_SCORE", [[mirrored]], [[hi]], [[lo]]) as number[][])[0][0];
        return Math.abs(s1 - s2) <= 1e-6 * Math.max(1, Math.abs(s1));
      }),
      { numRuns: 300 }
    );
  });

  it("CSS_TOTAL with default weights equals 0.7/0.1/0.2 of its inputs", () => {
    fc.assert(
      fc.property(finite, finite, finite, (k, a, d) => {
        const css = (bundle.call("CSS_TOTAL", [[k]], [[a]], [[d]]) as number[][])[0][0];
        return Math.abs(css - (0.7 * k + 0.1 * a + 0.2 * d)) <= 1e-9 * Math.max(1, Math.abs(css));
      }),
      { numRuns: 300 }
    );
  });

  it("REQUIRED_ACTUAL inverts KPI_SCORE", () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), threshold, (score, [lo, hi]) => {
        const actual = (
          bundle.call("REQUIRED_ACTUAL", [[score]], [[lo]], [[hi]]) as number[][]
        )[0][0];
        const back = (bundle.call("KPI_SCORE", [[actual]], [[lo]], [[hi]]) as number[][])[0][0];
        return Math.abs(back - score) <= 1e-6 * Math.max(1, Math.abs(score));
      }),
      { numRuns: 300 }
    );
  });
});
