/** The committed example workbooks are what scripts/make-examples.js writes today. */
import ExcelJS from "exceljs";
import { EXAMPLE_EMPLOYEES, EMPLOYEE_KPIS } from "../../src/examples/employees";
import { EXAMPLES } from "../../src/export/examples";
import { readSourceFromWorkbook } from "../../src/export/readSource";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { example, readXlsx, roundTrip } from "./helpers";

function cells(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out[`${ws.name}!${cell.address}`] = { value: cell.value, numFmt: cell.numFmt };
      })
    );
  }
  return out;
}

describe.each(Object.keys(EXAMPLES))("examples/%s", (file) => {
  it("is up to date (run node scripts/make-examples.js after changing the examples)", async () => {
    const committed = await readXlsx(example(file));
    const generated = await roundTrip(EXAMPLES[file]());
    expect(cells(committed)).toEqual(cells(generated));
    expect(committed.definedNames.model).toEqual(generated.definedNames.model);
  });
});

describe("examples/employees.xlsx", () => {
  it("is a valid long KPI table of six employees with CSS scores", async () => {
    const source = readSourceFromWorkbook(await readXlsx(example("employees.xlsx")));
    expect(source.label).toEqual({
      kind: "table",
      name: "Employees",
      address: "'Employees'!A1:J37",
    });
    const mapping = matchColumns(source.headers);
    expect(mapping).toMatchObject({ employee: 0, assessmentScore: 8, developmentScore: 9 });
    const { table, problems } = analyseSource(source, mapping);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(table!.rows).toHaveLength(EXAMPLE_EMPLOYEES.length * EMPLOYEE_KPIS.length);
    expect(new Set(table!.rows.map((r) => r.employee)).size).toBe(6);
  });
});
