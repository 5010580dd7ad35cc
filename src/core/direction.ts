/**
 * A KPI's direction (DOMAIN.md section 1). The thresholds decide it: a KPI whose
 * value at 100 is below its value at 50 is lower-is-better (turnover, churn,
 * cost), and the one scoring line already scores it that way. Everything else
 * that reads a direction (needed-for-100 "at most", trend arrow colours) asks
 * `lowerIsBetter`.
 *
 * A KPI's name often says a direction too ("turnover", "biaya", "kepuasan").
 * When name and thresholds disagree, the KPI is most likely scored upside
 * down: `nameDirection` reads the name so that the builder can warn.
 */

export type Direction = "higher" | "lower";

/** True when the KPI's thresholds make it lower-is-better (valueAt100 < valueAt50). */
export function lowerIsBetter(valueAt50: number, valueAt100: number): boolean {
  return valueAt100 < valueAt50;
}

/** The direction the thresholds give; a flat line (valueAt50 = valueAt100) has none. */
export function thresholdDirection(valueAt50: number, valueAt100: number): Direction | undefined {
  if (valueAt100 === valueAt50) return undefined;
  return lowerIsBetter(valueAt50, valueAt100) ? "lower" : "higher";
}

/**
 * Words of KPI names that say lower is better, English and Indonesian, matched
 * as whole words (or word starts for the English stems: "complaints",
 * "absenteeism"). NPL (non-performing loans) and BOPO (operating cost over
 * operating income) are the Indonesian banking ratios seeds 000/001 report.
 */
const LOWER_WORDS = [
  "turnover",
  "churn",
  "attrition",
  "absenteeism",
  "absence",
  "absensi",
  "ketidakhadiran",
  "mangkir",
  "cost",
  "costs",
  "biaya",
  "beban",
  "complaint",
  "complaints",
  "keluhan",
  "komplain",
  "npl",
  "bopo",
  "defect",
  "defects",
  "cacat",
  "error",
  "errors",
  "kesalahan",
  "accident",
  "accidents",
  "kecelakaan",
  "downtime",
  "delay",
  "delays",
  "keterlambatan",
  "waste",
  "inactive",
  "resign",
  "resignation",
];

/** Words of KPI names that say higher is better. */
const HIGHER_WORDS = [
  "retention",
  "retensi",
  "revenue",
  "revenues",
  "pendapatan",
  "penjualan",
  "sales",
  "satisfaction",
  "kepuasan",
  "profit",
  "laba",
  "roa",
  "roe",
  "roi",
  "acquisition",
  "akuisisi",
  "productivity",
  "produktivitas",
  "attendance",
  "kehadiran",
  "growth",
  "pertumbuhan",
];

const LOWER = new Set(LOWER_WORDS);
const HIGHER = new Set(HIGHER_WORDS);

/**
 * The direction a KPI's name says, or undefined when it says none or both
 * ("cost of customer acquisition" says both: no guess).
 */
export function nameDirection(name: string): Direction | undefined {
  let found = namesRead.get(name);
  if (found === undefined) {
    // A bounded memo: KPI names repeat for every employee (120,000 rows, a dozen names).
    if (namesRead.size >= 10_000) namesRead.clear();
    namesRead.set(name, (found = readDirection(name) ?? "none"));
  }
  return found === "none" ? undefined : found;
}

const namesRead = new Map<string, Direction | "none">();

function readDirection(name: string): Direction | undefined {
  let lower = false;
  let higher = false;
  for (const word of name.toLowerCase().split(/[^a-z0-9]+/)) {
    if (LOWER.has(word)) lower = true;
    else if (HIGHER.has(word)) higher = true;
  }
  if (lower === higher) return undefined;
  return lower ? "lower" : "higher";
}

/**
 * The direction the name says when the thresholds say the other one; undefined
 * when they agree, when the name says nothing, or when the line is flat.
 */
export function directionMismatch(
  name: string,
  valueAt50: number,
  valueAt100: number
): Direction | undefined {
  const byName = nameDirection(name);
  const byThresholds = thresholdDirection(valueAt50, valueAt100);
  return byName && byThresholds && byName !== byThresholds ? byName : undefined;
}
