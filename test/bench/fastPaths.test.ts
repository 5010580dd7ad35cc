/**
 * The runner's walks give what the grid walk gives, and the fast ones are taken.
 *
 * - Every function's own loop (src/functions/fastPaths.ts) takes every row of the
 *   plain columns it is meant for: a loop that stops early (and leaves the work
 *   to the shared loop) fails here, not only in the benchmark.
 * - Where it ran, the result is the grid walk's: the function run with every
 *   walk against the same function with only the grid walk (no column walk, no
 *   loop of its own), on columns that are mostly plain numbers with the odd
 *   blank, text, TRUE, error cell or header, compared value for value, error
 *   code and message.
 * - Columns go through the column walk: no grid is made for them.
 */
import fc from "fast-check";
import { NpsTally, CsiSum } from "../../src/core/survey";
import { WeightedSum } from "../../src/core/weighted";
import * as grid from "../../src/functions/grid";
import { csiPairs, kpiRows, npsAnswers, ratingRows } from "../../src/functions/fastPaths";
import { rating } from "../../src/core/rating";
import { FUNCTIONS } from "../../src/functions/library";
import type { Columns, FunctionSpec } from "../../src/functions/params";
import { run } from "../../src/functions/runner";

const GRID_ONLY = { fast: false, columns: false };

const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);
const plan = (columns: (readonly unknown[] | null)[], rows: number): Columns => ({
  rows,
  columns: columns.map((c) => (c === null ? undefined : col(c))),
  constants: columns.map(() => NaN),
});

/** Same cells: values by Object.is, errors by code and message (an input's own error object passed on). */
function sameResult(a: unknown[][], b: unknown[][]): void {
  expect(a.length).toBe(b.length);
  a.forEach((row, r) => {
    expect(row.length).toBe(b[r].length);
    row.forEach((x, c) => {
      const y = b[r][c];
      if (typeof x === "object" && x !== null) {
        const [e, f] = [x, y] as { code: string; message?: string }[];
        expect([e.code, e.message]).toEqual([f.code, f.message]);
      } else {
        expect(Object.is(x, y) ? "same" : [x, y]).toBe("same");
      }
    });
  });
}

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const odd = fc.constantFrom<unknown>(null, "", "n/a", "12", true, false, Infinity, NaN, [[1]]);
const upstream = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "upstream");
/**
 * A cell of a column of data: mostly a number, often one that every function
 * takes (a score, a weight, an answer, a Likert mean: 0 to 5), sometimes
 * anything a sheet holds.
 */
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 5, noNaN: true }) },
  { weight: 4, arbitrary: finite },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308) },
  { weight: 1, arbitrary: odd },
  { weight: 1, arbitrary: fc.constant<unknown>(upstream) }
);
const rows = fc.integer({ min: 2, max: 25 });
/** A row that is not one cell, which only a hostile caller sends in a column: the loops read each row's shape. */
const badRow = fc.constantFrom<unknown>([1, 2], [], [[1]], 5, null, "x");
/** A column with one row replaced by `badRow`. */
const raggedColumn = (n: number) =>
  fc
    .tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.nat({ max: n - 1 }), badRow)
    .map(([cells, at, bad]) => col(cells).map((row, r) => (r === at ? bad : row)));
/** One argument: a column (sometimes with a header on top and blank rows below, or a ragged row), one number, or omitted. */
const argument = (n: number, optional: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(cell, { minLength: n, maxLength: n }).map(col) },
    { weight: 1, arbitrary: raggedColumn(n) },
    { weight: 1, arbitrary: finite.map((x) => [[x]]) },
    { weight: optional ? 2 : 0, arbitrary: fc.constant(null) }
  );
const withHeaderAndBlanks = (args: unknown[]): unknown[] =>
  args.map((a) => (Array.isArray(a) && a.length > 1 ? [["Header"], ...a, [null], [""]] : a));

/** An argument read once (CSI's scaleMax, CSS_TOTAL's weights, RATING's scheme and language): mostly omitted. */
const once = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: cell.map((c) => [[c]]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>("csi", " ID ", "fr", [[10]], col([0.5, 0.25, 0.25])),
  }
);

/** The arguments of `spec` (its table's order), columns of `n` rows. */
const argsFor = (spec: FunctionSpec<unknown>, n: number) =>
  fc.tuple(
    ...spec.params.map((p) =>
      p.kind === "scalar" || p.kind === "text" || p.kind === "list" ? once : argument(n, p.optional)
    )
  );

