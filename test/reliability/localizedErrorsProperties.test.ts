/**
 * Every error any custom function can produce reads wholly in Indonesian when
 * Office's display language is id-ID: the built bundle is loaded twice (en-US
 * and id-ID) and fed the same hostile input; the two must agree on every value
 * and error code, and differ on every message they make themselves (an error
 * passed through from an input cell keeps its own). Messages go with #VALUE!
 * and #N/A, the codes Excel shows one with; #DIV/0! and #NUM! carry none in
 * either language.
 */
import fc from "fast-check";
import { LoadedBundle, loadBuiltFunctions } from "../support/builtBundle";
import { StubError } from "../support/customFunctionsStub";

/** English template words that must not appear in an Indonesian message (quoted user text aside). */
const ENGLISH = /\b(is|are|must|the|blank|row|column|got|give|not|needs|every|there|and)\b/i;
const withoutQuotes = (message: string): string => message.replace(/"(?:[^"\\]|\\.)*"/g, '""');

let en: LoadedBundle;
let id: LoadedBundle;
beforeAll(() => {
  en = loadBuiltFunctions({ displayLanguage: "en-US" });
  id = loadBuiltFunctions({ displayLanguage: "id-ID" });
}, 180_000);

const upstream = new StubError("#N/A", "upstream");
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.double(), fc.integer({ min: -12, max: 12 })) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 100, 10000) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "") },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("12,5", "csi", "id")),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(upstream) },
  { weight: 1, arbitrary: fc.constant([[1]]) }
);
const argument = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    }),
  },
  { weight: 2, arbitrary: cell.map((c) => [[c]]) },
  { weight: 1, arbitrary: cell },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) }
);

function compare(fn: string, enResult: unknown, idResult: unknown, messages: Set<string>): void {
  const a = enResult as unknown[][];
  const b = idResult as unknown[][];
  expect(b.length).toBe(a.length);
  a.forEach((row, r) =>
    row.forEach((x, c) => {
      const y = b[r][c];
      if (!(x instanceof StubError)) {
        expect(y).toEqual(x);
        return;
      }
      if (!(y instanceof StubError))
        throw new Error(`${fn}: ${x.code} in en but ${String(y)} in id`);
      expect(y.code).toBe(x.code);
      if (x === upstream) {
        expect(y).toBe(upstream);
        return;
      }
      if (x.code !== "#VALUE!" && x.code !== "#N/A") {
        if (x.message !== undefined || y.message !== undefined)
          throw new Error(`${fn}: ${x.code} has a message Excel never shows (${x.message})`);
        return;
      }
      const message = y.message ?? "";
      if (message === x.message || ENGLISH.test(withoutQuotes(message))) {
        throw new Error(`${fn}: not Indonesian: ${JSON.stringify(message)} (en: ${x.message})`);
      }
      messages.add(`${fn} ${x.code}`);
    })
  );
}

describe("custom functions' errors in Indonesian", () => {
  it("agree with English on every value and code, and say every message in Indonesian", () => {
    const seen = new Set<string>();
    for (const f of en.metadata) {
      const arity = f.parameters.length;
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          compare(f.id, en.call(f.id, ...args), id.call(f.id, ...args), seen);
        }),
        { numRuns: 300 }
      );
    }
    // The inputs reach a message (#VALUE! or #N/A) of every function.
    expect(new Set([...seen].map((s) => s.split(" ")[0])).size).toBe(en.metadata.length);
  }, 180_000);
});
