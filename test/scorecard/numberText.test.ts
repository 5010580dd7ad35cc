import type { Language } from "../../src/core/language";
import { problemMessage } from "../../src/scorecard/messages";
import {
  LANGUAGE_NUMBERS,
  formatFixed,
  formatNumber,
  formatPercent,
  NumberLocale,
  numberLocaleOf,
} from "../../src/scorecard/numberText";
import type { Problem, ProblemCode, ProblemParams } from "../../src/scorecard/types";

/** A problem of `code` rendered in a language and locale. */
function renderProblem<C extends ProblemCode>(
  code: C,
  params: ProblemParams[C],
  language: Language,
  numbers?: NumberLocale
): string {
  return problemMessage({ severity: "error", code, params } as Problem, language, numbers);
}

describe("numbers in the workbook's locale", () => {
  it("takes a locale's own separators from Intl", () => {
    expect(numberLocaleOf("en-US")).toEqual({ locale: "en-US", decimal: ".", group: "," });
    expect(numberLocaleOf("id-ID")).toEqual({ locale: "id-ID", decimal: ",", group: "." });
    expect(numberLocaleOf("de-DE")).toEqual({ locale: "de-DE", decimal: ",", group: "." });
  });

  it("falls back to en-US for a missing or malformed tag", () => {
    expect(numberLocaleOf(undefined).locale).toBe("en-US");
    expect(numberLocaleOf("not a locale!").locale).toBe("en-US");
  });

  it("shows the seed 003 total with a decimal comma in id-ID", () => {
    expect(formatFixed(57.849999, LANGUAGE_NUMBERS.en)).toBe("57.85");
    expect(formatFixed(57.849999, LANGUAGE_NUMBERS.id)).toBe("57,85");
    expect(formatFixed(1234567.891, LANGUAGE_NUMBERS.id)).toBe("1.234.567,89");
    expect(formatFixed(-106.5875, LANGUAGE_NUMBERS.en)).toBe("-106.59");
  });

  it("uses the separators Excel is set to, even where they differ from the locale's", () => {
    const swiss = { locale: "de-CH", decimal: ".", group: "'" };
    expect(formatFixed(1234.5, swiss)).toBe("1'234.50");
    const customised = { locale: "en-US", decimal: ",", group: " " };
    expect(formatNumber(1234.125, customised)).toBe("1 234,125");
  });

  it("shows weights as percentages with as many decimals as they need", () => {
    expect(formatPercent(0.35, LANGUAGE_NUMBERS.en)).toBe("35%");
    expect(formatPercent(0.955, LANGUAGE_NUMBERS.id)).toBe("95,5%");
    expect(formatPercent(1.0000004, LANGUAGE_NUMBERS.en, 6)).toBe("100.00004%");
  });
});

describe("problem messages with numbers", () => {
  it("render sums and scores in the given locale", () => {
    const sum = { perspective: "Customer", employee: "", sum: 0.955 };
    expect(renderProblem("kpiWeightSum", sum, "en")).toBe(
      'KPI weights of "Customer" sum to 95.5%, not 100%.'
    );
    expect(renderProblem("kpiWeightSum", sum, "id")).toBe(
      'Jumlah bobot KPI "Customer" adalah 95,5%, bukan 100%.'
    );
    // English words in an Indonesian workbook: the workbook decides the numbers.
    expect(renderProblem("kpiWeightSum", sum, "en", LANGUAGE_NUMBERS.id)).toBe(
      'KPI weights of "Customer" sum to 95,5%, not 100%.'
    );
    expect(
      renderProblem("scoreAbove150", { kpi: "ROA", score: 163.25, reversed: false }, "id")
    ).toMatch(/^Skor ROA adalah 163,25, di atas 150: periksa nilai aktual, nilai 50 dan nilai 100\. /);
    expect(
      renderProblem(
        "perspectiveWeightMismatch",
        { perspective: "Finance", first: 0.3, second: 0.25 },
        "en"
      )
    ).toBe('"Finance" has two different weights (30% and 25%).');
  });
});

describe("problem messages name columns in their language", () => {
  it("translates a column, a list of columns and a KPI's period column", () => {
    const cell = { column: "actual" as const, address: "'Data'!G3", value: '"n/a"' };
    expect(renderProblem("notANumber", cell, "en")).toBe(
      `Actual in 'Data'!G3 is "n/a", not a number.`
    );
    expect(renderProblem("notANumber", cell, "id")).toBe(
      `Aktual di 'Data'!G3 berisi "n/a", bukan angka.`
    );
    expect(renderProblem("missingColumn", { column: "valueAt50" }, "id")).toBe(
      'Tidak ada kolom untuk "Nilai 50".'
    );
    expect(
      renderProblem(
        "duplicateColumn",
        { header: "Target", columns: ["valueAt100", "actual"] },
        "id"
      )
    ).toBe('Kolom "Target" dipetakan dua kali (Nilai 100, Aktual).');
    const period = {
      column: "period" as const,
      kpi: "Retention",
      periodNumber: 3,
      address: "'Monthly'!D9",
      value: '"x"',
    };
    expect(renderProblem("notANumber", period, "en")).toBe(
      `Retention Period 3 in 'Monthly'!D9 is "x", not a number.`
    );
    expect(renderProblem("notANumber", period, "id")).toBe(
      `Retention Periode 3 di 'Monthly'!D9 berisi "x", bukan angka.`
    );
  });
});
