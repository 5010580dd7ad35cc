/**
 * The screenshots of the user guides (docs/guides/), taken from the playground
 * exactly as the guides tell a reader to click: English pane over an en-US
 * workbook for docs/guides/en; for docs/guides/id an Indonesian workbook
 * (?locale=id-ID: decimal commas in the grid and the pane) in an Indonesian
 * Office (?lang=id-ID: the pane, its title strip and the status bar in Indonesian). Each step also checks what the guides
 * state about it (57.85 Poor, the problem message with its address, the six
 * employees' CSS, the details sheet, CSI ratings, the templates' names), so a
 * UI change that makes a guide wrong fails here.
 *
 * Writes test-artifacts/guides/<en|id>/*.png; `node scripts/guide-screenshots.js`
 * runs this file and copies the pictures to docs/images/guides/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { Strings, paneStrings } from "../../src/taskpane/i18n/catalogue";
import {
  Session,
  artifacts,
  cellText,
  ensureBuilt,
  openPlayground,
  settled,
  until,
} from "./harness";

jest.setTimeout(240_000);

type Lang = "en" | "id";
const STRINGS: Record<Lang, Strings> = { en: paneStrings("en"), id: paneStrings("id") };
const { id } = STRINGS;
/** Wide enough to show a whole scorecard sheet (columns A to S, the chart included) beside the pane. */
const VIEWPORT = { width: 2300, height: 1100 };

const outDir = (lang: Lang) => path.join(artifacts, "guides", lang);

async function shoot(target: Page | Locator, lang: Lang, name: string, clip?: Clip): Promise<void> {
  fs.mkdirSync(outDir(lang), { recursive: true });
  const file = path.join(outDir(lang), name);
  if ("goto" in target) await target.screenshot({ path: file, clip });
  else await target.screenshot({ path: file });
}

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The workbook area (formula bar and grid) from its top-left corner, `width` × `height` pixels. */
async function sheetClip(page: Page, width: number, height: number): Promise<Clip> {
  const box = (await page.getByRole("region", { name: "Workbook" }).boundingBox())!;
  return { x: box.x, y: box.y, width: Math.min(width, box.width), height };
}

async function goTo(page: Page, address: string): Promise<void> {
  const nameBox = page.getByLabel("Name box");
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await until(() => nameBox.inputValue(), address.replace(/^.*!/, ""));
}

async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await goTo(page, a1);
  const bar = page.getByRole("textbox", { name: /formula/i });
  await bar.fill(text);
  await bar.press("Enter");
}

async function selectRange(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`[data-cell="${from}"]`).click();
  await page.locator(`[data-cell="${to}"]`).click({ modifiers: ["Shift"] });
}

/** A step of the pane (a <section> named by its heading). */
function section(page: Page, title: string): Locator {
  return pane(page).getByRole("region", { name: title });
}

function pane(page: Page): Locator {
  return page.getByRole("complementary", { name: /^(Task pane|Panel tugas)$/ });
}

/** The Indonesian guides' Office is Indonesian (?lang=id-ID): the pane starts in Indonesian. */
async function checkLanguage(page: Page, lang: Lang): Promise<void> {
  if (lang === "en") return;
  await pane(page).getByRole("button", { name: id.sourceUseSelection }).waitFor();
  expect(await pane(page).getByRole("combobox", { name: id.languageLabel }).innerText()).toBe(
    id.languageId
  );
  // The sheet language follows the pane's until the user picks one: the guides need no step for it.
  expect(await optionsHeader(page, id).innerText()).toContain("berbahasa Indonesia");
}

/** The header of the collapsed options (it says the sheet's title and language). */
function optionsHeader(page: Page, s: Strings): Locator {
  return pane(page).getByRole("button", { name: new RegExp(`^${s.optionsHeading}`) });
}

/** Opens an Accordion item of the pane by its header (options, columns, period data); returns the item. */
async function openItem(page: Page, header: RegExp): Promise<Locator> {
  const button = pane(page).getByRole("button", { name: header });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await settled(page); // opened: what is inside no longer moves (and is shot as it rests)
  return pane(page)
    .locator(".fui-AccordionItem")
    .filter({ has: page.getByRole("button", { name: header }) });
}

const openOptions = (page: Page, s: Strings) => openItem(page, new RegExp(`^${s.optionsHeading}`));

/** The playground's query: an Indonesian workbook for the Indonesian guides. */
const QUERY: Record<Lang, string> = { en: "", id: "?locale=id-ID&lang=id-ID" };

async function build(page: Page, s: Strings): Promise<void> {
  await pane(page).getByRole("button", { name: s.buildButton }).click();
  await pane(page).getByRole("group", { name: s.buildSuccessTitle }).waitFor({ timeout: 60_000 });
}

const labels = {
  en: { rating: "Poor", good: "Good", overall: "Overall score" },
  id: { rating: "Kurang Baik", good: "Baik", overall: "Skor keseluruhan" },
};

