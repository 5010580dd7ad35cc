/**
 * Numbers in the workbook's locale: the one formatter lives in
 * core/numbers.ts (every catalogue writes its numbers through it); this module
 * passes it on to the scorecard layer's callers.
 */
export {
  LANGUAGE_NUMBERS,
  formatFixed,
  formatNumber,
  formatPercent,
  numberLocaleOf,
} from "../core/numbers";
export type { NumberLocale } from "../core/numbers";
