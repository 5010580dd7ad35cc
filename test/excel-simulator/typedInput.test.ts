/**
 * The host's rule "a string written through Range.values / Range.formulas is
 * read as if typed": the pure rules (excel-simulator/typedInput.ts, each with
 * the Microsoft document it follows) in en-US and id-ID, then the same through
 * Excel.run: values, formulas, valueTypes, numberFormat and text read back.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import {
  EN_US,
  InputCulture,
  TypedInput,
  dateSerial,
  parseTypedInput,
} from "../../excel-simulator/typedInput";

const ID_ID: InputCulture = { name: "id-ID", decimal: ",", group: "." };
const YEAR = new Date().getFullYear();
const NIK = "3201234567890001";
const NIP = "198503302010121002";

const parse = (text: string, culture: InputCulture = EN_US): TypedInput =>
  parseTypedInput(text, culture);
const number = (value: number, format?: string): TypedInput =>
  format ? { type: "number", value, format } : { type: "number", value };
const text = (value: string): TypedInput => ({ type: "text", value });

describe("numbers, in the culture's separators", () => {
  it.each([
    ["123", 123],
    ["  123  ", 123],
    ["+5", 5],
    ["-5", -5],
    ["1.5", 1.5],
    [".5", 0.5],
    ["5.", 5],
  ])("%j is %p in en-US", (input, value) => {
    expect(parse(input)).toEqual(number(value));
  });

  it("reads the decimal and group separators of the culture", () => {
    expect(parse("1,234.5")).toEqual(number(1234.5, "#,##0.00"));
    expect(parse("1,234")).toEqual(number(1234, "#,##0"));
    expect(parse("1.234,5", ID_ID)).toEqual(number(1234.5, "#,##0.00"));
    expect(parse("1,5", ID_ID)).toEqual(number(1.5));
    expect(parse("-0,25", ID_ID)).toEqual(number(-0.25));
    // The other culture's way of writing a number is text.
    expect(parse("1.234,5")).toEqual(text("1.234,5"));
    expect(parse("1,234.5", ID_ID)).toEqual(text("1,234.5"));
  });

  // Not documented: a group separator between any digits is taken (stricter than "text").
  it("takes a group separator anywhere between digits of the integer part", () => {
    expect(parse("1,5")).toEqual(number(15, "#,##0"));
    expect(parse("1.5", ID_ID)).toEqual(number(15, "#,##0"));
    expect(parse("1,,5")).toEqual(text("1,,5"));
    expect(parse(",5")).toEqual(text(",5"));
  });

  it("reads scientific notation and parentheses for negatives", () => {
    expect(parse("1e5")).toEqual(number(100000, "0.00E+00"));
    expect(parse("1.5E-3")).toEqual(number(0.0015, "0.00E+00"));
    expect(parse("(5)")).toEqual(number(-5));
    expect(parse("(1,234.5)")).toEqual(number(-1234.5, "#,##0.00"));
    expect(parse("(5")).toEqual(text("(5"));
    expect(parse("-(5)")).toEqual(text("-(5)"));
  });

  // [SPECS] Largest allowed positive number 9.99999999999999E+307.
  it("keeps numbers beyond Excel's largest as text", () => {
    expect(parse("9.99999999999999E+307")).toEqual(number(9.99999999999999e307, "0.00E+00"));
    expect(parse("1E+308")).toEqual(text("1E+308"));
  });
});

// [KB269370] Excel "changes any digits past the fifteenth place to zeros".
describe("15 significant digits", () => {
  it("turns a 16-digit NIK into a number ending in 0", () => {
    expect(parse(NIK)).toEqual(number(3201234567890000));
  });

  it("drops the last digits of an 18-digit NIP", () => {
    const nip = parse(NIP);
    expect(nip).toEqual(number(198503302010121000));
    expect(String((nip as { value: number }).value)).toBe("198503302010121000");
  });

  it("truncates past the fifteenth digit rather than rounding", () => {
    expect(parse("1234567890123456789")).toEqual(number(1234567890123450000));
    expect(parse("0.1234567890123456789")).toEqual(number(0.123456789012345));
    expect(parse("1234567890123459")).toEqual(number(1234567890123450));
  });
});

// [KB97912] "If a number contains leading zeros, the leading zeros are dropped."
it("drops leading zeros", () => {
  expect(parse("00123")).toEqual(number(123));
  expect(parse("007.50")).toEqual(number(7.5));
  expect(parse("000")).toEqual(number(0));
});

// [AUTOFORMAT] A percentage or a currency symbol gets its number format.
describe("percentages and currency", () => {
  it("stores 10% as 0.1 with a percentage format", () => {
    expect(parse("10%")).toEqual(number(0.1, "0%"));
    expect(parse("12.5%")).toEqual(number(0.125, "0.00%"));
    expect(parse("%10")).toEqual(number(0.1, "0%"));
    expect(parse("-10%")).toEqual(number(-0.1, "0%"));
    expect(parse("0.07%")).toEqual(number(0.0007, "0.00%"));
    expect(parse("12,5%", ID_ID)).toEqual(number(0.125, "0.00%"));
  });

  it("reads the culture's currency symbol with a currency format", () => {
    expect(parse("$1,234.50")).toEqual(number(1234.5, "$#,##0.00"));
    expect(parse("$5")).toEqual(number(5, "$#,##0"));
    expect(parse("-$5")).toEqual(number(-5, "$#,##0"));
    expect(parse("Rp1.000", ID_ID)).toEqual(number(1000, '"Rp"#,##0'));
    expect(parse("Rp 1.000,50", ID_ID)).toEqual(number(1000.5, '"Rp"#,##0.00'));
    expect(parse("Rp1.000")).toEqual(text("Rp1.000"));
    expect(parse("$5", ID_ID)).toEqual(text("$5"));
  });
});

describe("dates and times, as serial numbers with a date format", () => {
  it("reads 1/2 in the culture's order: 2 January in en-US, 1 February in id-ID", () => {
    expect(parse("1/2")).toEqual(number(dateSerial(YEAR, 1, 2), "d-mmm"));
    expect(parse("1/2", ID_ID)).toEqual(number(dateSerial(YEAR, 2, 1), "d-mmm"));
    expect(parse("1-2")).toEqual(number(dateSerial(YEAR, 1, 2), "d-mmm"));
    expect(parse("13/1")).toEqual(text("13/1"));
    expect(parse("13/1", ID_ID)).toEqual(number(dateSerial(YEAR, 1, 13), "d-mmm"));
  });

  it("reads full dates, ISO dates first", () => {
    expect(parse("2024-01-31")).toEqual(number(45322, "m/d/yyyy"));
    expect(parse("2024-01-31", ID_ID)).toEqual(number(45322, "m/d/yyyy"));
    expect(parse("1/2/2024")).toEqual(number(45293, "m/d/yyyy"));
    expect(parse("1/2/2024", ID_ID)).toEqual(number(45323, "m/d/yyyy"));
    expect(parse("1/2/24")).toEqual(number(45293, "m/d/yyyy"));
    expect(parse("2/30/2024")).toEqual(text("2/30/2024"));
  });

  // [KB65904] X/Y: a day makes month/day, otherwise Y is a year.
  it("reads month/year when the second number cannot be a day", () => {
    expect(parse("1/2024")).toEqual(number(dateSerial(2024, 1, 1), "mmm-yy"));
    expect(parse("1/32")).toEqual(number(dateSerial(1932, 1, 1), "mmm-yy"));
    expect(parse("2/30")).toEqual(number(dateSerial(1930, 2, 1), "mmm-yy"));
  });

  it("reads month names, English and the culture's", () => {
    expect(parse("Jan-24")).toEqual(number(dateSerial(YEAR, 1, 24), "d-mmm"));
    expect(parse("Jan-2024")).toEqual(number(dateSerial(2024, 1, 1), "mmm-yy"));
    expect(parse("Jan-99")).toEqual(number(dateSerial(1999, 1, 1), "mmm-yy"));
    expect(parse("2-Sep-2024")).toEqual(number(dateSerial(2024, 9, 2), "d-mmm-yy"));
    expect(parse("Sep 2, 2024")).toEqual(number(dateSerial(2024, 9, 2), "d-mmm-yy"));
    expect(parse("SEPT2")).toEqual(number(dateSerial(YEAR, 9, 2), "d-mmm"));
    expect(parse("17-Agu-2024", ID_ID)).toEqual(number(dateSerial(2024, 8, 17), "d-mmm-yy"));
    expect(parse("17-Agu-2024")).toEqual(text("17-Agu-2024"));
  });

  // The 1900 date system counts 29 February 1900 (serial 60).
  it("numbers days as Excel's 1900 date system does", () => {
    expect(parse("1/1/1900")).toEqual(number(1, "m/d/yyyy"));
    expect(parse("2/29/1900")).toEqual(number(60, "m/d/yyyy"));
    expect(parse("3/1/1900")).toEqual(number(61, "m/d/yyyy"));
    expect(parse("12/31/1899")).toEqual(text("12/31/1899"));
  });

  // [KB97912] A colon, or a space and A or P, makes a time.
  it("reads times and dates with times", () => {
    expect(parse("10:30")).toEqual(number(0.4375, "h:mm"));
    expect(parse("10:30:15")).toEqual(number((10 * 3600 + 30 * 60 + 15) / 86400, "h:mm:ss"));
    expect(parse("1 p")).toEqual(number(13 / 24, "h:mm AM/PM"));
    expect(parse("12:00 AM")).toEqual(number(0, "h:mm AM/PM"));
    expect(parse("25:00")).toEqual(number(25 / 24, "[h]:mm:ss"));
    expect(parse("1:30.5")).toEqual(number(90.5 / 86400, "mm:ss.0"));
    expect(parse("1/2/2024 10:30")).toEqual(number(45293.4375, "m/d/yyyy h:mm"));
    expect(parse("10:75")).toEqual(text("10:75"));
  });

  // [KB159491] "To type the fraction 1/2, type 0 1/2."
  it("reads a whole number and a fraction", () => {
    expect(parse("0 1/2")).toEqual(number(0.5, "# ?/?"));
    expect(parse("1 3/16")).toEqual(number(1.1875, "# ??/??"));
    expect(parse("-1 1/2")).toEqual(number(-1.5, "# ?/?"));
  });
});

// [TRUE] "You can enter true (which is not case-sensitive) directly"; [ERRORS] the error literals.
describe("booleans and error values", () => {
  it.each([
    ["TRUE", true],
    ["true", true],
    [" False ", false],
  ])("%j is the boolean %p", (input, value) => {
    expect(parse(input)).toEqual({ type: "boolean", value });
    expect(parse(input, ID_ID)).toEqual({ type: "boolean", value });
  });

  // Excel's Indonesian regional format does not rename TRUE and FALSE: the words of a
  // localized Excel belong to its display language (formulasLocal), not to the values API.
  it("keeps Indonesian BENAR and SALAH as text", () => {
    expect(parse("BENAR", ID_ID)).toEqual(text("BENAR"));
    expect(parse("SALAH", ID_ID)).toEqual(text("SALAH"));
  });

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"])(
    "%j is an error value",
    (input) => {
      expect(parse(input)).toEqual({ type: "error", value: input });
      expect(parse(input.toLowerCase())).toEqual({ type: "error", value: input });
    }
  );

  it("keeps look-alikes as text", () => {
    expect(parse("#N/A!")).toEqual(text("#N/A!"));
    expect(parse("#1")).toEqual(text("#1"));
  });
});

describe("text", () => {
  it("drops a leading apostrophe and keeps the rest as it is", () => {
    expect(parse("'00123")).toEqual(text("00123"));
    expect(parse(`'${NIK}`)).toEqual(text(NIK));
    expect(parse("''x")).toEqual(text("'x"));
    expect(parse("' 1/2 ")).toEqual(text(" 1/2 "));
    expect(parse("'")).toEqual(text(""));
  });

  it.each(["Employee 1", "1, 2", "Q1/Q2", "A1", "1:2:3:4", "Rp", "KPI 10%x", "\tTabbed"])(
    "%j stays text",
    (input) => {
      expect(parse(input)).toEqual(text(input));
      expect(parse(input, ID_ID)).toEqual(text(input));
    }
  );
});

describe("through Office.js", () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  function setup(culture?: string) {
    const host = createHost({ sheets: { S: [] }, culture });
    restore = installExcelGlobal(host);
    return host;
  }

  async function write(
    cells: unknown[][],
    how: "values" | "formulas" = "values",
    preformat?: string
  ): Promise<{
    values: unknown[];
    formulas: unknown[];
    types: string[];
    formats: string[];
    text: string[];
  }> {
    return Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem("S")
        .getRangeByIndexes(0, 0, cells.length, cells[0].length);
      if (preformat) range.numberFormat = cells.map((r) => r.map(() => preformat));
      range[how] = cells;
      range.load("values,formulas,valueTypes,numberFormat,text");
      await ctx.sync();
      return {
        values: range.values.flat(),
        formulas: range.formulas.flat(),
        types: range.valueTypes.flat() as string[],
        formats: range.numberFormat.flat() as string[],
        text: range.text.flat(),
      };
    });
  }

  const column = (items: string[]) => items.map((s) => [s]);

  it.each(["values", "formulas"] as const)("%s parses strings as typed input", async (how) => {
    setup();
    const r = await write(
      column([NIK, NIP, "00123", "10%", "1/2", "2024-01-31", "TRUE", "#N/A", "1,5", "'quoted"]),
      how
    );
    // The cells hold the 15-digit numbers (formulas reads a constant as it is stored); `values`
    // goes through HyperFormula's output rounding (precisionRounding, 10 significant digits).
    expect(r.formulas.slice(0, 2)).toEqual([3201234567890000, 198503302010121000]);
    expect(r.values.slice(2)).toEqual([
      123,
      0.1,
      dateSerial(YEAR, 1, 2),
      45322,
      true,
      "#N/A",
      15,
      "quoted",
    ]);
    expect(r.types).toEqual([
      "Double",
      "Double",
      "Double",
      "Double",
      "Double",
      "Double",
      "Boolean",
      "Error",
      "Double",
      "String",
    ]);
    expect(r.formats).toEqual([
      "General",
      "General",
      "General",
      "0%",
      "d-mmm",
      "m/d/yyyy",
      "General",
      "General",
      "#,##0",
      "General",
    ]);
    expect(r.text.slice(3, 6)).toEqual(["10%", "2-Jan", "1/31/2024"]);
  });

  it("shows typed times, currency and scientific numbers through their formats", async () => {
    setup();
    const r = await write([["25:00", "1:30.5", "1 p", "1/2/2024 10:30", "$1,234.5", "1e5"]]);
    expect(r.text).toEqual([
      "25:00:00",
      "01:30.5",
      "1:00 PM",
      "1/2/2024 10:30",
      "$1,234.50",
      "1.00E+05",
    ]);
  });

  it("keeps the number format a cell already has, except a non-date format for a date", async () => {
    setup();
    const r = await write([["10%", "2024-01-31", "2024-01-31", "1,234"]], "values", "0.000");
    expect(r.values).toEqual([0.1, 45322, 45322, 1234]);
    expect(r.formats).toEqual(["0.000", "m/d/yyyy", "m/d/yyyy", "0.000"]);
    const dated = await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("S").getRange("F1");
      cell.numberFormat = [["yyyy-mm-dd"]];
      cell.values = [["1/2/2024"]];
      cell.load("values,numberFormat,text");
      await ctx.sync();
      return [cell.values[0][0], cell.numberFormat[0][0], cell.text[0][0]];
    });
    expect(dated).toEqual([45293, "yyyy-mm-dd", "2024-01-02"]);
  });

  it("gives every typed error literal the Error type, and its text when quoted", async () => {
    const errors = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
    setup();
    const r = await write([errors, errors.map((e) => `'${e}`)]);
    expect(r.values).toEqual([...errors, ...errors]);
    expect(r.types).toEqual([...errors.map(() => "Error"), ...errors.map(() => "String")]);
    expect(r.text).toEqual([...errors, ...errors]);
  });

  // [KB269370] "format the cells as text before you enter any data".
  it("keeps every string as text in a cell formatted @ before the value", async () => {
    const host = setup();
    const strings = [NIK, NIP, "00123", "10%", "1/2", "Jan-24", "TRUE", "#N/A", "=1+1", "'x"];
    const r = await write(column(strings), "values", "@");
    expect(r.values).toEqual(strings);
    expect(r.types).toEqual(strings.map(() => "String"));
    expect(r.text).toEqual(strings);
    expect(host.getFormulas("S", "A9")).toEqual([["=1+1"]]);
  });

  // [KB141765] Formatting a cell as text afterwards does not re-enter what it holds.
  it("does not turn a number back into text when @ is set after the value", async () => {
    setup();
    const r = await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("S").getRange("A1");
      cell.values = [["00123"]];
      cell.numberFormat = [["@"]];
      cell.load("values,valueTypes,text");
      await ctx.sync();
      return [cell.values[0][0], cell.valueTypes[0][0], cell.text[0][0]];
    });
    expect(r).toEqual([123, "Double", "123"]);
  });

  it("keeps Excel's other rules: formulas, +/-/@ formulas, empty strings and null", async () => {
    const host = setup();
    host.setValues("S", "A1", [[1, 2, 3, 4, 5, 6, 7]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A2:G2").values = [
        ["=A1*10", "+B1", "-1+2", "@SUM(A1:C1)", "- none -", "", null],
      ];
    });
    expect(host.getValues("S", "A2:G2")).toEqual([[10, 2, 1, 6, "- none -", "", ""]]);
    expect(host.getFormulas("S", "A2:D2")).toEqual([["=A1*10", "=+B1", "=-1+2", "=SUM(A1:C1)"]]);
  });

  // Office.js reads values as en-US typing (office-js #1559); the host also converts what the
  // workbook's own locale would (stricter).
  it("reads an id-ID workbook's strings as en-US typing, then as Indonesian", async () => {
    setup("id-ID");
    const r = await write(
      column(["1/2", "13/1", "1.234,5", "1,5", "1,234.5", "Rp1.000", "BENAR", "17-Agu-2024"])
    );
    expect(r.values).toEqual([
      dateSerial(YEAR, 1, 2),
      dateSerial(YEAR, 1, 13),
      1234.5,
      15,
      1234.5,
      1000,
      "BENAR",
      dateSerial(2024, 8, 17),
    ]);
    expect(r.text.slice(2, 6)).toEqual(["1.234,50", "15", "1.234,50", "Rp1.000"]);
  });
});
