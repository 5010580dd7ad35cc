/**
 * Worksheet, WorksheetCollection and WorksheetFreezePanes.
 */
import { MAX_COLS, MAX_ROWS, Rect, rectOf } from "./address";
import { normalizeColor } from "./colors";
import { ErrorCode, hostError, invalidArgument, itemNotFound } from "./errors";
import { usedRect } from "./rangeOps";
import { TypeDef, objectMethod, typeDef, valueMethod, voidMethod } from "./schema";
import { ChartCollection } from "./schemaChart";
import { NamedItemCollection } from "./schemaNames";
import { TableCollection } from "./schemaTable";
import { PageLayout } from "./schemaPageLayout";
import { Range } from "./schemaRange";
import type { SheetModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

function live(sheet: SheetModel): SheetModel {
  if (sheet.deleted) throw itemNotFound(`worksheet '${sheet.name}' was deleted`);
  return sheet;
}

const int = (v: unknown, name: string): number => {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
    throw invalidArgument(`${name} must be a whole number >= 0.`);
  return v;
};

function sheetRange(wb: Workbook, sheet: SheetModel, address: unknown): RangeModel {
  if (address === undefined || address === null || address === "")
    return { sheet: live(sheet), rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
  return wb.resolveAddress(String(address), live(sheet));
}

function usedRange(
  wb: Workbook,
  sheet: SheetModel,
  valuesOnly: unknown,
  nullable: boolean
): RangeModel | null {
  const rect = usedRect(wb, live(sheet), valuesOnly);
  if (rect) return { sheet, rect };
  return nullable ? null : { sheet, rect: rectOf(0, 0) };
}

function frozenRange(sheet: SheetModel, nullable: boolean): RangeModel | null {
  const { rows, columns } = sheet.frozen;
  if (rows === 0 && columns === 0) {
    if (nullable) return null;
    throw hostError(ErrorCode.itemNotFound, "The worksheet has no frozen panes.");
  }
  const rect: Rect = {
    r0: 0,
    c0: 0,
    r1: rows > 0 ? rows - 1 : MAX_ROWS - 1,
    c1: columns > 0 ? columns - 1 : MAX_COLS - 1,
  };
  return { sheet, rect };
}

export const WorksheetFreezePanes: TypeDef = typeDef<SheetModel>({
  name: "WorksheetFreezePanes",
  props: {},
  methods: {
    freezeRows: voidMethod<SheetModel>(
      (s, [n]) => (s.frozen = { rows: int(n ?? 1, "count"), columns: 0 })
    ),
    freezeColumns: voidMethod<SheetModel>(
      (s, [n]) => (s.frozen = { rows: 0, columns: int(n ?? 1, "count") })
    ),
    freezeAt: voidMethod<SheetModel>((s, [at], wb) => {
      const range = typeof at === "string" ? wb.resolveAddress(at, s) : (at as RangeModel);
      s.frozen = { rows: range.rect.r1 + 1, columns: range.rect.c1 + 1 };
    }),
    unfreeze: voidMethod<SheetModel>((s) => (s.frozen = { rows: 0, columns: 0 })),
    getLocation: objectMethod<SheetModel>(
      () => Range,
      (s) => frozenRange(s, false)
    ),
    getLocationOrNullObject: objectMethod<SheetModel>(
      () => Range,
      (s) => frozenRange(s, true),
      true
    ),
  },
});

export const Worksheet: TypeDef = typeDef<SheetModel>({
  name: "Worksheet",
  props: {
    name: { get: (s) => s.name, set: (s, v, wb) => wb.renameSheet(live(s), String(v)) },
    id: { get: (s) => s.id },
    position: {
      get: (s, wb) => wb.sheets.indexOf(s),
      set: (s, v, wb) => wb.moveSheet(live(s), Number(v)),
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, wb) => wb.setVisibility(live(s), String(v)),
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, v) => (s.tabColor = v === "" || v === null ? "" : normalizeColor(v)),
    },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => (s.showGridlines = v === true) },
    showHeadings: { get: (s) => s.showHeadings, set: (s, v) => (s.showHeadings = v === true) },
    standardHeight: { get: () => 15 },
    standardWidth: { get: () => 8.43 },
  },
  // Microsoft's client sends these two setters as "Gridlines" and "Headings" (Worksheet_ShowGridlines_Set).
  aliases: { gridlines: "showGridlines", headings: "showHeadings" },
  nav: {
    freezePanes: { type: () => WorksheetFreezePanes, get: (s) => s },
    pageLayout: { type: () => PageLayout, get: (s) => s },
    charts: { type: () => ChartCollection, get: (s) => s },
    tables: { type: () => TableCollection, get: (s) => ({ sheet: s }) },
    names: { type: () => NamedItemCollection, get: (s) => ({ sheet: s }) },
  },
  methods: {
    activate: voidMethod<SheetModel>((s, _a, wb) => wb.activate(live(s))),
    delete: voidMethod<SheetModel>((s, _a, wb) => wb.deleteSheet(live(s))),
    calculate: voidMethod<SheetModel>(() => undefined),
    getRange: objectMethod<SheetModel>(
      () => Range,
      (s, [address], wb) => sheetRange(wb, s, address)
    ),
    getRangeByIndexes: objectMethod<SheetModel>(
      () => Range,
      (s, [r, c, rows, cols]) => {
        const rowsN = int(rows, "rowCount");
        const colsN = int(cols, "columnCount");
        if (rowsN < 1 || colsN < 1)
          throw invalidArgument("rowCount and columnCount must be at least 1.");
        const rect = rectOf(int(r, "startRow"), int(c, "startColumn"), rowsN, colsN);
        if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS)
          throw invalidArgument("The range would extend beyond the worksheet.");
        return { sheet: live(s), rect };
      }
    ),
    getCell: objectMethod<SheetModel>(
      () => Range,
      (s, [r, c]) => ({ sheet: live(s), rect: rectOf(int(r, "row"), int(c, "column")) })
    ),
    getUsedRange: objectMethod<SheetModel>(
      () => Range,
      (s, [valuesOnly], wb) => usedRange(wb, s, valuesOnly, false)
    ),
    getUsedRangeOrNullObject: objectMethod<SheetModel>(
      () => Range,
      (s, [valuesOnly], wb) => usedRange(wb, s, valuesOnly, true),
      true
    ),
    getNext: objectMethod<SheetModel>(
      () => Worksheet,
      (s, _a, wb) => neighbour(wb, s, 1, false)
    ),
    getNextOrNullObject: objectMethod<SheetModel>(
      () => Worksheet,
      (s, _a, wb) => neighbour(wb, s, 1, true),
      true
    ),
    getPrevious: objectMethod<SheetModel>(
      () => Worksheet,
      (s, _a, wb) => neighbour(wb, s, -1, false)
    ),
    getPreviousOrNullObject: objectMethod<SheetModel>(
      () => Worksheet,
      (s, _a, wb) => neighbour(wb, s, -1, true),
      true
    ),
  },
});

