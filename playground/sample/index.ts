/* global Excel, globalThis */
/**
 * The playground's sample workbook, written through Office.js into a simulated
 * host: "Seed 003" is exactly the example the task pane inserts (its plan,
 * written by the add-in's own writer), "Employees" the six employees' KPI table
 * (src/examples/employees.ts, also examples/employees.xlsx), "Formulas" worked
 * examples of the custom functions.
 *
 * Works in the browser and in Node alike: the caller installs the custom
 * functions (they must be there before formulas using them are typed).
 */
import { writePlans } from "../../src/excel/writePlans";
import {
  EMPLOYEE_COLUMNS,
  ExampleTable,
  employeesTable,
  generatedEmployeesTable,
} from "../../src/scorecard/exampleTables";
import { templatePlan } from "../../src/scorecard/templates";
import type { ColumnKey } from "../../src/scorecard/types";
import { SimulatedHost, createHost, installExcelGlobal } from "../../excel-simulator";
import {
  EXAMPLES_TOP,
  FORMULA_EXAMPLES,
  SPILL_FORMULA,
  SPILL_ROWS,
  SPILL_TOP,
  spillLabels,
} from "./formulas";

export const SAMPLE_SHEETS = { seed: "Seed 003", employees: "Employees", formulas: "Formulas" };
export const SAMPLE_SELECTION = { sheet: SAMPLE_SHEETS.seed, address: "A1:G5" };

export interface SampleOptions {
  /** Adds a sheet "Large data" with this many generated rows (to try big sheets). */
  readonly largeRows?: number;
  /** Where to install the `Excel` global (default globalThis); it stays installed. */
  readonly target?: object;
  /** The workbook's locale (default "en-US"); "id-ID" shows decimal commas. */
  readonly culture?: string;
  /** Office's display language for the pane and the functions' messages (default none: English). */
  readonly displayLanguage?: string;
}

export interface Sample {
  readonly host: SimulatedHost;
  /** Restores the globals that were there before. */
  readonly restore: () => void;
}

const HEADER_FILL = "#DDEBF7";
/** Column widths of the employee tables, in points. */
const WIDTHS: Readonly<Partial<Record<ColumnKey, number>>> = {
  employee: 110,
  perspective: 110,
  perspectiveWeight: 70,
  kpi: 170,
  kpiWeight: 60,
  valueAt50: 60,
  valueAt100: 60,
  actual: 60,
  assessmentScore: 80,
  developmentScore: 85,
};

/** An employees' table (EMPLOYEE_COLUMNS) on sheet `name`, as an Excel table. */
async function writeTableSheet(
  name: string,
  { headers, rows }: ExampleTable,
  tableName: string
): Promise<void> {
  const column = (k: ColumnKey) => EMPLOYEE_COLUMNS.indexOf(k);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const width = headers.length;
    const all = sheet.getRangeByIndexes(0, 0, rows.length + 1, width);
    all.values = [headers, ...rows];
    const header = sheet.getRangeByIndexes(0, 0, 1, width);
    header.format.font.bold = true;
    header.format.wrapText = true;
    const n = rows.length;
    if (n > 0) {
      for (const k of ["perspectiveWeight", "kpiWeight"] as const)
        sheet.getRangeByIndexes(1, column(k), n, 1).numberFormat = [["0%"]];
      sheet.getRangeByIndexes(1, column("valueAt50"), n, 3).numberFormat = [["0.0%"]];
      sheet.getRangeByIndexes(1, column("assessmentScore"), n, 2).numberFormat = [["0"]];
    }
    EMPLOYEE_COLUMNS.forEach(
      (k, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = WIDTHS[k] ?? 60)
    );
    const table = sheet.tables.add(all, true);
    table.name = tableName;
    table.style = "TableStyleMedium2";
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
}

