/**
 * Loads the BUILT dist/functions.js the way Excel's JavaScript runtime does: in
 * a fresh context whose only globals are `CustomFunctions` and `Office` (no
 * window, document or React), then calls every function through the
 * associations it registered.
 */
import * as fs from "fs";
import * as path from "path";
import { LoadedBundle, loadBuiltFunctions, root } from "../support/builtBundle";
import { CustomFunctionsStub, StubError } from "../support/customFunctionsStub";
import { SEED003_KPIS, meanOfRatios } from "../../src/examples/seed003";

const dist = path.join(root, "dist");

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: { name: string; description: string; optional?: boolean }[];
}

let bundle: LoadedBundle;
let cf: CustomFunctionsStub;
let metadata: FunctionMetadata[];
const call = (id: string, ...args: unknown[]): unknown => bundle.call(id, ...args);
const value = (result: unknown): unknown => (result as unknown[][])[0][0];

beforeAll(() => {
  bundle = loadBuiltFunctions();
  cf = bundle.cf;
  metadata = bundle.metadata as unknown as FunctionMetadata[];
}, 120_000);

describe("the built functions bundle", () => {
  it("registers exactly the ids of functions.json", () => {
    expect([...cf.associations.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
    expect(metadata.map((f) => f.id).sort()).toEqual(
      [
        "ABSENTEEISM",
        "ACHIEVEMENT",
        "ACQUISITION",
        "BSC_SCORE",
        "CHURN",
        "CSI",
        "CSS_TOTAL",
        "GCR_ELIGIBLE",
        "GRADE_DOWN",
        "GROWTH",
        "INNOVATION",
        "KPI_SCORE",
        "NPM",
        "NPS",
        "PRODUCTIVITY",
        "RATING",
        "REQUIRED_ACTUAL",
        "RETENTION",
        "ROA",
        "ROE",
        "ROI",
        "SLA",
        "TURNOVER",
      ].sort()
    );
  });

  it("describes every function and parameter, with a help URL to its section", () => {
    // On the add-in's origin: https://localhost:3000 in development, the production origin in production.
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const origin = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]).origin;
    for (const f of metadata) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`${origin}/docs/functions.html#${f.id.toLowerCase()}`);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
    }
  });

  it("gives the seed 003 overall score, 57.85", () => {
    const col = (f: (k: (typeof SEED003_KPIS)[number]) => number) =>
      SEED003_KPIS.map((k) => [f(k)]);
    const score = value(
      call(
        "BSC_SCORE",
        col((k) => meanOfRatios(k.monthly)),
        col((k) => k.valueAt50),
        col((k) => k.valueAt100),
        col((k) => k.kpiWeight),
        col((k) => k.perspectiveWeight)
      )
    );
    expect(score).toBeCloseTo(57.85, 2);
    // Without KPI weights: equal inside each perspective (seed 003's are 50/50, 100, 100).
    const equal = value(
      call(
        "BSC_SCORE",
        col((k) => meanOfRatios(k.monthly)),
        col((k) => k.valueAt50),
        col((k) => k.valueAt100),
        null,
        col((k) => k.perspectiveWeight)
      )
    );
    expect(equal).toBeCloseTo(57.85, 2);
  });

  it("rates SLA's 0.98 as 98% of the target with the percent scheme", () => {
    expect(value(call("RATING", [[0.98]], "percent", "id"))).toBe("Baik");
    expect(value(call("RATING", [[0.98]], null, "id"))).toBe("Tidak Baik");
  });

  it.each([
    ["ROA", [[[148391]], [[1317000]]], 0.1127],
    ["ROA", [[[468]], [[16787]]], 0.0279],
    ["ROE", [[[148391]], [[918416]]], 0.1616],
    // Seed 000: ROI is investment income over invested funds; 468 / 16,787 = 2.79% is its ROA.
    ["ROI", [[[47.2]], [[712.3]]], 0.0663],
    ["ACHIEVEMENT", [[[1468]], [[1800]]], 0.8156],
    ["ACHIEVEMENT", [[[8]], [[10]], [[true]]], 1.25],
    ["GROWTH", [[[6204.07]], [[5769.13]]], 0.0754],
    ["GROWTH", [[[901912]], [[735295]]], 0.2266],
    ["GROWTH", [[[41560930]], [[35864017]]], 0.1588],
    ["TURNOVER", [[[60]], [[3463]]], 0.0173],
    ["ACQUISITION", [[[1202]], [[4175]]], 0.2879],
    ["RETENTION", [[[9584]], [[10000]]], 0.9584],
    ["INNOVATION", [[[1]], [[5]]], 0.2],
    ["CSS_TOTAL", [[[80]], [[90]], [[70]]], 79],
    ["KPI_SCORE", [[[0.1236285]], [[0.75]], [[0.95]]], -106.5929],
    ["REQUIRED_ACTUAL", [[[100]], [[0.75]], [[0.95]]], 0.95],
  ])("%s(%j) ≈ %f", (id, args, expected) => {
    expect(value(call(id, ...(args as unknown[])))).toBeCloseTo(expected as number, 4);
  });

  it("answers every function with a value or an error object, for omitted optionals too", () => {
    const args: Record<string, unknown[]> = {
      NPS: [[[10], [0], [9]]],
      CSI: [[[4]], [[1]], null],
      RATING: [[[57.85]], null, null],
      GCR_ELIGIBLE: [[[80]], [[75]]],
      GRADE_DOWN: [[[50, 50]], 60, 2],
      SLA: [[[9]], [[10]]],
      CHURN: [[[1]], [[10]]],
      NPM: [[[1]], [[10]]],
      PRODUCTIVITY: [[[100]], [[4]]],
      ABSENTEEISM: [[[1]], [[9]], [[1]]],
    };
    for (const f of metadata) {
      const a = args[f.id] ?? f.parameters.map((p) => (p.optional ? undefined : [[1]]));
      const result = call(f.id, ...a);
      expect(Array.isArray(result)).toBe(true);
      const v = value(result);
      expect(["number", "string", "boolean"].includes(typeof v) || v instanceof StubError).toBe(
        true
      );
      if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
    }
  });

  it("returns Excel errors as values through the runtime's Error class, a message only on #VALUE! and #N/A", () => {
    const e = value(call("ROA", [[1]], [[0]])) as StubError;
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
    const v = value(call("ROE", [["abc"]], [[1]])) as StubError;
    expect(v.code).toBe("#VALUE!");
    expect(v.message).toContain("netProfit");
  });

  it("spills element-wise over ranges with per-cell errors", () => {
    const out = call("ROA", [[1], [2], [3]], [[10], [0], [30]]) as unknown[][];
    expect(out[0][0]).toBe(0.1);
    expect((out[1][0] as StubError).code).toBe("#DIV/0!");
    expect(out[2][0]).toBe(0.1);
  });

  it("does not reference the DOM or React", () => {
    const src = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(src).not.toMatch(/\bdocument\.|\bwindow\.|react/i);
  });
});
