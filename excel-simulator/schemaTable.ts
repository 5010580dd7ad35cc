/**
 * Table, TableCollection, TableColumn(Collection) and TableRow(Collection).
 */
import { Rect, colCount, rowCount } from "./address";
import { readValues, writeContents } from "./cells";
import { invalidArgument, itemNotFound } from "./errors";
import { PropDef, TypeDef, objectMethod, typeDef, valueMethod, voidMethod } from "./schema";
import { Range } from "./schemaRange";
import { Worksheet } from "./schemaWorksheet";
import type { SheetModel } from "./sheet";
import * as tables from "./tables";
import type { RangeModel, TableModel, Workbook } from "./workbook";

interface ColumnModel {
  readonly t: TableModel;
  readonly index: number;
}
interface RowModel {
  readonly t: TableModel;
  readonly index: number;
}
interface Scope {
  readonly sheet?: SheetModel;
}

const rangeOf = (t: TableModel, rect: Rect | undefined): RangeModel | null =>
  rect ? { sheet: t.sheet, rect } : null;
const columnRect = (c: ColumnModel, rect: Rect): Rect => ({
  ...rect,
  c0: rect.c0 + c.index,
  c1: rect.c0 + c.index,
});

function flag(
  key:
    | "showHeaders"
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn"
): PropDef<TableModel> {
  return { get: (t) => t[key], set: (t, v) => (t[key] = v === true) };
}

export const TableColumn: TypeDef = typeDef<ColumnModel>({
  name: "TableColumn",
  props: {
    id: { get: (c) => c.index + 1 },
    index: { get: (c) => c.index },
    name: {
      get: (c, wb) => tables.headerNames(wb, c.t)[c.index],
      set: (c, v, wb) =>
        writeContents(wb, { sheet: c.t.sheet, rect: columnRect(c, tables.headerRect(c.t)) }, [
          [`'${String(v)}`],
        ]),
    },
    values: {
      get: (c, wb) => readValues(wb, { sheet: c.t.sheet, rect: columnRect(c, c.t.rect) }),
      set: (c, v, wb) => writeContents(wb, { sheet: c.t.sheet, rect: columnRect(c, c.t.rect) }, v),
    },
  },
  methods: {
    getRange: objectMethod<ColumnModel>(
      () => Range,
      (c) => rangeOf(c.t, columnRect(c, c.t.rect))
    ),
    getDataBodyRange: objectMethod<ColumnModel>(
      () => Range,
      (c) => rangeOf(c.t, columnRect(c, tables.bodyRect(c.t)))
    ),
    getHeaderRowRange: objectMethod<ColumnModel>(
      () => Range,
      (c) => rangeOf(c.t, columnRect(c, tables.headerRect(c.t)))
    ),
    getTotalRowRange: objectMethod<ColumnModel>(
      () => Range,
      (c) => {
        const total = tables.totalRect(c.t);
        if (!total) throw invalidArgument("The table has no total row.");
        return rangeOf(c.t, columnRect(c, total));
      }
    ),
  },
});

function column(wb: Workbook, t: TableModel, key: unknown, nullable: boolean): ColumnModel | null {
  const names = tables.headerNames(wb, t).map((n) => n.toLowerCase());
  const index = typeof key === "number" ? key - 1 : names.indexOf(String(key).toLowerCase());
  if (index >= 0 && index < names.length) return { t, index };
  if (nullable) return null;
  throw itemNotFound(`table column '${String(key)}'`);
}

export const TableColumnCollection: TypeDef = typeDef<TableModel>({
  name: "TableColumnCollection",
  props: { count: { get: (t) => colCount(t.rect) } },
  items: {
    type: () => TableColumn,
    list: (t) => Array.from({ length: colCount(t.rect) }, (_, index) => ({ t, index })),
  },
  methods: {
    getItem: objectMethod<TableModel>(
      () => TableColumn,
      (t, [key], wb) => column(wb, t, key, false)
    ),
    getItemOrNullObject: objectMethod<TableModel>(
      () => TableColumn,
      (t, [key], wb) => column(wb, t, key, true),
      true
    ),
    getItemAt: objectMethod<TableModel>(
      () => TableColumn,
      (t, [i]) => {
        if (typeof i !== "number" || i < 0 || i >= colCount(t.rect))
          throw invalidArgument("Column index out of range.");
        return { t, index: i };
      }
    ),
    add: objectMethod<TableModel>(
      () => TableColumn,
      (t, [, values, name], wb) => ({ t, index: tables.addColumn(wb, t, values, name) })
    ),
    getCount: valueMethod<TableModel>((t) => colCount(t.rect)),
  },
});

const rowRect = (r: RowModel): Rect => {
  const body = tables.bodyRect(r.t);
  return { ...body, r0: body.r0 + r.index, r1: body.r0 + r.index };
};

