/** Adapters for the survey indices NPS and CSI. */
import { numError } from "../core/errors";
import { csi, csiPairProblem, nps, npsResponseProblem } from "../core/survey";
import { Matrix, reduceNumbers, single, toCell } from "./args";
import { BLANK, coerceNumber, firstCell } from "./cells";
import { fromDomainError } from "./excelError";

const ONE = { rows: 1, cols: 1 };

export function npsScore(responses: unknown): Matrix {
  const answers: number[] = [];
  const error = reduceNumbers([{ name: "responses", value: responses }], (v) => {
    const problem = npsResponseProblem(v[0]);
    if (problem) return problem;
    answers.push(v[0]);
    return undefined;
  });
  if (error) return single(error);
  return single(toCell(nps(answers), ONE, 0, 0));
}

export function csiIndex(satisfaction: unknown, importance: unknown, scaleMax: unknown): Matrix {
  const scale = coerceNumber(firstCell(scaleMax), "scaleMax", ONE, 0, 0);
  if (typeof scale !== "number" && scale !== BLANK) return single(scale);
  const max = scale === BLANK ? 5 : scale;
  if (!(max > 0)) return single(fromDomainError(numError("scaleMaxNotPositive", { value: max })));
  const sat: number[] = [];
  const imp: number[] = [];
  const error = reduceNumbers(
    [
      { name: "satisfaction", value: satisfaction },
      { name: "importance", value: importance },
    ],
    (v) => {
      const problem = csiPairProblem(v[0], v[1], max);
      if (problem) return problem;
      sat.push(v[0]);
      imp.push(v[1]);
      return undefined;
    }
  );
  if (error) return single(error);
  return single(toCell(csi(sat, imp, max), ONE, 0, 0));
}