/** `spec` with its own loop counting the rows it takes. */
function counted(spec: FunctionSpec<unknown>): {
  spec: FunctionSpec<unknown>;
  taken: () => number;
} {
  let taken = 0;
  if (spec.mode === "series" || spec.fast === undefined) return { spec, taken: () => taken };
  const fast = spec.fast as (plan: Columns, target: unknown, from: number, s: unknown) => number;
  const counting = (plan: Columns, target: unknown, from: number, s: unknown): number => {
    const stop = fast(plan, target, from, s);
    taken += stop - from;
    return stop;
  };
  return { spec: { ...spec, fast: counting } as FunctionSpec<unknown>, taken: () => taken };
}

describe("the column walk and the functions' own loops agree with the grid walk", () => {
  test.each(Object.keys(FUNCTIONS))("%s", (id) => {
    const { spec, taken } = counted(
      FUNCTIONS[id as keyof typeof FUNCTIONS] as FunctionSpec<unknown>
    );
    if (spec.mode === "series") return; // GRADE_DOWN has no column walk: one series per call
    let ranFast = 0;
    const numRuns = 150;
    fc.assert(
      fc.property(
        rows.chain((n) => argsFor(spec, n)),
        fc.boolean(),
        (args, header) => {
          const given = header ? withHeaderAndBlanks(args) : args;
          const before = taken();
          sameResult(run(spec, given), run(spec, given, GRID_ONLY));
          if (taken() > before) ranFast++;
        }
      ),
      { numRuns }
    );
    // Where a function has a loop of its own, the comparison ran it on many inputs, not only the grid walk.
    if ("fast" in spec && spec.fast) expect(ranFast).toBeGreaterThan(numRuns / 4);
  });
});

describe("columns go through the column walk", () => {
  afterEach(() => jest.restoreAllMocks());

  test.each(["KPI_SCORE", "ROA", "CSS_TOTAL", "BSC_SCORE", "NPS", "CSI", "RATING"] as const)(
    "%s makes no grid for columns",
    (id) => {
      const spec = FUNCTIONS[id] as FunctionSpec<unknown>;
      const toGrid = jest.spyOn(grid, "toGrid");
      const args = spec.params.map((p) =>
        p.kind === "scalar" || p.kind === "text" || p.kind === "list" ? null : col([1, 2, 3])
      );
      run(spec, args);
      expect(toGrid).not.toHaveBeenCalled();
      run(spec, args, GRID_ONLY);
      expect(toGrid).toHaveBeenCalled();
    }
  );
});

