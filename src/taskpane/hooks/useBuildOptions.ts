/**
 * Options step: the form's draft (text as typed) and the `BuildOptions` it
 * gives, with a message key per invalid field.
 */
import { useCallback, useMemo, useState } from "react";
import { CssWeights, DEFAULT_CSS_WEIGHTS, cssWeightsFromInput } from "../../core/css";
import { isDomainError } from "../../core/errors";
import type { RatingScheme } from "../../core/rating";
import type { Language } from "../../core/language";
import {
  BuildOptions,
  DEFAULT_BUILD_OPTIONS,
  DEFAULT_GRADE_DOWN_PERIODS,
} from "../../scorecard/types";
import type { Strings } from "../i18n";

export interface OptionsDraft {
  readonly title: string;
  readonly scheme: RatingScheme;
  readonly language: Language;
  readonly mode: BuildOptions["mode"];
  readonly clamp: boolean;
  readonly floor: string;
  readonly cap: string;
  readonly sheetPerEmployee: boolean;
  readonly gcr: boolean;
  readonly gcrMinimum: string;
  /** Grade down on the history sheet: threshold and number of periods, as typed. */
  readonly gradeDown: boolean;
  readonly gradeDownThreshold: string;
  readonly gradeDownPeriods: string;
  /** With a unit column: the roll-up's weighting, or none. */
  readonly rollup: NonNullable<BuildOptions["rollup"]>;
  /** The CSS weights in percent as typed (KPI, assessment, development): "70", "10", "20". */
  readonly cssKpi: string;
  readonly cssAssessment: string;
  readonly cssDevelopment: string;
  /** Replace sheets that already have the planned names (asks first). */
  readonly replace: boolean;
}

export type OptionField =
  | "title"
  | "floor"
  | "cap"
  | "gcrMinimum"
  | "gradeDownThreshold"
  | "gradeDownPeriods"
  | "cssKpi"
  | "cssAssessment"
  | "cssDevelopment";

/** The CSS weight fields, in the order of core/css.ts CssWeights. */
export const CSS_FIELDS = ["cssKpi", "cssAssessment", "cssDevelopment"] as const;
type MessageKey = {
  [K in keyof Strings]: Strings[K] extends string ? K : never;
}[keyof Strings];
export type OptionErrors = Partial<Record<OptionField, MessageKey>>;

export function initialDraft(language: Language): OptionsDraft {
  return {
    title: DEFAULT_BUILD_OPTIONS.title,
    scheme: DEFAULT_BUILD_OPTIONS.scheme,
    language,
    mode: DEFAULT_BUILD_OPTIONS.mode,
    clamp: false,
    floor: "0",
    cap: "150",
    sheetPerEmployee: false,
    gcr: false,
    gcrMinimum: "",
    gradeDown: false,
    gradeDownThreshold: "",
    gradeDownPeriods: String(DEFAULT_GRADE_DOWN_PERIODS),
    rollup: "mean",
    cssKpi: String(DEFAULT_CSS_WEIGHTS[0] * 100),
    cssAssessment: String(DEFAULT_CSS_WEIGHTS[1] * 100),
    cssDevelopment: String(DEFAULT_CSS_WEIGHTS[2] * 100),
    replace: false,
  };
}

/** A number as typed, with "," or "." as the decimal mark; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "" || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

export function toBuildOptions(draft: OptionsDraft, severalEmployees: boolean) {
  const errors: OptionErrors = {};
  const title = draft.title.trim();
  if (title === "") errors.title = "optionsTitleRequired";
  let floor: number | undefined;
  let cap: number | undefined;
  if (draft.clamp) {
    floor = parseNumber(draft.floor);
    cap = parseNumber(draft.cap);
    if (floor === undefined) errors.floor = "optionsNumberInvalid";
    if (cap === undefined) errors.cap = "optionsNumberInvalid";
    if (floor !== undefined && cap !== undefined && floor > cap) errors.cap = "optionsClampInvalid";
  }
  let gcrMinimumScore: number | undefined;
  if (draft.gcr) {
    gcrMinimumScore = parseNumber(draft.gcrMinimum);
    if (gcrMinimumScore === undefined) errors.gcrMinimum = "optionsNumberInvalid";
  }
  let gradeDownThreshold: number | undefined;
  let gradeDownPeriods: number | undefined;
  if (draft.gradeDown) {
    gradeDownThreshold = parseNumber(draft.gradeDownThreshold);
    if (gradeDownThreshold === undefined) errors.gradeDownThreshold = "optionsNumberInvalid";
    gradeDownPeriods = parseNumber(draft.gradeDownPeriods);
    if (
      gradeDownPeriods === undefined ||
      !Number.isInteger(gradeDownPeriods) ||
      gradeDownPeriods < 1
    )
      errors.gradeDownPeriods = "optionsWholeNumberInvalid";
  }
  const cssWeights = cssWeightsOf(draft, errors);
  const options: BuildOptions = {
    ...DEFAULT_BUILD_OPTIONS,
    title,
    scheme: draft.scheme,
    language: draft.language,
    mode: draft.mode,
    sheetPerEmployee: severalEmployees && draft.sheetPerEmployee,
    ...(floor !== undefined ? { floor } : {}),
    ...(cap !== undefined ? { cap } : {}),
    ...(gcrMinimumScore !== undefined ? { gcrMinimumScore } : {}),
    ...(gradeDownThreshold !== undefined ? { gradeDownThreshold, gradeDownPeriods } : {}),
    rollup: draft.rollup,
    ...(cssWeights !== undefined ? { cssWeights } : {}),
  };
  return { options, errors, valid: Object.keys(errors).length === 0 };
}

/**
 * The CSS weights typed in percent, as fractions; undefined (with the field's
 * error) when one is not a number or the three do not sum to 100%. The
 * defaults (70/10/20) are left out of the options, so the sheets are the same
 * as without the field.
 */
function cssWeightsOf(draft: OptionsDraft, errors: OptionErrors): CssWeights | undefined {
  const points = CSS_FIELDS.map((field) => parseNumber(draft[field]));
  CSS_FIELDS.forEach((field, i) => {
    if (points[i] === undefined || (points[i] as number) < 0)
      errors[field] = "optionsNumberInvalid";
  });
  if (points.some((p) => p === undefined || p < 0)) return undefined;
  const weights = cssWeightsFromInput(points.map((p) => (p as number) / 100));
  if (isDomainError(weights)) {
    errors.cssDevelopment = "optionsCssWeightsSum";
    return undefined;
  }
  return weights.every((w, i) => w === DEFAULT_CSS_WEIGHTS[i]) ? undefined : weights;
}

/**
 * The options form's state. The sheet's language follows the pane's until the
 * user picks one in the form; from then on it stays as picked.
 */
export function useBuildOptions(paneLanguage: Language, severalEmployees: boolean) {
  const [typed, setTyped] = useState(() => initialDraft(paneLanguage));
  const [languagePicked, setLanguagePicked] = useState(false);
  const update = useCallback((patch: Partial<OptionsDraft>) => {
    if (patch.language !== undefined) setLanguagePicked(true);
    setTyped((d) => ({ ...d, ...patch }));
  }, []);
  const draft = useMemo(
    () => (languagePicked ? typed : { ...typed, language: paneLanguage }),
    [typed, languagePicked, paneLanguage]
  );
  const derived = useMemo(() => toBuildOptions(draft, severalEmployees), [draft, severalEmployees]);
  return { draft, update, ...derived };
}
