import { createHost, installExcelGlobal } from "../../../playground/host";
import { installBuiltFunctions } from "../../../playground/host/node";
import * as path from "path";

test("smoke", async () => {
  const host = createHost({ sheets: { Sheet1: [["a", 1], ["b", 2], ["c", "=SUM(B1:B2)"]] } });
  expect(host.getValues("Sheet1", "A1:B3")).toEqual([["a", 1], ["b", 2], ["c", 3]]);
  installExcelGlobal(host);
  const out = await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const r = ws.getRange("B1:B3");
    r.load("values, address");
    await ctx.sync();
    ws.getRange("C1").values = [["=B3*10"]];
    ws.getRange("C1").format.font.bold = true;
    const c = ws.getRange("C1");
    c.load("values");
    await ctx.sync();
    return [r.values, r.address, c.values];
  });
  console.log(JSON.stringify(out), host.getCellFormat("Sheet1", "C1").bold, host.syncCount, host.requests);
  installBuiltFunctions(host, path.resolve(__dirname, "../../../dist"));
  host.setValues("Sheet1", "D1", [[148391, 1317000, "=BSC.ROA(D1,E1)", "=BSC.ROA(D1,0)", "=BSC.ROA(B1:B2,B1:B2)"]]);
  console.log(host.getValues("Sheet1", "D1:H2"), host.getCellError("Sheet1", "G1"));
});
