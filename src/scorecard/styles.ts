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
