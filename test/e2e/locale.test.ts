/**
 * An Indonesian workbook in the playground (?locale=id-ID): the grid shows
 * decimal commas as Indonesian Excel does, and the pane's numbers follow the
 * workbook even while the pane itself is in English. With Office's display
 * language Indonesian too (?lang=id-ID), the pane and the custom functions'
 * error messages are Indonesian, and so is a build that fails: the pane
 * renders the Office.js service's coded error in its language, with Excel's
 * own text quoted.
 */
import { englishIn } from "../support/english";
import { Session, ensureBuilt, openPlayground, rowCells, screenshot, until } from "./harness";

jest.setTimeout(120_000);

let session: Session;

beforeAll(async () => {
  ensureBuilt();
  session = await openPlayground("?locale=id-ID");
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("the preview, the problems and the built sheet show 57,85 in an Indonesian workbook", async () => {
  const { page, errors } = session;
  await page.locator('[data-cell="A1"]').click();
  await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
  // The status bar too: in the active cell's number format, with the workbook's decimal comma.
  const stats = page.getByRole("status").filter({ hasText: "Average" });
  expect(await stats.innerText()).toMatch(/Average: 0,558908112\s*Count: 35\s*Sum: 11,17816223/);
  await page.locator('[data-cell="G2"]').click();
  await page.locator('[data-cell="E5"]').click({ modifiers: ["Shift"] });
  expect(await stats.innerText()).toMatch(/Average: 56,90%\s*Count: 12\s*Sum: 682,82%/);
  await page.locator('[data-cell="A1"]').click();
  await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
  await page.getByRole("button", { name: "Use selection" }).click();
  await page.getByText(/Read 4 data rows/).waitFor();
  // English words, Indonesian numbers: the workbook decides how numbers look.
  await until(
    async () => /57,85/.test(await page.getByRole("group", { name: "Overall score" }).innerText()),
    true
  );
  const seedRow = await rowCells(page, 2);
  expect(seedRow.map((c) => c.text)).toEqual(expect.arrayContaining(["35%", "75,00%"]));

  await page.getByRole("button", { name: "Build scorecard" }).click();
  await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
  const label = page.locator('[role="gridcell"]', { hasText: "Overall score" }).first();
  const row = Number(/\d+$/.exec((await label.getAttribute("data-cell")) ?? "")?.[0]);
  expect((await rowCells(page, row)).map((c) => c.text)).toContain("57,85");
  await screenshot(page, "playground-id-ID.png");
  expect(errors).toEqual([]);
});

describe("Office in Indonesian (?lang=id-ID)", () => {
  let indonesian: Session;

  beforeAll(async () => {
    indonesian = await openPlayground("?locale=id-ID&lang=id-ID");
  }, 240_000);

  afterAll(async () => {
    await indonesian?.close();
  });

  test("the pane starts in Indonesian and a function's error message is Indonesian", async () => {
    const { page, errors } = indonesian;
    await page.getByRole("heading", { name: "1. Data KPI" }).waitFor();
    const bar = page.getByRole("textbox", { name: /formula/i });
    const enter = async (a1: string, formula: string, code: string) => {
      await page.locator(`[data-cell="${a1}"]`).click();
      await bar.fill(formula);
      await bar.press("Enter");
      const cell = page.locator(`[data-cell="${a1}"]`);
      await until(async () => (await cell.innerText()).trim(), code);
      return cell.getAttribute("title");
    };
    // Typed as an Indonesian Excel takes them: arguments separated by ";".
    // Excel shows a custom function's message only on #VALUE! and #N/A.
    expect(await enter("K1", '=BSC.ROE("abc";1)', "#VALUE!")).toBe(
      '#VALUE!: netProfit berisi teks "abc", bukan angka.'
    );
    expect(await enter("K2", "=BSC.GROWTH(;10)", "#N/A")).toBe("#N/A: current kosong.");
    expect(await enter("K3", "=BSC.ROA(1;0)", "#DIV/0!")).toBe("#DIV/0!");
    expect(errors).toEqual([]);
  });

  test("a build that fails shows the error in Indonesian, Excel's text quoted", async () => {
    const { page, errors } = indonesian;
    // The title strip speaks Office's language (?lang=id-ID): "Panel tugas".
    const pane = page.getByRole("complementary", { name: "Panel tugas" });
    await page.locator('[data-cell="A1"]').click();
    await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
    await pane.getByRole("button", { name: "Gunakan pilihan" }).click();
    await pane.getByText(/4 baris data dibaca dari/).waitFor();
    // Request 1 reads the sheet names, request 2 starts the build.
    await page.evaluate(() =>
      window.__bscPlayground!.host.failSyncAt(2, "GeneralException", "Simulated failure")
    );
    await pane.getByRole("button", { name: "Buat scorecard" }).click();
    const failed = pane.getByRole("group", { name: "Gagal membuat scorecard" });
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(
      /Scorecard tidak dapat ditulis: Excel menolak permintaan \(GeneralException\): “.*Simulated failure” Tidak ada yang berubah di buku kerja Anda\./s
    );
    // No English left in the pane (its <main>; the panel around it is the playground's) once the
    // sample's own names are out: its sheet, headers, KPIs and perspectives.
    const names = [
      "Seed 003",
      "Perspective weight",
      "Perspective",
      "KPI weight",
      "Value at 50",
      "Value at 100",
      "Actual",
      "Customer",
      "Retention",
      "Acquisition",
      "Internal process",
      "Service effectiveness",
      "Learning & growth",
      "Employee training",
      "Balanced Scorecard",
    ];
    const text = await pane.locator("main").innerText();
    expect([englishIn(text, names), text]).toEqual([[], text]);
    await screenshot(page, "playground-id-ID-build-failed.png");
    expect(errors).toEqual([]);
  });
});
