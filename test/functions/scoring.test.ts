import * as fns from "../../src/functions/functions";
import { SEED003_KPIS, meanOfRatios } from "../../src/examples/seed003";
import { column, flat, isError, onlyError, onlyNumber } from "./helpers";

const seed = {
  actual: column(SEED003_KPIS.map((k) => meanOfRatios(k.monthly))),
  v50: column(SEED003_KPIS.map((k) => k.valueAt50)),
  v100: column(SEED003_KPIS.map((k) => k.valueAt100)),
  kw: column(SEED003_KPIS.map((k) => k.kpiWeight)),
  pw: column(SEED003_KPIS.map((k) => k.perspectiveWeight)),
};

describe("BSC_SCORE", () => {
  it("gives 57.85 on the seed 003 table", () => {
    expect(
      onlyNumber(fns.bscScore(seed.actual, seed.v50, seed.v100, seed.kw, seed.pw))
    ).toBeCloseTo(57.85, 2);
  });

  it("gives one KPI's score from scalars", () => {
    expect(onlyNumber(fns.bscScore(0.1236285 as never, 0.75 as never, 0.95 as never))).toBeCloseTo(
      -106.593,
      3
    );
  });

  it("gives one KPI's contribution with scalar weights", () => {
    const score = onlyNumber(fns.bscScore([[0.95]], [[0.75]], [[0.95]], [[0.5]], [[0.35]]));
    expect(score).toBeCloseTo(100 * 0.5 * 0.35, 10);
  });

  it("gives a perspective's fulfillment from its KPI weights alone", () => {
    const customer = onlyNumber(
      fns.bscScore(
        seed.actual.slice(0, 2),
        seed.v50.slice(0, 2),
        seed.v100.slice(0, 2),
        seed.kw.slice(0, 2)
      )
    );
    expect(customer).toBeCloseTo((-106.593 + 30.4256) / 2, 2);
  });

  it("uses equal weights when kpiWeight is omitted", () => {
    expect(onlyNumber(fns.bscScore([[1], [0.5]], [[0], [0]], [[1], [1]]))).toBeCloseTo(87.5, 10);
    expect(
      onlyNumber(fns.bscScore([[1], [0.5]], [[0], [0]], [[1], [1]], null as never, null as never))
    ).toBeCloseTo(87.5, 10);
  });

  it("says the weight sum found when weights do not add to 100%", () => {
    const kw = column([0.5, 0.5, 1, 0.9]);
    const e = onlyError(fns.bscScore(seed.actual, seed.v50, seed.v100, kw, seed.pw));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("97.5%");
  });

  it("ignores blank rows, so whole-column selections work", () => {
    const pad = <T>(col: T[][]): unknown[][] => [...col, [null], [""], [null]];
    const withHeader = (name: string, col: unknown[][]): unknown[][] => [
      [name],
      ...pad(col as unknown[][]),
    ];
    const score = onlyNumber(
      fns.bscScore(
        withHeader("Actual", seed.actual),
        withHeader("Value at 50", seed.v50),
        withHeader("Value at 100", seed.v100),
        withHeader("KPI weight", seed.kw),
        withHeader("Perspective weight", seed.pw)
      )
    );
    expect(score).toBeCloseTo(57.85, 2);
  });

  it("skips empty rows that a host sends as zeros", () => {
    const zeros = (col: unknown[][]) => [...col, [0], [0]];
    const score = onlyNumber(
      fns.bscScore(
        zeros(seed.actual),
        zeros(seed.v50),
        zeros(seed.v100),
        zeros(seed.kw),
        zeros(seed.pw)
      )
    );
    expect(score).toBeCloseTo(57.85, 2);
  });

  it("gives #N/A naming the row of a partly blank row", () => {
    const actual = column([0.5, null, 0.7]);
    const e = onlyError(fns.bscScore(actual, column([0, 0, 0]), column([1, 1, 1])));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("actual in row 2 is blank.");
  });

  it("gives #N/A when a KPI row has no weight", () => {
    const e = onlyError(
      fns.bscScore(column([0.5, 0.7]), column([0, 0]), column([1, 1]), column([0.5, null]))
    );
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("kpiWeight in row 2");
  });

  // Excel shows no message on #DIV/0! or #NUM! (custom-functions-errors): the code alone, as Excel's own functions.
  it("gives #DIV/0! when valueAt50 equals valueAt100, without a message", () => {
    const e = onlyError(fns.bscScore(column([0.5, 0.7]), column([0, 0.2]), column([1, 0.2])));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
  });

  it("gives #NUM! for a negative weight, without a message", () => {
    const e = onlyError(
      fns.bscScore(column([0.5, 0.7]), column([0, 0]), column([1, 1]), column([1.5, -0.5]))
    );
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });

  it("rejects ranges of different sizes, naming both", () => {
    const e = onlyError(fns.bscScore(column([1, 2, 3]), column([0, 0]), column([1, 1, 1])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("actual is 3×1 but valueAt50 is 2×1");
  });

  it("gives #VALUE! naming the cell for text in a data row", () => {
    const e = onlyError(fns.bscScore(column([0.5, "n/a"]), column([0, 0]), column([1, 1])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('actual in row 2 is the text "n/a"');
  });

  it("passes an error in an input cell through", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "upstream");
    expect(onlyError(fns.bscScore(column([0.5, na]), column([0, 0]), column([1, 1])))).toBe(na);
  });

  it("gives #N/A when every row is blank", () => {
    expect(onlyError(fns.bscScore(column([null]), column([null]), column([null]))).code).toBe(
      "#N/A"
    );
  });
});

describe("KPI_SCORE", () => {
  it("spills one score per row", () => {
    const scores = flat(fns.kpiScore(seed.actual, seed.v50, seed.v100)) as number[];
    expect(scores.map((s) => Math.round(s * 100) / 100)).toEqual([-106.59, 30.43, 101.41, 122.45]);
  });

  it("clamps with floor and cap, broadcast as single cells", () => {
    const scores = flat(fns.kpiScore(seed.actual, seed.v50, seed.v100, [[0]], [[120]])) as number[];
    expect(scores[0]).toBe(0);
    expect(scores[3]).toBe(120);
    expect(scores[2]).toBeCloseTo(101.41, 2);
  });

  it("puts an error only in the bad rows", () => {
    const out = flat(
      fns.kpiScore(column([0.5, "x", 0.9, 0.1]), column([0, 0, 0.9, 0]), column([1, 1, 0.9, 1]))
    );
    expect(out[0]).toBe(75);
    expect(isError(out[1]) && out[1].code).toBe("#VALUE!");
    expect(isError(out[2]) && out[2].code).toBe("#DIV/0!");
    expect(out[3]).toBeCloseTo(55, 10);
  });

  it("broadcasts a scalar threshold against a range of actuals", () => {
    expect(flat(fns.kpiScore(column([0, 0.5, 1]), [[0]], [[1]]))).toEqual([50, 75, 100]);
  });

  it("returns blanks for all-blank rows and #N/A for partly blank ones", () => {
    const out = flat(
      fns.kpiScore(column([0.5, null, null]), column([0, null, 0]), column([1, null, 1]))
    );
    expect(out[0]).toBe(75);
    expect(out[1]).toBe("");
    expect(isError(out[2]) && out[2].message).toBe("actual in row 3 is blank.");
  });

  it("scores a lower-is-better KPI", () => {
    expect(flat(fns.kpiScore(column([0.02]), [[0.1]], [[0.02]]))[0]).toBeCloseTo(100, 10);
  });

  it("treats TRUE/FALSE as 1/0 like Excel arithmetic", () => {
    expect(flat(fns.kpiScore(column([true, false]), [[0]], [[1]]))).toEqual([100, 50]);
  });

  it("returns #N/A for a blank single cell", () => {
    expect(onlyError(fns.kpiScore(null as never, [[0]], [[1]])).code).toBe("#N/A");
  });
});

describe("REQUIRED_ACTUAL", () => {
  it("answers 'what must retention be for 100?'", () => {
    expect(onlyNumber(fns.requiredActual([[100]], [[0.75]], [[0.95]]))).toBeCloseTo(0.95, 12);
  });
  it("spills over several targets", () => {
    const out = flat(fns.requiredActual(column([50, 80, 100]), [[0.2]], [[0.5]])) as number[];
    expect(out[0]).toBeCloseTo(0.2, 12);
    expect(out[1]).toBeCloseTo(0.38, 12);
    expect(out[2]).toBeCloseTo(0.5, 12);
  });
});

describe("BSC_SCORE without kpiWeight: equal weights inside each perspective", () => {
  it("gives seed 003's 57.85 from the perspective weights alone (its KPI weights are equal per perspective)", () => {
    // 0.35 × (-106.593 + 30.4256)/2 + 0.40 × 101.414 + 0.25 × 122.454 = 57.85, where 1/4 over the
    // rows would weigh 0.35/4 + 0.35/4 + 0.40/4 + 0.25/4 = 33.75% in all.
    const out = onlyNumber(fns.bscScore(seed.actual, seed.v50, seed.v100, null as never, seed.pw));
    const withWeights = onlyNumber(
      fns.bscScore(seed.actual, seed.v50, seed.v100, seed.kw, seed.pw)
    );
    expect(out).toBeCloseTo(withWeights, 10);
    expect(out).toBeCloseTo(57.85, 2);
  });

  it("weighs a perspective's KPIs 1/m inside it, m its own count, not 1/n over all rows", () => {
    // Perspective 60%: scores 100 and 50 (mean 75); perspective 40%: one KPI scoring 80.
    // 0.6 × 75 + 0.4 × 80 = 77 (1/3 per row would be 0.6×(100+50)/3 + 0.4×80/3 = 40.67, weights 53.33%).
    const out = fns.bscScore(
      column([1, 0, 0.6]),
      column([0, 0, 0]),
      column([1, 1, 1]),
      null as never,
      column([0.6, 0.6, 0.4])
    );
    expect(onlyNumber(out)).toBeCloseTo(77, 10);
  });

  it("says so when perspectives of the same weight cannot be told apart", () => {
    // Four perspectives of 25%, two KPIs each: one group of 25%.
    const pw = column(Array(8).fill(0.25));
    const e = onlyError(
      fns.bscScore(
        column(Array(8).fill(1)),
        column(Array(8).fill(0)),
        column(Array(8).fill(1)),
        null as never,
        pw
      )
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("(25%) sum to 25%");
    expect(e.message).toContain("give kpiWeight");
  });
});