export const TableRow: TypeDef = typeDef<RowModel>({
  name: "TableRow",
  props: {
    index: { get: (r) => r.index },
    values: {
      get: (r, wb) => readValues(wb, { sheet: r.t.sheet, rect: rowRect(r) }),
      set: (r, v, wb) => writeContents(wb, { sheet: r.t.sheet, rect: rowRect(r) }, v),
    },
  },
  methods: {
    getRange: objectMethod<RowModel>(
      () => Range,
      (r) => rangeOf(r.t, rowRect(r))
    ),
  },
});

export const TableRowCollection: TypeDef = typeDef<TableModel>({
  name: "TableRowCollection",
  props: { count: { get: (t) => rowCount(tables.bodyRect(t)) } },
  items: {
    type: () => TableRow,
    list: (t) => Array.from({ length: rowCount(tables.bodyRect(t)) }, (_, index) => ({ t, index })),
  },
  methods: {
    add: objectMethod<TableModel>(
      () => TableRow,
      (t, [index, values], wb) => ({ t, index: tables.addRows(wb, t, index, values) })
    ),
    getItemAt: objectMethod<TableModel>(
      () => TableRow,
      (t, [i]) => ({ t, index: Number(i) })
    ),
    getCount: valueMethod<TableModel>((t) => rowCount(tables.bodyRect(t))),
  },
});

export const Table: TypeDef = typeDef<TableModel>({
  name: "Table",
  props: {
    id: { get: (t) => t.id },
    name: { get: (t) => t.name, set: (t, v, wb) => tables.renameTable(wb, t, v) },
    style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
    showTotals: { get: (t) => t.showTotals, set: (t, v, wb) => tables.setShowTotals(wb, t, v) },
    showHeaders: flag("showHeaders"),
    showBandedRows: flag("showBandedRows"),
    showBandedColumns: flag("showBandedColumns"),
    showFilterButton: flag("showFilterButton"),
    highlightFirstColumn: flag("highlightFirstColumn"),
    highlightLastColumn: flag("highlightLastColumn"),
  },
  nav: {
    columns: { type: () => TableColumnCollection, get: (t) => t },
    rows: { type: () => TableRowCollection, get: (t) => t },
    worksheet: { type: () => Worksheet, get: (t) => t.sheet },
  },
  methods: {
    getRange: objectMethod<TableModel>(
      () => Range,
      (t) => rangeOf(t, t.rect)
    ),
    getHeaderRowRange: objectMethod<TableModel>(
      () => Range,
      (t) => rangeOf(t, tables.headerRect(t))
    ),
    getDataBodyRange: objectMethod<TableModel>(
      () => Range,
      (t) => rangeOf(t, tables.bodyRect(t))
    ),
    getTotalRowRange: objectMethod<TableModel>(
      () => Range,
      (t) => {
        const total = tables.totalRect(t);
        if (!total) throw invalidArgument("The table has no total row.");
        return rangeOf(t, total);
      }
    ),
    delete: voidMethod<TableModel>((t, _a, wb) => tables.removeTable(wb, t, true)),
    convertToRange: objectMethod<TableModel>(
      () => Range,
      (t, _a, wb) => {
        tables.removeTable(wb, t, false);
        return rangeOf(t, t.rect);
      }
    ),
    clearFilters: voidMethod<TableModel>(() => undefined),
    reapplyFilters: voidMethod<TableModel>(() => undefined),
  },
});

function tableRange(wb: Workbook, scope: Scope, address: unknown): RangeModel {
  if (typeof address === "object" && address !== null && "rect" in address)
    return address as RangeModel;
  return wb.resolveAddress(String(address), scope.sheet);
}

const inScope = (wb: Workbook, scope: Scope): TableModel[] =>
  wb.tables.filter((t) => scope.sheet === undefined || t.sheet === scope.sheet);

export const TableCollection: TypeDef = typeDef<Scope>({
  name: "TableCollection",
  props: { count: { get: (s, wb) => inScope(wb, s).length } },
  items: { type: () => Table, list: (s, wb) => inScope(wb, s) },
  methods: {
    add: objectMethod<Scope>(
      () => Table,
      (s, [address, hasHeaders], wb) => tables.addTable(wb, tableRange(wb, s, address), hasHeaders)
    ),
    getItem: objectMethod<Scope>(
      () => Table,
      (s, [key], wb) => tables.findTable(wb, s.sheet, key, false)
    ),
    getItemOrNullObject: objectMethod<Scope>(
      () => Table,
      (s, [key], wb) => tables.findTable(wb, s.sheet, key, true),
      true
    ),
    getItemAt: objectMethod<Scope>(
      () => Table,
      (s, [i], wb) =>
        inScope(wb, s)[Number(i)] ?? tables.findTable(wb, s.sheet, `#${String(i)}`, false)
    ),
    getCount: valueMethod<Scope>((s, _a, wb) => inScope(wb, s).length),
  },
});
