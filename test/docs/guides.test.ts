/**
 * The user guides (docs/guides/) cannot drift from the product:
 *
 * - every relative link and image resolves, #anchors included (GitHub's heading slugs);
 * - every `BSC.NAME(` they mention is a function of the built dist/functions.json;
 * - every worked example (a line `=BSC.…(…) → result` in an ```excel block) gives
 *   its stated result through the built bundle, its cell references read from
 *   examples/seed003.xlsx, the workbook the guides tell readers to open;
 * - English and Indonesian guides have the same files and the same worked examples.
 *
 * Indonesian examples are written as Excel shows them with Indonesian regional
 * settings: `;` between arguments, a decimal comma.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { SHEET_LABELS } from "../../src/scorecard/messages";
import { TEMPLATE_SHEET_NAMES } from "../../src/scorecard/templates";
import { Strings, paneStrings } from "../../src/taskpane/i18n/catalogue";
import { LoadedBundle, loadBuiltFunctions, root } from "../support/builtBundle";

const guidesDir = path.join(root, "docs", "guides");
const imagesDir = path.join(root, "docs", "images", "guides");
const LANGS = ["en", "id"] as const;
type Lang = (typeof LANGS)[number];
const GUIDES = ["analyst.md", "hr.md", "manager.md"];

// ---------------------------------------------------------------- markdown

/** The markdown files under docs/guides, as paths relative to it ("en/hr.md"). */
function guideFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".md")) out.push(path.relative(guidesDir, p));
    }
  };
  walk(guidesDir);
  return out.sort();
}

