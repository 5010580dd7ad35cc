/**
 * The task pane and the playground as Office users expect them (issue 16), in
 * headless Chromium at 1400×900 and with a 320 px pane: the way from page load
 * to a built scorecard (clicks and keys counted), the footer with Build always
 * in view, every problem in one pass, Refresh of a selection, focus after each
 * step, Tab and F6 / Ctrl+F6 as in Office, axe-core on the pane (no serious or
 * critical finding), the summary sheets' widths and header style, and cell
 * entry in an Indonesian workbook.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { HEADER_STYLE, headerWidth } from "../../src/scorecard/styles";
import { Session, ensureBuilt, openPlayground, root, screenshot, settled, until } from "./harness";

jest.setTimeout(120_000);

const AXE = path.join(root, "node_modules/axe-core/axe.min.js");

async function open(query = "", paneWidth?: number): Promise<Session> {
  const session = await openPlayground(query);
  await session.page.setViewportSize({ width: 1400, height: 900 });
  if (paneWidth) await session.page.addStyleTag({ content: `.pane { width: ${paneWidth}px; }` });
  return session;
}

/** What has the focus: its role or tag and accessible name as far as the page tells. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    return (el.getAttribute("aria-label") ?? el.innerText ?? "").trim();
  });
}

async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await page.locator(`[data-cell="${a1}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** axe-core's serious and critical findings on the pane, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  // Panels that have just opened fade in: contrast is judged on the settled pane.
  await settled(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const pane = document.querySelector(".pane");
    if (!pane) return ["no pane"];
    const result = await axe.run(pane, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** The Build button is inside the window and not covered (the footer stays in view). */
async function buildInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === "Build scorecard"
    );
    if (!button) return false;
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.bottom <= window.innerHeight && r.top >= 0 && (hit === button || button.contains(hit));
  });
}

