/**
 * What the Office.js writer sends for a plan cell, and what it counts: text is
 * sent with a leading apostrophe (Excel's documented "keep this as text"
 * prefix), and the byte budget counts the UTF-8 bytes of the JSON that is sent,
 * so requests stay under the budget with text that is not ASCII.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { rowBytes, sentBytes, toFormulaValue } from "../../src/excel/chunks";
import { writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { PlanCell } from "../../src/scorecard/plan";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { multiEmployeeSource } from "../support/seedSource";

const json = (v: unknown) => Buffer.byteLength(JSON.stringify(v), "utf8");

describe("toFormulaValue", () => {
  it("sends every text with a leading apostrophe, and everything else as it is", () => {
    const cells: PlanCell[] = [
      "Retention",
      "3201234567890001",
      "=x",
      "'quoted",
      "",
      null,
      { formula: "=SUM(A1:A2)" },
      0.35,
      true,
    ];
    expect(cells.map(toFormulaValue)).toEqual([
      "'Retention",
      "'3201234567890001",
      "'=x",
      "''quoted",
      "",
      "",
      "=SUM(A1:A2)",
      0.35,
      true,
    ]);
  });
});

describe("the byte budget counts what is sent", () => {
  it.each([
    ["ascii", "Retention"],
    ["quotes and backslashes", 'say "hi" \\ there'],
    ["control characters", "a\tb\nc\rd\u0001e"],
    ["Indonesian", "Retensi peserta"],
    ["Arabic", "مؤشر الاحتفاظ"],
    ["CJK", "保留率指标"],
    ["emoji", "Retensi 😀 ✓"],
  ])("%s text", (_, text) => {
    expect(sentBytes(text)).toBe(json(text) + 1);
    expect(sentBytes(toFormulaValue(text))).toBe(json(`'${text}`) + 1);
  });

  it.each([0, -0, 0.1236284621398878, 57.85, 1e21, -3.5e-7, 3201234567890000])(
    "the number %p",
    (n) => {
      expect(sentBytes(n)).toBe(json(n) + 1);
    }
  );

  it("a row costs its JSON array and the comma after it", () => {
    const row: PlanCell[] = [
      "Ani Wijaya",
      "Pelanggan",
      "Retensi 😀",
      0.35,
      { formula: "=E7*2" },
      null,
      "",
    ];
    expect(rowBytes(row)).toBe(json(row.map(toFormulaValue)) + 1);
  });

  it("keeps every request under the budget when names are not ASCII", async () => {
    const name = (i: number) => `指標 ${i} ${"保留率".repeat(60)}`;
    const source = multiEmployeeSource(Array.from({ length: 400 }, (_, i) => name(i)));
    const host = createHost({
      sheets: { Data: [[...source.headers], ...source.values.map((row) => [...row])] },
    });
    const restore = installExcelGlobal(host, globalThis);
    try {
      const { table } = analyseSource(source, matchColumns(source.headers));
      const plans = buildPlans(table!, DEFAULT_BUILD_OPTIONS, ["Data"]);
      const budget = 256 * 1024;
      host.resetCounters();
      await writePlans(plans, [], undefined, budget);
      expect(host.getValue(plans[0].name, "A403")).toBe(name(399));
      // The budget is for the cells; each request also carries its actions' own JSON.
      expect(host.largestRequestBytes).toBeLessThan(budget * 1.1);
      expect(host.syncCount).toBeGreaterThan(3);
    } finally {
      restore();
    }
  }, 60_000);
});