/** The markdown with fenced code blocks and inline code blanked out (links in code are not links). */
function prose(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, " "))
    .replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const lines = markdown.split("\n");
  prose(markdown)
    .split("\n")
    .forEach((plain, i) => {
      if (!/^#{1,6}\s/.test(plain)) return;
      const text = /^#{1,6}\s+(.*?)\s*#*\s*$/
        .exec(lines[i])![1]
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/[`*]/g, "");
      const slug = text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
        .replace(/ /g, "-");
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      anchors.add(n === 0 ? slug : `${slug}-${n}`);
    });
  return anchors;
}

interface Link {
  readonly target: string;
  readonly image: boolean;
  readonly line: number;
}

export function links(markdown: string): Link[] {
  const out: Link[] = [];
  prose(markdown)
    .split("\n")
    .forEach((text, i) => {
      for (const m of text.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        out.push({ target: m[2], image: m[1] === "!", line: i + 1 });
      }
      for (const m of text.matchAll(/<img\s[^>]*src="([^"]+)"/g)) {
        out.push({ target: m[1], image: true, line: i + 1 });
      }
    });
  return out;
}

/** What is wrong with the relative links of `file` (absolute path), one line per problem. */
export function linkProblems(file: string, markdown: string): string[] {
  const problems: string[] = [];
  const where = (l: Link) => `${path.relative(root, file)}:${l.line} ${l.target}`;
  for (const l of links(markdown)) {
    if (/^(https?:|mailto:)/.test(l.target)) continue;
    const [rawPath, anchor] = l.target.split("#");
    const target = rawPath ? path.resolve(path.dirname(file), decodeURI(rawPath)) : file;
    if (!fs.existsSync(target)) {
      problems.push(`${where(l)}: no such file`);
      continue;
    }
    if (l.image && !/\.png$/i.test(target)) problems.push(`${where(l)}: images are PNG`);
    if (anchor !== undefined) {
      if (!target.endsWith(".md"))
        problems.push(`${where(l)}: an anchor into a file that is not markdown`);
      else if (!headingAnchors(fs.readFileSync(target, "utf8")).has(anchor))
        problems.push(`${where(l)}: no heading with anchor #${anchor}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- worked examples

type Expected =
  | { kind: "number"; value: number; decimals: number; percent: boolean }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string; fragment?: string };

export interface Example {
  readonly where: string;
  readonly formula: string;
  readonly name: string;
  readonly args: readonly string[];
  /** One value, or a spilled column of values (written [a, b, c]). */
  readonly expected: Expected | Expected[];
}

const SEPARATOR: Record<Lang, string> = { en: ",", id: ";" };
const DECIMAL: Record<Lang, string> = { en: ".", id: "," };

/** Splits on `sep` outside quotes and brackets. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "(" || ch === "[" || ch === "{")) depth++;
    else if (!quoted && (ch === ")" || ch === "]" || ch === "}")) depth--;
    else if (!quoted && depth === 0 && ch === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function parseNumber(text: string, lang: Lang): number | undefined {
  const d = DECIMAL[lang] === "." ? "\\." : ",";
  if (!new RegExp(`^[-+]?\\d+(${d}\\d+)?$`).test(text)) return undefined;
  return Number(text.replace(DECIMAL[lang], "."));
}

function parseExpected(text: string, lang: Lang): Expected | Expected[] {
  const t = text.trim();
  if (t.startsWith("[") && t.endsWith("]")) {
    return splitTop(t.slice(1, -1), SEPARATOR[lang]).map((item) => {
      const one = parseExpected(item, lang);
      if (Array.isArray(one)) throw new Error(`nested list in ${text}`);
      return one;
    });
  }
  // An error code, optionally with a quoted part of its message (which may itself hold quotes).
  const error = /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!|#NAME\?)(?:\s+"(.*)")?$/.exec(t);
  if (error) return { kind: "error", code: error[1], fragment: error[2] };
  if (t === "TRUE" || t === "FALSE") return { kind: "boolean", value: t === "TRUE" };
  const quoted = /^"([^"]*)"$/.exec(t);
  if (quoted) return { kind: "text", value: quoted[1] };
  const percent = t.endsWith("%");
  const digits = percent ? t.slice(0, -1) : t;
  const value = parseNumber(digits, lang);
  if (value === undefined) throw new Error(`cannot read the result ${JSON.stringify(text)}`);
  const decimals = (digits.split(DECIMAL[lang])[1] ?? "").length;
  return { kind: "number", value, decimals, percent };
}

/** The worked examples of a guide: lines `=BSC.NAME(args) → result` inside ```excel blocks. */
export function examples(file: string, markdown: string, lang: Lang): Example[] {
  const out: Example[] = [];
  let inExcel = false;
  markdown.split("\n").forEach((line, i) => {
    if (/^```/.test(line)) {
      inExcel = !inExcel && /^```excel\s*$/.test(line);
      return;
    }
    if (!inExcel || !line.includes("→")) return;
    const [formula, result] = line.split("→").map((s) => s.trim());
    const m = /^=BSC\.([A-Z_]+)\((.*)\)$/.exec(formula);
    const where = `${path.relative(root, file)}:${i + 1}`;
    if (!m) throw new Error(`${where}: a worked example must be one =BSC.NAME(...) formula`);
    out.push({
      where,
      formula,
      name: m[1],
      args: m[2].trim() === "" ? [] : splitTop(m[2], SEPARATOR[lang]),
      expected: parseExpected(result, lang),
    });
  });
  return out;
}

type Cell = number | string | boolean | null;

/**
 * The cells a reference reads. Unqualified references, Data!, 'Seed 003'! and
 * 'Seed 003 example'! are the example sheet (examples/seed003.xlsx, as the pane
 * inserts it); KPIs! is its KPI table A1:G5 copied to a sheet of its own, where
 * whole columns (G:G) have nothing below the table.
 */
export class ExampleWorkbook {
  constructor(private readonly data: Cell[][]) {}

  static async load(): Promise<ExampleWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(root, "examples", "seed003.xlsx"));
    const sheet = wb.getWorksheet("Data")!;
    const data: Cell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: Cell[] = [];
      for (let c = 1; c <= 26; c++) {
        const v = sheet.getCell(r, c).value as unknown;
        const value =
          v && typeof v === "object" && "formula" in (v as object)
            ? (v as { result?: unknown }).result
            : v;
        row.push(
          typeof value === "number" || typeof value === "string" || typeof value === "boolean"
            ? value
            : null
        );
      }
      data.push(row);
    }
    return new ExampleWorkbook(data);
  }

  /** A 2D array of the range, or undefined when `ref` is not a reference. */
  read(ref: string): Cell[][] | undefined {
    const m =
      /^(?:(?:'([^']+)'|([A-Za-z0-9_]+))!)?\$?([A-Z]{1,3})\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d*))?$/.exec(
        ref
      );
    if (!m) return undefined;
    const sheet = m[1] ?? m[2] ?? "Data";
    const rows =
      sheet === "KPIs"
        ? [
            ...this.data.slice(0, 5),
            ...Array.from({ length: 5 }, () => this.data[5].map(() => null)),
          ]
        : ["Data", "Seed 003", "Seed 003 example"].includes(sheet)
          ? this.data
          : undefined;
    if (!rows) throw new Error(`unknown sheet ${sheet} in ${ref}`);
    const col = (letters: string) =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c0 = col(m[3]);
    const c1 = col(m[5] ?? m[3]);
    const wholeColumn = m[4] === "";
    if (m[5] !== undefined && wholeColumn !== (m[6] === ""))
      throw new Error(`mixed reference ${ref}`);
    const r0 = wholeColumn ? 0 : Number(m[4]) - 1;
    const r1 = wholeColumn ? rows.length - 1 : Number(m[6] ?? m[4]) - 1;
    const out: Cell[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: Cell[] = [];
      for (let c = c0; c <= c1; c++) row.push(rows[r]?.[c] ?? null);
      out.push(row);
    }
    return out;
  }
}

