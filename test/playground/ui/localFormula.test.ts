/** Entries in the workbook's locale, as Excel takes them: ";" and the decimal comma in id-ID. */
import { toInvariant, toLocal } from "../../../playground/ui/localFormula";

const ID = { decimal: ",", group: "." };
const EN = { decimal: ".", group: "," };

describe("an Indonesian workbook", () => {
  test.each([
    ["=BSC.ROA(500;10000)", "=BSC.ROA(500,10000)"],
    ["=BSC.RATING(57,85)", "=BSC.RATING(57.85)"], // one argument, as Excel reads it
    ['=IF(A1>0,5;"a;b,c";B2)', '=IF(A1>0.5,"a;b,c",B2)'], // text in quotes kept
    ["='Data 2,5'!A1*1,5", "='Data 2,5'!A1*1.5"], // a sheet's name kept
    ["=LOG10(100)", "=LOG10(100)"],
    ["0,4", "0.4"],
    ["1.234,5", "1234.5"],
    ["-12,5%", "-12.5%"],
    ["1,2,3", "1,2,3"], // not a number: left for the host to keep as text
    ["Retention", "Retention"],
  ])("%s is entered as %s", (local, invariant) => {
    expect(toInvariant(local, ID)).toBe(invariant);
  });

  test.each([
    ["=BSC.ROA(500,10000)", "=BSC.ROA(500;10000)"],
    ["=BSC.RATING(57.85)", "=BSC.RATING(57,85)"],
    ["=AVERAGE('Seed 003'!B11:M11)", "=AVERAGE('Seed 003'!B11:M11)"],
    ['=CONCAT("1.5",A1)', '=CONCAT("1.5";A1)'],
  ])("%s is shown as %s", (invariant, local) => {
    expect(toLocal(invariant, ID)).toBe(local);
  });
});

test("an en-US workbook takes and shows entries as they are", () => {
  expect(toInvariant("=BSC.ROA(500,10000)", EN)).toBe("=BSC.ROA(500,10000)");
  expect(toInvariant("0,4", EN)).toBe("0,4");
  expect(toLocal("=BSC.RATING(57.85)", EN)).toBe("=BSC.RATING(57.85)");
});
