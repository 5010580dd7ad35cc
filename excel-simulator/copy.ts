/**
 * Range.copyFrom: contents through the engine's copy and paste (relative
 * references shift as in Excel), values as computed, and cell formats.
 * Tiling a small source over a larger destination and transposing are not
 * simulated.
 */
import { Rect, colCount, rowCount } from "./address";
import { readValues, writeContents } from "./cells";
import { ErrorCode, hostError, invalidArgument } from "./errors";
import { FORMAT_KEYS } from "./formats";
import type { RangeModel, Workbook } from "./workbook";

function sourceOf(wb: Workbook, dest: RangeModel, source: unknown): RangeModel {
  if (typeof source === "string") return wb.resolveAddress(source, dest.sheet);
  if (typeof source === "object" && source !== null && "rect" in source)
    return source as RangeModel;
  throw invalidArgument("copyFrom needs a Range or an address.");
}

function copyFormats(src: RangeModel, dest: RangeModel): void {
  const rows = rowCount(src.rect);
  const cols = colCount(src.rect);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const format = src.sheet.formats.cellFormat(src.rect.r0 + i, src.rect.c0 + j);
      const cell: Rect = {
        r0: dest.rect.r0 + i,
        c0: dest.rect.c0 + j,
        r1: dest.rect.r0 + i,
        c1: dest.rect.c0 + j,
      };
      for (const key of FORMAT_KEYS)
        dest.sheet.formats.set(cell, key, key in format ? format[key] : undefined);
    }
  }
}

export function copyRange(
  wb: Workbook,
  dest: RangeModel,
  source: unknown,
  copyType: unknown = "All",
  skipBlanks?: unknown,
  transpose?: unknown
): void {
  if (transpose === true || skipBlanks === true)
    throw hostError(
      ErrorCode.notImplemented,
      "copyFrom with skipBlanks or transpose is not simulated."
    );
  const src = sourceOf(wb, dest, source);
  const type = String(copyType ?? "All");
  const target: RangeModel = {
    sheet: dest.sheet,
    rect: {
      r0: dest.rect.r0,
      c0: dest.rect.c0,
      r1: dest.rect.r0 + rowCount(src.rect) - 1,
      c1: dest.rect.c0 + colCount(src.rect) - 1,
    },
  };
  if (type === "All" || type === "Formulas")
    wb.engine.copyPaste(src.sheet.name, src.rect, dest.sheet.name, dest.rect.r0, dest.rect.c0);
  else if (type === "Values")
    writeContents(
      wb,
      target,
      readValues(wb, src).map((row) =>
        row.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v))
      )
    );
  else if (type !== "Formats") throw invalidArgument(`Unknown copyType '${type}'.`);
  if (type === "All" || type === "Formats") copyFormats(src, target);
}
