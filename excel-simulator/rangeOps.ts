/**
 * Range operations beyond contents: clear(applyTo), merge/unmerge, used
 * range, hidden rows and columns, autofit (an estimate from the displayed
 * text: about 5.6 points per character of an 11-point font).
 */
import { MAX_COLS, MAX_ROWS, Rect, colCount, intersect, rowCount, union } from "./address";
import { clearContents, readText } from "./cells";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

const inside = (inner: Rect, outer: Rect): boolean =>
  inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;

export function clearRange(wb: Workbook, range: RangeModel, applyTo: unknown = "All"): void {
  const mode = String(applyTo ?? "All");
  const { sheet, rect } = range;
  if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(mode))
    throw invalidArgument(`Unknown applyTo '${mode}'.`);
  if (mode === "All" || mode === "Contents") clearContents(wb, range);
  if (mode === "All" || mode === "Formats") {
    sheet.formats.clear(rect);
    sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf.rect, rect));
  }
  if (mode !== "Contents" && mode !== "Formats") {
    for (const key of [...sheet.hyperlinks.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1)
        sheet.hyperlinks.delete(key);
    }
  }
}

export function mergeRange(wb: Workbook, range: RangeModel, across: unknown): void {
  const { sheet, rect } = range;
  const areas: Rect[] =
    across === true
      ? Array.from({ length: rowCount(rect) }, (_, i) => ({
          ...rect,
          r0: rect.r0 + i,
          r1: rect.r0 + i,
        }))
      : [rect];
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  for (const area of areas) {
    if (rowCount(area) === 1 && colCount(area) === 1) continue;
    sheet.merges.push(area);
    if (colCount(area) > 1) clearContents(wb, { sheet, rect: { ...area, c0: area.c0 + 1 } });
    if (rowCount(area) > 1) clearContents(wb, { sheet, rect: { ...area, r0: area.r0 + 1 } });
  }
}

export function unmergeRange(range: RangeModel): void {
  range.sheet.merges = range.sheet.merges.filter((m) => !intersect(m, range.rect));
}

/** Excel's used range: cells with contents, and with formats unless `valuesOnly`. */
export function usedRect(wb: Workbook, sheet: SheetModel, valuesOnly: unknown): Rect | undefined {
  const content = wb.engine.contentBounds(sheet.name);
  const formats = valuesOnly === true ? undefined : sheet.formats.bounds();
  if (content && formats) return union(content, formats);
  return content ?? formats;
}

function lines(range: RangeModel, each: (index: number) => void, rows: boolean): void {
  const { rect } = range;
  const from = rows ? rect.r0 : rect.c0;
  const to = rows ? rect.r1 : rect.c1;
  for (let i = from; i <= to; i++) each(i);
}

export function setHidden(range: RangeModel, rows: boolean, hidden: unknown, wb: Workbook): void {
  const set = rows ? range.sheet.hiddenRows : range.sheet.hiddenColumns;
  const limit = rows ? MAX_ROWS : MAX_COLS;
  const used = usedRect(wb, range.sheet, false);
  let target = range;
  if ((rows ? rowCount(range.rect) : colCount(range.rect)) === limit && used)
    target = { sheet: range.sheet, rect: used };
  lines(target, (i) => (hidden ? set.add(i) : set.delete(i)), rows);
}

export function isHidden(range: RangeModel, rows: boolean): boolean {
  const set = rows ? range.sheet.hiddenRows : range.sheet.hiddenColumns;
  if (set.size === 0) return false;
  let all = true;
  lines(range, (i) => (all = all && set.has(i)), rows);
  return all;
}

function textWidth(text: string, size: number, bold: boolean): number {
  const longest = text.split("\n").reduce((m, l) => Math.max(m, l.length), 0);
  return Math.round((longest * 5.6 * (size / 11) * (bold ? 1.08 : 1) + 6) * 4) / 4;
}

export function autofitColumns(wb: Workbook, range: RangeModel): void {
  const { sheet } = range;
  const used = usedRect(wb, sheet, true);
  const part = used && intersect(used, range.rect);
  if (!part) return;
  const text = readText(wb, { sheet, rect: part });
  for (let c = part.c0; c <= part.c1; c++) {
    let width = 0;
    for (let r = part.r0; r <= part.r1; r++) {
      const t = text[r - part.r0][c - part.c0];
      if (t !== "")
        width = Math.max(
          width,
          textWidth(
            t,
            Number(sheet.formats.get(r, c, "font.size")),
            sheet.formats.get(r, c, "font.bold") === true
          )
        );
    }
    if (width > 0) sheet.columnWidths.set(c, Math.min(width, 409.5 * 2));
  }
}

export function autofitRows(wb: Workbook, range: RangeModel): void {
  const { sheet } = range;
  const used = usedRect(wb, sheet, true);
  const part = used && intersect(used, range.rect);
  if (!part) return;
  const text = readText(wb, { sheet, rect: part });
  for (let r = part.r0; r <= part.r1; r++) {
    let height = 0;
    for (let c = part.c0; c <= part.c1; c++) {
      const lineCount = text[r - part.r0][c - part.c0].split("\n").length;
      height = Math.max(
        height,
        lineCount * 15 * (Number(sheet.formats.get(r, c, "font.size")) / 11)
      );
    }
    if (height > 0) sheet.rowHeights.set(r, Math.min(409.5, Math.round(height * 4) / 4));
  }
}
