/**
 * The host's rule "a reference to a deleted sheet is #REF! for good", checked
 * on a file by LibreOffice: the formulas the host shows after a sheet is
 * deleted (`=#REF!B2*2`, as Excel writes them) are written with ExcelJS into
 * a workbook that again has a sheet of the deleted sheet's name, and
 * LibreOffice recalculates them. They must not find that sheet: each is an
 * error (IFERROR catches it), while a formula naming the sheet afresh reads
 * it. LibreOffice's code for them is #NAME? where Excel's is #REF!: its xlsx
 * import does not read `#REF!` as a sheet prefix, so only "an error, never
 * the re-added sheet's value" is compared, not the code.
 *
 * Names are not checked on the file: ExcelJS rewrites a name's `#REF!$B$2`
 * as `'#REF'!$B$2` (a sheet called "#REF"), which is not what Excel writes.
 * Needs soffice: without it this test fails, saying so.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { formulaOf, readXlsx, sheet } from "./helpers";
import { recalculateWithLibreOffice, requireSoffice } from "./libreoffice";

jest.setTimeout(120_000);

const FORMULAS = ["=Details!B2*2", "=SUM(Details!B2:B3)", "=IFERROR(Details!B2,-1)"];

let dir: string;
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it("a reference to a deleted sheet does not find a sheet of that name in the file", async () => {
  requireSoffice();
  const host = createHost({
    sheets: { Details: [[], [null, 80], [null, 60]], Summary: [FORMULAS] },
  });
  const restore = installExcelGlobal(host, globalThis);
  try {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Details").delete();
      await ctx.sync();
      ctx.workbook.worksheets.add("Details").getRange("B2:B3").values = [[5], [6]];
      await ctx.sync();
    });
  } finally {
    restore();
  }
  const formulas = host.getFormulas("Summary", "A1:C1")[0] as string[];
  expect(formulas).toEqual(["=#REF!B2*2", "=SUM(#REF!B2:B3)", "=IFERROR(#REF!B2,-1)"]);
  expect(host.getValues("Summary", "A1:C1")).toEqual([["#REF!", "#REF!", -1]]);

  // The same workbook as a file: the formulas as Excel writes them, the re-added sheet, and a
  // control formula that names the sheet afresh.
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet("Summary");
  const details = workbook.addWorksheet("Details");
  details.getCell("B2").value = 5;
  details.getCell("B3").value = 6;
  formulas.forEach((f, i) => (summary.getCell(1, i + 1).value = { formula: f.slice(1) }));
  summary.getCell("D1").value = { formula: "Details!B2*2" };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-lo-refs-"));
  const file = path.join(dir, "refs.xlsx");
  await workbook.xlsx.writeFile(file);
  const [converted] = await recalculateWithLibreOffice([file], path.join(dir, "calc"));
  const calc = sheet(await readXlsx(converted), "Summary");

  const result = (address: string) => formulaOf(calc.getCell(address))?.result;
  for (const address of ["A1", "B1"]) {
    expect(result(address)).toEqual({ error: expect.stringMatching(/^#/) });
    // The formula LibreOffice writes back still has no sheet: it was not re-attached.
    expect(formulaOf(calc.getCell(address))!.formula.toLowerCase()).toContain("#ref!");
    expect(formulaOf(calc.getCell(address))!.formula).not.toContain("Details");
  }
  expect(result("C1")).toBe(-1);
  expect(result("D1")).toBe(10);
});