function argument(text: string, lang: Lang, workbook: ExampleWorkbook): unknown {
  if (text === "") return null;
  const quoted = /^"([^"]*)"$/.exec(text);
  if (quoted) return quoted[1];
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  const percent = text.endsWith("%");
  const n = parseNumber(percent ? text.slice(0, -1) : text, lang);
  if (n !== undefined) return percent ? n / 100 : n;
  const range = workbook.read(text);
  if (range) return range;
  throw new Error(`cannot read the argument ${JSON.stringify(text)}`);
}

function describe1(value: unknown): string {
  if (value && typeof value === "object" && "code" in value) {
    const e = value as { code: string; message?: string };
    return e.message ? `${e.code} "${e.message}"` : e.code;
  }
  return JSON.stringify(value);
}

function matches(value: unknown, expected: Expected): boolean {
  switch (expected.kind) {
    case "number": {
      if (typeof value !== "number") return false;
      const shown = expected.percent ? value * 100 : value;
      const f = 10 ** expected.decimals;
      return Math.abs(Math.round(shown * f) / f - expected.value) < 1e-9;
    }
    case "text":
    case "boolean":
      return value === expected.value;
    case "error": {
      const e = value as { code?: string; message?: string } | null;
      return (
        !!e &&
        e.code === expected.code &&
        (expected.fragment === undefined || (e.message ?? "").includes(expected.fragment)) &&
        // Excel shows the code alone for #DIV/0! and #NUM!: a message there would be one nobody sees.
        (SHOWS_MESSAGE.has(e.code) || e.message === undefined)
      );
    }
  }
}