async function writeFormulasSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const title = sheet.getRange("A1");
    title.values = [["BSC custom functions: worked examples"]];
    title.format.font.bold = true;
    title.format.font.size = 14;
    title.format.font.color = "#1F4E79";
    const note = sheet.getRange("A2");
    note.values = [
      [
        "Column B computes the formula shown in column D. Select a cell to see it in the formula bar.",
      ],
    ];
    note.format.font.italic = true;
    note.format.font.color = "#595959";
    const head = sheet.getRange(`A${EXAMPLES_TOP - 1}:D${EXAMPLES_TOP - 1}`);
    head.values = [["Example", "Result", "What it computes", "Formula"]];
    head.format.font.bold = true;
    head.format.fill.color = HEADER_FILL;
    const last = EXAMPLES_TOP + FORMULA_EXAMPLES.length - 1;
    // Column D holds the formulas as text: formatted as Text before they are written.
    const texts = sheet.getRange(`D${EXAMPLES_TOP}:D${last}`);
    texts.numberFormat = [["@"]];
    texts.format.font.name = "Consolas";
    texts.format.font.color = "#1F4E79";
    FORMULA_EXAMPLES.forEach((ex, i) => {
      const row = EXAMPLES_TOP + i;
      sheet.getRange(`A${row}:D${row}`).formulas = [[ex.label, ex.formula, ex.note, ex.formula]];
      sheet.getRange(`B${row}`).numberFormat = [[ex.numberFormat]];
      sheet.getRange(`B${row}`).format.font.bold = true;
    });
    sheet.getRange(`C${EXAMPLES_TOP}:C${last}`).format.font.color = "#595959";
    const caption = sheet.getRange(`A${SPILL_TOP - 2}`);
    caption.values = [
      [
        `One formula in B${SPILL_TOP}, spilled over ${SPILL_ROWS} rows: the score of each Seed 003 KPI`,
      ],
    ];
    caption.format.font.bold = true;
    const spillHead = sheet.getRange(`A${SPILL_TOP - 1}:B${SPILL_TOP - 1}`);
    spillHead.values = [["KPI", "Score"]];
    spillHead.format.font.bold = true;
    spillHead.format.fill.color = HEADER_FILL;
    const end = SPILL_TOP + SPILL_ROWS - 1;
    sheet.getRange(`A${SPILL_TOP}:A${end}`).formulas = spillLabels();
    sheet.getRange(`B${SPILL_TOP}`).formulas = [[SPILL_FORMULA]];
    sheet.getRange(`B${SPILL_TOP}:B${end}`).numberFormat = [["0.00"]];
    const spillText = sheet.getRange(`C${SPILL_TOP}`);
    spillText.numberFormat = [["@"]];
    spillText.values = [[`B${SPILL_TOP}: ${SPILL_FORMULA}`]];
    spillText.format.font.name = "Consolas";
    spillText.format.font.color = "#1F4E79";
    [190, 80, 300, 420].forEach(
      (w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w)
    );
    await context.sync();
  });
}

/**
 * A host holding the sample workbook, with `Excel` bound to it on `target`.
 * `installFunctions` makes =BSC.* computable in the host (browser: the runtime
 * functions.js associated with; Node: installBuiltFunctions(host, "dist")).
 */
export async function createSample(
  installFunctions: (host: SimulatedHost) => void,
  options: SampleOptions = {}
): Promise<Sample> {
  const host = createHost({
    sheets: { [SAMPLE_SHEETS.employees]: [] },
    culture: options.culture,
  });
  installFunctions(host);
  const restore = installExcelGlobal(host, options.target ?? globalThis, options.displayLanguage);
  try {
    await writePlans([templatePlan("example", SAMPLE_SHEETS.seed, "en")]);
    await writeTableSheet(SAMPLE_SHEETS.employees, employeesTable(), "EmployeeKPIs");
    host.addSheet(SAMPLE_SHEETS.formulas);
    await writeFormulasSheet(SAMPLE_SHEETS.formulas);
    if (options.largeRows && options.largeRows > 0) {
      host.addSheet("Large data");
      await writeTableSheet("Large data", generatedEmployeesTable(options.largeRows), "LargeData");
    }
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SAMPLE_SHEETS.seed).position = 0;
      await context.sync();
    });
    host.setSelection(SAMPLE_SELECTION.sheet, SAMPLE_SELECTION.address);
    host.resetCounters();
    return { host, restore };
  } catch (error) {
    restore();
    throw error;
  }
}
