/**
 * What the writer's Office.js calls cost in the request Excel receives, so a
 * build can sync before a request grows past its budget (Excel on the web
 * refuses requests over 5 MB). Microsoft's client sends, per sync, every
 * object the batch reaches as an object path, every step as an action:
 *
 * - a range (`sheet.getRange(a)`): its path (~110 bytes + the address), two
 *   instantiations and, inside Excel.run, a `_KeepReference` (~95): ~330;
 * - a navigation object (`range.format`, `.font`, `.fill`, a border): a path
 *   and an instantiation, ~140;
 * - a property set (`font.bold = true`): an action of ~100 bytes + the value;
 * - a method call (`freezeRows(1)`, `conditionalFormats.add(...)`): ~110 + its arguments.
 *
 * Measured on @microsoft/office-js 1.1.110's requests (test/excel/wireCost.test.ts
 * compares these estimates with the requests of real builds) and rounded up:
 * an estimate may only err on the large side.
 */
import type { RangeFormat } from "../scorecard/plan";
import { SentValue, sentBytes } from "./chunks";

export const RANGE_BYTES = 330;
export const OBJECT_BYTES = 140;
export const SET_BYTES = 100;
export const CALL_BYTES = 110;

/** A range reached by its address. */
export const rangeBytes = (address: string): number => RANGE_BYTES + address.length;

/** One property set of `value`. */
export const setBytes = (value: SentValue | object): number =>
  SET_BYTES +
  (typeof value === "object" && value !== null
    ? JSON.stringify(value).length
    : sentBytes(value as SentValue));

/** The request bytes of one plan format (its number format is counted where it is written, in row chunks). */
export function formatBytes(f: RangeFormat): number {
  let bytes = rangeBytes(f.address) + OBJECT_BYTES; // the range and its .format
  const font = [f.bold, f.italic, f.fontColor, f.fontSize].filter(
    (v) => v !== undefined && v !== ""
  );
  if (font.length > 0) bytes += OBJECT_BYTES + font.reduce((n: number, v) => n + setBytes(v!), 0);
  if (f.fill) bytes += OBJECT_BYTES + setBytes(f.fill);
  for (const v of [f.horizontalAlignment, f.wrapText, f.indent])
    if (v !== undefined) bytes += setBytes(v);
  for (let i = 0; i < (f.borders?.length ?? 0); i++)
    bytes +=
      OBJECT_BYTES +
      CALL_BYTES +
      setBytes("Continuous") +
      (f.borderColor ? setBytes(f.borderColor) : 0);
  return bytes;
}

/**
 * Microsoft's client splits a 2D write of more than 1,500 cells into row
 * chunks of its own (setRangePropertiesInBulk): per chunk two getRow paths, a
 * getBoundingRect path, their instantiations and the set (~900 bytes), plus one
 * `_ValidateArraySize` call.
 */
export function bulkWriteBytes(rows: number, columns: number): number {
  const cells = rows * columns;
  if (cells <= 1500) return 0;
  return CALL_BYTES + Math.ceil(cells / 1500) * 900;
}

/** One 2D write (`formulas`, `numberFormat`) of `payload` bytes to a rows × columns range. */
export const blockWriteBytes = (
  address: string,
  rows: number,
  columns: number,
  payload: number
): number => rangeBytes(address) + SET_BYTES + payload + bulkWriteBytes(rows, columns);

/** What writeSheet queues after the cells and formats: widths, conditional formats, charts, tables, names, panes, print. */
export function tailBytes(
  plan: {
    readonly columnWidths: Readonly<Record<string, number>>;
    readonly conditionalFormats: readonly {
      address: string;
      formula: string;
      fill: string;
      fontColor: string;
    }[];
    readonly charts: readonly { categories: string; values: string; title: string }[];
    readonly tables: readonly { address: string; name: string; style: string }[];
    readonly names: readonly { name: string; address: string }[];
    readonly tabColor?: string;
  },
  autofitRuns: number
): number {
  let bytes = 0;
  bytes +=
    Object.keys(plan.columnWidths).length * (rangeBytes("XFD:XFD") + OBJECT_BYTES + SET_BYTES + 8);
  bytes += autofitRuns * (rangeBytes("XFD:XFD") + OBJECT_BYTES + CALL_BYTES);
  for (const cf of plan.conditionalFormats)
    bytes +=
      rangeBytes(cf.address) +
      6 * OBJECT_BYTES +
      CALL_BYTES +
      setBytes(cf.formula) +
      setBytes(cf.fill) +
      setBytes(cf.fontColor);
  for (const c of plan.charts)
    bytes +=
      rangeBytes(c.categories) +
      rangeBytes(c.values) +
      4 * OBJECT_BYTES +
      3 * CALL_BYTES +
      setBytes(c.title) +
      SET_BYTES +
      40;
  for (const t of plan.tables)
    bytes += OBJECT_BYTES + CALL_BYTES + t.address.length + setBytes(t.name) + setBytes(t.style);
  for (const n of plan.names)
    bytes += rangeBytes(n.address) + OBJECT_BYTES + CALL_BYTES + n.name.length;
  // Freeze panes, page layout (orientation, zoom), tab colour: a few objects and sets.
  bytes +=
    rangeBytes("A1:Z9") +
    3 * OBJECT_BYTES +
    CALL_BYTES +
    3 * SET_BYTES +
    60 +
    (plan.tabColor ? SET_BYTES + 9 : 0);
  return bytes;
}
