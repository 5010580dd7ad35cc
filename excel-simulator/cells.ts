/**
 * Cell contents with Excel's rules: what `Range.values` / `Range.formulas`
 * writes do to a cell, and what `values`, `formulas`, `text`, `valueTypes`
 * and `numberFormat` read back.
 *
 * Writing a string is typing it (./typedInput has the rules and where
 * Microsoft documents them):
 * - "=..." is a formula (an invalid one is rejected with InvalidArgument);
 *   "+...", "-..." and "@..." that are not numbers are formulas when they
 *   parse as one (Excel.Range.values: "If the returned value starts with a
 *   plus, minus, or equal sign, Excel interprets this value as a formula";
 *   "@" is Excel's Lotus-style formula prefix, a CSV-injection trigger).
 * - "" clears the cell; null leaves it unchanged.
 * - A cell formatted "@" (Text) BEFORE the write keeps every string as text,
 *   a leading apostrophe included ([KB269370]: format the cells as text before
 *   you enter data); formatting it "@" afterwards changes nothing ([KB141765]).
 * - Anything else is parsed like typed input: "'x" is the text x; numbers keep
 *   15 significant digits; percentages, currency, grouped and scientific
 *   numbers, fractions, dates and times become numbers and, in a General cell
 *   (dates: in a cell without a date or time format), get the number format
 *   Excel applies; TRUE/FALSE are booleans; "#N/A" and the other error literals
 *   are error values.
 * - The locale: Office.js reads these strings as en-US typing whatever the
 *   workbook's locale ("At the early design of the js API, the APIs use USA
 *   locale by default ... If you want to use the current locale to set value,
 *   please explicitly use Range.formulasLocal": Microsoft, office-js issue
 *   #1559, by design). Because that is a maintainer's word rather than
 *   reference documentation, and Excel's platforms have differed, the host is
 *   stricter: a string the en-US reading keeps as text is read again in the
 *   workbook's locale and converted if that reading converts it ("13/1" is 13
 *   January in an id-ID workbook, "1.234,5" is 1234.5).
 */
import { Rect, colCount, intersect, rowCount } from "./address";
import { CellOut, RawContent } from "./engine";
import { invalidArgument } from "./errors";
import { formatValue } from "./numberFormat";
import { EN_US, TypedInput, errorLiteral, isDateTimeFormat, parseTypedInput } from "./typedInput";
import type { RangeModel, Workbook } from "./workbook";

const SKIP = Symbol("skip");

/** What one written value puts into a cell: raw engine content, and the number format Excel applies. */
interface Converted {
  readonly content: RawContent;
  readonly format?: string;
}

const validity = new Map<string, boolean>();

function validFormula(wb: Workbook, formula: string): boolean {
  const key = formula.replace(/\d+/g, "1");
  let ok = validity.get(key);
  if (ok === undefined) {
    ok = wb.engine.validateFormula(formula);
    if (validity.size > 10000) validity.clear();
    validity.set(key, ok);
  }
  return ok;
}

/** A string as typed: the en-US reading, then (stricter) the workbook's locale if that converts it. */
export function typedValue(wb: Workbook, text: string): TypedInput {
  const us = parseTypedInput(text, EN_US);
  if (us.type !== "text" || text.charCodeAt(0) === 39 /* ' */ || wb.culture.name === EN_US.name)
    return us;
  return parseTypedInput(text, wb.culture);
}

/** Engine content of a typed value: text is always forced text ("'..."), so the engine never parses it. */
function contentOf(t: TypedInput): Converted {
  switch (t.type) {
    case "text":
      return { content: `'${t.value}` };
    case "error":
      return { content: t.value };
    case "number":
      return { content: t.value, format: t.format };
    default:
      return { content: t.value };
  }
}

function convert(wb: Workbook, v: unknown, asText: boolean): Converted | typeof SKIP {
  if (v === null || v === undefined) return SKIP;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument("Cell values must be finite numbers.");
    return { content: v };
  }
  if (typeof v === "boolean") return { content: v };
  if (typeof v !== "string") throw invalidArgument(`Unsupported cell value of type ${typeof v}.`);
  if (v === "") return { content: null };
  if (asText) return { content: `'${v}` };
  const first = v.charCodeAt(0);
  if (first === 61 /* = */) {
    if (v.length === 1) return { content: `'${v}` };
    if (!validFormula(wb, v)) throw invalidArgument(`The formula '${v}' contains an error.`);
    return { content: v };
  }
  const typed = typedValue(wb, v);
  if ((first === 43 || first === 45 || first === 64) /* + - @ */ && typed.type !== "number") {
    const formula = first === 64 ? `=${v.slice(1)}` : `=${v}`;
    if (formula.length > 1 && validFormula(wb, formula)) return { content: formula };
  }
  return contentOf(typed);
}

