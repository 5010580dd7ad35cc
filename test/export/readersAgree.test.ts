/**
 * One workbook, two readers: the Office.js reader (src/excel/readSource.ts,
 * through Microsoft's client against the simulated Excel) and the file reader
 * (src/export/readSource.ts, on the same workbook saved as xlsx, as the
 * playground's "Download .xlsx" saves it) give the same source table, and so
 * the same analysis: headers as Excel shows them (a date header is "Jan-24"),
 * names that are numbers as shown (an employee number "00123", a period
 * "Feb-24").
 */
import { problemMessage } from "../../src/scorecard/messages";
import { officeWorkbookService as service } from "../../src/excel/officeWorkbookService";
import { readSourceFromWorkbook } from "../../src/export/readSource";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import type { SourceTable } from "../../src/scorecard/types";
import { hostToWorkbook } from "../../playground/export/hostToWorkbook";
import { HostFixture, withHost } from "../excel/hostFixture";
import { roundTrip } from "./helpers";

const JAN_2024 = 45292; // 1 January 2024
const FEB_2024 = 45323;

/** Employee numbers and a date column: numbers Excel shows as names. */
const ROWS: unknown[][] = [
  [
    "Employee",
    "Period",
    "Perspective",
    "Perspective weight",
    "KPI",
    "KPI weight",
    "Value at 50",
    "Value at 100",
    "Actual",
    JAN_2024,
  ],
  [123, FEB_2024, "Customer", 0.6, "Retention", 1, 0.5, 0.9, 0.8, 1],
  [123, FEB_2024, "Finance", 0.4, "Revenue", 1, 100, 200, 150, 2],
  [4567, FEB_2024, "Customer", 1, "Retention", 1, 0.5, 0.9, 0.7, 3],
];

let fixture: HostFixture | undefined;
afterEach(() => {
  fixture?.restore();
  fixture = undefined;
});

/** The workbook in the simulated Excel, formatted by Office.js as a user would. */
async function workbook(): Promise<HostFixture> {
  const f = withHost({ Data: ROWS });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("J1").numberFormat = [["mmm-yy"]];
    sheet.getRange("A2:A4").numberFormat = [["00000"], ["00000"], ["00000"]];
    sheet.getRange("B2:B4").numberFormat = [["mmm-yy"], ["mmm-yy"], ["mmm-yy"]];
    sheet.getRange("D2:D4").numberFormat = [["0%"], ["0%"], ["0%"]];
    sheet.getRange("A:J").format.autofitColumns();
    await context.sync();
  });
  f.host.setSelection("Data", "A1:J4");
  return f;
}

const readByOffice = (): Promise<SourceTable> => service.readSource({ kind: "selection", id: "" });

describe("the Office.js reader and the file reader agree", () => {
  it("on headers, values, formulas and the texts of names, a date header included", async () => {
    fixture = await workbook();
    const office = await readByOffice();
    const file = readSourceFromWorkbook(await roundTrip(hostToWorkbook(fixture.host)), {
      range: "Data!A1:J4",
    });
    expect(office.headers[9]).toBe("Jan-24");
    expect(file.headers).toEqual(office.headers);
    expect(file.values).toEqual(office.values);
    expect(file.formulas).toEqual(office.formulas);
    const names = (s: SourceTable) => s.texts!.map((row) => row.slice(0, 2));
    expect(names(office)).toEqual([
      ["00123", "Feb-24"],
      ["00123", "Feb-24"],
      ["04567", "Feb-24"],
    ]);
    expect(names(file)).toEqual(names(office));
    expect(file.texts).toEqual(office.texts);
  });

  it("so the analysis is the same: names as shown, the date column's header in its warning", async () => {
    fixture = await workbook();
    const office = await readByOffice();
    const file = readSourceFromWorkbook(await roundTrip(hostToWorkbook(fixture.host)));
    const analyse = (s: SourceTable) => analyseSource(s, matchColumns(s.headers));
    const a = analyse(office);
    const b = analyse(file);
    const rows = (x: typeof a) =>
      x.table!.rows.map((r) => [r.employee, r.period, r.perspective, r.kpi, r.actual]);
    expect(rows(a)).toEqual([
      ["00123", "Feb-24", "Customer", "Retention", 0.8],
      ["00123", "Feb-24", "Finance", "Revenue", 150],
      ["04567", "Feb-24", "Customer", "Retention", 0.7],
    ]);
    expect(rows(b)).toEqual(rows(a));
    const messages = (x: typeof a) => x.problems.map((p) => problemMessage(p, "en"));
    expect(messages(a)).toContain('Column "Jan-24" is not used.');
    expect(messages(b)).toEqual(messages(a));
  });
});
