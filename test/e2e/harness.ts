/**
 * End-to-end harness: a fresh build/playground/ (built when missing or older than the
 * sources), served by scripts/serve.js on a free port, and headless Chromium
 * through playwright-core (the system's /usr/bin/chromium, never a download).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import type { Server } from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { Browser, ConsoleMessage, Page, chromium } from "playwright-core";

export const root = path.resolve(__dirname, "../..");
/** The playground's own build folder (never the add-in's dist/). */
export const playgroundDir = path.join(root, "build", "playground");
export const artifacts = path.join(root, "test-artifacts");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM } = require(path.join(root, "scripts/chromium.js")) as {
  CHROMIUM: { executablePath: string; args: string[] };
};

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds the playground (development) unless build/playground/ has its files
 * and was built after the last change to src/, playground/ or excel-simulator/. Webpack leaves a file
 * whose content did not change untouched, so the newest output tells when
 * the last build ran, not each file's own date.
 */
export function ensureBuilt(): void {
  const outputs = [
    "playground.html",
    "playground.js",
    "playgroundRuntime.js",
    "functions.js",
    "functions.json",
  ].map((f) => path.join(playgroundDir, f));
  const sources = Math.max(
    ...["src", "playground", "excel-simulator"].map((d) => newest(path.join(root, d)))
  );
  const fresh =
    outputs.every((f) => fs.existsSync(f)) &&
    Math.max(...outputs.map((f) => fs.statSync(f).mtimeMs)) >= sources;
  if (fresh) return;
  execFileSync("npx", ["webpack", "--mode", "development"], { cwd: root, stdio: "inherit" });
}

export interface ConsoleEntry {
  readonly type: string;
  readonly text: string;
  /** The script that logged it. */
  readonly url: string;
}

export interface Session {
  readonly browser: Browser;
  readonly page: Page;
  readonly server: Server;
  readonly url: string;
  /** Console errors and uncaught exceptions since the page opened. */
  readonly errors: string[];
  /** Every console message since the page opened (any type), with the script that logged it. */
  readonly console: ConsoleEntry[];
  /** Every URL the page requested. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs before the page is loaded (e.g. page.route to make a file fail). */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
  /** Wait for the grid and the task pane (default true). */
  readonly waitReady?: boolean;
}

/** Serves build/playground/, opens the playground in headless Chromium, and waits for the grid and the task pane. */
export async function openPlayground(query = "", options: OpenOptions = {}): Promise<Session> {
  const { serve } = require(path.join(root, "scripts/serve.js")) as {
    serve(dir: string, port: number): Promise<Server>;
  };
  const server = await serve(playgroundDir, 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/playground.html${query}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM.executablePath,
    args: CHROMIUM.args,
  });
  const page = await browser.newPage({
    viewport: { width: 1400, height: 860 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const messages: ConsoleEntry[] = [];
  const requests: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") errors.push(m.text());
    messages.push({ type: m.type(), text: m.text(), url: m.location().url });
  });
  page.on("pageerror", (e: Error) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => void requests.push(r.url()));
  await options.beforeLoad?.(page);
  await page.goto(url);
  if (options.waitReady !== false) {
    await page.getByRole("grid").waitFor({ timeout: 30_000 });
    // The pane is ready: its first button, in English or (?lang=id-ID) Indonesian.
    await page
      .getByRole("button", { name: /^(Use selection|Gunakan pilihan)$/ })
      .waitFor({ timeout: 30_000 });
  }
  return {
    browser,
    page,
    server,
    url,
    errors,
    console: messages,
    requests,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, name);
  await page.screenshot({ path: file });
  return file;
}

/** The text of the grid cell at an A1 address (it must be on screen). */
export async function cellText(page: Page, a1: string): Promise<string> {
  return (await page.locator(`[role="gridcell"][data-cell="${a1}"]`).first().innerText()).trim();
}

/** Addresses and texts of the rendered cells of one row of the grid. */
export async function rowCells(page: Page, row: number): Promise<{ a1: string; text: string }[]> {
  return page.locator('[role="gridcell"]').evaluateAll(
    (cells, r) =>
      cells
        .map((c) => ({
          a1: c.getAttribute("data-cell") ?? "",
          text: (c.textContent ?? "").trim(),
        }))
        .filter((c) => new RegExp(`^[A-Z]+${r}$`).test(c.a1)),
    row
  );
}

/** Resolves to `read()`'s value once it equals `expected` (checked every 50 ms), or throws after `timeoutMs`. */
/** Waits until the page's animations and transitions (a panel opening, a fade-in) have finished. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

export async function until<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (last !== expected) {
    if (Date.now() > end)
      throw new Error(`Waited ${timeoutMs} ms for ${String(expected)}; last saw ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}
