import * as fns from "../../src/functions/functions";
import { column, onlyError, onlyNumber } from "./helpers";

describe("NPS", () => {
  it("scores a column of answers, skipping blanks", () => {
    expect(onlyNumber(fns.nps(column([10, 9, null, 9, 10, 9, 10, 8, 7, 6, 0, ""])))).toBe(40);
  });
  it("takes a 2D block", () => {
    expect(
      onlyNumber(
        fns.nps([
          [10, 0],
          [9, 8],
        ])
      )
    ).toBe(25);
  });
  it("rejects an answer outside 0-10 with #NUM!, which Excel shows without a message", () => {
    const e = onlyError(fns.nps(column([10, 11])));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });
  it("gives #N/A with no answers and #VALUE! for text", () => {
    expect(onlyError(fns.nps(column([null, null]))).code).toBe("#N/A");
    expect(onlyError(fns.nps(column([9, "yes"]))).code).toBe("#VALUE!");
  });
});

describe("CSI", () => {
  it("weights satisfaction by importance, scale 5 by default", () => {
    expect(onlyNumber(fns.csi(column([4, 5]), column([3, 1])))).toBeCloseTo(17 / 4 / 5, 12);
  });
  it("uses scaleMax", () => {
    expect(onlyNumber(fns.csi(column([7]), column([1]), [[10]]))).toBeCloseTo(0.7, 12);
  });
  it("rejects a Likert score above the scale with #NUM!", () => {
    expect(onlyError(fns.csi(column([4, 6]), column([1, 1]))).code).toBe("#NUM!");
  });
  it("gives #N/A for a satisfaction without importance", () => {
    expect(onlyError(fns.csi(column([4, 3]), column([1, null]))).code).toBe("#N/A");
  });
});
