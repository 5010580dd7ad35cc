/* eslint-disable no-undef */
/**
 * `npm start`: on Windows or macOS with desktop Excel, sideloads the add-in
 * (office-addin-debugging). Anywhere else (Linux, CI, a machine without Excel),
 * builds and serves the playground: the real task pane and custom functions over
 * a simulated workbook in the browser.
 *
 *   npm start                 # the choice above
 *   npm start -- --playground # always the playground
 *   npm run start:desktop     # always sideload into desktop Excel
 *   npm run start:web         # sideload into Excel on the web (needs --document <url>)
 */
const { spawnSync } = require("child_process");
const path = require("path");
const { serve, PLAYGROUND } = require("./serve");

const root = path.join(__dirname, "..");
const wantsPlayground = process.argv.includes("--playground") || process.env.BSC_PLAYGROUND === "1";
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status || 1);
}

if (hasDesktopExcel && !wantsPlayground) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log("No desktop Excel here: building the playground ...");
  run("npx", ["webpack", "--mode", "development"]);
  const port = Number(process.env.PORT || 3000);
  serve(PLAYGROUND, port).then(
    () => {
      console.log("");
      console.log(`  Playground: http://localhost:${port}/playground.html`);
      console.log("");
      console.log("Press Ctrl+C to stop.");
    },
    (err) => {
      console.error(`Cannot listen on port ${port}: ${err.message}. Try PORT=3001 npm start.`);
      process.exit(1);
    }
  );
}
