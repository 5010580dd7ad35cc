/** Colours and number formats of generated sheets, in one place. */
import { RatingScheme, RATING_BANDS, RATING_SCHEMES } from "../core/rating";
import { ratedValue } from "./formulas";

export const NUMBER_FORMATS = {
  weight: "0%",
  ratio: "0.00%",
  amount: "#,##0.00",
  score: "0.00",
} as const;

/**
 * `{ numberFormat }` for a format, one object per format: rows that share it
 * share the object, so PlanBuilder compares their formats once (a detail sheet
 * formats each of its 120,000 rows).
 */
const numberFormatProps = new Map<string, { readonly numberFormat: string }>();
export function numberFormatOf(numberFormat: string): { readonly numberFormat: string } {
  let props = numberFormatProps.get(numberFormat);
  if (!props) {
    props = { numberFormat };
    numberFormatProps.set(numberFormat, props);
  }
  return props;
}

export const COLORS = {
  title: "#1F4E79",
  header: "#1F4E79",
  headerText: "#FFFFFF",
  perspective: "#DDEBF7",
  band: "#F7F9FC",
  total: "#BDD7EE",
  border: "#8EA9C1",
  note: "#595959",
  tab: "#107C41",
} as const;

export interface BandColors {
  readonly fill: string;
  readonly font: string;
}

/**
 * The traffic lights, best first: green to red, each a fill with a darker text
 * colour of its hue. The first, middle and last are Excel's "Good", "Neutral"
 * and "Bad" cell styles, which Excel users read as such.
 */
export const TRAFFIC_LIGHTS: readonly BandColors[] = [
  { fill: "#C6EFCE", font: "#006100" },
  { fill: "#E2EFDA", font: "#375623" },
  { fill: "#FFEB9C", font: "#9C5700" },
  { fill: "#FCE4D6", font: "#843C0C" },
  { fill: "#FFC7CE", font: "#9C0006" },
];

/**
 * The traffic-light colours per rating band id (core/rating.ts): a band's place
 * in its scheme, highest first, picks its light. The one colour table: the
 * generated sheets' conditional formats and the task pane's rating badges both
 * read it, so a band looks the same in the pane and in the workbook.
 */
export const BAND_COLORS: Readonly<Record<string, BandColors>> = Object.fromEntries(
  RATING_SCHEMES.flatMap((scheme) => {
    const bands = RATING_BANDS[scheme];
    const last = TRAFFIC_LIGHTS.length - 1;
    return bands.map((band, i) => [
      band.id,
      TRAFFIC_LIGHTS[Math.round((i * last) / Math.max(1, bands.length - 1))],
    ]);
  })
);

/** A value looks like a ratio (0.75, 12%) rather than an amount (6,204.07). */
export function looksLikeRatio(...values: number[]): boolean {
  return values.every((v) => Math.abs(v) <= 1.5);
}

/** The number format of a KPI row's value at 50, value at 100 and actual: % for ratios, else amounts. */
export function valueFormat(row: {
  readonly valueAt50: number;
  readonly valueAt100: number;
  readonly actual: number;
}): string {
  return looksLikeRatio(row.valueAt50, row.valueAt100, row.actual)
    ? NUMBER_FORMATS.ratio
    : NUMBER_FORMATS.amount;
}

/** A number format that shows a ceiling: "≤ " before the number (a lower-is-better KPI's needed actual). */
export function atMost(numberFormat: string): string {
  return `"≤ "${numberFormat}`;
}

/**
 * Conditional-format conditions per band for the value in `ref` (a relative
 * reference to the top-left cell), matching ratingFormula's bands.
 */
export function bandConditions(
  ref: string,
  scheme: RatingScheme
): { band: string; formula: string }[] {
  const bands = RATING_BANDS[scheme];
  const x = ratedValue(scheme, ref);
  return bands.map((b, i) => {
    const above = i > 0 ? bands[i - 1] : undefined;
    const conds = [`ISNUMBER(${ref})`];
    if (Number.isFinite(b.from)) conds.push(`${x}${b.exclusiveFrom ? ">" : ">="}${b.from}`);
    if (above) conds.push(`${x}${above.exclusiveFrom ? "<=" : "<"}${above.from}`);
    return { band: b.id, formula: `=AND(${conds.join(",")})` };
  });
}

/**
 * The one header style of every generated sheet's tables (the scorecard, the
 * details and the summary): white bold text on the title's blue, wrapped at
 * word boundaries (columns are made at least as wide as a header's longest
 * word, see `columnWidth`), centred.
 */
export const HEADER_STYLE = {
  bold: true,
  fill: COLORS.header,
  fontColor: COLORS.headerText,
  wrapText: true,
  horizontalAlignment: "Center",
} as const;

/**
 * Points per character of Calibri 11 (Excel's default font), on the generous
 * side so a text is never cut where the font's letters run wider than average;
 * bold text is about 8% wider.
 */
const PT_PER_CHAR = 6.2;
const BOLD = 1.08;
/** A cell's inner padding and border, in points. */
const CELL_PADDING = 12;

/** The width of `text` in points, in Calibri 11. */
export function textWidth(text: string, bold = false): number {
  return text.length * PT_PER_CHAR * (bold ? BOLD : 1);
}

/**
 * The width a bold header needs when it wraps at spaces onto two lines at
 * most: its narrowest split, never narrower than its longest word, so Excel
 * never breaks a word ("Assessmen/t").
 */
export function headerWidth(header: string): number {
  const words = header.split(/\s+/).filter(Boolean);
  let best = textWidth(words.join(" "), true);
  for (let i = 1; i < words.length; i++) {
    const line1 = textWidth(words.slice(0, i).join(" "), true);
    const line2 = textWidth(words.slice(i).join(" "), true);
    best = Math.min(best, Math.max(line1, line2));
  }
  return best;
}

/** The longest text's length of `texts` (looked at once each: a detail sheet has 120,000 rows). */
export function longest(texts: Iterable<string>): string {
  let result = "";
  for (const t of texts) if (t.length > result.length) result = t;
  return result;
}

/**
 * A column's width in points from its content: the header wrapped at word
 * boundaries and the widest text under it (`widest`, as Excel shows it),
 * between `min` (room for a score such as "-106.59") and `max` (longer texts
 * are cut by the next cell, as in Excel).
 */
export function columnWidth(header: string, widest = "", min = 60, max = 240): number {
  const content = Math.max(headerWidth(header), textWidth(widest)) + CELL_PADDING;
  return Math.round(Math.min(max, Math.max(min, content)));
}
