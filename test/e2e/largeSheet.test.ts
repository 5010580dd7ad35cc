/**
 * A 12,000-row sheet in the playground (playground.html?large=12000): only the
 * rows on screen are in the page, scrolling keeps frames short, and keyboard
 * jumps land on the last row with the frozen header still in view.
 */
import { Session, cellText, ensureBuilt, openPlayground, screenshot, until } from "./harness";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  ensureBuilt();
  session = await openPlayground("?large=12000");
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("renders only the visible part of a 12,000-row sheet and scrolls it in short frames", async () => {
  const { page, errors } = session;
  await page.getByRole("tab", { name: "Large data" }).click();
  await page.locator('[data-cell="A2"]').waitFor();
  const stats = await page.evaluate(async () => {
    const grid = document.querySelector('[role="grid"]') as HTMLElement;
    const frames: number[] = [];
    let last = performance.now();
    // About 7,000 px a second: a fast wheel or a drag of the scroll bar.
    for (let i = 0; i < 120; i++) {
      grid.scrollTop += 120;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return {
      median: frames[frames.length >> 1],
      cells: document.querySelectorAll('[role="gridcell"]').length,
      rows: Number(grid.getAttribute("aria-rowcount")),
    };
  });
  expect(stats.rows).toBeGreaterThanOrEqual(12_001);
  expect(stats.cells).toBeLessThan(2_000);
  // Software rendering on a shared CI core: a loose bound that still catches rendering every row.
  expect(stats.median).toBeLessThan(120);
  expect(errors).toEqual([]);
});

test("Ctrl+End goes to the last cell; the frozen header row stays in view", async () => {
  const { page } = session;
  await page.locator('[role="grid"]').focus();
  await page.keyboard.press("Control+End");
  await until(() => page.getByLabel("Name box").inputValue(), "J12001");
  await page.locator('[data-cell="J12001"]').waitFor();
  expect(await cellText(page, "A12001")).toMatch(/^Employee \d{5}$/);
  expect(await cellText(page, "A1")).toBe("Employee");
  await screenshot(page, "playground-large.png");
  await page.keyboard.press("Control+Home");
  await until(() => page.getByLabel("Name box").inputValue(), "A1");
});
