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
  markdown(functions: unknown[]): string;
};
const examples = JSON.parse(
  fs.readFileSync(path.join(root, "docs/function-examples.json"), "utf8")
) as Record<string, { args: unknown[]; result: number | string | boolean }>;

describe("docs/functions.md", () => {
  it("is up to date with the functions' metadata (run node scripts/docs.js)", async () => {
    const expected = docs.markdown(await docs.metadata());
    expect(fs.readFileSync(path.join(root, "docs/functions.md"), "utf8")).toBe(expected);
  }, 60_000);

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
