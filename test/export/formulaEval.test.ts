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
    ["=-A1^2", -4],
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
    "=50%",
    "=1+",
  ])("%s cannot be computed here", (f) => expect(ev(f)).toBeUndefined());
});
