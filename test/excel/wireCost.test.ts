/**
 * The writer's estimate of what its calls cost on the wire (src/excel/wireCost.ts)
 * against the requests Microsoft's client really sends: an estimate may only
 * err on the large side, so a build's requests stay under its budget.
 */
import { SimulatedHost, createHost, installExcelGlobal } from "../../excel-simulator";
import { blockWriteBytes, formatBytes, rangeBytes, setBytes } from "../../src/excel/wireCost";
import type { RangeFormat } from "../../src/scorecard/plan";

let restore: (() => void) | undefined;
afterEach(() => restore?.());

function setup(sheets: Record<string, unknown[][]> = { S: [] }): SimulatedHost {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

/** Bytes of one Excel.run's first request with `queue` in it, less the same request without. */
async function measured(
  host: SimulatedHost,
  queue: (sheet: Excel.Worksheet) => void
): Promise<number> {
  const size = async (withIt: boolean) => {
    host.resetCounters();
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      sheet.load("name");
      if (withIt) queue(sheet);
      await ctx.sync();
    });
    return host.requests[0].bytes;
  };
  return (await size(true)) - (await size(false));
}

describe("estimates against Microsoft's client", () => {
  it.each<[string, RangeFormat]>([
    ["bold header", { address: "A4:N4", bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" }],
    [
      "a bordered total",
      { address: "A20:N20", bold: true, borders: ["top", "bottom"], borderColor: "#000000" },
    ],
    ["wrapped centred text", { address: "B5:B300", wrapText: true, horizontalAlignment: "Center" }],
    ["italic note", { address: "A2", italic: true, fontSize: 9 }],
  ])("a format (%s) costs no more than its estimate", async (_, f) => {
    const host = setup();
    const real = await measured(host, (sheet) => {
      const format = sheet.getRange(f.address).format;
      if (f.bold !== undefined) format.font.bold = f.bold;
      if (f.italic !== undefined) format.font.italic = f.italic;
      if (f.fontColor) format.font.color = f.fontColor;
      if (f.fontSize) format.font.size = f.fontSize;
      if (f.fill) format.fill.color = f.fill;
      if (f.horizontalAlignment)
        format.horizontalAlignment = f.horizontalAlignment as Excel.HorizontalAlignment;
      if (f.wrapText !== undefined) format.wrapText = f.wrapText;
      for (const edge of f.borders ?? []) {
        const border = format.borders.getItem(
          (edge === "top" ? "EdgeTop" : "EdgeBottom") as Excel.BorderIndex
        );
        border.style = "Continuous" as Excel.BorderLineStyle;
        if (f.borderColor) border.color = f.borderColor;
      }
    });
    expect(real).toBeGreaterThan(0);
    expect(formatBytes(f)).toBeGreaterThanOrEqual(real);
    // ... and not wildly so: the budget would waste requests.
    expect(formatBytes(f)).toBeLessThan(real * 2);
  });

  it("a 2D write over 1,500 cells (split by the client into chunks of its own) costs no more than its estimate", async () => {
    const host = setup();
    const rows = Array.from({ length: 3000 }, (_, r) => [
      r,
      `KPI ${r}`,
      { formula: `=A${r + 1}*2` },
    ]);
    const sent = rows.map(([a, b, c]) => [a, `'${b}`, (c as { formula: string }).formula]);
    const payload = Buffer.byteLength(JSON.stringify(sent), "utf8");
    const real = await measured(host, (sheet) => {
      sheet.getRangeByIndexes(0, 0, 3000, 3).formulas = sent;
    });
    const estimate = blockWriteBytes("A1:C3000", 3000, 3, payload);
    expect(estimate).toBeGreaterThanOrEqual(real);
    expect(estimate).toBeLessThan(real * 1.1);
  });

  it("a range and a set cost no more than their estimates", async () => {
    const host = setup();
    const real = await measured(host, (sheet) => {
      sheet.getRange("AB12:AC300").format.columnWidth = 64;
    });
    expect(rangeBytes("AB12:AC300") + 140 + setBytes(64)).toBeGreaterThanOrEqual(real);
  });
});
