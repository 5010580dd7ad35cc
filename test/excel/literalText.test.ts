/**
 * Literal text from the user's source (employee, perspective, KPI names, period
 * labels, the title) arrives unchanged, as text, in every sheet a build writes,
 * in an en-US and an id-ID workbook, although the simulated host reads every
 * string written through Office.js as typed input (excel-simulator/typedInput):
 * a 16-digit NIK, an 18-digit NIP, "00123", "1/2", "10%", "TRUE", "#N/A", ...
 * would otherwise become numbers, dates, booleans and errors.
 */
import { createHost, installExcelGlobal, SimulatedHost } from "../../excel-simulator";
import { officeWorkbookService as service } from "../../src/excel/officeWorkbookService";
import { analyseSource } from "../../src/scorecard/analyse";
import { buildPlans } from "../../src/scorecard/buildPlans";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { SheetPlan } from "../../src/scorecard/plan";
import { previewScorecard } from "../../src/scorecard/preview";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  KpiTable,
  SourceValue,
} from "../../src/scorecard/types";
import { LITERALS, literal, literalEmployees, literalRows } from "../support/literals";
import { SEED_HEADERS } from "../support/seedSource";

jest.setTimeout(120_000);

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Types a table into "Data" as a user's workbook holds text: Text-formatted cells, so nothing is converted. */
async function typedWorkbook(culture: string, table: SourceValue[][]): Promise<SimulatedHost> {
  const host = createHost({ sheets: { Data: [] }, culture });
  restore = installExcelGlobal(host, globalThis);
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Data")
      .getRangeByIndexes(0, 0, table.length, table[0].length);
    range.numberFormat = table.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));
    range.values = table.map((r) => r.map((v) => (v === null ? "" : v)));
    await context.sync();
  });
  const address = `A1:${String.fromCharCode(64 + table[0].length)}${table.length}`;
  // `formulas` reads constants as stored (`values` goes through HyperFormula's output rounding).
  expect(host.getFormulas("Data", address)).toEqual(
    table.map((r) => r.map((v) => (v === null ? "" : v)))
  );
  host.setSelection("Data", address);
  return host;
}

async function readTable(): Promise<KpiTable> {
  const source = await service.readSource({ kind: "selection", id: "" });
  const { table, problems } = analyseSource(source, matchColumns(source.headers));
  if (!table) throw new Error(problems.map((p) => problemMessage(p, "en")).join("; "));
  return table;
}

interface Cell {
  readonly value: unknown;
  readonly formula: unknown;
  readonly type: string;
}

/** Values, formulas and value types of a block of a written sheet. */
async function readBlock(sheet: string, rows: number, columns: number): Promise<Cell[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(0, 0, rows, columns)
      .load("values,formulas,valueTypes");
    await context.sync();
    return range.values.map((row, r) =>
      row.map((value, c) => ({
        value,
        formula: range.formulas[r][c],
        type: range.valueTypes[r][c] as string,
      }))
    );
  });
}

/**
 * Every text cell of every plan reads back as exactly that text, of type
 * String, and holds no formula; returns the texts found per sheet.
 */
async function expectTextKept(plans: readonly SheetPlan[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const plan of plans) {
    const texts = new Set<string>();
    for (const block of plan.blocks) {
      expect(block.address).toBe("A1");
      const width = Math.max(...block.cells.map((r) => r.length));
      const cells = await readBlock(plan.name, block.cells.length, width);
      const wrong: string[] = [];
      block.cells.forEach((row, r) =>
        row.forEach((c, k) => {
          if (typeof c !== "string" || c === "") return;
          const got = cells[r][k];
          if (got.value !== c || got.formula !== c || got.type !== "String")
            wrong.push(
              `${plan.name}!R${r + 1}C${k + 1}: ${JSON.stringify(c)} → ${JSON.stringify(got)}`
            );
          texts.add(c);
        })
      );
      expect(wrong).toEqual([]);
    }
    found.set(plan.name, texts);
  }
  return found;
}

describe.each(["en-US", "id-ID"])("literal text in a %s workbook", (culture) => {
  it("reaches the single scorecard sheet unchanged: perspectives, KPIs, period, title", async () => {
    for (let w = 0; w < LITERALS.length; w += 3) {
      const { perspectives: names, kpis, period, rows } = literalRows(w);
      const host = await typedWorkbook(culture, [[...SEED_HEADERS, "Period"], ...rows]);
      const table = await readTable();
      expect(table.rows.map((r) => [r.perspective, r.kpi, r.period])).toEqual(
        rows.map((r) => [r[0], r[2], r[7]])
      );
      const options: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, title: literal(w + 8) };
      const plans = buildPlans(table, options, host.sheetNames());
      await service.build(plans, []);
      const found = await expectTextKept(plans);
      const texts = found.get(plans[0].name)!;
      for (const name of [...names, ...kpis, options.title]) expect(texts).toContain(name);
      const subtitle = host.getValue(plans[0].name, "A2");
      expect(subtitle).toContain(period);
      expect(host.getValue(plans[0].name, "I13")).toBeCloseTo(57.85, 2);
      restore?.();
      restore = undefined;
    }
  });

  it("reaches the summary, the details and every employee's sheet unchanged", async () => {
    const { headers, rows } = literalEmployees();
    const host = await typedWorkbook(culture, [headers, ...rows]);
    const table = await readTable();
    expect(new Set(table.rows.map((r) => r.employee))).toEqual(new Set(LITERALS));
    const options: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, sheetPerEmployee: true };
    const plans = buildPlans(table, options, host.sheetNames());
    // Each employee has its own period: a history sheet too, its period headers literal text as well.
    expect(plans).toHaveLength(3 + LITERALS.length);
    await service.build(plans, []);
    const found = await expectTextKept(plans);
    const [summary, details, history, ...perEmployee] = plans;
    expect(history.name).toBe("Balanced Scorecard History");
    // Employees in the summary, the details and the history; perspectives and KPIs in the details.
    for (const name of LITERALS) {
      expect(found.get(summary.name)).toContain(name);
      expect(found.get(details.name)).toContain(name);
      expect(found.get(history.name)).toContain(name);
    }
    for (let e = 0; e < LITERALS.length; e++)
      expect(found.get(history.name)).toContain(literal(e + 8));
    // Each employee's own sheet names its employee and period, and lists its perspectives and KPIs.
    perEmployee.forEach((plan, e) => {
      const subtitle = String(host.getValue(plan.name, "A2"));
      expect(subtitle).toContain(LITERALS[e]);
      expect(subtitle).toContain(literal(e + 8));
      for (const name of [
        literal(e + 1),
        literal(e + 2),
        literal(e + 3),
        literal(e + 4),
        literal(e + 7),
      ])
        expect(found.get(plan.name)).toContain(name);
    });
    // The summary's perspective columns match the details' text to the header's text: the
    // scores come out as the core computes them only if both stayed the same text.
    const preview = previewScorecard(table, options);
    const width = plans[0].blocks[0].cells[2].length;
    const [, , header, ...lines] = await readBlock(summary.name, 3 + LITERALS.length, width);
    for (const employee of preview.employees) {
      const line = lines.find((l) => l[0].value === employee.employee)!;
      for (const p of employee.perspectives) {
        const column = header.findIndex((h) => h.value === p.perspective);
        expect(column).toBeGreaterThan(0);
        expect(line[column].value).toBeCloseTo(p.fulfillment, 6);
      }
    }
  });
});
