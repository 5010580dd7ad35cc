/**
 * The command line's streaming writer (src/export/streamWorkbook.ts) writes
 * the file the in-memory writer writes: both read back with ExcelJS, sheet by
 * sheet and cell by cell (values, formulas, styles), with the same column
 * widths, views, print set-up, conditional formats, tables, defined names and
 * calculation flag. Inputs: the committed examples, and one with a merged,
 * styled title and a data validation in the user's sheet.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { BuildWorkbookOptions, buildWorkbook, planWorkbook } from "../../src/export/buildWorkbook";
import { streamWorkbook } from "../../src/export/streamWorkbook";
import { example, readXlsx } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-stream-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Internals = {
  conditionalFormattings: unknown[];
  tables: Record<string, { model: Record<string, unknown> }>;
  dataValidations: { model: unknown };
};

/** Everything of a sheet the two writers must agree on, as plain data. */
function describeSheet(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, cell.type, cell.value, cell.style, cell.isMerged])
    )
  );
  const internals = ws as unknown as Internals;
  const tables = Object.values(internals.tables).map((t) => {
    const { name, tableRef, columns, style, headerRow, totalsRow } = t.model;
    return { name, tableRef, columns, style, headerRow, totalsRow };
  });
  return {
    name: ws.name,
    state: ws.state,
    cells,
    columns: (ws.columns ?? []).map((c) => [c.width, c.hidden]),
    views: ws.views,
    pageSetup: ws.pageSetup,
    tabColor: ws.properties.tabColor,
    merges: (ws.model as unknown as { merges: string[] }).merges,
    conditionalFormats: internals.conditionalFormattings,
    validations: internals.dataValidations.model,
    tables,
    autoFilter: ws.autoFilter,
  };
}

function describeWorkbook(wb: ExcelJS.Workbook) {
  return {
    sheets: wb.worksheets.map(describeSheet),
    names: wb.definedNames.model,
    views: wb.views,
    calc: wb.calcProperties,
  };
}

async function bothWays(input: () => Promise<ExcelJS.Workbook>, options: BuildWorkbookOptions) {
  const memory = await input();
  const result = buildWorkbook(memory, options);
  const memoryFile = path.join(dir, "memory.xlsx");
  await memory.xlsx.writeFile(memoryFile);
  const streamed = await input();
  const { plans } = planWorkbook(streamed, options);
  expect(plans.map((p) => p.name)).toEqual(result.sheets);
  const streamFile = path.join(dir, "stream.xlsx");
  let rows = 0;
  await streamWorkbook(streamed, plans, streamFile, { progress: () => rows++ });
  return { memory: await readXlsx(memoryFile), stream: await readXlsx(streamFile), rows };
}

describe("the streaming writer writes what the in-memory writer writes", () => {
  it("seed 003: the Data sheet with its table and formulas, the scorecard sheet", async () => {
    const { memory, stream, rows } = await bothWays(() => readXlsx(example("seed003.xlsx")), {});
    expect(stream.worksheets.map((w) => w.name)).toEqual(["Data", "Balanced Scorecard"]);
    expect(describeWorkbook(stream)).toEqual(describeWorkbook(memory));
    // Something to compare: the Data table and the scorecard's overall name.
    expect(describeSheet(stream.worksheets[0]).tables.map((t) => t.name)).toEqual(["KPIs_Data"]);
    expect(stream.definedNames.model.map((n) => n.name)).toContain(
      "BSC_Overall_Balanced_Scorecard"
    );
    // ExcelJS does not read calcPr back: the part itself says it.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "stream.xlsx")));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(
      '<calcPr calcId="171027" fullCalcOnLoad="1"/>'
    );
    expect(rows).toBeGreaterThan(20);
  });

  it("six employees with per-employee sheets, CSS and GCR, in Indonesian", async () => {
    const { memory, stream } = await bothWays(() => readXlsx(example("employees.xlsx")), {
      sheetPerEmployee: true,
      gcrMinimumScore: 70,
      language: "id",
    });
    expect(stream.worksheets).toHaveLength(9);
    const summary = describeSheet(stream.worksheets[1]);
    expect(summary.tables).toHaveLength(1);
    expect(summary.conditionalFormats.length).toBeGreaterThan(0);
    expect(describeWorkbook(stream)).toEqual(describeWorkbook(memory));
  });

  it("keeps a merged, styled title and a data validation of the user's sheet", async () => {
    const make = async () => {
      const wb = await readXlsx(example("employees.xlsx"));
      const notes = wb.addWorksheet("Notes");
      notes.getCell("A1").value = "Team notes";
      notes.getCell("A1").font = { bold: true, size: 14 };
      notes.getCell("B1").border = { right: { style: "thin" } };
      notes.mergeCells("A1:B1");
      notes.getCell("A3").value = 3;
      notes.getCell("A3").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
      notes.getCell("C5").dataValidation = { type: "list", formulae: ['"yes,no"'] };
      notes.getCell("C5").value = "yes";
      notes.getColumn(1).width = 30;
      const file = path.join(dir, "notes-in.xlsx");
      await wb.xlsx.writeFile(file);
      return readXlsx(file);
    };
    const { memory, stream } = await bothWays(make, {});
    const notes = describeSheet(stream.getWorksheet("Notes")!);
    expect(notes.merges).toEqual(["A1:B1"]);
    expect(stream.getWorksheet("Notes")!.getCell("A3").fill).toMatchObject({
      fgColor: { argb: "FFFFFF00" },
    });
    expect(describeWorkbook(stream)).toEqual(describeWorkbook(memory));
  });
});
