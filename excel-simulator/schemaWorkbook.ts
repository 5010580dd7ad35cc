/**
 * Workbook and Application: the roots of `context.workbook` and
 * `context.application`. Calculation is always automatic in the simulation:
 * `calculationMode` is stored and reported, `calculate()` is a no-op.
 */
import { invalidArgument } from "./errors";
import { TypeDef, objectMethod, typeDef, voidMethod } from "./schema";
import { NamedItemCollection } from "./schemaNames";
import { Range } from "./schemaRange";
import { TableCollection } from "./schemaTable";
import { WorksheetCollection } from "./schemaWorksheet";
import type { Workbook as WorkbookModel } from "./workbook";

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

/** Excel's NumberFormatInfo: the culture's own separators. */
const NumberFormatInfo: TypeDef = typeDef<WorkbookModel>({
  name: "NumberFormatInfo",
  props: {
    numberDecimalSeparator: { get: (wb) => wb.culture.decimal },
    numberGroupSeparator: { get: (wb) => wb.culture.group },
  },
});

/** Excel's CultureInfo (ExcelApi 1.11). */
const CultureInfo: TypeDef = typeDef<WorkbookModel>({
  name: "CultureInfo",
  props: { name: { get: (wb) => wb.culture.name } },
  nav: { numberFormat: { type: () => NumberFormatInfo, get: (wb) => wb } },
});

export const Application: TypeDef = typeDef<WorkbookModel>({
  name: "Application",
  props: {
    // The simulation always uses the system (culture's) separators.
    decimalSeparator: { get: (wb) => wb.culture.decimal },
    thousandsSeparator: { get: (wb) => wb.culture.group },
    useSystemSeparators: { get: () => true },
    calculationMode: {
      get: (wb) => wb.application.calculationMode,
      set: (wb, v) => {
        if (!CALCULATION_MODES.includes(String(v)))
          throw invalidArgument(`'${String(v)}' is not a calculation mode.`);
        wb.application.calculationMode = String(v);
      },
    },
    calculationEngineVersion: { get: () => 0 },
    calculationState: { get: () => "Done" },
  },
  nav: { cultureInfo: { type: () => CultureInfo, get: (wb) => wb } },
  methods: {
    calculate: voidMethod<WorkbookModel>(() => undefined),
    suspendApiCalculationUntilNextSync: voidMethod<WorkbookModel>(() => undefined),
    suspendScreenUpdatingUntilNextSync: voidMethod<WorkbookModel>(() => undefined),
  },
});

export const Workbook: TypeDef = typeDef<WorkbookModel>({
  name: "Workbook",
  props: {
    name: { get: () => "Book1.xlsx" },
    readOnly: { get: () => false },
  },
  nav: {
    worksheets: { type: () => WorksheetCollection, get: (wb) => wb },
    tables: { type: () => TableCollection, get: () => ({}) },
    names: { type: () => NamedItemCollection, get: () => ({}) },
    application: { type: () => Application, get: (wb) => wb },
  },
  methods: {
    getSelectedRange: objectMethod<WorkbookModel>(
      () => Range,
      (wb) => wb.selected()
    ),
    getActiveCell: objectMethod<WorkbookModel>(
      () => Range,
      (wb) => {
        const { sheet, rect } = wb.selected();
        return { sheet, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
      }
    ),
  },
});
