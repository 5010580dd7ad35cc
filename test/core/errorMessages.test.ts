/**
 * The error-message catalogues: every code has an English and an Indonesian
 * template (a missing one does not compile, see the @ts-expect-error below),
 * the Indonesian text is not the English one, numbers take a decimal comma in
 * Indonesian, and nested errors and positions render in the same language.
 */
import {
  Catalogue,
  DOMAIN_MESSAGES,
  DomainErrorCode,
  DomainMessageParams,
  messageFormat,
  position,
  renderDomainMessage,
  where,
} from "../../src/core/errorMessages";
import { MESSAGE_NUMBERS, formatExact } from "../../src/core/numbers";
import { DomainError, div0Error, naError, numError, valueError } from "../../src/core/errors";
import { LANGUAGES, Language } from "../../src/core/language";
import {
  FUNCTION_MESSAGES,
  FunctionErrorCode,
  FunctionMessageParams,
  renderFunctionMessage,
} from "../../src/functions/messages";

const nested = div0Error("flatScoreLine", { value: 0.5 });

/** One example per code: a code without an example does not compile. */
const DOMAIN_SAMPLES: { readonly [C in DomainErrorCode]: DomainMessageParams[C] } = {
  tooLarge: { what: "weightedScore" },
  namedTooLarge: { name: "CSS" },
  negative: { name: "kpiWeight", value: -0.5, row: 3 },
  negativeBalance: { name: "totalAssets", end: "closing", value: -1317000.5 },
  zero: { name: "totalAssets" },
  partAboveWhole: { part: "met", partValue: 11, whole: "total", wholeValue: 10 },
  growthFromZero: {},
  flatScoreLine: { value: 0.75 },
  flatScoreLineInverse: { value: 0.75 },
  floorAboveCap: { floor: 100, cap: 0 },
  cssWeightCount: { count: 2 },
  cssWeightNegative: { index: 2, value: -0.1 },
  cssWeightSum: { sum: 0.9 },
  kpiWeightSum: { sum: 0.95, rows: 7 },
  equalKpiWeightSum: { sum: 0.25, perspectives: [0.25] },
  gradeDownPeriods: { periods: 1.5 },
  noPeriodData: {},
  periodPairs: {},
  periodDenominatorZero: { period: 3 },
  denominatorsSumZero: {},
  noResponses: {},
  npsOutOfScale: { value: 11 },
  npsNotWhole: { value: 8.5 },
  scaleMaxNotPositive: { value: -1 },
  csiLengthMismatch: { satisfaction: 3, importance: 2 },
  noSatisfaction: {},
  satisfactionOutOfScale: { value: 6, scaleMax: 5 },
  importanceNegative: { value: -1 },
  importanceSumZero: {},
  noKpiRows: {},
  inItem: { item: "row", index: 2, error: nested },
};

const FUNCTION_SAMPLES: { readonly [C in FunctionErrorCode]: FunctionMessageParams[C] } = {
  blank: { name: "actual", position: { row: 2 } },
  text: { name: "netProfit", text: "12,5" },
  notSingle: { name: "netProfit" },
  mustBeText: { name: "scheme" },
  shapeMismatch: {
    first: "actual",
    firstShape: { rows: 3, cols: 1 },
    second: "valueAt50",
    secondShape: { rows: 2, cols: 1 },
  },
  unknownScheme: { got: "grades" },
  unknownLanguage: { got: "fr" },
  atPosition: { position: { row: 2 }, error: nested },
};

const render = (language: Language, code: DomainErrorCode): string =>
  renderDomainMessage(language, code, DOMAIN_SAMPLES[code] as never);
const renderFn = (language: Language, code: FunctionErrorCode): string =>
  renderFunctionMessage(language, code, FUNCTION_SAMPLES[code] as never);

/** English template words that must not survive in an Indonesian message. */
const ENGLISH = /\b(is|are|must|the|blank|row|column|got|give|not|needs|every|there)\b/i;

