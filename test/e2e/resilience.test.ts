/**
 * The playground when something fails: a part that cannot draw shows what
 * failed, the error and a way out, and the rest of the page keeps working; a
 * request the host fails in the middle of a build shows in the pane and leaves
 * the workbook as it was.
 *
 * Rebuilding the six-employee scorecard with "Replace" and "One sheet per
 * employee" used to blank the whole page: each employee sheet is written under
 * a temporary name ("~bsc1 Adi Nugroho") and renamed at the end, and the
 * simulated host keeps the temporary name in the chart's source, so drawing the
 * chart threw and React unmounted everything.
 *
 * Faults are injected through the page's test hook, `window.__bscPlayground.host`
 * (playground/index.tsx): `failSyncAt(k, code, message, "before" | "after")`.
 */
import type { Page } from "playwright-core";
import { Session, ensureBuilt, openPlayground, screenshot, settled, until } from "./harness";

jest.setTimeout(120_000);

const EMPLOYEES = [
  "Adi Nugroho",
  "Budi Santoso",
  "Citra Lestari",
  "Dewi Anggraini",
  "Eko Prasetyo",
  "Fitri Handayani",
];
const BUILT = ["Balanced Scorecard Summary", "Balanced Scorecard Details", ...EMPLOYEES];
const SAMPLE_TABS = ["Seed 003", "Employees", "Formulas"];

const pane = (page: Page) => page.getByRole("complementary", { name: "Task pane" });
const tabs = (page: Page) => page.getByRole("tab").allInnerTexts();
/** Requests the page's simulated host has answered so far. */
const syncCount = (page: Page) => page.evaluate(() => window.__bscPlayground!.host.syncCount);

/** Picks the EmployeeKPIs table with one sheet per employee (and Replace) in the pane. */
async function chooseEmployees(page: Page, replace: boolean): Promise<void> {
  const p = pane(page);
  await p.getByRole("combobox", { name: "Source" }).click();
  await page.getByRole("option", { name: "EmployeeKPIs (table)" }).click();
  const options = p.getByRole("button", { name: /^Options/ });
  if ((await options.getAttribute("aria-expanded")) !== "true") await options.click();
  await settled(page); // a click inside a panel still opening can miss (paneUx.test.ts)
  await p.getByRole("checkbox", { name: "Also one sheet per employee" }).check();
  await p.getByRole("checkbox", { name: "Replace sheets with the same title" }).setChecked(replace);
}

/** Presses Build (confirming Replace) and waits for the outcome. */
async function build(page: Page, replace: boolean): Promise<void> {
  const p = pane(page);
  await p.getByRole("button", { name: "Build scorecard" }).click();
  if (replace) await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
  await p
    .getByRole("group", { name: /^(Scorecard built|Build failed)$/ })
    .waitFor({ timeout: 60_000 });
}

async function buildEmployees(page: Page, replace: boolean): Promise<void> {
  await chooseEmployees(page, replace);
  await build(page, replace);
}

/** The page shows something: the header, the task pane and the sheet tabs are there. */
async function expectNotBlank(page: Page): Promise<void> {
  expect((await page.locator("body").innerText()).trim().length).toBeGreaterThan(0);
  expect(await page.getByRole("heading", { name: "Scorecard for Excel" }).first().isVisible()).toBe(
    true
  );
  expect(await pane(page).isVisible()).toBe(true);
  expect(await page.getByRole("tablist", { name: "Sheets" }).isVisible()).toBe(true);
}

