/** The survey indices' tables and bodies: NPS, CSI. */
import { numError } from "../core/errors";
import { CsiSum, NpsTally } from "../core/survey";
import { fromDomainError } from "./excelError";
import { csiPairs, npsAnswers } from "./fastPaths";
import { Rows, aggregate, optionalScalar, over } from "./params";

/** NPS's answers, counted by the core. */
class Answers extends NpsTally implements Rows {
  addRow(v: number[]) {
    return this.add(v[0]);
  }
}

export const NPS = aggregate([over("responses")], () => new Answers(), { fast: npsAnswers });

/** The scale's highest point: 5 when omitted, and above 0. */
function scaleMax(x: number | undefined) {
  const max = x ?? 5;
  return max > 0 ? max : fromDomainError(numError("scaleMaxNotPositive", { value: max }));
}

/** CSI's satisfaction/importance pairs, summed by the core. */
class Pairs extends CsiSum implements Rows {
  addRow(v: number[]) {
    return this.add(v[0], v[1]);
  }
}

export const CSI = aggregate(
  [over("satisfaction"), over("importance"), optionalScalar("scaleMax", scaleMax)],
  (s: { readonly scaleMax: number }) => new Pairs(s.scaleMax),
  { fast: csiPairs }
);