/**
 * The codes whose custom-function message Excel shows ("You can only return a
 * custom error message with the #VALUE! and #N/A errors",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
const SHOWS_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** Why the example does not give its stated result, or undefined when it does. */
export function mismatch(
  example: Example,
  lang: Lang,
  bundle: LoadedBundle,
  workbook: ExampleWorkbook
): string | undefined {
  const meta = bundle.metadata.find((f) => f.id === example.name);
  if (!meta) return `${example.where}: BSC.${example.name} does not exist`;
  if (example.args.length > meta.parameters.length)
    return `${example.where}: BSC.${example.name} takes at most ${meta.parameters.length} arguments`;
  const args = meta.parameters.map((p, i) => {
    const v = i < example.args.length ? argument(example.args[i], lang, workbook) : null;
    if (p.dimensionality === "matrix") return v === null || Array.isArray(v) ? v : [[v]];
    return Array.isArray(v) ? v[0][0] : v;
  });
  const out = bundle.call(example.name, ...args) as unknown[][];
  const values = out.flat();
  const expected = Array.isArray(example.expected) ? example.expected : [example.expected];
  const ok =
    (Array.isArray(example.expected)
      ? out.length === 1 || out.every((row) => row.length === 1)
      : out.length === 1 && out[0].length === 1) &&
    values.length === expected.length &&
    values.every((v, i) => matches(v, expected[i]));
  return ok
    ? undefined
    : `${example.where}: ${example.formula} gives ${values.map(describe1).join(", ")}`;
}

// ---------------------------------------------------------------- tests

const read = (rel: string) => fs.readFileSync(path.join(guidesDir, rel), "utf8");
const langOf = (rel: string): Lang => (rel.startsWith("id/") ? "id" : "en");

let bundle: LoadedBundle;
/** The bundle as each guide's reader runs it: error messages in Office's display language. */
let bundles: Record<Lang, LoadedBundle>;
let workbook: ExampleWorkbook;

beforeAll(async () => {
  bundle = loadBuiltFunctions({ displayLanguage: "en-US" });
  bundles = { en: bundle, id: loadBuiltFunctions({ displayLanguage: "id-ID" }) };
  workbook = await ExampleWorkbook.load();
}, 120_000);

