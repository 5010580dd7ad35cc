/* eslint-disable no-undef */
/**
 * Task pane start-up in headless Chromium: from navigation to the pane being
 * usable (its first button enabled), on the playground page, which mounts the
 * real task pane (Excel's own office.js cannot load on this machine).
 */
const path = require("path");
const { median } = require("./stats");

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function measureStartup(root, runs = 5) {
  const { chromium } = require("playwright-core");
  const { serve } = require(path.join(root, "scripts/serve.js"));
  const server = await serve(path.join(root, "dist"), 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${server.address().port}/playground.html`);
      await page.getByRole("button").first().waitFor({ state: "visible", timeout: 30000 });
      await page.locator("main button:not([disabled])").first().waitFor({ timeout: 30000 });
      times.push(Date.now() - t0);
      await page.close();
    }
    return { ms: median(times), runs: times };
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { measureStartup };
