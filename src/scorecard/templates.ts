/**
 * Input tables for users who start from nothing: an empty, formatted KPI table,
 * or the seed 003 example with its monthly data, where each actual is a
 * formula over the months (the way analysts keep such workbooks).
 */
import type { Language } from "../core/language";
import {
  ACQUISITION_MONTHLY,
  MONTHS,
  RETENTION_MONTHLY,
  SEED003_KPIS,
  SERVICE_MONTHLY,
  TRAINING_MONTHLY,
} from "../examples/seed003";
import { COLUMN_LABELS } from "./messages";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder, cell } from "./planBuilder";
import { definedName } from "./sheetNames";
import { COLORS, NUMBER_FORMATS } from "./styles";
import { REQUIRED_COLUMNS } from "./types";

export type TemplateKind = "empty" | "example";

/** The name a template's sheet gets (made unique against the workbook's sheets). */
export const TEMPLATE_SHEET_NAMES: Readonly<
  Record<Language, Readonly<Record<TemplateKind, string>>>
> = {
  en: { empty: "KPI input", example: "Seed 003 example" },
  id: { empty: "Input KPI", example: "Contoh seed 003" },
};

const MONTHLY_SERIES: ReadonlyArray<
  readonly [string, ReadonlyArray<readonly [number, number]>, string, string]
> = [
  ["Retention", RETENTION_MONTHLY, "Inactive participants", "Active participants"],
  ["Acquisition", ACQUISITION_MONTHLY, "New customers", "Total customers"],
  ["Service effectiveness", SERVICE_MONTHLY, "Services delivered", "Service target"],
  ["Employee training", TRAINING_MONTHLY, "Employees trained", "Training target"],
];

export function templatePlan(kind: TemplateKind, name: string, language: Language): SheetPlan {
  const b = new PlanBuilder(name);
  const headers = REQUIRED_COLUMNS.map((k) => COLUMN_LABELS[language][k]);
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
  b.columnWidths = { A: 130, B: 80, C: 150, D: 70, E: 70, F: 70, G: 80 };
  b.freeze = { rows: 1, columns: 0 };
  return b.build();
}

/** KPI table in rows 2-5; monthly data from row 8, one numerator, denominator and ratio row per KPI. */
function writeExample(b: PlanBuilder): void {
  const top = 7;
  b.set(top - 1, 0, ["Monthly data (seed 003, BPJS Ketenagakerjaan 2023)"]);
  b.format(top - 1, 0, 1, 1, { bold: true, fontColor: COLORS.title });
  b.set(top, 0, ["Series", ...MONTHS]);
  b.format(top, 0, 1, MONTHS.length + 1, { bold: true, fill: COLORS.perspective });
  MONTHLY_SERIES.forEach(([kpi, monthly, numLabel, denLabel], i) => {
    const r = top + 1 + i * 3;
    b.set(r, 0, [numLabel, ...monthly.map((m) => m[0])]);
    b.set(r + 1, 0, [denLabel, ...monthly.map((m) => m[1])]);
    const ratios: PlanCell[] = MONTHS.map((_, m) => ({
      formula: `=${cell(r, m + 1)}/${cell(r + 1, m + 1)}`,
    }));
    b.set(r + 2, 0, [`${kpi} ratio`, ...ratios]);
    b.format(r + 2, 0, 1, MONTHS.length + 1, { italic: true });
    b.format(r + 2, 1, 1, MONTHS.length, { numberFormat: NUMBER_FORMATS.ratio });
    const k = SEED003_KPIS[i];
    const actual = { formula: `=AVERAGE(${cell(r + 2, 1)}:${cell(r + 2, MONTHS.length)})` };
    b.set(1 + i, 0, [
      k.perspective,
      k.perspectiveWeight,
      k.kpi,
      k.kpiWeight,
      k.valueAt50,
      k.valueAt100,
      actual,
    ]);
  });
}
