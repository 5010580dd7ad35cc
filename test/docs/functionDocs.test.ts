/**
 * docs/functions.md cannot drift from the functions: it must equal what
 * scripts/docs.js generates from the metadata, and every example it shows must
 * give its result through the built bundle.
 */
import * as fs from "fs";
import * as path from "path";
import { loadBuiltFunctions } from "../support/builtBundle";

const root = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docs = require(path.join(root, "scripts/docs.js")) as {
  metadata(): Promise<unknown[]>;
  pages(functions: unknown[]): { md: string; markdown: string; htmlText: string }[];
};
const examples = JSON.parse(
  fs.readFileSync(path.join(root, "docs/function-examples.json"), "utf8")
) as Record<string, { args: unknown[]; result: number | string | boolean }>;

describe("docs/functions.md and its translations", () => {
  let functions: { id: string }[];
  beforeAll(async () => {
    functions = (await docs.metadata()) as { id: string }[];
  }, 60_000);

  it("is up to date with the functions' metadata, in every language (run node scripts/docs.js)", () => {
    const pages = docs.pages(functions);
    expect(pages.map((p) => p.md)).toEqual(["functions.md", "functions.id-ID.md"]);
    for (const page of pages)
      expect([page.md, fs.readFileSync(path.join(root, "docs", page.md), "utf8")]).toEqual([
        page.md,
        page.markdown,
      ]);
  });

  it("has a page per language with an anchor for every function and a link to the other language", () => {
    const [en, id] = docs.pages(functions);
    for (const f of functions) {
      expect(en.htmlText).toContain(`<section id="${f.id.toLowerCase()}">`);
      expect(id.htmlText).toContain(`<section id="${f.id.toLowerCase()}">`);
    }
    expect(id.htmlText).toContain('<html lang="id-ID">');
    expect(id.markdown).toContain("[English](functions.md)");
    expect(en.markdown).toContain("[Bahasa Indonesia](functions.id-ID.md)");
    expect(id.markdown).toContain(
      "**Contoh:** `=BSC.BSC_SCORE(G2:G5, E2:E5, F2:F5, D2:D5, B2:B5)` → 57,85"
    );
  });

  it("shows examples that give their results through the built bundle", () => {
    const { cf } = loadBuiltFunctions();
    for (const [id, ex] of Object.entries(examples)) {
      const out = (cf.associations.get(id)!(...ex.args) as unknown[][])[0][0];
      if (typeof ex.result === "number") {
        const decimals = (String(ex.result).split(".")[1] ?? "").length;
        expect([id, Math.round((out as number) * 10 ** decimals) / 10 ** decimals]).toEqual([
          id,
          ex.result,
        ]);
      } else {
        expect([id, out]).toEqual([id, ex.result]);
      }
    }
  }, 120_000);
});
