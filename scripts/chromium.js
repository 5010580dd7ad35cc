/* eslint-disable no-undef */
/**
 * How the tests and the benchmarks launch a browser: the system's Chromium
 * (apt-get install chromium), never a download, headless and kept off the
 * network beyond the page's own server.
 */
const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

module.exports = { CHROMIUM };
