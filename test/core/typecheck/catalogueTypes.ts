/**
 * Compile-time checks of the one catalogue form (core/catalogue.ts): every
 * `@ts-expect-error` below must be an error, or the compiler reports the
 * directive as unused. test/core/catalogues.test.ts compiles this file;
 * `npm run typecheck` does too.
 */
import {
  Catalogue,
  CodeArgs,
  CodedError,
  NoParams,
  bind,
  formatFor,
  render,
} from "../../../src/core/catalogue";
import { DOMAIN_MESSAGES, DomainMessageParams } from "../../../src/core/errorMessages";
import { valueError } from "../../../src/core/errors";
import { WorkbookError } from "../../../src/excel/messages";
import { SourceError } from "../../../src/export/messages";
import { PROBLEMS } from "../../../src/scorecard/messages";
import type { ProblemParams } from "../../../src/scorecard/types";
import { paneStrings } from "../../../src/taskpane/i18n/catalogue";
import { CliError } from "../../../src/cli/messages";

interface Params {
  sheetExists: { readonly sheet: string };
  nothingChanged: NoParams;
}

const f = formatFor("en");

export const complete = {
  en: { sheetExists: (p) => `A sheet named "${p.sheet}" exists.`, nothingChanged: "Nothing." },
  id: { sheetExists: (p) => `Lembar "${p.sheet}" sudah ada.`, nothingChanged: "Tidak ada." },
} satisfies Catalogue<Params>;

// A missing language.
// @ts-expect-error: no Indonesian
export const noIndonesian: Catalogue<Params> = {
  en: complete.en,
};

// A code missing from one language.
export const missingCode: Catalogue<Params> = {
  en: complete.en,
  // @ts-expect-error: `nothingChanged` has no Indonesian template
  id: { sheetExists: (p) => `Lembar "${p.sheet}" sudah ada.` },
};

// A code the parameters do not declare.
export const unknownCode = {
  en: complete.en,
  // @ts-expect-error: `sheetMissing` is no code of Params
  id: { ...complete.id, sheetMissing: "Tidak ada lembar." },
} satisfies Catalogue<Params>;

export const wrongParameter = {
  en: {
    // @ts-expect-error: sheetExists has `sheet`, not `name`
    sheetExists: (p) => `A sheet named "${p.name}" exists.`,
    nothingChanged: "Nothing.",
  },
  id: complete.id,
} satisfies Catalogue<Params>;

export const stringWithParameters = {
  en: {
    // @ts-expect-error: a code with parameters needs a template that uses them, not a string
    sheetExists: "A sheet exists.",
    nothingChanged: "Nothing.",
  },
  id: complete.id,
} satisfies Catalogue<Params>;

// Callers: the parameters of the code, nothing else.
render(complete, f, "sheetExists", { sheet: "Laporan" });
render(complete, f, "nothingChanged");
// @ts-expect-error: sheetExists needs its sheet
render(complete, f, "sheetExists");
// @ts-expect-error: `sheet` is a string
render(complete, f, "sheetExists", { sheet: 3 });
// @ts-expect-error: no such code
render(complete, f, "sheetMissing", {});
// @ts-expect-error: nothingChanged takes no parameters
render(complete, f, "nothingChanged", { sheet: "Laporan" });

const bound = bind(complete, f);
bound.sheetExists({ sheet: "Laporan" });
export const word: string = bound.nothingChanged;
// @ts-expect-error: a message with parameters is a function of them, not a string
export const notAWord: string = bound.sheetExists;

class ExampleError extends CodedError<Params> {
  constructor(...args: CodeArgs<Params>) {
    super(complete, ...args);
  }
}
new ExampleError("sheetExists", { sheet: "Laporan" });
new ExampleError("nothingChanged");
// @ts-expect-error: sheetExists needs `sheet`
new ExampleError("sheetExists", { name: "Laporan" });

// The layers' own catalogues and errors.
render(DOMAIN_MESSAGES, f, "negative", { name: "kpiWeight", value: -1 });
// @ts-expect-error: `value` is a number
render(DOMAIN_MESSAGES, f, "negative", { name: "kpiWeight", value: "-1" });
// @ts-expect-error: a domain error code has its parameters
valueError("kpiWeightSum", { sum: 0.9 });
export const domainIncomplete: Catalogue<DomainMessageParams> = {
  en: DOMAIN_MESSAGES.en,
  // @ts-expect-error: Indonesian lacks `tooLarge`
  id: (({ tooLarge: _dropped, ...rest }) => rest)(DOMAIN_MESSAGES.id),
};
render(PROBLEMS, f, "kpiWeightSum", { perspective: "Keuangan", employee: "", sum: 0.9 });
// @ts-expect-error: a sum is a number (a fraction), formatted when rendered
render(PROBLEMS, f, "kpiWeightSum", { perspective: "Keuangan", employee: "", sum: "90%" });
// @ts-expect-error: duplicateColumn lists column keys
export const columns: ProblemParams["duplicateColumn"] = { header: "X", columns: ["Actual"] };
new WorkbookError("sheetExists", { sheet: "Laporan" });
// @ts-expect-error: excelRefused's detail is Excel's text
new WorkbookError("excelRefused", { detail: 404 });
// @ts-expect-error: no such code of src/excel
new WorkbookError("sheetMissing", { sheet: "Laporan" });
new SourceError("noSheet", { name: "Laporan", known: [] });
// @ts-expect-error: noSheet lists the sheets there are
new SourceError("noSheet", { name: "Laporan" });
new CliError("needsNumber", { flag: "floor", got: "x" });
// @ts-expect-error: `got` is what was typed
new CliError("needsNumber", { flag: "floor" });
const pane = paneStrings("id");
pane.sourceLoaded({ rows: 4, label: { kind: "range", address: "'Data'!A1:G5" } });
// @ts-expect-error: a source label is a code (kind, name, address), not words
pane.sourceLoaded({ rows: 4, label: "KPIs (table)" });
// @ts-expect-error: the pane has no `{placeholder}` strings to fill by hand
pane.buildProgress.replace("{done}", "1");
