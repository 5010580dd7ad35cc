/**
 * The Range type: contents, geometry, navigation to other ranges, format,
 * conditional formats, clear/merge/select and copyFrom.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  cellCount,
  colCount,
  isEntireColumn,
  isEntireRow,
  rowCount,
} from "./address";
import {
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeContents,
  writeNumberFormats,
} from "./cells";
import { copyRange } from "./copy";
import { ErrorCode, hostError, invalidArgument } from "./errors";
import * as geo from "./rangeGeometry";
import { clearRange, isHidden, mergeRange, setHidden, unmergeRange, usedRect } from "./rangeOps";
import { PropDef, TypeDef, objectMethod, typeDef, voidMethod } from "./schema";
import { ConditionalFormatCollection } from "./schemaConditional";
import { RangeFormat } from "./schemaFormat";
import { Worksheet } from "./schemaWorksheet";
import type { Hyperlink } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

const ro = (get: (range: RangeModel) => unknown): PropDef<RangeModel> => ({ get });

/** A Range argument: a Range, or an address on the same sheet as `base`. */
function asRange(wb: Workbook, base: RangeModel, v: unknown): RangeModel {
  if (typeof v === "string") return wb.resolveAddress(v, base.sheet);
  if (typeof v === "object" && v !== null && "rect" in v && "sheet" in v) return v as RangeModel;
  throw invalidArgument("A Range or an address is expected.");
}

function sum(from: number, to: number, size: (i: number) => number): number {
  let total = 0;
  for (let i = from; i <= to; i++) total += size(i);
  return total;
}

const hyperlinkProp: PropDef<RangeModel> = {
  get: ({ sheet, rect }) => sheet.hyperlinks.get(`${rect.r0},${rect.c0}`) ?? null,
  set: (range, value, wb) => {
    const { sheet, rect } = range;
    if (cellCount(rect) > 10000)
      throw invalidArgument("Hyperlinks are simulated on at most 10,000 cells at once.");
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (value === null || value === undefined) sheet.hyperlinks.delete(`${r},${c}`);
        else sheet.hyperlinks.set(`${r},${c}`, { ...(value as Hyperlink) });
      }
    }
    const text = (value as Hyperlink | null)?.textToDisplay;
    if (typeof text === "string") writeContents(wb, range, text);
  },
};

const rangeMethod = (run: (range: RangeModel, args: unknown[]) => RangeModel) =>
  objectMethod<RangeModel>(
    () => Range,
    (range, args) => run(range, args)
  );
const contents = (read: (wb: Workbook, range: RangeModel) => unknown): PropDef<RangeModel> => ({
  get: (range, wb) => read(wb, range),
  set: (range, value, wb) => writeContents(wb, range, value),
});

