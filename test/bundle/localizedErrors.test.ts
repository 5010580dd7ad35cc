/**
 * The custom functions' error messages in Office's display language, through
 * the BUILT dist/functions.js (as Excel loads it: only `CustomFunctions` and
 * `Office` defined): Indonesian for "id-ID" and "id", English for "en-US", for an
 * `Office` without `context` and for a `context` that throws. Messages go with
 * #VALUE! and #N/A only, the codes Excel shows a message with; #DIV/0! and #NUM!
 * come bare in every language.
 */
import { LoadedBundle, loadBuiltFunctions } from "../support/builtBundle";
import { StubError } from "../support/customFunctionsStub";

const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const first = (result: unknown): unknown => (result as unknown[][])[0][0];
const error = (result: unknown): StubError => {
  const v = first(result);
  if (!(v instanceof StubError)) throw new Error(`expected an error, got ${JSON.stringify(v)}`);
  return v;
};

/** English template words that must not appear in an Indonesian message. */
const ENGLISH = /\b(is|are|must|the|blank|row|column|got|give|not|needs|every|there)\b/i;

/**
 * Inputs that fail with #VALUE! or #N/A, one or more per kind of message, with
 * what each says in both languages. Excel shows a custom function's message only
 * on those two codes.
 */
const CASES: readonly { id: string; args: unknown[]; code: string; en: string; idText: string }[] =
  [
    {
      id: "BSC_SCORE",
      args: [col([0.5, 0.7]), col([0, 0]), col([1, 1]), col([0.5, 0.45])],
      code: "#VALUE!",
      en: "The weights (kpiWeight × perspectiveWeight over 2 rows) sum to 95%; they must sum to 100%.",
      idText: "Jumlah bobot (kpiWeight × perspectiveWeight atas 2 baris) adalah 95%, bukan 100%.",
    },
    {
      id: "BSC_SCORE",
      args: [col([0.5, "n/a"]), col([0, 0]), col([1, 1])],
      code: "#VALUE!",
      en: 'actual in row 2 is the text "n/a", not a number.',
      idText: 'actual di baris 2 berisi teks "n/a", bukan angka.',
    },
    {
      id: "BSC_SCORE",
      args: [col([0.5, null]), col([0, 0]), col([1, 1])],
      code: "#N/A",
      en: "actual in row 2 is blank.",
      idText: "actual di baris 2 kosong.",
    },
    {
      id: "GROWTH",
      args: [[[null]], [[10]]],
      code: "#N/A",
      en: "current is blank.",
      idText: "current kosong.",
    },
    {
      id: "ROE",
      args: [[["12,5"]], [[10]]],
      code: "#VALUE!",
      en: 'netProfit is the text "12,5", not a number (a number stored as text? convert it with VALUE).',
      idText:
        'netProfit berisi teks "12,5", bukan angka (angka yang disimpan sebagai teks? ubah dengan VALUE).',
    },
    {
      id: "ROA",
      args: [col([1, 2]), col([1, 2, 3])],
      code: "#VALUE!",
      en: "netProfit is 2×1 but totalAssets is 3×1: give ranges of the same size, or a single cell.",
      idText:
        "netProfit berukuran 2×1, tetapi totalAssets berukuran 3×1: berikan rentang dengan ukuran yang sama, atau satu sel.",
    },
    {
      id: "NPS",
      args: [col([null, null])],
      code: "#N/A",
      en: "There are no responses to score.",
      idText: "Tidak ada jawaban untuk dihitung.",
    },
    {
      id: "CSS_TOTAL",
      args: [[[80]], [[90]], [[70]], [[0.7, 0.1, 0.15]]],
      code: "#VALUE!",
      en: "The CSS weights sum to 95%; they must sum to 100%.",
      idText: "Jumlah bobot CSS adalah 95%, bukan 100%.",
    },
    {
      id: "RATING",
      args: [[[50]], "csi", "fr"],
      code: "#VALUE!",
      en: 'language must be "en" or "id" (got "fr").',
      idText: 'language harus "en" atau "id" (yang diberikan: "fr").',
    },
    {
      id: "GRADE_DOWN",
      args: [[[50, 50]], null, 2],
      code: "#N/A",
      en: "threshold is blank.",
      idText: "threshold kosong.",
    },
  ];

/** Inputs that fail with #DIV/0! or #NUM!: Excel shows the code alone, so the functions make no message. */
const BARE: readonly { id: string; args: unknown[]; code: string }[] = [
  { id: "ROA", args: [[[1]], [[0]]], code: "#DIV/0!" },
  { id: "KPI_SCORE", args: [[[1]], [[0.5]], [[0.5]]], code: "#DIV/0!" },
  { id: "BSC_SCORE", args: [col([0.5, 0.7]), col([0, 0.2]), col([1, 0.2])], code: "#DIV/0!" },
  { id: "NPS", args: [col([10, 11])], code: "#NUM!" },
  { id: "GRADE_DOWN", args: [[[50, 50]], 60, 1.5], code: "#NUM!" },
  { id: "TURNOVER", args: [[[1]], [[-1317000.5]], [[5]]], code: "#NUM!" },
  { id: "ROE", args: [[[Infinity]], [[1]]], code: "#NUM!" },
];

