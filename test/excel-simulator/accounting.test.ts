/**
 * What Excel on the web counts and refuses, measured on the real wire:
 * request and response sizes (the JSON of Microsoft's client's request body
 * and of the host's answer), the 5 MB limits on both, cell-edit mode, and
 * fault injection before or after a request runs.
 */
import { DEFAULT_PAYLOAD_LIMIT, createHost, installExcelGlobal } from "../../excel-simulator";

let restore: () => void;
afterEach(() => restore?.());

function setup(options: { payloadLimitBytes?: number } = {}) {
  const host = createHost({ sheets: { S: [["a", 1]] }, ...options });
  restore = installExcelGlobal(host);
  return host;
}

const block = (rows: number, cols: number, text: string): string[][] =>
  Array.from({ length: rows }, () => new Array<string>(cols).fill(text));

describe("sizes", () => {
  it("measures each request and response in UTF-8 bytes of its JSON", async () => {
    const host = setup();
    const sent: number[] = [];
    const process = host.processQuery.bind(host);
    host.processQuery = async (request) => {
      sent.push(Buffer.byteLength(JSON.stringify(request.body), "utf8"));
      const response = await process(request);
      expect(host.requests[host.requests.length - 1].responseBytes).toBe(
        Buffer.byteLength(response.body, "utf8")
      );
      return response;
    };
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A2:B2");
      r.values = [["é", 2]];
      await ctx.sync();
      r.values = [["x".repeat(1000), 2]];
      r.load("values");
      await ctx.sync();
    });
    expect(host.requests.map((q) => q.bytes)).toEqual(sent);
    expect(host.requests.map((q) => q.cleanup)).toEqual([false, false, true]);
    const [first, second] = host.requests;
    expect(first.bytes).toBeLessThan(1000);
    expect(second.bytes).toBeGreaterThan(1000);
    // The second response carries the 1,000 characters back.
    expect(second.responseBytes).toBeGreaterThan(1000);
    expect(host.largestRequestBytes).toBe(Math.max(...sent));
    host.resetCounters();
    expect([host.syncCount, host.requests, host.largestRequestBytes]).toEqual([0, [], 0]);
  });

  it("counts one more byte per ASCII character written", async () => {
    const host = setup();
    const sizes: number[] = [];
    for (const text of ["abc", "abcd"]) {
      host.resetCounters();
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("C1").values = [[text]];
      });
      sizes.push(host.requests[0].bytes);
    }
    expect(sizes[1] - sizes[0]).toBe(1);
  });
});

describe("the 5 MB limits (Excel on the web)", () => {
  it("is 5,000,000 bytes by default: never more than Excel's 5 MB", () => {
    expect(DEFAULT_PAYLOAD_LIMIT).toBe(5_000_000);
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded, applying nothing", async () => {
    const host = setup();
    const before = JSON.stringify(host.snapshot("S"));
    const error = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("D1").values = [["small"]];
      ws.getRange("A1:J6000").values = block(6000, 10, "x".repeat(100));
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.largestRequestBytes).toBeGreaterThan(5_000_000);
    expect(JSON.stringify(host.snapshot("S"))).toBe(before);
  });

  it("fails a response over 5 MB with ResponsePayloadSizeLimitExceeded after the request ran", async () => {
    const host = setup();
    host.setValues("S", "A1", block(6000, 10, "y".repeat(100)));
    const error = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("L1").values = [["written first"]];
      ws.getRange("A1:J6000").load("values");
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(host.largestResponseBytes).toBeGreaterThan(5_000_000);
    // The request ran: its write is in the workbook although the answer never arrived.
    expect(host.getValue("S", "L1")).toBe("written first");
  });

  it("takes a configurable limit", async () => {
    const host = setup({ payloadLimitBytes: 1000 });
    const write = () =>
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A100").values = block(
          100,
          1,
          "abcdefghij"
        );
      });
    await expect(write()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    host.payloadLimitBytes = 10_000;
    await write();
    expect(host.getValues("S", "A100")).toEqual([["abcdefghij"]]);
  });
});

describe("cell-edit mode", () => {
  it("refuses requests with InvalidOperationInCellEditMode, applying nothing, until the edit ends", async () => {
    const host = setup();
    host.beginCellEdit();
    const write = () =>
      Excel.run(
        async (ctx) =>
          void (ctx.workbook.worksheets.getItem("S").getRange("C1").values = [["typed"]])
      );
    await expect(write()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.getValue("S", "C1")).toBe("");
    host.endCellEdit();
    await write();
    expect(host.getValue("S", "C1")).toBe("typed");
  });
});

describe("failSyncAt", () => {
  it("'before': fails the k-th request with GeneralException and applies none of it", async () => {
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
    // The failure is one-shot: the next request goes through.
    await Excel.run(
      async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["ok"]])
    );
    expect(host.getValues("S", "A1")).toEqual([["ok"]]);
  });

  it("'after': runs the k-th request to the end, then loses the answer", async () => {
    const host = setup();
    host.failSyncAt(1, "GeneralException", "lost", "after");
    const error = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Made");
      await ctx.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(host.sheetNames()).toEqual(["S", "Made"]);
  });

  it("can inject another error code", async () => {
    const host = setup();
    host.failSyncAt(1, "InvalidOperationInCellEditMode");
    await expect(
      Excel.run(
        async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[1]])
      )
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.requests[0].error).toBe("InvalidOperationInCellEditMode");
  });
});
