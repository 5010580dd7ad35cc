/* eslint-disable no-undef */
/**
 * Task pane start-up in headless Chromium: from navigation to the pane being
 * usable (its first button enabled), on two pages:
 * - dist/taskpane.html, the page Excel loads, with office.js (its CDN is
 *   unreachable here) answered by a small stub (bench/officeStub.js) over a
 *   tiny workbook: the add-in's own start-up;
 * - the playground page, which also loads the simulated host (HyperFormula) and
 *   builds the sample workbook before mounting the same pane.
 */
const path = require("path");
const { median } = require("./stats");
const { OFFICE_STUB } = require("./officeStub");
const { CHROMIUM } = require("../scripts/chromium");

async function timePage(browser, url, stubOffice) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (stubOffice) {
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "application/javascript", body: OFFICE_STUB })
    );
  }
  try {
    const t0 = Date.now();
    await page.goto(url);
    await page.locator("main button:not([disabled])").first().waitFor({ timeout: 30000 });
    const ms = Date.now() - t0;
    if (errors.length) throw new Error(errors.join("; "));
    return ms;
  } finally {
    await page.close();
  }
}

async function measureStartup(root, runs = 7) {
  const { chromium } = require("playwright-core");
  const { serve, PLAYGROUND } = require(path.join(root, "scripts/serve.js"));
  // The add-in's pages from dist/, the playground's from build/playground/.
  const server = await serve([path.join(root, "dist"), PLAYGROUND], 0);
  const browser = await chromium.launch(CHROMIUM);
  const base = `http://127.0.0.1:${server.address().port}`;
  const pages = [
    { page: "taskpane.html (office.js stubbed)", url: `${base}/taskpane.html`, stub: true },
    {
      page: "playground.html (simulated host + sample workbook)",
      url: `${base}/playground.html`,
      stub: false,
    },
  ];
  try {
    const results = pages.map((p) => ({ ...p, runs: [] }));
    // One unmeasured load of each (the browser's first page pays its own start-up), then interleaved runs.
    for (const p of pages) await timePage(browser, p.url, p.stub);
    for (let i = 0; i < runs; i++)
      for (const r of results) r.runs.push(await timePage(browser, r.url, r.stub));
    return results.map((r) => ({ page: r.page, ms: median(r.runs), runs: r.runs }));
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { measureStartup };

if (require.main === module) {
  measureStartup(path.join(__dirname, "..")).then(
    (r) => console.table(r.map((x) => ({ page: x.page, ms: x.ms, runs: x.runs.join(" ") }))),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}