export const Range: TypeDef = typeDef<RangeModel>({
  name: "Range",
  props: {
    address: ro(geo.addressOf),
    addressLocal: ro(geo.addressOf),
    rowIndex: ro((r) => r.rect.r0),
    columnIndex: ro((r) => r.rect.c0),
    rowCount: ro((r) => rowCount(r.rect)),
    columnCount: ro((r) => colCount(r.rect)),
    cellCount: ro((r) => cellCount(r.rect)),
    isEntireColumn: ro((r) => isEntireColumn(r.rect)),
    isEntireRow: ro((r) => isEntireRow(r.rect)),
    values: contents(readValues),
    formulas: contents(readFormulas),
    formulasLocal: contents(readFormulas),
    text: { get: (range, wb) => readText(wb, range) },
    valueTypes: { get: (range, wb) => readValueTypes(wb, range) },
    numberFormat: {
      get: (range) => readNumberFormats(range),
      set: (range, v) => writeNumberFormats(range, v),
    },
    numberFormatLocal: {
      get: (range) => readNumberFormats(range),
      set: (range, v) => writeNumberFormats(range, v),
    },
    style: {
      get: (r) => r.sheet.formats.uniform(r.rect, "style"),
      set: (r, v) => r.sheet.formats.set(r.rect, "style", String(v)),
    },
    hyperlink: hyperlinkProp,
    rowHidden: { get: (r) => isHidden(r, true), set: (r, v, wb) => setHidden(r, true, v, wb) },
    columnHidden: { get: (r) => isHidden(r, false), set: (r, v, wb) => setHidden(r, false, v, wb) },
    hidden: ro((r) => isHidden(r, true) || isHidden(r, false)),
    left: ro(({ sheet, rect }) => sum(0, rect.c0 - 1, (c) => sheet.columnWidth(c))),
    top: ro(({ sheet, rect }) => sum(0, rect.r0 - 1, (r) => sheet.rowHeight(r))),
    width: ro(({ sheet, rect }) => sum(rect.c0, rect.c1, (c) => sheet.columnWidth(c))),
    height: ro(({ sheet, rect }) => sum(rect.r0, rect.r1, (r) => sheet.rowHeight(r))),
  },
  lazy: ["left", "top", "width", "height"],
  nav: {
    format: { type: () => RangeFormat, get: (range) => range },
    worksheet: { type: () => Worksheet, get: (range) => range.sheet },
    conditionalFormats: { type: () => ConditionalFormatCollection, get: (range) => range },
  },
  methods: {
    getCell: rangeMethod((r, [row, col]) => geo.getCell(r, row, col)),
    getOffsetRange: rangeMethod((r, [dr, dc]) => geo.getOffset(r, dr, dc)),
    getResizedRange: rangeMethod((r, [dr, dc]) => geo.getResized(r, dr, dc)),
    getAbsoluteResizedRange: rangeMethod((r, [rows, cols]) =>
      geo.getAbsoluteResized(r, rows, cols)
    ),
    getRow: rangeMethod((r, [i]) => geo.getRow(r, i)),
    getColumn: rangeMethod((r, [i]) => geo.getColumn(r, i)),
    getRowsAbove: rangeMethod((r, [n]) => geo.rowsAbove(r, n)),
    getRowsBelow: rangeMethod((r, [n]) => geo.rowsBelow(r, n)),
    getColumnsBefore: rangeMethod((r, [n]) => geo.columnsBefore(r, n)),
    getColumnsAfter: rangeMethod((r, [n]) => geo.columnsAfter(r, n)),
    getEntireColumn: rangeMethod(geo.entireColumn),
    getEntireRow: rangeMethod(geo.entireRow),
    getLastRow: rangeMethod(geo.lastRow),
    getLastColumn: rangeMethod(geo.lastColumn),
    getLastCell: rangeMethod(geo.lastCell),
    getBoundingRect: objectMethod<RangeModel>(
      () => Range,
      (r, [other], wb) => geo.boundingRect(r, asRange(wb, r, other))
    ),
    getIntersection: objectMethod<RangeModel>(
      () => Range,
      (r, [other], wb) => {
        const hit = geo.intersection(r, asRange(wb, r, other));
        if (!hit) throw hostError(ErrorCode.itemNotFound, "The ranges do not intersect.");
        return hit;
      }
    ),
    getIntersectionOrNullObject: objectMethod<RangeModel>(
      () => Range,
      (r, [other], wb) => geo.intersection(r, asRange(wb, r, other)),
      true
    ),
    getUsedRange: objectMethod<RangeModel>(
      () => Range,
      (r, [valuesOnly], wb) => usedWithin(wb, r, valuesOnly, false)
    ),
    getUsedRangeOrNullObject: objectMethod<RangeModel>(
      () => Range,
      (r, [valuesOnly], wb) => usedWithin(wb, r, valuesOnly, true),
      true
    ),
    // Sent by Microsoft's client before it splits a large values/formulas/numberFormat array into
    // 1,500-cell row chunks (setRangePropertiesInBulk): the array must fit the range.
    _ValidateArraySize: voidMethod<RangeModel>((r, [rows, columns]) => {
      if (rows !== rowCount(r.rect) || columns !== colCount(r.rect))
        throw invalidArgument(
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rowCount(r.rect)}x${colCount(r.rect)}).`
        );
    }),
    select: voidMethod<RangeModel>((r, _args, wb) => wb.select(r)),
    activate: voidMethod<RangeModel>((r, _args, wb) => wb.select(r)),
    clear: voidMethod<RangeModel>((r, [applyTo], wb) => clearRange(wb, r, applyTo)),
    merge: voidMethod<RangeModel>((r, [across], wb) => mergeRange(wb, r, across)),
    unmerge: voidMethod<RangeModel>((r) => unmergeRange(r)),
    calculate: voidMethod<RangeModel>(() => undefined),
    copyFrom: voidMethod<RangeModel>((r, [source, copyType, skipBlanks, transpose], wb) =>
      copyRange(wb, r, source, copyType, skipBlanks, transpose)
    ),
    insert: voidMethod<RangeModel>(() => {
      throw hostError(ErrorCode.notImplemented, "Range.insert (shifting cells) is not simulated.");
    }),
    delete: voidMethod<RangeModel>(() => {
      throw hostError(ErrorCode.notImplemented, "Range.delete (shifting cells) is not simulated.");
    }),
  },
});

/** Range.getUsedRange: the sheet's used range within this range. */
function usedWithin(
  wb: Workbook,
  range: RangeModel,
  valuesOnly: unknown,
  nullable: boolean
): RangeModel | null {
  const { sheet, rect } = range;
  const used = usedRect(wb, sheet, valuesOnly);
  const r0 = used ? Math.max(used.r0, rect.r0) : -1;
  const c0 = used ? Math.max(used.c0, rect.c0) : -1;
  const r1 = used ? Math.min(used.r1, rect.r1) : -2;
  const c1 = used ? Math.min(used.c1, rect.c1) : -2;
  if (r0 > r1 || c0 > c1) {
    if (nullable) return null;
    throw hostError(ErrorCode.itemNotFound, "The range has no used cells.");
  }
  return {
    sheet,
    rect: { r0: Math.min(r0, MAX_ROWS - 1), c0: Math.min(c0, MAX_COLS - 1), r1, c1 },
  };
}
