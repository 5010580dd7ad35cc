/**
 * Range.text under number formats, against the examples Microsoft documents
 * ("Review guidelines for customizing a number format" and "Number format
 * codes", support.microsoft.com): digit placeholders, separators and scaling,
 * fractions, conditions, text sections, dates and elapsed time; and the same
 * formats in an Indonesian workbook (decimal comma, dot grouping, Indonesian
 * month and day names). excel-simulator/numberFormat.ts renders them with numfmt.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { formatValue } from "../../excel-simulator/numberFormat";

const ID = { name: "id-ID", decimal: ",", group: "." };

describe("number formats as Microsoft documents them", () => {
  it.each([
    // Digit placeholders: # shows significant digits only, 0 pads, ? aligns with spaces.
    ["####.#", 1234.59, "1234.6"],
    ["#.000", 8.9, "8.900"],
    ["0.#", 0.631, "0.6"],
    ["#.0#", 12, "12.0"],
    ["#.0#", 1234.568, "1234.57"],
    ["00000", 123, "00123"],
    // Thousands separator, and scaling by a thousand per trailing comma.
    ["#,###", 12000, "12,000"],
    ["#,", 12000, "12"],
    ["0.0,,", 12200000, "12.2"],
    // Fractions.
    ["# ?/?", 5.25, "5 1/4"],
    ["# ??/??", 5.3, "5  3/10"],
    // Scientific, percent, currency, literal text.
    ["0.00E+00", 12345, "1.23E+04"],
    ["0%", 0.125, "13%"],
    ["$#,##0.00", 1234.5, "$1,234.50"],
    ['#,##0.00 "pts."', 1234.5, "1,234.50 pts."],
    // Conditions: the phone-number example.
    ["[<=9999999]###-####;(###) ###-####", 5551234, "555-1234"],
    ["[<=9999999]###-####;(###) ###-####", 2065551234, "(206) 555-1234"],
    // Sections: a colour does not show in the text; the negative section has no sign of its own.
    ["0.00;[Red]-0.00", -1.5, "-1.50"],
    ["0.0;(0.0)", -3.5, "(3.5)"],
    // The text section.
    ['"gross receipts for "@', "Sales", "gross receipts for Sales"],
    // Dates and times (serial 45292 is Monday 1 January 2024).
    ["dddd, mmmm d, yyyy", 45292, "Monday, January 1, 2024"],
    ["mmmmm", 45292, "J"],
    ["h:mm AM/PM", 0.75, "6:00 PM"],
    ["[h]:mm:ss", 1.5, "36:00:00"],
    // General: up to 11 characters, scientific beyond.
    ["General", 0.1 + 0.2, "0.3"],
    ["General", 1234567890123, "1.23457E+12"],
  ] as const)("%s shows %p as %p", (format, value, text) => {
    expect(formatValue(value, format)).toBe(text);
  });

  it("rounds the number Excel holds, 15 significant digits, not its binary value", () => {
    // 85.5 × 0.5 × 0.3 is 12.824999999999999 in binary, 12.825 to Excel: shown 12.83 (a details sheet's weighted score).
    expect(formatValue(85.5 * 0.5 * 0.3, "0.00")).toBe("12.83");
  });

  it("shows blanks as nothing, booleans as TRUE and FALSE, and a number no cell holds as #NUM!", () => {
    expect(formatValue(null, "0.00")).toBe("");
    expect(formatValue("", "0.00")).toBe("");
    expect(formatValue(true, "0.00")).toBe("TRUE");
    expect(formatValue(Infinity, "General")).toBe("#NUM!");
  });

  it("shows an invalid format's value as General", () => {
    expect(formatValue(1.5, '0.0"unclosed')).toBe("1.5");
  });

  it("uses the workbook locale's separators and names", () => {
    expect(formatValue(1234567.5, "#,##0.0", ID)).toBe("1.234.567,5");
    expect(formatValue(45413, "d mmmm yyyy", ID)).toBe("1 Mei 2024");
    expect(formatValue(45292, "dddd", ID)).toBe("Senin");
    // Separators that differ from the locale's own (Excel's "use system separators" off).
    expect(formatValue(1234.5, "#,##0.00", { name: "en-US", decimal: ",", group: " " })).toBe(
      "1 234,50"
    );
  });
});

describe("Range.text in an Indonesian workbook", () => {
  let restore: () => void;
  afterEach(() => restore?.());

  it("shows dates with Indonesian month names and numbers with a decimal comma", async () => {
    const host = createHost({ sheets: { S: [[45413, 0.125, 5.25]] }, culture: "id-ID" });
    restore = installExcelGlobal(host);
    const text = await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1:C1");
      range.numberFormat = [["d mmm yyyy", "0.0%", "# ?/?"]];
      range.load("text");
      await ctx.sync();
      return range.text[0];
    });
    expect(text).toEqual(["1 Mei 2024", "12,5%", "5 1/4"]);
  });
});
