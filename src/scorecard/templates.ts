/**
 * Input tables for users who start from nothing: an empty, formatted KPI table,
 * or the seed 003 example with its monthly data, where each actual is a
 * formula over the months (the way analysts keep such workbooks).
 */
import type { Language } from "../core/language";
import { MONTHS, SEED003_KPIS } from "../examples/seed003";
import { exampleHeaders, SEED003_COLUMNS, seed003Table } from "./exampleTables";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder, cell } from "./planBuilder";
import { definedName } from "./sheetNames";
import { COLORS, NUMBER_FORMATS } from "./styles";

export type TemplateKind = "empty" | "example";

/** The name a template's sheet gets (made unique against the workbook's sheets). */
export const TEMPLATE_SHEET_NAMES: Readonly<
  Record<Language, Readonly<Record<TemplateKind, string>>>
> = {
  en: { empty: "KPI input", example: "KPI example" },
  id: { empty: "Input KPI", example: "Contoh KPI" },
};

export function templatePlan(kind: TemplateKind, name: string, language: Language): SheetPlan {
  const b = new PlanBuilder(name);
  const headers = exampleHeaders(SEED003_COLUMNS, language);
  b.set(0, 0, headers);
  const rows = kind === "example" ? SEED003_KPIS.length : 3;
  if (kind === "example") writeExample(b);
  b.format(0, 0, 1, headers.length, { bold: true, wrapText: true });
  b.format(1, 1, rows, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(1, 3, rows, 1, { numberFormat: NUMBER_FORMATS.weight });
  b.format(1, 4, rows, 3, { numberFormat: NUMBER_FORMATS.ratio });
  b.table({
    name: definedName("KPIs", name),
    address: `A1:${cell(rows, headers.length - 1)}`,
    style: "TableStyleMedium2",
  });
  b.columnWidths = {
    A: 130,
    B: 80,
    C: 150,
    D: 70,
    E: 70,
    F: 70,
    G: 80,
    // The monthly data's last months: room for "13.92%" and "60872" in any font.
    ...(kind === "example" ? { H: 56, I: 56, J: 56, K: 56, L: 56, M: 56 } : {}),
  };
  b.freeze = { rows: 1, columns: 0 };
  return b.build();
}

/**
 * Seed 003's KPI table in rows 2-5, each actual a formula over its monthly
 * data below: from row 8, one numerator, denominator and ratio row per KPI.
 */
function writeExample(b: PlanBuilder): void {
  const kpiRows = seed003Table().rows;
  const actual = SEED003_COLUMNS.indexOf("actual");
  const top = 7;
  b.set(top - 1, 0, ["Monthly data (BPJS Ketenagakerjaan 2023)"]);
  b.format(top - 1, 0, 1, 1, { bold: true, fontColor: COLORS.title });
  b.set(top, 0, ["Series", ...MONTHS]);
  b.format(top, 0, 1, MONTHS.length + 1, { bold: true, fill: COLORS.perspective });
  SEED003_KPIS.forEach(({ kpi, monthly, numeratorLabel, denominatorLabel }, i) => {
    const r = top + 1 + i * 3;
    b.set(r, 0, [numeratorLabel, ...monthly.map((m) => m[0])]);
    b.set(r + 1, 0, [denominatorLabel, ...monthly.map((m) => m[1])]);
    const ratios: PlanCell[] = MONTHS.map((_, m) => ({
      formula: `=${cell(r, m + 1)}/${cell(r + 1, m + 1)}`,
    }));
    b.set(r + 2, 0, [`${kpi} ratio`, ...ratios]);
    b.format(r + 2, 0, 1, MONTHS.length + 1, { italic: true });
    b.format(r + 2, 1, 1, MONTHS.length, { numberFormat: NUMBER_FORMATS.ratio });
    const row: PlanCell[] = [...kpiRows[i]];
    row[actual] = { formula: `=AVERAGE(${cell(r + 2, 1)}:${cell(r + 2, MONTHS.length)})` };
    b.set(1 + i, 0, row);
  });
}
