/**
 * Rating bands of seed 004 (DOMAIN.md section 2), labelled in English or Indonesian.
 *
 * Bands are data: this one table drives `rating()`, the task pane preview, the
 * native rating formula written into scorecard sheets (INDEX/MATCH over the
 * bands' lower bounds, src/scorecard/formulas.ts), the sheets' conditional
 * formats (src/scorecard/styles.ts `bandConditions`) and the traffic-light
 * colours of the sheets and the pane (styles.ts `BAND_COLORS`: a band's place
 * in its scheme, highest first, picks its colour).
 * Their labels are words of a catalogue in the one form (catalogue.ts).
 */
import type { Catalogue, NoParams } from "./catalogue";
import type { Language } from "./language";

export type RatingScheme = "achievement" | "csi";

export interface RatingBand {
  /** Stable id, used for colours and tests. */
  readonly id: string;
  /** Lowest value in the band. */
  readonly from: number;
  /** True when `from` itself belongs to the band below (achievement's "above 100"). */
  readonly exclusiveFrom: boolean;
  readonly label: Readonly<Record<Language, string>>;
}

type BandId =
  | "excellent"
  | "good"
  | "fair"
  | "poor"
  | "very-poor"
  | "very-satisfied"
  | "satisfied"
  | "fairly-satisfied"
  | "dissatisfied"
  | "very-dissatisfied";

/** The bands' labels: a catalogue of words. */
export const RATING_LABELS = {
  en: {
    excellent: "Excellent",
    good: "Good",
    fair: "Fair",
    poor: "Poor",
    "very-poor": "Very poor",
    "very-satisfied": "Very satisfied",
    satisfied: "Satisfied",
    "fairly-satisfied": "Fairly satisfied",
    dissatisfied: "Dissatisfied",
    "very-dissatisfied": "Very dissatisfied",
  },
  id: {
    excellent: "Sangat Baik",
    good: "Baik",
    fair: "Cukup Baik",
    poor: "Kurang Baik",
    "very-poor": "Tidak Baik",
    "very-satisfied": "Sangat Puas",
    satisfied: "Puas",
    "fairly-satisfied": "Cukup Puas",
    dissatisfied: "Kurang Puas",
    "very-dissatisfied": "Tidak Puas",
  },
} satisfies Catalogue<Record<BandId, NoParams>>;

const band = (id: BandId, from: number, exclusiveFrom = false): RatingBand => ({
  id,
  from,
  exclusiveFrom,
  label: { en: RATING_LABELS.en[id], id: RATING_LABELS.id[id] },
});

/** Highest band first. Achievement is on score points (100 = target). */
export const RATING_BANDS: Readonly<Record<RatingScheme, readonly RatingBand[]>> = {
  achievement: [
    band("excellent", 100, true),
    band("good", 80),
    band("fair", 60),
    band("poor", 40),
    band("very-poor", -Infinity),
  ],
  csi: [
    band("very-satisfied", 0.81),
    band("satisfied", 0.66),
    band("fairly-satisfied", 0.51),
    band("dissatisfied", 0.35),
    band("very-dissatisfied", -Infinity),
  ],
};

export const RATING_SCHEMES: readonly RatingScheme[] = ["achievement", "csi"];

export function isRatingScheme(x: string): x is RatingScheme {
  return (RATING_SCHEMES as readonly string[]).includes(x);
}

/** Decimals a value is rounded to before it is rated, here and in the sheets' ROUND(x, 9). */
export const RATING_DECIMALS = 9;

/**
 * A score on a band edge computed as 39.999999999999993 is 40 to a person, so it
 * is rated Poor, not Very poor: values are rounded to RATING_DECIMALS first, as
 * the generated sheets' formulas do, so every engine agrees.
 */
export function roundForRating(value: number): number {
  const f = 10 ** RATING_DECIMALS;
  const r = Math.round(value * f) / f;
  return Number.isFinite(r) ? r : value;
}

/**
 * Where in `bands` (a scheme's, highest first) a value falls: rounded first
 * (`roundForRating`), then the first band it reaches. `ratingBand` and every
 * loop that rates many values use it, so there is one rule.
 */
export function bandIndex(bands: readonly RatingBand[], value: number): number {
  // NOINLINE: a function used once would be pasted in as a closure made per value (bench/NOTES.md).
  const v = /*#__NOINLINE__*/ roundForRating(value);
  const last = bands.length - 1;
  for (let i = 0; i < last; i++) {
    const b = bands[i];
    if (b.exclusiveFrom ? v > b.from : v >= b.from) return i;
  }
  return last;
}

/** The band a value falls in. */
export function ratingBand(value: number, scheme: RatingScheme = "achievement"): RatingBand {
  const bands = RATING_BANDS[scheme];
  return bands[bandIndex(bands, value)];
}

/** The labels of each scheme's bands in each language, in the bands' order. */
const BAND_LABELS: Readonly<Record<RatingScheme, Readonly<Record<Language, readonly string[]>>>> = {
  achievement: {
    en: RATING_BANDS.achievement.map((b) => b.label.en),
    id: RATING_BANDS.achievement.map((b) => b.label.id),
  },
  csi: {
    en: RATING_BANDS.csi.map((b) => b.label.en),
    id: RATING_BANDS.csi.map((b) => b.label.id),
  },
};

/**
 * A scheme's band labels in one language, in the order of RATING_BANDS[scheme]:
 * `bandLabels(s, l)[bandIndex(RATING_BANDS[s], x)]` is `rating(x, s, l)`, for
 * loops that rate many values in one scheme and language (RATING over a column).
 */
export function bandLabels(scheme: RatingScheme, language: Language): readonly string[] {
  return BAND_LABELS[scheme][language];
}

/**
 * The band of a score in points, as the generated sheets rate it: achievement
 * bands on the score itself, the CSI bands (fractions) on score / 100.
 */
export function scoreBand(score: number, scheme: RatingScheme = "achievement"): RatingBand {
  return ratingBand(scheme === "csi" ? score / 100 : score, scheme);
}

export function rating(
  value: number,
  scheme: RatingScheme = "achievement",
  language: Language = "en"
): string {
  return ratingBand(value, scheme).label[language];
}

/** The lowest score that reaches the band above `value`'s, or undefined at the top band. */
export function nextBandThreshold(
  value: number,
  scheme: RatingScheme = "achievement"
): number | undefined {
  const bands = RATING_BANDS[scheme];
  const index = bands.indexOf(ratingBand(value, scheme));
  return index > 0 ? bands[index - 1].from : undefined;
}
