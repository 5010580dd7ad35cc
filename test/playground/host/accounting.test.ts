/**
 * Request accounting and fault injection: sync counts, request sizes, the
 * 5 MB payload limit, failSyncAt leaving the workbook unchanged.
 */
import { DEFAULT_PAYLOAD_LIMIT, createHost, installExcelGlobal } from "../../../playground/host";

let restore: () => void;
afterEach(() => restore?.());

function setup() {
  const host = createHost({ sheets: { S: [["a", 1]] } });
  restore = installExcelGlobal(host);
  return host;
}

const block = (rows: number, cols: number, text: string): string[][] =>
  Array.from({ length: rows }, () => new Array<string>(cols).fill(text));

describe("sync accounting", () => {
  it("counts syncs and measures each request in UTF-8 bytes of its JSON", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A2:B2");
      r.values = [["é", 2]];
      await ctx.sync();
      r.values = [["x".repeat(1000), 2]];
      await ctx.sync();
    });
    expect(host.syncCount).toBe(3);
    expect(host.requests.map((q) => q.operations)).toEqual([3, 1, 0]);
    const [first, second, last] = host.requests.map((q) => q.bytes);
    expect(first).toBeGreaterThan(20);
    expect(second - first).toBeGreaterThan(900);
    expect(last).toBe(0);
    expect(host.largestRequestBytes).toBe(second);
    host.resetCounters();
    expect([host.syncCount, host.requests, host.largestRequestBytes]).toEqual([0, [], 0]);
  });

  it("counts one more byte per ASCII character written", async () => {
    const host = setup();
    const sizes: number[] = [];
    for (const text of ["abc", "abcd"]) {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("C1").values = [[text]];
      });
      sizes.push(host.requests[host.requests.length - 1].bytes);
    }
    expect(sizes[1] - sizes[0]).toBe(1);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded, applying nothing", async () => {
    const host = setup();
    expect(host.payloadLimitBytes).toBe(DEFAULT_PAYLOAD_LIMIT);
    const before = JSON.stringify(host.snapshot("S"));
    const error = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("D1").values = [["small"]];
      ws.getRange("A1:J6000").values = block(6000, 10, "x".repeat(100));
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(JSON.stringify(host.snapshot("S"))).toBe(before);
  });

  it("takes a configurable limit", async () => {
    const host = createHost({ sheets: { S: [] }, payloadLimitBytes: 1000 });
    await expect(
      host.run(
        async (ctx) =>
          void (ctx.workbook.worksheets.getItem("S").getRange("A1:A100").values = block(
            100,
            1,
            "abcdefghij"
          ))
      )
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    host.payloadLimitBytes = 10_000;
    await host.run(
      async (ctx) =>
        void (ctx.workbook.worksheets.getItem("S").getRange("A1:A100").values = block(
          100,
          1,
          "abcdefghij"
        ))
    );
    expect(host.getValues("S", "A100")).toEqual([["abcdefghij"]]);
  });
});

describe("failSyncAt", () => {
  it("fails the k-th sync from now with GeneralException and applies none of its operations", async () => {
    const host = setup();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1").format.font.bold = true;
    });
    const before = JSON.stringify(host.snapshotWorkbook());
    host.failSyncAt(2);
    const error = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("C1").values = [["first"]];
      await ctx.sync();
      ws.getRange("A1:B1").values = [["changed", 99]];
      ws.getRange("A1").format.fill.color = "red";
      ctx.workbook.worksheets.add("New");
      ws.getRange("A1:B1").numberFormat = [["0.00", "0%"]];
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    const after = host.snapshotWorkbook();
    expect(host.getValues("S", "C1")).toEqual([["first"]]);
    host.setValues("S", "C1", [[""]]);
    expect(JSON.stringify(host.snapshotWorkbook())).toBe(before);
    expect(after.sheets.map((s) => s.name)).toEqual(["S"]);
    // The failure is one-shot: the next sync goes through.
    await Excel.run(
      async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["ok"]])
    );
    expect(host.getValues("S", "A1")).toEqual([["ok"]]);
  });

  it("can inject another error code, e.g. cell-edit mode", async () => {
    const host = setup();
    host.failSyncAt(1, "InvalidOperationInCellEditMode");
    await expect(Excel.run(async () => undefined)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(host.syncCount).toBe(1);
  });
});
