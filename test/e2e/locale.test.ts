/**
 * An Indonesian workbook in the playground (?locale=id-ID): the grid shows
 * decimal commas as Indonesian Excel does, and the pane's numbers follow the
 * workbook even while the pane itself is in English.
 */
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
