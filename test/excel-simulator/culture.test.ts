/**
 * The simulated workbook's locale: Excel's cultureInfo and separators, and
 * Range.text showing numbers the way an Indonesian Excel does (57,85).
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { formatValue } from "../../excel-simulator/numberFormat";

let restore: () => void;
afterEach(() => restore?.());

function setup(culture?: string) {
  const host = createHost({ sheets: { S: [[57.8456, 0.955, 1234567.5, 0.125]] }, culture });
  restore = installExcelGlobal(host);
  return host;
}

async function readCulture() {
  return Excel.run(async (ctx) => {
    const app = ctx.application.load("decimalSeparator,thousandsSeparator,useSystemSeparators");
    const info = ctx.application.cultureInfo.load("name");
    const numbers = info.numberFormat.load("numberDecimalSeparator,numberGroupSeparator");
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
    range.numberFormat = [["0.00", "0.0%", "#,##0.0", "General"]];
    range.load("text");
    await ctx.sync();
    return {
      name: info.name,
      system: [numbers.numberDecimalSeparator, numbers.numberGroupSeparator],
      excel: [app.decimalSeparator, app.thousandsSeparator, app.useSystemSeparators],
      text: range.text[0],
    };
  });
}

describe("workbook locale", () => {
  it("is en-US by default", async () => {
    setup();
    expect(await readCulture()).toEqual({
      name: "en-US",
      system: [".", ","],
      excel: [".", ",", true],
      text: ["57.85", "95.5%", "1,234,567.5", "0.125"],
    });
  });

  it("shows decimal commas and dot grouping in an Indonesian workbook", async () => {
    setup("id-ID");
    expect(await readCulture()).toEqual({
      name: "id-ID",
      system: [",", "."],
      excel: [",", ".", true],
      text: ["57,85", "95,5%", "1.234.567,5", "0,125"],
    });
  });

  it("leaves literal text in a format alone while localizing the number", () => {
    const id = { decimal: ",", group: "." };
    expect(formatValue(1234.5, '#,##0.00" pts."', id)).toBe("1.234,50 pts.");
    expect(formatValue(-3.5, "0.0;(0.0)", id)).toBe("(3,5)");
    expect(formatValue(1.5e12, "General", id)).toBe("1,5E+12");
  });
});
