/**
 * The pane's numbers follow the workbook: readNumberLocale asks Excel for its
 * culture and separators (ExcelApi 1.11) and falls back to Office's content
 * language on older hosts.
 */
import { HostOptions, OfficeOptions, createHost, installExcelGlobal } from "../../excel-simulator";
import { readNumberLocale } from "../../src/excel/culture";
import { readSource } from "../../src/excel/readSource";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { SEED_HEADERS, seedRows } from "../support/seedSource";

let restore: () => void;
afterEach(() => restore?.());

function setup(culture: string | undefined, host: HostOptions = {}, office: OfficeOptions = {}) {
  restore = installExcelGlobal(createHost({ culture, ...host }), globalThis, office);
}

describe("readNumberLocale", () => {
  it("reads an Indonesian workbook's culture and separators", async () => {
    setup("id-ID");
    expect(await readNumberLocale()).toEqual({ locale: "id-ID", decimal: ",", group: "." });
  });

  it("reads an English workbook's", async () => {
    setup("en-US");
    expect(await readNumberLocale()).toEqual({ locale: "en-US", decimal: ".", group: "," });
  });

  it("uses Office's content language where ExcelApi 1.11 is missing", async () => {
    setup("en-US", { excelApi: "1.10" }, { contentLanguage: "id-ID" });
    expect(await readNumberLocale()).toEqual({ locale: "id-ID", decimal: ",", group: "." });
  });
});

describe("names that are numbers", () => {
  it("are read as the workbook shows them: a date period, a zero-padded employee number", async () => {
    const host = createHost({
      sheets: {
        Data: [
          ["Employee", "Period", ...SEED_HEADERS],
          ...seedRows().map((row) => [123, 45292, ...row]),
        ],
      },
    });
    const undo = installExcelGlobal(host);
    restore = undo;
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A2:A5").numberFormat = [["00000"], ["00000"], ["00000"], ["00000"]];
      ws.getRange("B2:B5").numberFormat = [["mmm-yy"], ["mmm-yy"], ["mmm-yy"], ["mmm-yy"]];
      await ctx.sync();
    });
    host.setSelection("Data", "A1:I5");
    const source = await readSource({ kind: "selection", id: "" });
    const { table } = analyseSource(source, matchColumns(source.headers));
    expect(table!.rows.map((r) => [r.employee, r.period])).toEqual(
      Array.from({ length: 4 }, () => ["00123", "Jan-24"])
    );
    // The values themselves stay numbers for the formulas.
    expect(source.values[0].slice(0, 2)).toEqual([123, 45292]);
  });
});
