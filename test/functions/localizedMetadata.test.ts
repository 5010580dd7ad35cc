/**
 * Custom-function help in every language: functions.<locale>.json is the
 * built functions.json with each description translated, nothing else changed,
 * and the manifest sends Excel in that language to it.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const locales = require(path.join(root, "scripts/functionsLocales.js")) as {
  loadLocales(): Translation[];
  localizeMetadata(metadata: Metadata, translation: Translation): Metadata;
  translationProblems(functions: FunctionMeta[], translation: Translation): string[];
  metadataFile(locale: string): string;
};

interface Translation {
  locale: string;
  functions: Record<string, { description: string; parameters: Record<string, string> }>;
}
interface ParamMeta {
  name: string;
  description: string;
  [key: string]: unknown;
}
interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  [key: string]: unknown;
}
interface Metadata {
  functions: FunctionMeta[];
}

const readJson = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8")) as T;
const english = readJson<Metadata>("functions.json");
const translations = locales.loadLocales();

/** The metadata with every human-readable text taken out. */
const withoutTexts = (m: Metadata) =>
  m.functions.map(({ description, helpUrl, parameters, ...rest }) => ({
    ...rest,
    hasDescription: description.length > 0,
    helpAnchor: helpUrl?.split("#")[1],
    parameters: parameters.map(({ description: d, ...p }) => ({
      ...p,
      hasDescription: d.length > 0,
    })),
  }));

describe("localized custom-function metadata", () => {
  it("has Indonesian", () => {
    expect(translations.map((t) => t.locale)).toEqual(["id-ID"]);
  });

  describe.each(translations.map((t) => t.locale))("%s", (locale) => {
    const localized = readJson<Metadata>(locales.metadataFile(locale));

    it("is built next to functions.json with the same functions, names, arguments and types", () => {
      expect(withoutTexts(localized)).toEqual(withoutTexts(english));
      expect(localized.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.id));
    });

    it("translates every description and every argument's help", () => {
      const untranslated = localized.functions.flatMap((f, i) => {
        const en = english.functions[i];
        return [
          ...(f.description === en.description ? [f.id] : []),
          ...f.parameters
            .filter((p, j) => p.description === en.parameters[j].description)
            .map((p) => `${f.id}(${p.name})`),
        ];
      });
      expect(untranslated).toEqual([]);
      const bsc = localized.functions.find((f) => f.id === "BSC_SCORE")!;
      expect(bsc.parameters.find((p) => p.name === "valueAt50")!.description).toContain("skor 50");
    });

    it("links each function to its help page in that language, on the build's origin", () => {
      // The origin of the English metadata: https://localhost:3000 in development, the production origin in production.
      const origin = new URL(english.functions[0].helpUrl!).origin;
      expect(origin).toMatch(/^https:\/\//);
      for (const f of localized.functions)
        expect(f.helpUrl).toBe(`${origin}/docs/functions.${locale}.html#${f.id.toLowerCase()}`);
    });

    it("is what the manifest gives Excel in that language", () => {
      const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
      const metadataUrl = xml.match(/<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/)![0];
      expect(metadataUrl).toContain(
        `<bt:Override Locale="${locale}" Value="https://localhost:3000/${locales.metadataFile(locale)}"/>`
      );
    });
  });

  describe("a translation that does not cover the functions exactly fails the build", () => {
    const [translation] = translations;
    const copy = (): Translation => JSON.parse(JSON.stringify(translation)) as Translation;

    it("names a missing function, a missing or blank argument, and one that no longer exists", () => {
      const t = copy();
      delete t.functions.ROA;
      delete t.functions.ROE.parameters.totalEquity;
      t.functions.NPM.parameters.netSales = "  ";
      t.functions.NPM.parameters.revenue = "Pendapatan";
      t.functions.OLD_FUNCTION = { description: "x", parameters: {} };
      const where = `src/functions/locales/${t.locale}.json`;
      expect(locales.translationProblems(english.functions, t).sort()).toEqual(
        [
          `${where}: OLD_FUNCTION is not a function`,
          `${where}: ROA is missing`,
          `${where}: ROE(totalEquity) has no description`,
          `${where}: NPM(netSales) has no description`,
          `${where}: NPM has no argument revenue`,
        ].sort()
      );
      expect(() => locales.localizeMetadata(english, t)).toThrow(/ROA is missing/);
    });

    it("accepts the committed translation as it is", () => {
      expect(locales.translationProblems(english.functions, translation)).toEqual([]);
    });
  });
});
