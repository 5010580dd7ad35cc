/**
 * Scorecard builds under hostile tables and faults, on the simulated host: the
 * user's sheets stay byte-for-byte unchanged, a build adds exactly the sheets
 * it planned (and nothing when it fails), and text is never evaluated.
 */
import fc from "fast-check";
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { writePlans } from "../../src/excel/writePlans";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { sanitizeSheetName } from "../../src/scorecard/sheetNames";
import { DEFAULT_BUILD_OPTIONS, SourceValue } from "../../src/scorecard/types";
import { SEED_HEADERS, seedRows, sourceTable } from "../support/seedSource";

const hostileText = fc.oneof(
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\tTabbed",
    "\rReturn",
    "مؤشر الاحتفاظ",
    "שימור לקוחות",
    "Retensi 😀 ✓",
    "'quoted'",
    "=1/0"
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constant("K".repeat(32767))
);

/** The seed table with hostile KPI names and perspective names, and blank rows in between. */
const hostileTable = fc
  .record({
    kpis: fc.array(hostileText, { minLength: 4, maxLength: 4 }),
    perspectives: fc.array(hostileText, { minLength: 3, maxLength: 3 }),
    blankAfter: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    title: fc.oneof(
      hostileText,
      fc.constantFrom("Q1/Q2: [draft]*?", "History", "'x'", "a".repeat(40))
    ),
  })
  .map(({ kpis, perspectives, blankAfter, title }) => {
    const names = [perspectives[0], perspectives[0], perspectives[1], perspectives[2]];
    const rows: SourceValue[][] = [];
    seedRows().forEach((row, i) => {
      rows.push([names[i], row[1], kpis[i], row[3], row[4], row[5], row[6]]);
      if (blankAfter[i]) rows.push([null, null, null, null, null, null, null]);
    });
    return { rows, title };
  });

async function typeTable(rows: SourceValue[][]) {
  const host = createHost({ sheets: { Data: [], Notes: [["keep me"], [42]] } });
  const restore = installExcelGlobal(host, globalThis);
  // Text cells as a user's workbook holds them: Text-formatted, so "=..." stays text.
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const all = [SEED_HEADERS, ...rows];
    const range = sheet.getRangeByIndexes(0, 0, all.length, SEED_HEADERS.length);
    range.numberFormat = all.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));
    range.values = all.map((r) => r.map((v) => (v === null ? "" : v)));
    await context.sync();
  });
  return { host, restore };
}

describe("builds from hostile tables", () => {
  it("never change the user's sheets, add exactly the planned sheets, and keep text literal", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileTable,
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        async ({ rows, title }, failAt) => {
          const { host, restore } = await typeTable(rows);
          try {
            const before = { data: host.snapshot("Data"), notes: host.snapshot("Notes") };
            const source = sourceTable(SEED_HEADERS, rows);
            const { table, problems } = analyseSource(source, matchColumns(SEED_HEADERS));
            if (!table) {
              // Blank (white-space) names, duplicates, or two perspectives given one name are refused,
              // each error pointing at a cell of the user's table; nothing is written.
              const errors = problems.filter((p) => p.severity === "error");
              expect(errors.length).toBeGreaterThan(0);
              for (const e of errors) expect(e.address).toMatch(/^'Data'![A-G]\d+(:[A-G]\d+)?$/);
              expect(host.sheetNames()).toEqual(["Data", "Notes"]);
              return;
            }
            const plans = buildPlans(table, { ...DEFAULT_BUILD_OPTIONS, title }, host.sheetNames());
            expect(plans[0].name).toBe(sanitizeSheetName(title));
            if (failAt !== undefined) host.failSyncAt(failAt);
            const outcome = await writePlans(plans).then(
              () => "built",
              () => "failed"
            );
            const expected =
              outcome === "built"
                ? ["Data", "Notes", ...plans.map((p) => p.name)]
                : ["Data", "Notes"];
            expect(host.sheetNames()).toEqual(expected);
            expect(host.snapshot("Data")).toEqual(before.data);
            expect(host.snapshot("Notes")).toEqual(before.notes);
            if (outcome === "built") {
              const kpiCells = host.getValues(plans[0].name, "A7:A7");
              expect(kpiCells[0][0]).toBe(table.rows[0].kpi);
              expect(host.getValue(plans[0].name, "I13")).toBeCloseTo(57.85, 2);
            }
          } finally {
            restore();
          }
        }
      ),
      { numRuns: 25 }
    );
  }, 180_000);
});

describe("large and odd inputs", () => {
  it.each([
    "",
    "   ",
    "History",
    "a:b\\c/d?e*f[g]h",
    "''",
    "x".repeat(100),
    "\u0000\u0007tab\tname",
  ])("sanitises the sheet name %j into one Excel accepts", (name) => {
    const s = sanitizeSheetName(name);
    expect(s.length).toBeGreaterThan(0);
    expect(Array.from(s).length).toBeLessThanOrEqual(31);
    expect(s).not.toMatch(/[:\\/?*[\]\u0000-\u001f]/);
    expect(s).not.toMatch(/^'|'$/);
    expect(s.toLowerCase()).not.toBe("history");
  });
});
