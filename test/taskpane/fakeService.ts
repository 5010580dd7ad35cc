/**
 * An in-memory WorkbookService for the pane's tests: sources given as tables,
 * every call a jest mock so tests can check what the pane asked for.
 */
import type { Language } from "../../src/core/language";
import { LANGUAGE_NUMBERS, NumberLocale } from "../../src/core/numbers";
import { WorkbookError } from "../../src/excel/messages";
import type { SheetPlan } from "../../src/scorecard/plan";
import type { WorkbookName, WorkbookNames } from "../../src/scorecard/sheetNames";
import type { SourceLabel, SourceTable, SourceValue } from "../../src/scorecard/types";
import type { BuildProgress, BuildResult, SourceChoice } from "../../src/scorecard/workbookService";
import { SEED_HEADERS, multiEmployeeRows, seedRows } from "../support/seedSource";

export { SEED_HEADERS, seedRows };

/** A table as the service reads it from sheet `sheetName`, header in row `top + 1`. */
export function sourceTable(
  headers: string[],
  values: SourceValue[][],
  options: { sheetName?: string; top?: number; left?: number; label?: SourceLabel } = {}
): SourceTable {
  const {
    sheetName = "Data",
    top = 0,
    left = 0,
    label = { kind: "table", name: "KPIs", address: "'Data'!A1:G5" },
  } = options;
  return {
    sheetName,
    top,
    left,
    headers,
    values,
    formulas: values.map((row) => row.map((v) => (v === null ? "" : String(v)))),
    label,
  };
}

export function seedTable(options?: Parameters<typeof sourceTable>[2]): SourceTable {
  return sourceTable(SEED_HEADERS, seedRows(), options);
}

/** Seed 003 for several employees, actuals scaled per employee; CSS inputs on each employee's first row. */
export function employeesTable(names: string[]): SourceTable {
  const { headers, values } = multiEmployeeRows(names, {
    assessment: () => 80,
    development: () => 70,
  });
  return sourceTable(headers, values);
}

export const TABLE_CHOICE: SourceChoice = { kind: "table", id: "KPIs" };
export const SELECTION: SourceChoice = { kind: "selection", id: "" };

/** What the Office.js service rejects with when Excel has no such item (src/excel/excelRun.ts). */
export const notFound = (): WorkbookError =>
  new WorkbookError("excelRefused", {
    code: "ItemNotFound",
    detail: "The requested resource doesn't exist.",
  });

export interface FakeOptions {
  /** Sources besides the selection, with the table each reads as. */
  readonly sources?: ReadonlyArray<{ choice: SourceChoice; table: SourceTable }>;
  /** What "Current selection" reads as. */
  readonly selection?: SourceTable;
  readonly sheets?: string[];
  /** The workbook's defined names and tables. */
  readonly names?: readonly WorkbookName[];
  /** Ranges `readValues` knows, by address. */
  readonly ranges?: Readonly<Record<string, SourceValue[][]>>;
  /** The workbook's number locale (default en-US). */
  readonly numbers?: NumberLocale;
  /** Replaces the default successful build. */
  readonly build?: (
    plans: readonly SheetPlan[],
    replace: readonly string[],
    onProgress?: (p: BuildProgress) => void
  ) => Promise<BuildResult>;
}

export function createFakeService(options: FakeOptions = {}) {
  const sources = [...(options.sources ?? [{ choice: TABLE_CHOICE, table: seedTable() }])];
  const sheets = [...(options.sheets ?? ["Data"])];
  const key = (c: SourceChoice) => `${c.kind}:${c.id}`;

  const service = {
    listSources: jest.fn(async (): Promise<SourceChoice[]> => [
      SELECTION,
      ...sources.map((s) => s.choice),
    ]),
    readSource: jest.fn(async (choice: SourceChoice): Promise<SourceTable> => {
      if (choice.kind === "selection") {
        if (options.selection) return options.selection;
        throw new WorkbookError("emptySource", { address: "Data!A1" });
      }
      const found = sources.find((s) => key(s.choice) === key(choice));
      if (!found) throw notFound();
      return found.table;
    }),
    select: jest.fn(async (_address: string): Promise<void> => undefined),
    insertTemplate: jest.fn(
      async (kind: "empty" | "example", _language: Language): Promise<string> => {
        const sheet = kind === "example" ? "BSC Example" : "BSC Input";
        sheets.push(sheet);
        const name = kind === "example" ? "BSC_Example" : "BSC_Input";
        const label: SourceLabel = { kind: "table", name, address: `'${sheet}'!A1:G5` };
        const table =
          kind === "example"
            ? seedTable({ sheetName: sheet, label })
            : sourceTable(SEED_HEADERS, [], { sheetName: sheet, label });
        sources.push({ choice: { kind: "table", id: name }, table });
        return sheet;
      }
    ),
    sheetNames: jest.fn(async (): Promise<string[]> => [...sheets]),
    workbookNames: jest.fn(async (): Promise<WorkbookNames> => ({
      sheets: [...sheets],
      names: [...(options.names ?? [])],
    })),
    build: jest.fn(
      options.build ??
        (async (
          plans: readonly SheetPlan[],
          _replace: readonly string[],
          onProgress?: (p: BuildProgress) => void
        ) => {
          plans.forEach((_, i) => onProgress?.({ done: i + 1, total: plans.length }));
          const names = plans.map((p) => p.name);
          sheets.push(...names);
          return { sheets: names, activated: names[0], syncs: 2 };
        })
    ),
    readValues: jest.fn(async (address: string): Promise<SourceValue[][]> => {
      const values = options.ranges?.[address];
      if (!values) throw notFound();
      return values;
    }),
    numberLocale: jest.fn(
      async (): Promise<NumberLocale> => options.numbers ?? LANGUAGE_NUMBERS.en
    ),
  };
  return service;
}

export type FakeService = ReturnType<typeof createFakeService>;