describe("with Office's display language Indonesian (id-ID)", () => {
  let bundle: LoadedBundle;
  beforeAll(() => {
    bundle = loadBuiltFunctions({ displayLanguage: "id-ID" });
  }, 120_000);

  it.each(CASES.map((c) => [c.id, c.idText, c]))("%s: %s", (_, __, c) => {
    const e = error(bundle.call(c.id, ...c.args));
    expect(e.code).toBe(c.code);
    expect(e.message).toBe(c.idText);
    expect(e.message).not.toMatch(ENGLISH);
  });

  it.each(BARE.map((c) => [c.id, c.code, c]))("%s: %s without a message", (_, __, c) => {
    const e = error(bundle.call(c.id, ...c.args));
    expect([e.code, e.message]).toEqual([c.code, undefined]);
  });

  it("names a cell of a 2D range by row and column, per cell", () => {
    const out = bundle.call(
      "ROA",
      [
        [1, 2],
        ["x", 4],
      ],
      [
        [0, 1],
        [1, 1],
      ]
    ) as unknown[][];
    expect((out[1][0] as StubError).message).toBe(
      'netProfit di baris 2, kolom 1 berisi teks "x", bukan angka.'
    );
    expect([(out[0][0] as StubError).code, (out[0][0] as StubError).message]).toEqual([
      "#DIV/0!",
      undefined,
    ]);
    expect(out[1][1]).toBe(4);
  });

  it("passes an upstream error through unchanged", () => {
    const upstream = new StubError("#N/A", "upstream");
    expect(first(bundle.call("ROA", [[upstream]], [[1]]))).toBe(upstream);
  });
});

describe("with the bare language tag id", () => {
  it("is Indonesian too", () => {
    const bundle = loadBuiltFunctions({ displayLanguage: "id" });
    expect(error(bundle.call("GROWTH", [[null]], [[10]])).message).toBe("current kosong.");
  });
});

describe.each([
  ["en-US", { displayLanguage: "en-US" }],
  ["fr-FR", { displayLanguage: "fr-FR" }],
  ["no Office.context", {}],
  [
    "an Office.context that throws",
    {
      office: Object.defineProperty({}, "context", {
        get() {
          throw new Error("not initialized");
        },
      }) as Record<string, unknown>,
    },
  ],
])("with %s", (_, options) => {
  let bundle: LoadedBundle;
  beforeAll(() => {
    bundle = loadBuiltFunctions(options);
  }, 120_000);

  it.each(CASES.map((c) => [c.id, c.en, c]))("%s: %s", (__, ___, c) => {
    const e = error(bundle.call(c.id, ...c.args));
    expect(e.code).toBe(c.code);
    expect(e.message).toBe(c.en);
  });

  it.each(BARE.map((c) => [c.id, c.code, c]))("%s: %s without a message", (__, ___, c) => {
    const e = error(bundle.call(c.id, ...c.args));
    expect([e.code, e.message]).toEqual([c.code, undefined]);
  });
});

describe("the display language", () => {
  it("is read at the first message, not at load, on the success path nor for a bare #DIV/0!", () => {
    let reads = 0;
    const office: Record<string, unknown> = {};
    Object.defineProperty(office, "context", {
      get() {
        reads++;
        return { displayLanguage: "id-ID" };
      },
    });
    const bundle = loadBuiltFunctions({ office });
    expect(reads).toBe(0);
    expect(first(bundle.call("ROA", [[1]], [[10]]))).toBe(0.1);
    expect(first(bundle.call("BSC_SCORE", col([0.5, 1]), col([0, 0]), col([1, 1])))).toBe(87.5);
    expect(error(bundle.call("ROA", [[1]], [[0]])).code).toBe("#DIV/0!");
    expect(reads).toBe(0);
    expect(error(bundle.call("GROWTH", [[null]], [[10]])).message).toBe("current kosong.");
    expect(reads).toBe(1);
    error(bundle.call("GROWTH", [[null]], [[10]]));
    expect(reads).toBe(1); // known once read
  });

  it("follows Office once it initializes: English before, Indonesian after", () => {
    const bundle = loadBuiltFunctions();
    expect(error(bundle.call("GROWTH", [[null]], [[10]])).message).toBe("current is blank.");
    bundle.office.context = { displayLanguage: "id-ID" };
    expect(error(bundle.call("GROWTH", [[null]], [[10]])).message).toBe("current kosong.");
  });
});
