/** Reading a KPI table from an xlsx file into the SourceTable contract. */
import ExcelJS from "exceljs";
import {
  readSourceDetailed,
  readSourceFromWorkbook,
  SourceError,
} from "../../src/export/readSource";
import { MONTHS, SEED003_KPIS } from "../../src/examples/seed003";
import { seed003Table } from "../../src/scorecard/exampleTables";
import { matchColumns } from "../../src/scorecard/headers";
import { example, readXlsx } from "./helpers";

describe("examples/seed003.xlsx", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readXlsx(example("seed003.xlsx"));
  });

  it("finds the KPI table (an Excel table) and reads headers, values and formulas", () => {
    const source = readSourceFromWorkbook(workbook);
    expect(source).toMatchObject({
      sheetName: "Data",
      top: 0,
      left: 0,
      label: { kind: "table", name: "KPIs_Data", address: "'Data'!A1:G5" },
    });
    const seed = seed003Table();
    expect(source.headers).toEqual(seed.headers);
    expect(source.values.map((r) => r.slice(0, 6))).toEqual(seed.rows.map((r) => r.slice(0, 6)));
    expect(source.formulas[0].slice(0, 2)).toEqual(["Customer", "0.35"]);
    // The actuals are formulas over the monthly ratios, with their results.
    expect(source.formulas.map((r) => r[6])).toEqual([
      "=AVERAGE(B11:M11)",
      "=AVERAGE(B14:M14)",
      "=AVERAGE(B17:M17)",
      "=AVERAGE(B20:M20)",
    ]);
    SEED003_KPIS.forEach((k, i) => expect(source.values[i][6]).toBeCloseTo(k.actual, 14));
    expect(matchColumns(source.headers)).toMatchObject({ perspective: 0, actual: 6 });
  });

  it("reads the cached results: nothing had to be computed", () => {
    expect(readSourceDetailed(workbook)).toMatchObject({ computed: [], uncomputed: [] });
  });

  it("reads a named table, a range or a sheet's region on request", () => {
    expect(readSourceFromWorkbook(workbook, { table: "kpis_data" }).values).toHaveLength(4);
    const range = readSourceFromWorkbook(workbook, { range: "Data!A8:M10" });
    expect(range).toMatchObject({
      top: 7,
      left: 0,
      label: { kind: "range", address: "'Data'!A8:M10" },
    });
    expect(range.headers).toEqual(["Series", ...MONTHS]);
    expect(range.values[0]).toEqual([
      "Inactive participants",
      ...SEED003_KPIS[0].monthly.map((m) => m[0]),
    ]);
    expect(range.formulas[1][0]).toBe("Active participants");
    const region = readSourceFromWorkbook(workbook, { sheet: "data" });
    expect(region.label).toEqual({ kind: "range", address: "'Data'!A1:G5" }); // the region ends at the blank row 6
  });

  it("names what does not exist", () => {
    expect(() => readSourceFromWorkbook(workbook, { sheet: "Nope" })).toThrow(
      /no sheet "Nope" \(sheets: "Data"\)/
    );
    expect(() => readSourceFromWorkbook(workbook, { table: "T" })).toThrow(
      /no table "T" \(tables: "KPIs_Data"\)/
    );
    expect(() => readSourceFromWorkbook(workbook, { range: "A1:" })).toThrow(SourceError);
  });
});

describe("cell values as Office.js reports them", () => {
  function workbookWith(rows: ExcelJS.CellValue[][]): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("A1").value = "Note above the table";
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 3, c + 2).value = v)));
    return workbook;
  }

  it("reads blanks, text, numbers, booleans, errors, rich text, dates and formulas", () => {
    const workbook = workbookWith([
      ["H1", "H2", "H3", "H4"],
      [
        null,
        { richText: [{ text: "ab" }, { text: "c" }] },
        true,
        { error: "#N/A" } as ExcelJS.CellErrorValue,
      ],
      [
        new Date(Date.UTC(2024, 0, 1)),
        { formula: "B5*2", result: 7 },
        { formula: "C5+1" },
        { formula: "FOO()" },
      ],
      [1, null, null, null],
    ]);
    workbook.getWorksheet("S")!.getCell("B5").value = 3;
    const read = readSourceDetailed(workbook, { range: "B3:E6" });
    expect(read.source.values).toEqual([
      ["", "abc", true, "#N/A"],
      [3, 7, 8, ""],
      [1, "", "", ""],
    ]);
    expect(read.source.formulas[1]).toEqual(["3", "=B5*2", "=C5+1", "=FOO()"]);
    // D5 has no cached result and is computed from C5's; FOO() is not something this reader computes.
    expect(read.computed).toEqual(["'S'!D5"]);
    expect(read.uncomputed).toEqual(["'S'!E5"]);
  });

  it("computes simple formulas that have no cached result", () => {
    const workbook = workbookWith([
      ["KPI", "Actual"],
      ["A", { formula: "SUM(D4:E4)/COUNT(D4:E4)" }, 2, 4],
    ]);
    const read = readSourceDetailed(workbook, { range: "B3:C4" });
    expect(read.source.values[0][1]).toBe(3);
    expect(read.computed).toEqual(["'S'!C4"]);
  });

  it("dates are serial numbers", () => {
    const workbook = workbookWith([["D"], [new Date(Date.UTC(2024, 0, 1))]]);
    expect(readSourceFromWorkbook(workbook, { range: "B3:B4" }).values[0][0]).toBe(45292);
  });
});