describe("from page load to a built scorecard", () => {
  let session: Session;
  beforeAll(() => ensureBuilt());
  afterEach(async () => session?.close());

  test("one click and one key: Use selection takes the focus to Build, Enter builds", async () => {
    session = await open();
    const { page, errors } = session;
    let clicks = 0;
    let keys = 0;
    // The sample opens with its KPI table selected (A1:G5), as a user would have it.
    await page.getByRole("button", { name: "Use selection" }).click();
    clicks++;
    await page.getByText(/Read 4 data rows/).waitFor();
    await until(() => focused(page), "Build scorecard");
    expect(await buildInView(page)).toBe(true);
    await page.keyboard.press("Enter");
    keys++;
    const success = page.getByRole("group", { name: "Scorecard built" });
    await success.waitFor({ timeout: 30_000 });
    expect(await success.innerText()).toContain("Created “Balanced Scorecard”.");
    expect(clicks).toBeLessThanOrEqual(3);
    expect(keys).toBeLessThanOrEqual(12);
    // The footer shows the overall result beside Build: 57.85, Poor.
    expect(await page.getByTestId("footer-overall").innerText()).toMatch(/57\.85\s*Poor/);
    await screenshot(page, "pane-built-1400x900.png");

    // Building again with "Replace" says Replaced, not Created.
    await page.getByRole("button", { name: /^Options/ }).click();
    // The panel grows as it opens and its last checkbox moves below the fold: a click
    // while it moves missed it in 2 of 3 full e2e runs this session.
    await settled(page);
    await page.getByRole("checkbox", { name: "Replace sheets with the same title" }).check();
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
    await until(
      async () => (await success.innerText()).includes("Replaced “Balanced Scorecard”."),
      true,
      30_000
    );
    expect(await success.innerText()).not.toContain("Created");
    expect(errors).toEqual([]);
  });

  test("keyboard: Build is at most 12 Tab presses from the pane's first control", async () => {
    session = await open();
    const { page } = session;
    await page.getByRole("button", { name: "Use selection" }).click();
    await page.getByText(/Read 4 data rows/).waitFor();
    await page.getByRole("combobox", { name: "Pane language" }).focus();
    let presses = 0;
    while (presses < 30 && (await focused(page)) !== "Build scorecard") {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(await focused(page)).toBe("Build scorecard");
    expect(presses).toBeLessThanOrEqual(12);
  });
});

describe("a 320 px pane", () => {
  let session: Session;
  beforeAll(async () => {
    ensureBuilt();
    session = await open("", 320);
  }, 240_000);
  afterAll(async () => session?.close());

  test("fits: no horizontal scroll, Build in view before and after reading, options collapsed", async () => {
    const { page, errors } = session;
    const overflow = () =>
      page.evaluate(() => {
        const body = document.querySelector(".pane-body") as HTMLElement;
        return (
          [...body.querySelectorAll("*")].some(
            (el) =>
              (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1 &&
              getComputedStyle(el).overflowX === "auto"
          ) || body.scrollWidth > body.clientWidth + 1
        );
      });
    expect(await buildInView(page)).toBe(true);
    expect(await overflow()).toBe(false);
    await screenshot(page, "pane-320-start.png");
    await page.getByRole("button", { name: "Use selection" }).click();
    await page.getByText(/Read 4 data rows/).waitFor();
    expect(await buildInView(page)).toBe(true);
    expect(await overflow()).toBe(false);
    expect(await page.getByRole("button", { name: /^Options/ }).getAttribute("aria-expanded")).toBe(
      "false"
    );
    await screenshot(page, "pane-320-read.png");
    // Scrolled to the bottom of the steps, Build is still where it was.
    await page
      .locator(".pane-body main > div")
      .first()
      .evaluate((el) => el.scrollTo(0, 1e6));
    expect(await buildInView(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test("axe-core finds nothing serious or critical on the pane: at start, read, options and columns open", async () => {
    const { page } = session;
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole("button", { name: /^Options/ }).click();
    await page.getByRole("button", { name: /^Columns:/ }).click();
    await settled(page); // the Columns panel has opened: its button no longer moves
    await page.getByRole("button", { name: /monthly data/ }).click();
    expect(await axeFindings(page)).toEqual([]);
    // Every option fits the 320 px pane: nothing wider than the steps' column.
    const wider = await page.evaluate(() => {
      const steps = document.querySelector(".pane-body main > div") as HTMLElement;
      const right = steps.getBoundingClientRect().right;
      return [...steps.querySelectorAll("input, button, label")]
        .filter((el) => el.getBoundingClientRect().right > right + 1)
        .map((el) => el.outerHTML.slice(0, 80));
    });
    expect(wider).toEqual([]);
    await screenshot(page, "pane-320-open.png");
  });
});

describe("problems, Refresh and focus", () => {
  let session: Session;
  beforeAll(() => ensureBuilt());
  afterEach(async () => session?.close());

  test("every problem in one pass, each link selects all its cells; Refresh of the selection clears them", async () => {
    session = await open();
    const { page, errors } = session;
    await typeInCell(page, "G4", "'81,56%"); // a text actual
    await typeInCell(page, "D3", "0.4"); // Customer's KPI weights now 90%
    await page.locator('[data-cell="A1"]').click();
    await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
    await page.getByRole("button", { name: "Use selection" }).click();
    const problems = page.getByRole("region", { name: "Problems" });
    await problems.getByText(/Actual in 'Seed 003'!G4 is "81,56%", not a number/).waitFor();
    await problems.getByText(/KPI weights of "Customer" sum to 90%, not 100%/).waitFor();
    // The next step is the problems: the focus went there.
    await until(() => focused(page), "Problems");
    await screenshot(page, "pane-problems.png"); // docs/images/playground-problems.png (README)
    await problems.getByRole("button", { name: "Go to 'Seed 003'!D2:D3" }).click();
    await until(() => page.getByLabel("Name box").inputValue(), "D2:D3");

    // Fixed in the grid; the selection is now elsewhere, Refresh still reads A1:G5.
    await typeInCell(page, "D3", "0.5");
    await typeInCell(page, "G4", "0.8156");
    await page.getByRole("button", { name: "Refresh" }).click();
    await until(async () => (await problems.innerText()).includes("0 errors"), true);
    await until(() => focused(page), "Build scorecard");
    expect(errors).toEqual([]);
  });
});

describe("the playground's grid and pane, as in Office", () => {
  let session: Session;
  beforeAll(async () => {
    ensureBuilt();
    session = await open();
  }, 240_000);
  afterAll(async () => session?.close());

  test("F6 and Ctrl+F6 move between the grid and the pane; Tab leaves the grid after the used range", async () => {
    const { page } = session;
    const grid = page.getByRole("grid");
    await page.locator('[data-cell="A2"]').click();
    expect(await grid.evaluate((g) => g === document.activeElement)).toBe(true);
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.closest(".pane") !== null)).toBe(true);
    await page.keyboard.press("F6");
    expect(await grid.evaluate((g) => g === document.activeElement)).toBe(true);
    await page.keyboard.press("Control+F6");
    expect(await page.evaluate(() => document.activeElement?.closest(".pane") !== null)).toBe(true);
    await page.keyboard.press("Control+F6");
    expect(await grid.evaluate((g) => g === document.activeElement)).toBe(true);

    // Tab moves right through the row as in Excel, then leaves the grid: no trap.
    let presses = 0;
    while (presses < 40 && (await grid.evaluate((g) => g.contains(document.activeElement)))) {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(await grid.evaluate((g) => g.contains(document.activeElement))).toBe(false);
    // The used range of the sample sheet ends at column M: 12 moves right, then out.
    expect(presses).toBe(13);
  });

  test("a number in a column too narrow is rounded to fit (General) or shown as ####", async () => {
    const { page } = session;
    await page.evaluate(async () => {
      const X = (window as unknown as { Excel: typeof Excel }).Excel;
      await X.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("P2").formulas = [["=100/3"]];
        sheet.getRange("Q2").values = [[1234.5678]];
        sheet.getRange("Q2").numberFormat = [["#,##0.00"]];
        sheet.getRange("P:Q").format.columnWidth = 30;
        await context.sync();
      });
    });
    await page.locator('[data-cell="P2"]').scrollIntoViewIfNeeded();
    const text = async (a1: string) =>
      (await page.locator(`[data-cell="${a1}"]`).innerText()).trim();
    await until(async () => /^33\.3*$/.test(await text("P2")), true);
    expect((await text("P2")).length).toBeLessThan("33.3333333333".length);
    expect(await text("Q2")).toMatch(/^#+$/);
  });
});

describe("an Indonesian workbook and Office (?locale=id-ID&lang=id-ID)", () => {
  let session: Session;
  beforeAll(async () => {
    ensureBuilt();
    session = await open("?locale=id-ID&lang=id-ID");
  }, 240_000);
  afterAll(async () => session?.close());

  test("cells take ';' and the decimal comma as Excel does, the formula bar shows them so", async () => {
    const { page, errors } = session;
    const host = () =>
      page.evaluate(() => {
        const h = window.__bscPlayground!.host;
        return {
          values: h.getValues("Seed 003", "J2:J4"),
          formulas: h.getFormulas("Seed 003", "J2:J4"),
        };
      });
    await typeInCell(page, "J2", "=BSC.ROA(500;10000)");
    await typeInCell(page, "J3", "0,4");
    await typeInCell(page, "J4", "=BSC.RATING(57,85)");
    await until(async () => JSON.stringify((await host()).values[0]), "[0.05]");
    const { values, formulas } = await host();
    expect(values[1]).toEqual([0.4]); // a number, not the text "0,4"
    expect(formulas[2]).toEqual(["=BSC.RATING(57.85)"]); // one argument
    expect(typeof values[2][0]).toBe("string");
    await page.locator('[data-cell="J2"]').click();
    expect(await page.getByLabel("Formula bar").inputValue()).toBe("=BSC.ROA(500;10000)");
    await page.locator('[data-cell="J3"]').click();
    expect(await page.getByLabel("Formula bar").inputValue()).toBe("0,4");
    expect(errors).toEqual([]);
  });

  test("a refused entry, the status bar and the pane's title strip speak Indonesian", async () => {
    const { page } = session;
    await typeInCell(page, "J6", "=BSC.ROA(500;");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^Ada masalah dengan entri ini: “/);
    await page.keyboard.press("Escape");
    await page.locator('[data-cell="A1"]').click();
    await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
    const stats = page.locator(".stats");
    expect(await stats.innerText()).toMatch(
      /Rata-rata: 0,558908112\s*Hitungan: 35\s*Jumlah: 11,17816223/
    );
    expect(await page.locator(".pane-title").innerText()).toContain("Buat scorecard");
    await screenshot(page, "playground-id-ID-entry.png");
  });
});

describe("the generated sheets", () => {
  let session: Session;
  beforeAll(async () => {
    ensureBuilt();
    session = await open();
  }, 240_000);
  afterAll(async () => session?.close());

  test("summary and details: widths from content, headers whole words, the scorecard's header style", async () => {
    const { page, errors } = session;
    await page.getByRole("combobox", { name: /^Source/ }).click();
    await page.getByRole("option", { name: /^EmployeeKPIs/ }).click();
    await page.getByText(/Read \d+ data rows from EmployeeKPIs/).waitFor();
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
    const sheets = await page.evaluate(() => window.__bscPlayground!.host.sheetNames());
    const summary = sheets.find((s) => / Summary$/.test(s))!;
    const details = sheets.find((s) => / Details$/.test(s))!;
    for (const sheet of [summary, details]) {
      const { headers, formats } = await page.evaluate((name) => {
        const h = window.__bscPlayground!.host;
        const row = h.getValues(name, "A3:L3")[0].filter((v) => v !== "");
        return {
          headers: row as string[],
          formats: row.map((_, c) => h.getCellFormat(name, `${String.fromCharCode(65 + c)}3`)),
        };
      }, sheet);
      expect(headers.length).toBeGreaterThan(4);
      headers.forEach((header, c) => {
        // Wide enough for the header's longest word (no "Assessmen/t"), in the one style.
        expect([sheet, header, formats[c].columnWidth >= headerWidth(header)]).toEqual([
          sheet,
          header,
          true,
        ]);
        expect(formats[c].fill).toBe(HEADER_STYLE.fill);
        expect(formats[c].bold).toBe(true);
        expect(formats[c].wrapText).toBe(true);
      });
    }
    await page.getByRole("tab", { name: summary }).click();
    await screenshot(page, "summary-sheet.png");
    await page.getByRole("tab", { name: details }).click();
    await screenshot(page, "details-sheet.png");
    expect(errors).toEqual([]);
  });

  test("the single scorecard has no empty Trend column and its chart's labels are whole", async () => {
    const { page } = session;
    await page.getByRole("tab", { name: "Seed 003" }).click();
    await page.locator('[data-cell="A1"]').click();
    await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
    await page.getByRole("button", { name: "Use selection" }).click();
    await page.getByText(/Read 4 data rows/).waitFor();
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByRole("group", { name: "Scorecard built" }).waitFor({ timeout: 30_000 });
    const name = await page.evaluate(() => window.__bscPlayground!.host.activeSheet());
    const f = await page.evaluate(
      (sheet) => window.__bscPlayground!.host.getCellFormat(sheet, "F5").columnWidth,
      name
    );
    expect(f).toBe(0); // Trend: hidden, nothing to show without period data
    const labels = await page
      .locator("figure.chart svg text")
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? ""));
    expect(labels).toEqual(expect.arrayContaining(["122.45", "-38.08", "101.41"]));
    // Every label inside the chart's box.
    const inside = await page.locator("figure.chart").evaluate((fig) => {
      const box = fig.getBoundingClientRect();
      return [...fig.querySelectorAll("text")].every((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      });
    });
    expect(inside).toBe(true);
    await screenshot(page, "scorecard-chart.png");
  });
});