describe("rebuilding the six employees with Replace and one sheet per employee", () => {
  let session: Session;

  beforeAll(async () => {
    ensureBuilt();
    session = await openPlayground();
    await buildEmployees(session.page, false);
    await buildEmployees(session.page, true);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  test("the page is not blank: each employee sheet shows its chart or a visible error", async () => {
    const { page, errors } = session;
    expect(await tabs(page)).toEqual([...SAMPLE_TABS, ...BUILT]);
    for (const name of EMPLOYEES) {
      await page.getByRole("tab", { name, exact: true }).click();
      const chart = page.getByRole("figure", { name: "Chart: Perspective scores" });
      const failed = page
        .getByRole("region", { name: "Workbook" })
        .getByRole("alert")
        .filter({ hasText: /could not be drawn/ });
      await chart
        .or(failed)
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await expectNotBlank(page);
      expect((await chart.count()) + (await failed.count())).toBeGreaterThan(0);
      expect(await page.getByRole("grid", { name: `Sheet ${name}` }).isVisible()).toBe(true);
      if (await failed.count()) {
        // What failed, the error, and ways out.
        expect(await failed.first().innerText()).toMatch(/ItemNotFound|doesn't exist/);
        await failed.first().getByRole("button", { name: "Try again" }).waitFor();
        await failed.first().getByRole("button", { name: "Reset sample" }).waitFor();
      }
    }
    await page.getByLabel("Name box").fill("T24");
    await page.getByLabel("Name box").press("Enter");
    await screenshot(page, "playground-rebuild-replace.png");
    // An error a boundary caught is shown there, not again as an uncaught one.
    expect(await page.getByText(/nothing (caught|handled) it/).count()).toBe(0);
    // The console has the chart's error (React reports what a boundary caught), nothing else.
    expect(errors.filter((e) => !/~bsc1 |<ChartOverlay>/.test(e))).toEqual([]);
  });

  test("the rest keeps working: other sheets draw, the pane reads a table", async () => {
    const { page } = session;
    await page.getByRole("tab", { name: "Balanced Scorecard Summary" }).click();
    await page.getByRole("grid", { name: "Sheet Balanced Scorecard Summary" }).waitFor();
    expect(await page.locator('[data-cell="A4"]').innerText()).toBe("Adi Nugroho");
    await page.getByRole("tab", { name: "Seed 003" }).click();
    await page.locator('[data-cell="A1"]').click();
    await page.locator('[data-cell="G5"]').click({ modifiers: ["Shift"] });
    await pane(page).getByRole("button", { name: "Use selection" }).click();
    await pane(page)
      .getByText(/Read 4 data rows/)
      .waitFor();
  });

  // The host rewrites a chart's source when its sheet is renamed, as Excel does (excel-simulator,
  // references.test.ts), and the replace flow renames the old sheets out of the way first.
  test("after the host's rename fix: every employee sheet draws its chart, no error anywhere", async () => {
    const { page, errors } = session;
    for (const name of EMPLOYEES) {
      await page.getByRole("tab", { name, exact: true }).click({ timeout: 5_000 });
      await page
        .getByRole("figure", { name: "Chart: Perspective scores" })
        .waitFor({ timeout: 5_000 });
      expect(await page.getByRole("alert").count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});

describe("a request the host fails in the middle of a build", () => {
  let session: Session;
  /** Which request of the build writes the sheets (1 = the first one Build sends), and how many it sends. */
  let write: { k: number; of: number };

  beforeAll(async () => {
    ensureBuilt();
    session = await openPlayground();
    const { page } = session;
    await chooseEmployees(page, false);
    const from = await syncCount(page);
    await build(page, false);
    const sent = await page.evaluate(
      (from) => window.__bscPlayground!.host.requests.slice(from).map((r) => r.actions),
      from
    );
    // Reading the sheet names, the workbook's names, then the sheets themselves, then Excel.run's clean-up.
    write = { k: sent.indexOf(Math.max(...sent)) + 1, of: sent.length };
    await page.getByRole("button", { name: "Reset sample" }).click();
    await page.getByText("The sample workbook was restored.").waitFor();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  test.each(["before", "after"] as const)(
    "the request writing the sheets fails (%s it runs): the pane shows the error, the tabs are as before",
    async (point) => {
      const { page, errors } = session;
      // Requests before and after the one that fails: it is in the middle of the build.
      expect(write.k).toBeGreaterThan(1);
      expect(write.k).toBeLessThan(write.of);
      const tabsBefore = await tabs(page);
      expect(tabsBefore).toEqual(SAMPLE_TABS);
      await chooseEmployees(page, false);
      const message = `Simulated failure of request ${write.k} of ${write.of} (${point} it runs)`;
      await page.evaluate(
        ([k, message, point]) =>
          window.__bscPlayground!.host.failSyncAt(Number(k), "GeneralException", message, point),
        [String(write.k), message, point] as const
      );
      await build(page, false);
      const failed = pane(page).getByRole("group", { name: "Build failed" });
      await failed.waitFor();
      const text = await failed.innerText();
      expect(text).toContain("GeneralException");
      expect(text).toContain(message);
      expect(text).toContain("Nothing in your workbook was changed.");
      expect(await tabs(page)).toEqual(tabsBefore);
      // "before": nothing reached the workbook. ("after": the build's activation ran, then its sheets
      // were removed again, and Excel activates a neighbour of the deleted sheet.)
      if (point === "before")
        expect(await page.getByRole("tab", { selected: true }).innerText()).toBe("Seed 003");
      // Nothing crashed: no part of the page shows an error of its own.
      expect(await page.locator(".crash").count()).toBe(0);
      await screenshot(page, `playground-fault-${point}.png`);
      expect(errors).toEqual([]);
      await failed.getByRole("button", { name: "Dismiss" }).click();
    }
  );
});

describe("failures outside the build", () => {
  let session: Session;

  beforeEach(async () => {
    ensureBuilt();
    session = await openPlayground();
  }, 240_000);

  afterEach(async () => {
    await session?.close();
  });

  test("a failed tab switch shows in the status line (it was an unhandled rejection)", async () => {
    const { page, errors } = session;
    await page.evaluate(() =>
      window.__bscPlayground!.host.failSyncAt(1, "GeneralException", "Simulated lost connection")
    );
    await page.getByRole("tab", { name: "Employees" }).click();
    const status = page.getByRole("alert").filter({ hasText: "was not activated" });
    await status.waitFor();
    expect(await status.innerText()).toMatch(
      /^“Employees” was not activated: “GeneralException: .*Simulated lost connection”/
    );
    expect(await page.getByRole("tab", { selected: true }).innerText()).toBe("Seed 003");
    await page.getByRole("tab", { name: "Employees" }).click();
    await until(() => page.getByRole("tab", { selected: true }).innerText(), "Employees");
    expect(await status.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test("errors nothing caught show in a banner under the header, until dismissed", async () => {
    const { page, errors } = session;
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error("Simulated uncaught error");
      });
      void Promise.reject(new Error("Simulated unhandled rejection"));
    });
    const banner = page.getByRole("alert").filter({ hasText: /nothing (caught|handled) it/ });
    await banner.filter({ hasText: "(and 1 more)" }).waitFor();
    expect(await banner.innerText()).toContain("Simulated uncaught error");
    await screenshot(page, "playground-uncaught.png");
    // The page keeps working under it.
    await page.locator('[data-cell="C3"]').click();
    expect(await page.getByLabel("Name box").inputValue()).toBe("C3");
    await banner.getByRole("button", { name: "Dismiss all" }).click();
    expect(await banner.count()).toBe(0);
    // The browser's console still has both (the banner only listens).
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Simulated unhandled rejection"),
        expect.stringContaining("Simulated uncaught error"),
      ])
    );
  });

  test("a workbook view that cannot render says so; the pane keeps working; Reset sample recovers", async () => {
    const { page } = session;
    // The grid meets something unexpected: the host throws reading one cell.
    await page.evaluate(() => {
      const host = window.__bscPlayground!.host;
      const read = host.getFormulas.bind(host);
      host.getFormulas = (sheet: string, address: string) => {
        if (address === "C3") throw new Error("Simulated failure reading C3");
        return read(sheet, address);
      };
    });
    await page.locator('[data-cell="C3"]').click();
    const stopped = page.getByRole("alert").filter({ hasText: "The workbook view stopped" });
    await stopped.waitFor();
    expect(await stopped.innerText()).toContain("Simulated failure reading C3");
    await screenshot(page, "playground-workbook-stopped.png");
    expect(await pane(page).isVisible()).toBe(true);
    expect(await pane(page).getByRole("button", { name: "Use selection" }).isEnabled()).toBe(true);
    await stopped.getByRole("button", { name: "Reset sample" }).click();
    await page.getByRole("grid", { name: "Sheet Seed 003" }).waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(SAMPLE_TABS);
  });
});

test("a playground that cannot start says what failed instead of a blank page", async () => {
  ensureBuilt();
  const session = await openPlayground("", {
    waitReady: false,
    beforeLoad: (page) =>
      page.route("**/functions.json", (route) => route.fulfill({ status: 404, body: "" })),
  });
  try {
    const notice = session.page
      .getByRole("alert")
      .filter({ hasText: "The playground could not start" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain("functions.json: HTTP 404");
    await notice.getByRole("button", { name: "Reload the playground" }).waitFor();
  } finally {
    await session.close();
  }
});
