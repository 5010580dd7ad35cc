/** The one function both readers feed: a fetched block of cells → the source table. */
import { toSourceTable } from "../../src/scorecard/sourceTable";

const grid = {
  sheetName: "Data",
  top: 2,
  left: 1,
  values: [
    ["KPI", 45292, 7, "", true],
    ["Retention", 0.5, 0.123456, "", false],
  ],
  formulas: [
    ["KPI", 45292, 7, "", true],
    ["Retention", "=A1/2", 0.123456, null, false],
  ],
  text: [
    ["KPI", "Jan-24", "####", "", "TRUE"],
    ["Retention", "50%", "0.12", "", "FALSE"],
  ],
  label: { kind: "table" as const, name: "KPIs", address: "'Data'!B3:F4" },
};

describe("toSourceTable", () => {
  it("reads headers as Excel shows them, except #### and blanks", () => {
    expect(toSourceTable(grid).headers).toEqual(["KPI", "Jan-24", "7", "", "true"]);
  });

  it("keeps values and texts of the data rows, formulas as text", () => {
    const source = toSourceTable(grid);
    expect(source).toMatchObject({ sheetName: "Data", top: 2, left: 1, label: grid.label });
    expect(source.values).toEqual([["Retention", 0.5, 0.123456, "", false]]);
    expect(source.formulas).toEqual([["Retention", "=A1/2", "0.123456", "", "false"]]);
    expect(source.texts).toEqual([["Retention", "50%", "0.12", "", "FALSE"]]);
  });

  it("reads an empty block as a table without headers or rows", () => {
    const source = toSourceTable({ ...grid, values: [], formulas: [], text: [] });
    expect(source).toMatchObject({ headers: [], values: [], formulas: [], texts: [] });
  });
});
