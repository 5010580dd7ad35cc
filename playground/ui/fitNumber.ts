/**
 * A number in a column too narrow for it, as Excel shows it: in the General
 * format with fewer decimals (33.33333333 → 33.333 → 33.3), then in
 * scientific notation; in any other format, or when nothing fits, as #### the
 * width of the cell. Never cut ("33333333").
 */
import { formatValue } from "../../excel-simulator/numberFormat";
import { FontSpec, textWidth } from "./measure";

/** Room for text in a cell of `width` px: its padding and a border. */
const PADDING = 6;

interface Culture {
  readonly name: string;
  readonly decimal: string;
  readonly group: string;
}

export function fitNumber(
  value: number,
  text: string,
  format: string,
  widthPx: number,
  font: FontSpec,
  culture: Culture
): string {
  const room = widthPx - PADDING;
  const fits = (t: string) => textWidth(t, font) <= room;
  if (fits(text)) return text;
  if (!format || format === "General") {
    const decimals = (text.split(culture.decimal)[1] ?? "").replace(/\D.*$/, "").length;
    for (let d = decimals - 1; d >= 0; d--) {
      const t = formatValue(Number(value.toFixed(d)), "General", culture);
      if (fits(t)) return t;
    }
    for (let d = 5; d >= 0; d--) {
      const t = formatValue(value, d > 0 ? `0.${"0".repeat(d)}E+00` : "0E+00", culture);
      if (fits(t)) return t;
    }
  }
  const hash = Math.max(1, textWidth("#", font));
  return "#".repeat(Math.max(1, Math.floor(room / hash)));
}
