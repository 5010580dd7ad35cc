/**
 * Native Excel formulas written into scorecard sheets. Only functions every
 * Excel still in use has (Excel 2010 on: SUM, SUMPRODUCT, AVERAGE, IF, ISNUMBER,
 * INDEX, MATCH, COUNT, MIN, MAX, AND), so the sheet computes the same numbers
 * in any Excel without the add-in, and in LibreOffice. The formulas mirror
 * src/core exactly; tests evaluate them and compare with the core.
 */
import { PeriodAggregation } from "../core/periods";
import { parseAddress } from "./a1";
import { RATING_BANDS, RATING_DECIMALS, RatingScheme } from "../core/rating";
import { Language } from "../core/language";

/** A text constant inside a formula: "He said ""hi""". */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** score = 50 + 50 × (actual − V50) / (V100 − V50), optionally clamped. */
export function scoreFormula(
  actual: string,
  valueAt50: string,
  valueAt100: string,
  floor?: number,
  cap?: number
): string {
  let f = `50+50*(${actual}-${valueAt50})/(${valueAt100}-${valueAt50})`;
  if (floor !== undefined) f = `MAX(${floor},${f})`;
  if (cap !== undefined) f = `MIN(${cap},${f})`;
  return `=${f}`;
}

/** The value a rating scheme rates, rounded as the core rounds it: score points, or score/100 for the CSI bands. */
export function ratedValue(scheme: RatingScheme, ref: string): string {
  return `ROUND(${scheme === "csi" ? `${ref}/100` : ref},${RATING_DECIMALS})`;
}

/**
 * A band lookup over bands given lowest first, the lowest one open downwards:
 * IF(x<40,low,INDEX({...},1,MATCH(x,{40,60,80},1))). No sentinel like -1E+307,
 * which some engines cannot parse inside an array constant.
 */
function bandLookup(x: string, froms: readonly number[], results: readonly string[]): string {
  if (results.length === 1) return results[0];
  const lookup = `INDEX({${results.slice(1).join(",")}},1,MATCH(${x},{${froms.slice(1).join(",")}},1))`;
  return `IF(${x}<${froms[1]},${results[0]},${lookup})`;
}

/** Where the rated cell goes in a cached rating formula. */
const REF = "\u0000";
/** ratingFormula's text per scheme and language, split at the rated cell: a summary has one per employee. */
const ratingParts = new Map<string, readonly string[]>();

/**
 * The band label of the value in `ref`, "" when it is not a number:
 * IF(x>100,"Excellent",IF(x<40,"Very poor",INDEX({"Poor","Fair","Good"},1,MATCH(x,{40,60,80},1)))).
 */
export function ratingFormula(ref: string, scheme: RatingScheme, language: Language): string {
  const key = `${scheme}:${language}`;
  let parts = ratingParts.get(key);
  if (!parts) {
    parts = buildRatingFormula(REF, scheme, language).split(REF);
    ratingParts.set(key, parts);
  }
  return parts.join(ref);
}

function buildRatingFormula(ref: string, scheme: RatingScheme, language: Language): string {
  const bands = RATING_BANDS[scheme];
  const x = ratedValue(scheme, ref);
  const inclusive = bands.filter((b) => !b.exclusiveFrom).reverse();
  let f = bandLookup(
    x,
    inclusive.map((b) => b.from),
    inclusive.map((b) => stringLiteral(b.label[language]))
  );
  for (const b of bands.filter((band) => band.exclusiveFrom).reverse()) {
    f = `IF(${x}>${b.from},${stringLiteral(b.label[language])},${f})`;
  }
  return `=IF(ISNUMBER(${ref}),${f},"")`;
}

/** The actual needed for a target score: V50 + (target − 50) × (V100 − V50) / 50. */
export function neededFormula(target: string, valueAt50: string, valueAt100: string): string {
  return `${valueAt50}+(${target}-50)*(${valueAt100}-${valueAt50})/50`;
}

/** A scheme's band edge in score points: CSI bands are fractions of 100 points. */
function edgeInPoints(scheme: RatingScheme, from: number): number {
  return scheme === "csi" ? Math.round(from * 100 * 1e9) / 1e9 : from;
}

/**
 * The actual needed to reach the band above the score in `score` ("" at the top
 * band), in the sheet's rating scheme. From Good (80-100) the next band starts
 * above 100, so the answer is the value at 100, to be exceeded.
 */
export function neededForNextBandFormula(
  score: string,
  valueAt50: string,
  valueAt100: string,
  scheme: RatingScheme = "achievement"
): string {
  const bands = RATING_BANDS[scheme];
  const top = bands[0];
  const lower = bands.slice(1).reverse();
  const next = lower.map((b) => String(edgeInPoints(scheme, bands[bands.indexOf(b) - 1].from)));
  const rated = ratedValue(scheme, score);
  const target = bandLookup(
    rated,
    lower.map((b) => b.from),
    next
  );
  const atTop = `${rated}${top.exclusiveFrom ? ">" : ">="}${top.from}`;
  return `=IF(ISNUMBER(${score}),IF(${atTop},"",${neededFormula(target, valueAt50, valueAt100)}),"")`;
}

/** The k-th cell of a one-row or one-column range, with both indexes given so every engine reads it alike. */
function nth(range: string, k: string): string {
  const a = parseAddress(range);
  return a && a.rows === 1 ? `INDEX(${range},1,${k})` : `INDEX(${range},${k},1)`;
}

/**
 * The actual from a row of period values (and denominators for the ratio
 * aggregations), over the periods reported so far as core/periods.ts computes
 * it: a blank numerator is a month not yet reported, and its denominator (a
 * target typed ahead) is left out with it. ISNUMBER inside SUMPRODUCT is
 * evaluated cell by cell in every Excel without an array formula.
 *
 *   meanOfRatios: SUMPRODUCT(ISNUMBER(N)*N/(D+1-ISNUMBER(N)))/COUNT(N)
 *     (a blank month is 0/(D+1), never a division by a blank denominator)
 *   ratioOfSums:  SUM(N)/SUMPRODUCT(ISNUMBER(N)*1,D)
 */
export function periodActualFormula(
  aggregation: PeriodAggregation,
  numerators: string,
  denominators?: string
): string {
  const reported = `ISNUMBER(${numerators})`;
  switch (aggregation) {
    case "meanOfRatios":
      return `=SUMPRODUCT(${reported}*${numerators}/(${denominators}+1-${reported}))/COUNT(${numerators})`;
    case "ratioOfSums":
      return `=SUM(${numerators})/SUMPRODUCT(${reported}*1,${denominators})`;
    case "sum":
      return `=SUM(${numerators})`;
    case "mean":
      return `=AVERAGE(${numerators})`;
    case "last":
      return `=${nth(numerators, `COUNT(${numerators})`)}`;
  }
}

/** ▲, ▼ or ▬ comparing the last period with the one before (as ratios for the ratio aggregations). */
export function trendFormula(
  aggregation: PeriodAggregation,
  numerators: string,
  denominators?: string
): string {
  const at = (k: string) =>
    denominators && (aggregation === "meanOfRatios" || aggregation === "ratioOfSums")
      ? `${nth(numerators, k)}/${nth(denominators, k)}`
      : nth(numerators, k);
  const n = `COUNT(${numerators})`;
  const last = at(n);
  const before = at(`${n}-1`);
  return `=IF(${n}<2,"",IF(${last}>${before},"▲",IF(${last}<${before},"▼","▬")))`;
}
