/**
 * The task pane in the playground as a person uses it: a broken table shows
 * its problems with addresses that select the cell, the pane works with the
 * keyboard alone, and the downloaded workbook recomputes to the core's numbers
 * in LibreOffice, an engine nobody here wrote.
 */
import ExcelJS from "exceljs";
import * as os from "os";
import * as path from "path";
import * as fs from "fs";
import type { Page } from "playwright-core";
import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { previewScorecard } from "../../src/scorecard/preview";
import { DEFAULT_BUILD_OPTIONS } from "../../src/scorecard/types";
import { recalculateWithLibreOffice } from "../export/libreoffice";
import { seedSource } from "../support/seedSource";
import { Session, ensureBuilt, openPlayground, screenshot, until } from "./harness";

jest.setTimeout(90_000);

let session: Session;

beforeEach(async () => {
  ensureBuilt();
  session = await openPlayground();
}, 240_000);

afterEach(async () => {
  await session?.close();
});

async function selectRange(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`[data-cell="${from}"]`).click();
  await page.locator(`[data-cell="${to}"]`).click({ modifiers: ["Shift"] });
}

async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await page.locator(`[data-cell="${a1}"]`).click();
  const bar = page.getByRole("textbox", { name: /formula/i });
  await bar.fill(text);
  await bar.press("Enter");
}

/** Presses Tab until the focused element has the accessible name, or fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() : "";
    });
    if (name.test(focused)) return;
  }
  throw new Error(`${name} is not reachable with Tab`);
}

test("a broken table shows its problems with addresses that select the cell, and blocks the build", async () => {
  const { page, errors } = session;
  await typeInCell(page, "D3", "0.4"); // Acquisition's KPI weight: Customer now sums to 90%
  await selectRange(page, "A1", "G5");
  await page.getByRole("button", { name: "Use selection" }).click();
  const problem = page.getByText(/KPI weights of "Customer" sum to 90%, not 100%/);
  await problem.waitFor();
  // The sum's problem points at every weight summed: D2:D3.
  const link = page.getByRole("button", { name: /'Seed 003'!D2:D3/ }).first();
  await link.click();
  await until(() => page.getByLabel("Name box").inputValue(), "D2:D3");
  const build = page.getByRole("button", { name: "Build scorecard" });
  expect((await build.getAttribute("aria-disabled")) === "true" || (await build.isDisabled())).toBe(
    true
  );
  await screenshot(page, "playground-problems.png");
  // Fixing the weight in the grid and reading the table again clears the error.
  await typeInCell(page, "D3", "0.5");
  await selectRange(page, "A1", "G5");
  await page.getByRole("button", { name: "Use selection" }).click();
  await until(() => problem.count(), 0);
  expect((await build.getAttribute("aria-disabled")) === "true" || (await build.isDisabled())).toBe(
    false
  );
  expect(errors).toEqual([]);
});

test("works with the keyboard alone: Tab to 'Use selection', Enter, Tab to Build, Enter", async () => {
  const { page, errors } = session;
  await page.getByRole("complementary", { name: "Task pane" }).click({ position: { x: 5, y: 5 } });
  await tabTo(page, /^Use selection$/);
  await page.keyboard.press("Enter");
  await page.getByText(/Read 4 data rows/).waitFor();
  await tabTo(page, /^Build scorecard$/);
  await page.keyboard.press("Enter");
  await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
  await until(
    () => page.getByRole("tab", { name: "Balanced Scorecard" }).getAttribute("aria-selected"),
    "true"
  );
  expect(errors).toEqual([]);
});

test("the downloaded workbook recomputes in LibreOffice to the core's numbers (1e-9)", async () => {
  const { page } = session;
  await selectRange(page, "A1", "G5");
  await page.getByRole("button", { name: "Use selection" }).click();
  await page.getByText(/Read 4 data rows/).waitFor();
  await page.getByRole("button", { name: "Build scorecard" }).click();
  await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .xlsx" }).click(),
  ]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-e2e-"));
  const file = path.join(dir, "playground.xlsx");
  await download.saveAs(file);
  const [converted] = await recalculateWithLibreOffice([file], path.join(dir, "out"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(converted);
  const sheet = wb.getWorksheet("Balanced Scorecard")!;
  const result = (a1: string) => {
    const v = sheet.getCell(a1).value as { result?: unknown } | number;
    return typeof v === "object" && v !== null ? v.result : v;
  };
  const { table } = analyseSource(seedSource(), matchColumns(seedSource().headers));
  const expected = previewScorecard(table!, DEFAULT_BUILD_OPTIONS).employees[0];
  expect(Math.abs((result("I13") as number) - expected.overall)).toBeLessThan(1e-9);
  expect(result("J13")).toBe("Poor");
  expect(Math.abs((result("I6") as number) - expected.perspectives[0].weighted)).toBeLessThan(1e-9);
  fs.rmSync(dir, { recursive: true, force: true });
}, 180_000);
