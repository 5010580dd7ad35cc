/**
 * Every catalogue of the add-in in the one form (core/catalogue.ts): every
 * code in both languages, each rendered from a sample of its parameters, the
 * Indonesian text Indonesian (no English words once names and quoted text are
 * taken out), templates that take parameters exactly for the codes that have
 * some; and the form's types checked by the compiler
 * (typecheck/catalogueTypes.ts: a missing language or code, an unknown code,
 * a wrong parameter in a template or a call do not compile).
 */
import * as path from "path";
import ts from "typescript";
import { Format, formatFor, renderCoded } from "../../src/core/catalogue";
import { LANGUAGES } from "../../src/core/language";
import { CATALOGUES, CatalogueEntry } from "../support/catalogues";
import { englishIn } from "../support/english";

/** Names the samples use, from the user's data: not words of either language. */
const SAMPLE_NAMES = [
  "Laporan",
  "Keuangan",
  "Budi",
  "ROA",
  "KPI_Data",
  "BSC_Input",
  "Catatan",
  "Target",
];

const show = (e: CatalogueEntry, f: Format, code: string): string =>
  renderCoded(e.catalogue, f, { code, params: e.samples[code] ?? {} } as never);

describe.each(CATALOGUES.map((e) => [e.name, e] as const))("the catalogue of %s", (_, e) => {
  const codes = Object.keys(e.catalogue.en).sort();

  it("has the same codes in every language, every code with parameters sampled", () => {
    for (const language of LANGUAGES)
      expect(Object.keys(e.catalogue[language]).sort()).toEqual(codes);
    expect(Object.keys(e.samples).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it("takes parameters exactly for the codes that have some", () => {
    for (const language of LANGUAGES) {
      const templates = e.catalogue[language] as Record<string, unknown>;
      const wrong = codes.filter((code) => {
        const t = templates[code];
        const takesParams = typeof t === "function" && t.length > 0;
        return takesParams !== code in e.samples;
      });
      expect([language, wrong]).toEqual([language, []]);
    }
  });

  it("renders every code in both languages, the Indonesian in Indonesian", () => {
    const en = formatFor("en");
    const id = formatFor("id");
    const problems = codes.flatMap((code) => {
      const english = show(e, en, code);
      const indonesian = show(e, id, code);
      const found: string[] = [];
      if (english.trim() === "" || indonesian.trim() === "") found.push(`${code}: empty`);
      if (indonesian === english && !e.same?.includes(code)) found.push(`${code}: not translated`);
      const words = englishIn(indonesian, [...SAMPLE_NAMES, ...(e.names ?? [])], true);
      if (words.length) found.push(`${code}: English words ${words.join(", ")} in ${indonesian}`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe("the catalogue form's types", () => {
  it("reject a missing language or code, an unknown code, a wrong parameter (typecheck/catalogueTypes.ts)", () => {
    const root = path.resolve(__dirname, "..", "..");
    const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const file = path.join(__dirname, "typecheck", "catalogueTypes.ts");
    // Only the core and the file itself: no ambient types (Office, jest, node), no library checks.
    const program = ts.createProgram([file], {
      ...options,
      noEmit: true,
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    // Every @ts-expect-error met its error (an unused one is error TS2578), and nothing else failed.
    expect(diagnostics).toEqual([]);
    const expected = (ts.sys.readFile(file) ?? "").match(/@ts-expect-error/g) ?? [];
    expect(expected.length).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