/** Expands a scalar to the range's shape and checks a 2D array's dimensions. */
export function shapeInput(input: unknown, rect: Rect): unknown[][] {
  const rows = rowCount(rect);
  const cols = colCount(rect);
  if (!Array.isArray(input))
    return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(input));
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`
    );
  }
  return input as unknown[][];
}

/** Sets the number format Excel applies to a typed value, unless the cell's own format keeps it ([VBA]). */
function applyTypedFormat(range: RangeModel, r: number, c: number, format: string): void {
  const formats = range.sheet.formats;
  const current = String(formats.get(r, c, "numberFormat"));
  const keep = isDateTimeFormat(format)
    ? isDateTimeFormat(current)
    : current.toLowerCase() !== "general";
  if (!keep) formats.set({ r0: r, c0: c, r1: r, c1: c }, "numberFormat", format);
}

/** `Range.values = input` or `Range.formulas = input`. */
export function writeContents(wb: Workbook, range: RangeModel, input: unknown): void {
  const { sheet, rect } = range;
  const grid = shapeInput(input, rect);
  const formats = sheet.formats;
  const textCells = formats.mayUse("numberFormat", "@");
  const typedFormats: { r: number; c: number; format: string }[] = [];
  const cellOf = (r: number, c: number, v: unknown): RawContent | typeof SKIP => {
    const out = convert(
      wb,
      v,
      textCells && typeof v === "string" && formats.get(r, c, "numberFormat") === "@"
    );
    if (out === SKIP) return SKIP;
    if (out.format) typedFormats.push({ r, c, format: out.format });
    return out.content;
  };
  for (let i = 0; i < grid.length; i++) {
    const src = grid[i];
    const r = rect.r0 + i;
    let segment: RawContent[] = [];
    let start = rect.c0;
    for (let j = 0; j < src.length; j++) {
      const c = rect.c0 + j;
      const out = cellOf(r, c, src[j]);
      if (out === SKIP) {
        if (segment.length) wb.engine.write(sheet.name, r, start, [segment]);
        segment = [];
        start = c + 1;
      } else segment.push(out);
    }
    if (segment.length === src.length) {
      // Whole rows without gaps are written as one block (the common, fast case).
      let k = i + 1;
      const block = [segment];
      while (k < grid.length && grid[k].every((v) => v !== null && v !== undefined)) {
        const rr = rect.r0 + k;
        block.push(grid[k].map((v, j) => cellOf(rr, rect.c0 + j, v) as RawContent));
        k++;
      }
      wb.engine.write(sheet.name, r, start, block);
      i = k - 1;
    } else if (segment.length) wb.engine.write(sheet.name, r, start, [segment]);
  }
  for (const t of typedFormats) applyTypedFormat(range, t.r, t.c, t.format);
}

/** Empties the contents of a range (only where something can be). */
export function clearContents(wb: Workbook, range: RangeModel): void {
  const bounds = wb.engine.bounds.get(range.sheet.name)?.rect;
  const part = bounds && intersect(bounds, range.rect);
  if (!part) return;
  const rows = Array.from({ length: rowCount(part) }, () =>
    new Array<RawContent>(colCount(part)).fill(null)
  );
  wb.engine.write(range.sheet.name, part.r0, part.c0, rows);
}

export function readValues(wb: Workbook, range: RangeModel): CellOut[][] {
  return wb.engine.values(range.sheet.name, range.rect);
}

export function readFormulas(wb: Workbook, range: RangeModel): CellOut[][] {
  return wb.engine.formulas(range.sheet.name, range.rect);
}

export function readNumberFormats(range: RangeModel): string[][] {
  const { sheet, rect } = range;
  return Array.from({ length: rowCount(rect) }, (_, i) =>
    Array.from({ length: colCount(rect) }, (_, j) =>
      String(sheet.formats.get(rect.r0 + i, rect.c0 + j, "numberFormat"))
    )
  );
}

/** `Range.numberFormat = input`: a 2D array, or one value (or [[value]]) for every cell. */
export function writeNumberFormats(range: RangeModel, input: unknown): void {
  const { sheet, rect } = range;
  const one = !Array.isArray(input)
    ? { v: input }
    : input.length === 1 && Array.isArray(input[0]) && input[0].length === 1
      ? { v: input[0][0] }
      : undefined;
  const grid = one ? undefined : shapeInput(input, rect);
  const first = one ? one.v : grid![0][0];
  if (one || grid!.every((row) => row.every((v) => v === first))) {
    if (first !== null && first !== undefined)
      sheet.formats.set(rect, "numberFormat", String(first));
    return;
  }
  grid!.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== undefined)
        sheet.formats.set(
          { r0: rect.r0 + i, c0: rect.c0 + j, r1: rect.r0 + i, c1: rect.c0 + j },
          "numberFormat",
          String(v)
        );
    })
  );
}

export function readText(wb: Workbook, range: RangeModel): string[][] {
  const values = readValues(wb, range);
  const types = readValueTypes(wb, range, values);
  const { sheet, rect } = range;
  return values.map((row, i) =>
    row.map((v, j) =>
      types[i][j] === "Error"
        ? String(v)
        : formatValue(
            v,
            String(sheet.formats.get(rect.r0 + i, rect.c0 + j, "numberFormat")),
            wb.culture
          )
    )
  );
}

export function readValueTypes(
  wb: Workbook,
  range: RangeModel,
  values = readValues(wb, range)
): string[][] {
  const { sheet, rect } = range;
  return values.map((row, i) =>
    row.map((v, j) => {
      if (v === "") return "Empty";
      if (typeof v === "number") return "Double";
      if (typeof v === "boolean") return "Boolean";
      if (
        v.charCodeAt(0) === 35 /* # */ &&
        (wb.engine.error(sheet.name, rect.r0 + i, rect.c0 + j) ||
          typedError(wb, sheet.name, rect.r0 + i, rect.c0 + j, v))
      )
        return "Error";
      return "String";
    })
  );
}

/**
 * A typed error value the engine has no type for (#NULL!, #CALC!, ...): it is
 * stored as the raw literal, while text is always stored as forced text
 * ("'#NULL!"), so the raw content tells them apart.
 */
function typedError(wb: Workbook, sheet: string, row: number, col: number, v: string): boolean {
  if (errorLiteral(v) !== v) return false;
  const id = wb.engine.hf.getSheetId(sheet);
  return id !== undefined && wb.engine.hf.getCellSerialized({ sheet: id, row, col }) === v;
}
