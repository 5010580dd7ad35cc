/** The small evaluator for formulas that have no cached result. */
import ExcelJS from "exceljs";
import { evaluateFormula } from "../../src/export/formulaEval";

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("A");
  a.getCell("A1").value = 2;
  a.getCell("A2").value = 6;
  a.getCell("A3").value = "text";
  a.getCell("A4").value = { formula: "A1*10" }; // no cached result: computed
  a.getCell("A5").value = { formula: "A5+1" }; // a cycle
  a.getCell("A6").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  a.getCell("A7").value = true;
  const b = wb.addWorksheet("It's B");
  b.getCell("B2").value = 0.5;
  return wb;
}

describe("evaluateFormula", () => {
  const wb = workbook();
  const ev = (f: string) => evaluateFormula(wb, "A", f);

  it.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-A1^2", 4], // negation first, as in Excel
    ["=A1%*10", 0.2],
    ["=2^3^2", 64],
    ["=A1/A2", 2 / 6],
    ["=$A$1+A9", 2],
    ["=A4+1", 21],
    ["=A7*3", 3],
    ["=SUM(A1:A3)", 8],
    ["=AVERAGE(A1:A3, 10)", 6],
    ["=COUNT(A1:A4)", 3],
    ["=MIN(A1:A2)+MAX(A1:A2)", 8],
    ["='It''s B'!B2*4", 2],
    ["= 1.5E+1 / 3 ", 5],
  ])("%s = %p", (f, expected) => expect(ev(f)).toBeCloseTo(expected as number, 12));

  it.each([
    "=A3*2",
    "=A1/0",
    "=A5",
    "=A6+1",
    "=SUM(A1:A6)",
    "=IF(A1>1,1,2)",
    "=A1:A2",
    "=Missing!A1",
    "=BSC_Name*2",
    '="a"',
    "=1+",
    "=0^-1",
    "=(-8)^(1/3)",
    '="1"+"2"',
  ])("%s cannot be computed here", (f) => expect(ev(f)).toBeUndefined());
});

/**
 * "Calculation operators and precedence in Excel" (support.microsoft.com):
 * negation, then percent, then exponentiation, then * and /, then + and -;
 * operators of the same precedence from left to right; parentheses first.
 * Its examples, and the functions' documented handling of what a range holds.
 */
describe("evaluateFormula in Excel's documented order of operations", () => {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("S");
  s.getCell("B4").value = 5;
  s.getCell("D5").value = 10;
  s.getCell("E5").value = 5;
  s.getCell("F5").value = 15;
  // AVERAGE, MIN, MAX and COUNT ignore text, logical values and empty cells in a range; zero counts.
  ["x", true, null, 0, 4, 8].forEach((v, i) => (s.getCell(i + 1, 8).value = v));
  const ev = (f: string) => evaluateFormula(wb, "S", f);

  it.each([
    ["=5+2*3", 11],
    ["=(5+2)*3", 21],
    ["=(B4+25)/SUM(D5:F5)", 1],
    ["=-2^2", 4],
    ["=-10%", -0.1],
    ["=10%^2", 0.01],
    ["=2^3^2", 64],
    ["=2^-1", 0.5],
    ["=8/2*4", 16],
    ["=10-4-3", 3],
    ["=AVERAGE(H1:H6)", 4],
    ["=COUNT(H1:H6)", 3],
    ["=MIN(H1:H6)", 0],
    ["=MAX(H1:H3)", 0], // no numbers: MAX is 0
  ])("%s = %p", (f, expected) => expect(ev(f)).toBeCloseTo(expected, 12));
});
