/**
 * A file cell's text as Excel shows it: src/export/shownText.ts renders what
 * the simulated Excel renders as Range.text (excel-simulator/numberFormat.ts,
 * en-US), so a file and a live workbook read alike.
 */
import ExcelJS from "exceljs";
import { formatValue } from "../../excel-simulator/numberFormat";
import { cellText } from "../../src/export/cellValues";
import { BUILT_IN_SHORT_DATE, shownText } from "../../src/export/shownText";

const FORMATS = [
  "General",
  "0",
  "00000",
  "0.00",
  "#,##0",
  "#,##0.00",
  "0%",
  "0.00%",
  "0.00E+00",
  "mmm-yy",
  "mmmm yyyy",
  "d-mmm-yy",
  "dd/mm/yyyy",
  "yyyy-mm-dd hh:mm:ss",
  "h:mm AM/PM",
  "[h]:mm",
  '"Q"0',
  '[Red]0.00;[Blue]-0.00;"zero"',
  '#,##0,"K"',
  "[$Rp-421]#,##0",
  "@",
  "# ?/?",
];
const VALUES = [
  0,
  1,
  -1,
  0.5,
  123,
  4567.891,
  -0.0456,
  45292,
  45323.75,
  1e12,
  3.5e-10,
  "text",
  true,
];

describe("shownText", () => {
  it.each(FORMATS)("renders %j as the simulated Excel does", (format) => {
    // Dates exist from 1900 to 9999 only (below).
    const dates = /[dmy]/.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
    for (const value of VALUES.filter(
      (v) => !dates || typeof v !== "number" || (v >= 0 && v < 1e6)
    ))
      expect([value, shownText(value, format)]).toEqual([value, formatValue(value, format)]);
  });

  it("fills a date Excel does not have with #", () => {
    expect(shownText(-1, "mmm-yy")).toBe("########");
    expect(shownText(1e12, "d-mmm-yy")).toBe("########");
  });

  it("shows names that are numbers as Excel does", () => {
    expect(shownText(45292, "mmm-yy")).toBe("Jan-24");
    expect(shownText(123, "00000")).toBe("00123");
    expect(shownText(0.1 + 0.2, "General")).toBe("0.3");
    expect(shownText("", "0.00")).toBe("");
  });

  it("shows Excel's built-in short date (ExcelJS's mm-dd-yy) as m/d/yyyy", () => {
    expect(shownText(45292, BUILT_IN_SHORT_DATE)).toBe("1/1/2024");
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 1));
    expect(cellText(ws.getCell("A1"), 45292)).toBe("1/1/2024");
    ws.getCell("A2").value = 45292;
    ws.getCell("A2").numFmt = "mmm-yy";
    expect(cellText(ws.getCell("A2"), 45292)).toBe("Jan-24");
  });
});