function neighbour(
  wb: Workbook,
  s: SheetModel,
  step: number,
  nullable: boolean
): SheetModel | null {
  const next = wb.sheets[wb.sheets.indexOf(s) + step];
  if (next) return next;
  if (nullable) return null;
  throw itemNotFound("no such worksheet");
}

function findSheet(wb: Workbook, key: unknown): SheetModel | undefined {
  const k = String(key);
  return wb.sheet(k) ?? wb.sheetById(k);
}

export const WorksheetCollection: TypeDef = typeDef<Workbook>({
  name: "WorksheetCollection",
  props: {},
  items: { type: () => Worksheet, list: (wb) => wb.sheets },
  methods: {
    add: objectMethod<Workbook>(
      () => Worksheet,
      (wb, [name]) => wb.addSheet(name === undefined || name === null ? undefined : String(name))
    ),
    getItem: objectMethod<Workbook>(
      () => Worksheet,
      (wb, [key]) => findSheet(wb, key) ?? wb.requireSheet(String(key))
    ),
    getItemOrNullObject: objectMethod<Workbook>(
      () => Worksheet,
      (wb, [key]) => findSheet(wb, key) ?? null,
      true
    ),
    getActiveWorksheet: objectMethod<Workbook>(
      () => Worksheet,
      (wb) => wb.active
    ),
    getFirst: objectMethod<Workbook>(
      () => Worksheet,
      (wb, [visibleOnly]) =>
        wb.sheets.find((s) => visibleOnly !== true || s.visibility === "Visible")
    ),
    getLast: objectMethod<Workbook>(
      () => Worksheet,
      (wb, [visibleOnly]) =>
        [...wb.sheets].reverse().find((s) => visibleOnly !== true || s.visibility === "Visible")
    ),
    getCount: valueMethod<Workbook>(
      (wb, [visibleOnly]) =>
        wb.sheets.filter((s) => visibleOnly !== true || s.visibility === "Visible").length
    ),
  },
});
