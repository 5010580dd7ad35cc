/**
 * The playground in headless Chromium: the real task pane and the real custom
 * functions over the sample workbook, as `npm start` serves them without Excel.
 * The tests run in order on one page (the scorecard built in one is downloaded
 * in the next). Screenshots go to test-artifacts/.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import {
  Session,
  cellText,
  ensureBuilt,
  openPlayground,
  rowCells,
  screenshot,
  until,
} from "./harness";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  ensureBuilt();
  session = await openPlayground();
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("loads without console errors, showing the Seed 003 sheet, its selection and the task pane", async () => {
  const { page, errors } = session;
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  await page.getByRole("heading", { name: "Scorecard for Excel" }).first().waitFor();
  expect(await page.getByRole("tab", { name: "Seed 003" }).getAttribute("aria-selected")).toBe(
    "true"
  );
  const tabs = await page.getByRole("tab").allInnerTexts();
  expect(tabs).toEqual(["Seed 003", "Employees", "Formulas"]);
  expect(await page.getByLabel("Name box").inputValue()).toBe("A1:G5");
  expect(await cellText(page, "A1")).toBe("Perspective");
  expect(await cellText(page, "G2")).toBe("12.36%");
  expect(await page.locator('[data-cell="C3"]').getAttribute("aria-selected")).toBe("true");
  expect(await page.getByRole("complementary", { name: "Task pane" }).isVisible()).toBe(true);
  await screenshot(page, "playground-start.png");
});

test("Microsoft's client (excel-web-16.00.js) logs nothing and asks for nothing outside the page on load", async () => {
  const { page, url } = session;
  await page.waitForTimeout(500);
  // In a page that is not an Office host the script defines OSF, Office, OfficeExtension, Excel and
  // CustomFunctions, reads sessionStorage's "officeWebAuthReplyUrls" (OfficeFirstPartyAuth), and at
  // DOMContentLoaded tries to register Office.actions' handler through
  // Microsoft.Office.WebExtension.onReadyInternal, which only office.js's loader defines: the TypeError
  // stays inside its try/catch and its traces go to OfficeExtension.Utility.log, which is off. Its
  // custom-functions start-up (Office.onReady; "Expected to be loaded inside of an Excel add-in") runs
  // only when OSF._OfficeAppFactory.getHostInfo() flags a custom-functions runtime, which nothing here
  // does. If a new version starts logging or calling out, this says so.
  // The one message on load is React's development build suggesting its DevTools (console.info).
  expect(
    session.console.filter((m) => !(m.type === "info" && /\/playground\.js$/.test(m.url)))
  ).toEqual([]);
  const origin = new URL(url).origin;
  expect(session.requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
  expect(session.requests).toContain(`${origin}/office-js/excel-web-16.00.js`);
  expect(
    await page.evaluate(() => ({
      onReadyInternal: typeof (
        window as unknown as {
          Microsoft: { Office: { WebExtension: { onReadyInternal?: unknown } } };
        }
      ).Microsoft.Office.WebExtension.onReadyInternal,
      logging: (OfficeExtension as unknown as { Utility: { _logEnabled: boolean } }).Utility
        ._logEnabled,
    }))
  ).toEqual({ onReadyInternal: "undefined", logging: false });
});

test("a custom function typed into the formula bar computes in the grid", async () => {
  const { page } = session;
  await page.locator('[data-cell="I2"]').click();
  expect(await page.getByLabel("Name box").inputValue()).toBe("I2");
  const bar = page.getByLabel("Formula bar");
  await bar.click();
  await bar.fill("=BSC.ROA(148391,1317000)");
  await bar.press("Enter");
  // Enter commits through the host and moves down, as in Excel.
  await until(() => page.getByLabel("Name box").inputValue(), "I3");
  expect(Number(await cellText(page, "I2"))).toBeCloseTo(0.1127, 4);
  await page.locator('[data-cell="I2"]').click();
  expect(await bar.inputValue()).toBe("=BSC.ROA(148391,1317000)");
  // Escape cancels an edit.
  await page.keyboard.type("123");
  expect(await bar.inputValue()).toBe("123");
  await bar.press("Escape");
  expect(await bar.inputValue()).toBe("=BSC.ROA(148391,1317000)");
  expect(Number(await cellText(page, "I2"))).toBeCloseTo(0.1127, 4);
});

test("a title wider than its cell runs on over the empty cells beside it, as in Excel", async () => {
  const { page } = session;
  await page.getByRole("tab", { name: "Formulas" }).click();
  // Formulas!A1: 14 pt bold, wider than column A; B1 and C1 are empty.
  const a1 = page.locator('[data-cell="A1"]');
  await a1.waitFor();
  expect(await a1.innerText()).toBe("BSC custom functions: worked examples");
  const widths = await a1.evaluate((cell) => ({
    cell: cell.getBoundingClientRect().width,
    text: (cell.querySelector(".t") ?? cell).getBoundingClientRect().width,
  }));
  expect(widths.text).toBeGreaterThan(widths.cell);
  await page.getByRole("tab", { name: "Seed 003" }).click();
  await page.locator('[data-cell="A1"]').click();
  await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
});

test("the task pane builds the scorecard from the grid's selection: overall 57.85", async () => {
  const { page, errors } = session;
  // Select Seed 003!A1:G5 in the grid (click, then shift+click), as a user would.
  await page.locator('[data-cell="A1"]').click();
  await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
  expect(await page.getByLabel("Name box").inputValue()).toBe("A1:G5");
  await page.getByRole("button", { name: "Use selection" }).click();
  await page.getByText(/Read 4 data rows/).waitFor();
  await page.getByRole("button", { name: "Build scorecard" }).click();
  await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
  const tab = page.getByRole("tab", { name: "Balanced Scorecard" });
  await until(() => tab.getAttribute("aria-selected"), "true");
  const label = page.locator('[role="gridcell"]', { hasText: "Overall score" }).first();
  const a1 = (await label.getAttribute("data-cell")) ?? "";
  const row = Number(/\d+$/.exec(a1)?.[0]);
  const cells = await rowCells(page, row);
  expect(cells.map((c) => c.text)).toContain("57.85");
  expect(errors).toEqual([]);
  await screenshot(page, "playground-scorecard.png");
});

test("Download .xlsx saves a valid workbook with the generated sheet and its formulas", async () => {
  const { page } = session;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .xlsx" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Seed 003",
    "Employees",
    "Formulas",
    "Balanced Scorecard",
  ]);
  const sheet = wb.getWorksheet("Balanced Scorecard")!;
  let formulas = 0;
  sheet.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)));
  expect(formulas).toBeGreaterThan(10);
  const overall = wb.definedNames.getRanges("BSC_Overall_Balanced_Scorecard").ranges[0];
  expect(overall).toMatch(/Balanced Scorecard'!\$I\$13$/);
  expect(sheet.getCell("I13").formula).toBeTruthy();
  expect(sheet.getCell("I13").result).toBeCloseTo(57.85, 2);
  expect(wb.getWorksheet("Formulas")!.getCell("B5").formula).toBe("BSC.ROA(148391,1317000)");
});

test("Reset sample brings back the sample workbook, without the generated sheet", async () => {
  const { page, errors } = session;
  await page.getByRole("button", { name: "Reset sample" }).click();
  await until(
    async () => (await page.getByRole("tab").allInnerTexts()).join("|"),
    "Seed 003|Employees|Formulas"
  );
  expect(await page.getByRole("tab", { name: "Seed 003" }).getAttribute("aria-selected")).toBe(
    "true"
  );
  expect(await page.getByLabel("Name box").inputValue()).toBe("A1:G5");
  expect(await cellText(page, "I2")).toBe("");
  await page.getByRole("button", { name: "Use selection" }).waitFor();
  expect(errors).toEqual([]);
});

test("the keyboard moves and extends the selection, types into cells and clears them", async () => {
  const { page } = session;
  const nameBox = page.getByLabel("Name box");
  await page.locator('[data-cell="B3"]').click();
  await page.keyboard.press("ArrowDown");
  expect(await nameBox.inputValue()).toBe("B4");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  expect(await nameBox.inputValue()).toBe("B4:D4");
  await page.keyboard.press("ArrowLeft");
  expect(await nameBox.inputValue()).toBe("A4");
  // Typing in the grid starts an edit in the formula bar; Enter commits and moves down.
  await page.locator('[data-cell="K2"]').click();
  await page.keyboard.type("=2*21");
  expect(await page.getByLabel("Formula bar").inputValue()).toBe("=2*21");
  await page.keyboard.press("Enter");
  await until(() => nameBox.inputValue(), "K3");
  expect(await cellText(page, "K2")).toBe("42");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Delete");
  await until(() => cellText(page, "K2"), "");
  // An invalid formula is refused with Excel's message and the edit stays open.
  await page.keyboard.type("=SUM(");
  await page.keyboard.press("Enter");
  await page
    .getByRole("alert")
    .filter({ hasText: /^There's a problem with this entry: “/ })
    .waitFor();
  await page.keyboard.press("Escape");
  expect(await cellText(page, "K2")).toBe("");
  // A custom function's error shows in the cell; its message, in the cell's tooltip, only on
  // #VALUE! and #N/A, the codes Excel shows a custom function's message with.
  await page.keyboard.type("=BSC.ROA(1,0)");
  await page.keyboard.press("Enter");
  await until(() => cellText(page, "K2"), "#DIV/0!");
  expect(await page.locator('[data-cell="K2"]').getAttribute("title")).toBe("#DIV/0!");
  await page.keyboard.type('=BSC.ROE("abc",1)');
  await page.keyboard.press("Enter");
  await until(() => cellText(page, "K3"), "#VALUE!");
  expect(await page.locator('[data-cell="K3"]').getAttribute("title")).toBe(
    '#VALUE!: netProfit is the text "abc", not a number.'
  );
});