/** What the guides quote of the sheets and the pane, per language. */
const quoted = {
  en: {
    weightProblem: 'KPI weights of "Customer" sum to 90%, not 100%.',
    negativeWarning: "Retention scores -106.59, below 0.",
    summary: "Balanced Scorecard Summary",
    details: "Balanced Scorecard Details",
    detailsTitle: "Balanced Scorecard: Details by employee and KPI",
    csiRating: "Fairly satisfied",
    fair: "Fair",
    templateSheet: "KPI example",
    actualHeader: "Actual",
  },
  id: {
    weightProblem: 'Jumlah bobot KPI "Customer" adalah 90%, bukan 100%.',
    negativeWarning: "Skor Retention adalah -106,59, di bawah 0.",
    summary: "Balanced Scorecard Ringkasan",
    details: "Balanced Scorecard Rincian",
    detailsTitle: "Balanced Scorecard: Rincian per karyawan dan KPI",
    csiRating: "Cukup Puas",
    fair: "Cukup Baik",
    templateSheet: "Contoh KPI",
    actualHeader: "Aktual",
  },
};

let session: Session;

beforeAll(() => ensureBuilt(), 240_000);

afterEach(async () => {
  await session?.close();
});

describe.each<Lang>(["en", "id"])("guide screenshots (%s)", (lang) => {
  const s = STRINGS[lang];
  const q = quoted[lang];
  /** Decimal mark of the workbook's numbers (grid and pane): an Indonesian workbook for the id guides. */
  const num = (text: string) => (lang === "id" ? text.replace(".", ",") : text);

  beforeEach(async () => {
    session = await openPlayground(QUERY[lang]);
    await session.page.setViewportSize(VIEWPORT);
    await checkLanguage(session.page, lang);
  }, 240_000);

  test("analyst: the Formulas sheet", async () => {
    const { page } = session;
    await page.getByRole("tab", { name: "Formulas" }).click();
    await goTo(page, "B10");
    expect(await cellText(page, "B10")).toBe(num("57.85"));
    await shoot(page, lang, "analyst-formulas.png", await sheetClip(page, 1300, 420));
  });

  test("hr: source, columns, preview, options, built sheet, problems, replace", async () => {
    const { page, errors } = session;
    await pane(page).getByRole("button", { name: s.sourceUseSelection }).click();
    await pane(page)
      .getByText(s.sourceLoaded({ rows: 4, label: { kind: "range", address: "'Seed 003'!A1:G5" } }))
      .waitFor();
    await shoot(section(page, s.sourceHeading), lang, "hr-source.png");
    const columns = await openItem(page, new RegExp(`^${s.mappingHeading}:`));
    await shoot(columns, lang, "hr-columns.png");
    await pane(page)
      .getByRole("button", { name: new RegExp(`^${s.mappingHeading}:`) })
      .click();
    const overall = pane(page).getByTestId("overall-score");
    expect(await overall.innerText()).toBe(num("57.85"));
    await shoot(section(page, s.previewHeading), lang, "hr-preview.png");
    await shoot(await openOptions(page, s), lang, "hr-options.png");
    // The whole pane as it opens beside the sheet: the steps, and Build with the result in view.
    await shoot(pane(page), lang, "hr-pane.png");

    await build(page, s);
    await until(() => cellText(page, "I13"), num("57.85"));
    expect(await cellText(page, "J13")).toBe(labels[lang].rating);
    await goTo(page, "G7");
    await shoot(page, lang, "hr-built.png", await sheetClip(page, 1940, 690));
    await goTo(page, "I13");
    await shoot(page, lang, "manager-scorecard.png", await sheetClip(page, 1940, 690));

    // A broken weight: the problem names the cell, the link selects it, and the build is blocked.
    await page.getByRole("tab", { name: "Seed 003" }).click();
    await typeInCell(page, "D3", "0.4");
    await selectRange(page, "A1", "G5");
    await pane(page).getByRole("button", { name: s.sourceUseSelection }).click();
    // The weights' problem points at every weight it sums.
    const link = pane(page).getByRole("button", {
      name: s.problemSelect({ address: "'Seed 003'!D2:D3" }),
    });
    await link.click();
    await until(() => page.getByLabel("Name box").inputValue(), "D2:D3");
    const problems = section(page, s.problemsHeading);
    // Columns named in the pane's language, numbers in the workbook's.
    await problems.getByText(q.weightProblem).waitFor();
    await problems.getByText(q.negativeWarning).waitFor();
    await shoot(problems, lang, "hr-problems.png");
    await typeInCell(page, "D3", "0.5");
    // Refresh reads the same range again (the selection has moved to D3).
    await pane(page).getByRole("button", { name: s.sourceRefresh }).click();
    await until(() => link.count(), 0);

    // Building again with "Replace sheets with the same title" asks first.
    await openOptions(page, s);
    await pane(page).getByRole("checkbox", { name: s.optionsReplace }).check();
    await pane(page).getByRole("button", { name: s.buildButton }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText(s.confirmTitle).waitFor();
    await shoot(dialog, lang, "hr-replace.png");
    await dialog.getByRole("button", { name: s.confirmCancel }).click();
    expect(errors).toEqual([]);
  });

  test("hr: actual from period data", async () => {
    const { page } = session;
    await pane(page).getByRole("button", { name: s.sourceUseSelection }).click();
    // The KPI rows the periods editor offers are the source's: wait until it is read.
    await pane(page)
      .getByText(s.sourceLoaded({ rows: 4, label: { kind: "range", address: "'Seed 003'!A1:G5" } }))
      .waitFor();
    await pane(page).getByRole("button", { name: s.periodsHeading }).click();
    await pane(page).getByRole("combobox", { name: s.periodsRow }).click();
    await page
      .getByRole("option", { name: s.periodsRowOption({ row: 2, kpi: "Retention" }) })
      .click();
    await pane(page).getByRole("textbox", { name: s.periodsNumerator }).fill("'Seed 003'!B9:M9");
    await pane(page)
      .getByRole("textbox", { name: new RegExp(`^${s.periodsDenominator}`) })
      .fill("'Seed 003'!B10:M10");
    await pane(page).getByRole("button", { name: s.periodsApply }).click();
    await pane(page).getByText(s.periodsApplied).waitFor();
    expect(await pane(page).getByTestId("overall-score").innerText()).toBe(num("57.85"));
    const editor = pane(page)
      .locator(".fui-AccordionItem")
      .filter({ has: page.getByRole("button", { name: s.periodsHeading }) });
    await shoot(editor, lang, "hr-period.png");
    await build(page, s);
    await until(() => cellText(page, "F7"), "▲");
    expect(await cellText(page, "E7")).toBe(num("12.36%"));

    // The CSI scheme: the preview rates like the sheet, and "needed for next band" aims at the
    // CSI band above (acquisition, 30.43 points, needs the actual for 35 points: 35%).
    await openOptions(page, s);
    await pane(page).getByRole("combobox", { name: s.optionsScheme }).click();
    await page.getByRole("option", { name: s.schemeCsi }).click();
    await pane(page)
      .getByRole("group", { name: s.previewOverall })
      .getByText(q.csiRating)
      .waitFor();
    await build(page, s);
    await page.getByRole("tab", { name: "Balanced Scorecard (2)" }).waitFor();
    await until(() => cellText(page, "J13"), q.csiRating);
    expect(await cellText(page, "G8")).toBe(num("30.43"));
    expect(await cellText(page, "L8")).toBe(num("35.00%"));
  });

  test("hr and manager: several employees, CSS and GCR", async () => {
    const { page } = session;
    await pane(page).getByRole("combobox", { name: s.sourceLabel }).click();
    await page
      .getByRole("option", { name: s.sourceChoice({ kind: "table", name: "EmployeeKPIs" }) })
      .click();
    await openOptions(page, s);
    await pane(page).getByRole("checkbox", { name: s.optionsGcr }).check();
    await pane(page)
      .getByRole("textbox", { name: new RegExp(`^${s.optionsGcrMinimum}`) })
      .fill("70");
    await pane(page).getByRole("checkbox", { name: s.optionsSheetPerEmployee }).check();
    const employees = pane(page).getByRole("table", { name: s.previewEmployeesHeading });
    await employees.getByText(num("96.39")).waitFor();
    await employees.getByText(s.previewGcrYes, { exact: true }).first().waitFor();
    await shoot(section(page, s.previewHeading), lang, "hr-employees-preview.png");
    await build(page, s);
    await page.getByRole("tab", { name: q.summary, exact: true }).click();
    await until(() => cellText(page, "J4"), num("84.44"));
    expect(await cellText(page, "K4")).toBe("TRUE");
    await goTo(page, "J4");
    await shoot(page, lang, "hr-summary.png", await sheetClip(page, 1300, 260));

    // The details sheet: named and titled in the sheet's language, ratios shown as %.
    await page.getByRole("tab", { name: q.details, exact: true }).click();
    await until(() => cellText(page, "A1"), q.detailsTitle);
    await goTo(page, "A1");
    await shoot(page, lang, "hr-details.png", await sheetClip(page, 1300, 330));
  });

  test("manager: change an actual and the score moves", async () => {
    const { page } = session;
    await pane(page).getByRole("button", { name: s.sourceUseSelection }).click();
    await build(page, s);
    await until(() => cellText(page, "I13"), num("57.85"));
    // Service effectiveness: 81.56% → 90% (a what-if typed over the link to the data).
    await typeInCell(page, "E10", "0.9");
    await until(() => cellText(page, "I13"), num("60.92"));
    expect(await cellText(page, "J13")).toBe(q.fair);
    await goTo(page, "E10");
    await shoot(page, lang, "manager-what-if.png", await sheetClip(page, 1300, 360));

    // The example template: sheet name and headers in the pane's language.
    await pane(page).getByRole("button", { name: s.templateInsert }).click();
    await page.getByRole("menuitem", { name: s.templateExample }).click();
    await page.getByRole("tab", { name: q.templateSheet, exact: true }).waitFor();
    await until(() => cellText(page, "G1"), q.actualHeader);
    // ... and read at once.
    await until(() => pane(page).getByTestId("overall-score").innerText(), num("57.85"));
  });
});
