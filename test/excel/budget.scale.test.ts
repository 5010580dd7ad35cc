/**
 * Builds at scale stay under the writer's byte budget on the wire (what
 * src/excel/wireCost.ts estimates, against the requests Microsoft's client
 * really sends): hundreds of employees, ASCII and long CJK names.
 */
import { SimulatedHost, createHost, installExcelGlobal } from "../../excel-simulator";
import { writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { multiEmployeeSource } from "../support/seedSource";

let restore: (() => void) | undefined;
afterEach(() => restore?.());

function setup(sheets: Record<string, unknown[][]>): SimulatedHost {
  const host = createHost({ sheets });
  restore = installExcelGlobal(host);
  return host;
}

describe("builds stay under their budget on the wire", () => {
  const budget = 256 * 1024;
  it.each([
    ["1,000 employees, ASCII names", (i: number) => `Employee ${i}`, 1000],
    ["400 employees, long CJK names", (i: number) => `指標 ${i} ${"保留率".repeat(60)}`, 400],
  ])(
    "%s",
    async (_, name, count) => {
      const source = multiEmployeeSource(Array.from({ length: count }, (_, i) => name(i)));
      const host = setup({ Data: [[...source.headers], ...source.values.map((row) => [...row])] });
      const { table } = analyseSource(source, matchColumns(source.headers));
      const plans = buildPlans(table!, { ...DEFAULT_BUILD_OPTIONS, sheetPerEmployee: false }, [
        "Data",
      ]);
      host.resetCounters();
      await writePlans(plans, [], undefined, budget);
      const writes = host.requests.filter((r) => !r.cleanup);
      expect(writes.length).toBeGreaterThan(2);
      // Every request the build sends (the first, reading what exists, is small), within 10% of the budget.
      expect(Math.max(...writes.map((r) => r.bytes))).toBeLessThan(budget * 1.1);
    },
    120_000
  );
});

describe("the chunked writer", () => {
  it("keeps every request under the budget when names are not ASCII", async () => {
    const name = (i: number) => `指標 ${i} ${"保留率".repeat(60)}`;
    const source = multiEmployeeSource(Array.from({ length: 400 }, (_, i) => name(i)));
    const host = createHost({
      sheets: { Data: [[...source.headers], ...source.values.map((row) => [...row])] },
    });
    const restore = installExcelGlobal(host, globalThis);
    try {
      const { table } = analyseSource(source, matchColumns(source.headers));
      const plans = buildPlans(table!, DEFAULT_BUILD_OPTIONS, ["Data"]);
      const budget = 256 * 1024;
      host.resetCounters();
      await writePlans(plans, [], undefined, budget);
      expect(host.getValue(plans[0].name, "A403")).toBe(name(399));
      // The budget is for the cells; each request also carries its actions' own JSON.
      expect(host.largestRequestBytes).toBeLessThan(budget * 1.1);
      expect(host.syncCount).toBeGreaterThan(3);
    } finally {
      restore();
    }
  }, 60_000);
});