describe.each([
  ["domain", DOMAIN_MESSAGES, Object.keys(DOMAIN_SAMPLES), render],
  ["functions", FUNCTION_MESSAGES, Object.keys(FUNCTION_SAMPLES), renderFn],
] as const)("the %s catalogue", (_, catalogue, codes, show) => {
  const renderAny = show as (language: Language, code: string) => string;

  it("has a template for every code in both languages, and no others", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys((catalogue as Catalogue<object>)[language]).sort()).toEqual(
        [...codes].sort()
      );
    }
  });

  it.each(codes.map((c) => [c]))("%s: the Indonesian text is not the English one", (code) => {
    const en = renderAny("en", code);
    const id = renderAny("id", code);
    expect(en.length).toBeGreaterThan(5);
    expect(id.length).toBeGreaterThan(5);
    expect(id).not.toBe(en);
    expect(id).not.toMatch(ENGLISH);
  });
});

describe("domain errors", () => {
  it("keep the English text as message and render Indonesian on request", () => {
    const e = numError("negative", { name: "kpiWeight", value: -0.5, row: 3 });
    expect(e).toBeInstanceOf(DomainError);
    expect(e.kind).toBe("num");
    expect(e.code).toBe("negative");
    expect(e.message).toBe("kpiWeight in row 3 is negative (-0.5).");
    expect(e.messageIn("en")).toBe(e.message);
    expect(e.messageIn("id")).toBe("kpiWeight di baris 3 bernilai negatif (-0,5).");
  });

  it("render a nested error wholly in one language", () => {
    const e = new DomainError("div0", "inItem", { item: "row", index: 4, error: nested });
    expect(e.message).toBe(
      "Row 4: valueAt50 and valueAt100 are both 0.5: the score line needs two different values."
    );
    expect(e.messageIn("id")).toBe(
      "Baris 4: valueAt50 dan valueAt100 sama-sama 0,5: garis skor membutuhkan dua nilai yang berbeda."
    );
  });

  it("say the weight sum with a decimal comma in Indonesian, with the percent-points hint", () => {
    const e = valueError("kpiWeightSum", { sum: 0.975, rows: 4 });
    expect(e.message).toContain("sum to 97.5%");
    expect(e.messageIn("id")).toBe(
      "Jumlah bobot (kpiWeight × perspectiveWeight atas 4 baris) adalah 97,5%, bukan 100%."
    );
    expect(valueError("cssWeightSum", { sum: 100 }).messageIn("id")).toBe(
      "Jumlah bobot CSS adalah 10.000%, bukan 100%. " +
        "Masukkan bobot sebagai pecahan atau persentase (35% atau 0,35, bukan 35)."
    );
  });

  it("take no parameters where the message has none", () => {
    expect(naError("noKpiRows").messageIn("id")).toBe(
      "Tidak ada baris KPI: actual, valueAt50 dan valueAt100 semuanya kosong."
    );
  });
});

describe("numbers and positions in messages", () => {
  it.each([
    [0.5, "0.5", "0,5"],
    [-1317000.5, "-1317000.5", "-1.317.000,5"],
    [1234, "1234", "1.234"],
    [100, "100", "100"],
    [0.1 + 0.2, "0.30000000000000004", "0,30000000000000004"],
    [1e308, "1e+308", "1e+308"],
    [1.5e-7, "1.5e-7", "1,5e-7"],
  ])("%p reads %p in English and %p in Indonesian", (x, en, id) => {
    expect(formatExact(x, MESSAGE_NUMBERS.en)).toBe(en);
    expect(formatExact(x, MESSAGE_NUMBERS.id)).toBe(id);
  });

  it("name rows and columns in the message's language", () => {
    const en = messageFormat("en");
    const id = messageFormat("id");
    expect(where(en, "actual", { row: 3, column: 2 })).toBe("actual in row 3, column 2");
    expect(where(id, "actual", { row: 3, column: 2 })).toBe("actual di baris 3, kolom 2");
    expect(where(id, "actual", undefined)).toBe("actual");
    expect(position(id, { column: 4 }, true)).toBe("Kolom 4");
  });
});

// Compile-time: a catalogue without an Indonesian template for some code is a type error.
const { tooLarge: _dropped, ...withoutOne } = DOMAIN_MESSAGES.id;
export const incomplete: Catalogue<DomainMessageParams> = {
  en: DOMAIN_MESSAGES.en,
  // @ts-expect-error: `tooLarge` has no Indonesian template
  id: withoutOne,
};