describe("docs/guides", () => {
  it("has the analyst, HR and manager guides in English and Indonesian, and an index", () => {
    const files = guideFiles();
    for (const lang of LANGS) for (const g of GUIDES) expect(files).toContain(`${lang}/${g}`);
    expect(files).toContain("README.md");
    const en = files.filter((f) => f.startsWith("en/")).map((f) => f.slice(3));
    const id = files.filter((f) => f.startsWith("id/")).map((f) => f.slice(3));
    expect(id).toEqual(en);
  });

  it("has only relative links and images that resolve, #anchors included", () => {
    const problems = guideFiles().flatMap((rel) =>
      linkProblems(path.join(guidesDir, rel), read(rel))
    );
    expect(problems).toEqual([]);
  });

  it("is linked from README.md's User guides section, each guide once", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const section = /^## User guides\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
    const targets = links(section).map((l) => l.target);
    for (const lang of LANGS)
      for (const g of GUIDES) expect(targets).toContain(`docs/guides/${lang}/${g}`);
    expect(linkProblems(path.join(root, "README.md"), section)).toEqual([]);
  });

  it("shows screenshots in the guide's own language, and every screenshot is used", () => {
    const used = new Set<string>();
    const wrong: string[] = [];
    for (const rel of guideFiles()) {
      for (const l of links(read(rel)).filter((x) => x.image)) {
        const file = path.resolve(guidesDir, path.dirname(rel), l.target);
        used.add(file);
        const lang = path.basename(path.dirname(file));
        if (rel !== "README.md" && lang !== langOf(rel)) wrong.push(`${rel}: ${l.target}`);
      }
    }
    expect(wrong).toEqual([]);
    const pictures = LANGS.flatMap((lang) =>
      fs.readdirSync(path.join(imagesDir, lang)).map((f) => path.join(imagesDir, lang, f))
    );
    expect(pictures.filter((p) => !used.has(p)).map((p) => path.relative(root, p))).toEqual([]);
    // Reasonably small: a screenshot is a crop, not a whole screen.
    for (const p of pictures) expect([p, fs.statSync(p).size < 250_000]).toEqual([p, true]);
  });

  it("names only functions that exist in dist/functions.json", () => {
    const ids = new Set(bundle.metadata.map((f) => f.id));
    const unknown = guideFiles().flatMap((rel) =>
      [...read(rel).matchAll(/BSC\.([A-Za-z0-9_]+)\(/g)]
        .map((m) => m[1])
        .filter((name) => !ids.has(name))
        .map((name) => `${rel}: BSC.${name}`)
    );
    expect(unknown).toEqual([]);
  });

  it("gives every worked example's stated result through the built bundle", () => {
    const all = guideFiles().flatMap((rel) =>
      examples(path.join(guidesDir, rel), read(rel), langOf(rel)).map((e) => ({
        e,
        lang: langOf(rel),
      }))
    );
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(
      all.map(({ e, lang }) => mismatch(e, lang, bundles[lang], workbook)).filter(Boolean)
    ).toEqual([]);
  });

  it("quotes a message only for #VALUE! and #N/A, the codes Excel shows one with", () => {
    const promised = guideFiles().flatMap((rel) =>
      examples(path.join(guidesDir, rel), read(rel), langOf(rel)).flatMap((e) =>
        (Array.isArray(e.expected) ? e.expected : [e.expected])
          .filter(
            (x) => x.kind === "error" && x.fragment !== undefined && !SHOWS_MESSAGE.has(x.code)
          )
          .map(() => `${e.where}: ${e.formula}`)
      )
    );
    expect(promised).toEqual([]);
  });

  it("has the same worked examples in English and Indonesian", () => {
    for (const g of GUIDES) {
      const shape = (lang: Lang) =>
        examples(path.join(guidesDir, lang, g), read(`${lang}/${g}`), lang).map((e) => {
          const list = Array.isArray(e.expected) ? e.expected : [e.expected];
          // Names and results; text results may be translated.
          return [
            e.name,
            list.map((x) => (x.kind === "text" ? "text" : x.kind === "error" ? x.code : x)),
          ];
        });
      expect([g, shape("id")]).toEqual([g, shape("en")]);
    }
  });

  it("links the function reference in the guide's language", () => {
    // docs/functions.id-ID.md is the Indonesian reference (Excel shows its text in an Indonesian Office).
    const reference = (rel: string, name: string) =>
      links(read(rel)).filter((l) => path.basename(l.target.split("#")[0]) === name).length;
    for (const g of GUIDES) {
      expect([g, reference(`id/${g}`, "functions.md")]).toEqual([g, 0]);
      expect([g, reference(`en/${g}`, "functions.id-ID.md") <= 1]).toEqual([g, true]);
    }
    expect(reference("id/analyst.md", "functions.id-ID.md")).toBeGreaterThanOrEqual(2);
    expect(reference("en/analyst.md", "functions.md")).toBeGreaterThanOrEqual(2);
  });

  it("names the pane's buttons, steps and options as the pane shows them", () => {
    const strings: Record<Lang, Strings> = { en: paneStrings("en"), id: paneStrings("id") };
    const keys: (keyof Strings)[] = [
      "sourceHeading",
      "mappingHeading",
      "previewHeading",
      "optionsHeading",
      "buildHeading",
      "buildButton",
      "buildSuccessTitle",
      "buildDisabledErrors",
      "problemsHeading",
      "periodsHeading",
      "sourceUseSelection",
      "sourceRefresh",
      "mappingReset",
      "templateEmpty",
      "templateExample",
      "optionsTitle",
      "optionsScheme",
      "optionsSheetLanguage",
      "optionsMode",
      "optionsSheetPerEmployee",
      "optionsGcr",
      "optionsGcrMinimum",
      "optionsReplace",
      "previewGcrYes",
      "previewGcrNo",
    ];
    const missing = LANGS.flatMap((lang) => {
      // Words wrapped over two lines count as one phrase.
      const hr = read(`${lang}/hr.md`).replace(/\s+/g, " ");
      return keys
        .map((k) => strings[lang][k])
        .filter((text): text is string => typeof text === "string" && !hr.includes(text))
        .map((text) => `${lang}/hr.md: ${text}`);
    });
    expect(missing).toEqual([]);
    // Words the Indonesian pane no longer uses.
    const stale = [
      "Bangun scorecard",
      "5. Bangun",
      "Memenuhi syarat",
      "Nilai realisasi",
      "realisasi dari",
    ];
    const found = GUIDES.flatMap((g) =>
      stale
        .filter((w) => read(`id/${g}`).toLowerCase().includes(w.toLowerCase()))
        .map((w) => `id/${g}: ${w}`)
    );
    expect(found).toEqual([]);
  });

  it("names the sheets the pane writes as it names them", () => {
    const missing = LANGS.flatMap((lang) => {
      const labels = SHEET_LABELS[lang];
      const names = [
        `Balanced Scorecard ${labels.details}`,
        labels.detailsTitle,
        `Balanced Scorecard ${labels.summary}`,
      ];
      const hr = [...names, ...Object.values(TEMPLATE_SHEET_NAMES[lang])];
      return [
        ...hr.filter((n) => !read(`${lang}/hr.md`).includes(n)).map((n) => `${lang}/hr.md: ${n}`),
        ...names
          .slice(0, 2)
          .filter((n) => !read(`${lang}/manager.md`).includes(n))
          .map((n) => `${lang}/manager.md: ${n}`),
      ];
    });
    expect(missing).toEqual([]);
  });

  describe("its checks catch mistakes", () => {
    const file = path.join(guidesDir, "en", "analyst.md");

    it("a broken link, image or anchor", () => {
      expect(linkProblems(file, "[x](no-such-guide.md)")).toHaveLength(1);
      expect(linkProblems(file, "![x](../../images/guides/en/none.png)")).toHaveLength(1);
      expect(linkProblems(file, "[x](hr.md#no-such-heading)")).toHaveLength(1);
      expect(linkProblems(file, "[x](#no-such-heading)")).toHaveLength(1);
      expect(linkProblems(file, "`[x](in-code.md)` [y](hr.md)")).toEqual([]);
    });

    it("a wrong number, error, spill or function", () => {
      const one = (line: string, lang: Lang = "en") =>
        examples(file, `\`\`\`excel\n${line}\n\`\`\``, lang)[0];
      const check = (line: string, lang: Lang = "en") =>
        mismatch(one(line, lang), lang, bundles[lang], workbook);
      expect(check("=BSC.ROA(148391, 1317000) → 11.27%")).toBeUndefined();
      expect(check("=BSC.ROA(148391; 1317000) → 11,27%", "id")).toBeUndefined();
      expect(check("=BSC.ROA(148391, 1317000) → 11.28%")).toMatch(/gives 0\.1126/);
      // The wrong error code; a message on #DIV/0! (Excel never shows one); one value where four spill; 30.4256 as 30.42.
      expect(check("=BSC.ROA(148391, 0) → #NUM!")).toMatch(
        /: =BSC\.ROA\(148391, 0\) gives #DIV\/0!$/
      );
      expect(check('=BSC.ROA(148391, 0) → #DIV/0! "totalAssets is negative"')).toMatch(
        /gives #DIV\/0!$/
      );
      expect(check("=BSC.KPI_SCORE(G2:G5, E2:E5, F2:F5) → -106.59")).toMatch(
        /gives -106\.59\d*, 30\.42\d*, 101\.41\d*, 122\.45\d*$/
      );
      expect(check("=BSC.KPI_SCORE(G2:G3, E2:E3, F2:F3) → [-106.59, 30.42]")).toMatch(
        /gives -106\.59\d*, 30\.4255\d*$/
      );
      expect(check("=BSC.KPI_SCORE(G2:G3, E2:E3, F2:F3) → [-106.59, 30.43]")).toBeUndefined();
      expect(check("=BSC.NO_SUCH(1) → 1")).toMatch(/does not exist/);
    });
  });
});
