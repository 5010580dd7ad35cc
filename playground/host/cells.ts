/**
 * Cell contents with Excel's rules: what `Range.values` / `Range.formulas`
 * writes do to a cell, and what `values`, `formulas`, `text`, `valueTypes`
 * and `numberFormat` read back.
 *
 * Writing: a string starting with "=" is a formula (an invalid formula is
 * rejected with InvalidArgument); a string starting with "+" or "-" that is
 * not a number is a formula too when it parses as one; "" clears the cell;
 * null leaves it unchanged; in a cell formatted "@" (text) every string is
 * kept as text. Other strings are parsed like typed input ("12" → 12).
 */
import { Rect, colCount, intersect, rowCount } from "./address";
import { CellOut, RawContent } from "./engine";
import { invalidArgument } from "./errors";
import { formatValue } from "./numberFormat";
import type { RangeModel, Workbook } from "./workbook";

const SKIP = Symbol("skip");
type Converted = RawContent | typeof SKIP;

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
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

function convert(wb: Workbook, v: unknown, asText: boolean): Converted {
  if (v === null || v === undefined) return SKIP;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument("Cell values must be finite numbers.");
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") throw invalidArgument(`Unsupported cell value of type ${typeof v}.`);
  if (v === "") return null;
  if (asText) return `'${v}`;
  const first = v.charCodeAt(0);
  if (first === 61 /* = */) {
    if (v.length === 1) return `'${v}`;
    if (!validFormula(wb, v)) throw invalidArgument(`The formula '${v}' contains an error.`);
    return v;
  }
  if (
    (first === 43 || first === 45) /* + - */ &&
    !NUMERIC.test(v.trim()) &&
    validFormula(wb, `=${v}`)
  )
    return `=${v}`;
  return v;
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

/** `Range.values = input` or `Range.formulas = input`. */
export function writeContents(wb: Workbook, range: RangeModel, input: unknown): void {
  const { sheet, rect } = range;
  const grid = shapeInput(input, rect);
  const formats = sheet.formats;
  const textCells = formats.mayUse("numberFormat", "@");
  for (let i = 0; i < grid.length; i++) {
    const src = grid[i];
    const r = rect.r0 + i;
    let segment: RawContent[] = [];
    let start = rect.c0;
    for (let j = 0; j < src.length; j++) {
      const c = rect.c0 + j;
      const v = src[j];
      const out = convert(
        wb,
        v,
        textCells && typeof v === "string" && formats.get(r, c, "numberFormat") === "@"
      );
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
        block.push(
          grid[k].map(
            (v, j) =>
              convert(
                wb,
                v,
                textCells &&
                  typeof v === "string" &&
                  formats.get(rr, rect.c0 + j, "numberFormat") === "@"
              ) as RawContent
          )
        );
        k++;
      }
      wb.engine.write(sheet.name, r, start, block);
      i = k - 1;
    } else if (segment.length) wb.engine.write(sheet.name, r, start, [segment]);
  }
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
      if (v.charCodeAt(0) === 35 /* # */ && wb.engine.error(sheet.name, rect.r0 + i, rect.c0 + j))
        return "Error";
      return "String";
    })
  );
}