describe("each function's own loop takes the rows it is meant for", () => {
  /** KPI rows the core scores as they are: a span that is not 0 (nor so small the score overflows), weights not negative. */
  const weight = fc.double({ min: 0, max: 1, noNaN: true });
  const kpiRow = fc
    .tuple(finite, finite, finite, weight, weight)
    .filter(([, lo, hi]) => Math.abs(hi - lo) > 1e-3);

  test("BSC_SCORE (kpiRows) takes every plain KPI row", () => {
    fc.assert(
      fc.property(
        fc.array(kpiRow, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (table, equal) => {
          const columns = [0, 1, 2, 3, 4].map((k) => table.map((row) => row[k]));
          const sum = new WeightedSum(equal);
          expect(kpiRows(plan(columns, table.length), sum, 0)).toBe(table.length);
          // ... into the same sum as the core's own, row by row.
          const core = new WeightedSum(equal);
          for (const row of table) core.add(row[0], row[1], row[2], row[3], row[4]);
          expect(sum.result()).toEqual(core.result());
        }
      ),
      { numRuns: 300 }
    );
  });

  test("BSC_SCORE (kpiRows) stops at the rows the runner reads itself", () => {
    const take = (columns: unknown[][]) =>
      kpiRows(plan(columns, columns[0].length), new WeightedSum(), 0);
    expect(
      take([
        [1, 2],
        [0, 0],
        [2, 2],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(2);
    expect(
      take([
        [1, "x"],
        [0, 0],
        [2, 2],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(1); // text
    expect(
      take([
        [1, null],
        [0, 0],
        [2, 2],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(1); // blank
    expect(
      take([
        [1, 0],
        [0, 0],
        [2, 0],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(1); // an empty row sent as zeros
    expect(
      take([
        [1, 2],
        [0, 2],
        [2, 2],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(1); // a zero span
    expect(
      take([
        [1, 2],
        [0, 0],
        [2, 2],
        [0.5, -0.5],
        [1, 1],
      ])
    ).toBe(1); // a negative weight
    expect(
      take([
        [1, Infinity],
        [0, 0],
        [2, 2],
        [0.5, 0.5],
        [1, 1],
      ])
    ).toBe(1);
  });

  test("NPS (npsAnswers) takes every answer from 0 to 10", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 60 }),
        (answers) => {
          const tally = new NpsTally();
          expect(npsAnswers(plan([answers], answers.length), tally, 0)).toBe(answers.length);
          const core = new NpsTally();
          for (const x of answers) core.add(x);
          expect(tally.result()).toBe(core.result());
        }
      ),
      { numRuns: 200 }
    );
    const take = (answers: unknown[]) =>
      npsAnswers(plan([answers], answers.length), new NpsTally(), 0);
    expect(take([9, 11, 10])).toBe(1);
    expect(take([9, 7.5])).toBe(1);
    expect(take([9, 10, null])).toBe(2);
  });

  test("CSI (csiPairs) takes every pair on the scale", () => {
    const pair = fc.tuple(
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.double({ min: 0, max: 1e3, noNaN: true })
    );
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), (pairs) => {
        const sum = new CsiSum(5);
        const columns = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
        expect(csiPairs(plan(columns, pairs.length), sum, 0)).toBe(pairs.length);
        const core = new CsiSum(5);
        for (const [s, i] of pairs) core.add(s, i);
        expect(sum.result()).toEqual(core.result());
      }),
      { numRuns: 200 }
    );
    const take = (s: unknown[], i: unknown[]) => csiPairs(plan([s, i], s.length), new CsiSum(5), 0);
    expect(take([4, 6], [1, 1])).toBe(1); // above the scale
    expect(take([4, 3], [1, -1])).toBe(1); // negative importance
    expect(take([4, 3], [1, "x"])).toBe(1);
  });

  test("BSC_SCORE (kpiRows) reads a single number as every row's (the weights given once)", () => {
    // Two KPIs of one perspective, kpiWeight 0.5 each given as one number, perspectiveWeight omitted (1):
    // scores 50 + 50 * (0.7 - 0.5) / (1 - 0.5) = 70 and 50 + 50 * (0.3 - 0.5) / (1 - 0.5) = 30, total 0.5 * 70 + 0.5 * 30 = 50.
    const mixed: Columns = {
      rows: 2,
      columns: [col([0.7, 0.3]), undefined, col([1, 1]), undefined, undefined],
      constants: [NaN, 0.5, NaN, 0.5, 1],
    };
    const sum = new WeightedSum();
    expect(kpiRows(mixed, sum, 0)).toBe(2);
    expect(sum.result()).toBe(50);
  });

  test("RATING (ratingRows) takes every finite score, rated as the core rates it", () => {
    const settings = fc.record({
      scheme: fc.constantFrom(
        { scheme: "achievement" as const, scale: 1 },
        { scheme: "achievement" as const, scale: 100 },
        { scheme: "csi" as const, scale: 1 }
      ),
      language: fc.constantFrom("en" as const, "id" as const),
    });
    const score = fc.oneof(finite, fc.constantFrom(100, 39.999999999999993, 0.98, 0.81, 1e308));
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), settings, (scores, s) => {
        const out: unknown[][] = new Array(scores.length);
        expect(ratingRows(plan([scores], scores.length), out as never, 0, s)).toBe(scores.length);
        expect(out).toEqual(
          scores.map((x) => [rating(x * s.scheme.scale, s.scheme.scheme, s.language)])
        );
      }),
      { numRuns: 300 }
    );
    // Worked by hand (seed 004): 98% of the target is "Baik"; 39.999999999999993 points is 40, "Poor".
    const out: unknown[][] = [];
    const percentId = {
      scheme: { scheme: "achievement" as const, scale: 100 },
      language: "id" as const,
    };
    expect(ratingRows(plan([[0.98, 1.01]], 2), out as never, 0, percentId)).toBe(2);
    expect(out).toEqual([["Baik"], ["Sangat Baik"]]);
    const en = { scheme: { scheme: "achievement" as const, scale: 1 }, language: "en" as const };
    expect(ratingRows(plan([[39.999999999999993]], 1), out as never, 0, en)).toBe(1);
    expect(out[0]).toEqual(["Poor"]);
    // ... and stops at the cells the runner reads itself: text, a blank, a non-finite number, a row of two cells.
    const take = (column: unknown[][]) =>
      ratingRows({ rows: column.length, columns: [column], constants: [NaN] }, [], 0, en);
    expect(take([[80], ["x"]])).toBe(1);
    expect(take([[80], [null]])).toBe(1);
    expect(take([[80], [Infinity]])).toBe(1);
    expect(take([[80], [1, 2]])).toBe(1);
    expect(take([[80], [true]])).toBe(1);
  });
});
