/**
 * What the Office.js writer sends for a plan cell, and what it counts: text is
 * sent with a leading apostrophe (Excel's documented "keep this as text"
 * prefix), and the byte budget counts the UTF-8 bytes of the JSON that is sent,
 * so requests stay under the budget with text that is not ASCII.
 */
import { rowBytes, sentBytes, toFormulaValue } from "../../src/excel/chunks";
import { PlanCell, rowFormula } from "../../src/scorecard/plan";

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
    expect(sentBytes(toFormulaValue(text, 1))).toBe(json(`'${text}`) + 1);
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
      rowFormula((n) => `=IF(E${n}="","",E${n}*2)`),
      { parts: ["='Data'!G", ""], rows: [-5] },
      null,
      "",
    ];
    expect(rowBytes(row, 7)).toBe(json(row.map((c) => toFormulaValue(c, 7))) + 1);
    // Row numbers cost their digits as written: from row 9 to 10 the IF's two numbers
    // grow a digit each (the link reads rows 4 and 5); from 14 to 15 only the link's (9 to 10).
    expect(rowBytes(row, 10) - rowBytes(row, 9)).toBe(2);
    expect(rowBytes(row, 15) - rowBytes(row, 14)).toBe(1);
  });

  it("sends a row formula's text for the row it is written in", () => {
    const score = rowFormula((n) => `=50+50*(H${n}-F${n})/(G${n}-F${n})`);
    expect(score).toEqual({ parts: ["=50+50*(H", "-F", ")/(G", "-F", ")"], rows: [0, 0, 0, 0] });
    expect(toFormulaValue(score, 7)).toBe("=50+50*(H7-F7)/(G7-F7)");
    expect(toFormulaValue(score, 120003)).toBe("=50+50*(H120003-F120003)/(G120003-F120003)");
    expect(toFormulaValue({ parts: ["='Data'!G", ""], rows: [-5] }, 7)).toBe("='Data'!G2");
  });
});
