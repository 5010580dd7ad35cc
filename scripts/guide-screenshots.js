/* eslint-disable no-undef */
/**
 * Retakes the user guides' screenshots: runs test/e2e/guideScreenshots.test.ts
 * (headless Chromium over the playground; it writes test-artifacts/guides/<en|id>/)
 * and copies the pictures to docs/images/guides/<en|id>/.
 *
 *   node scripts/guide-screenshots.js          # take and copy
 *   node scripts/guide-screenshots.js --copy   # copy the last run's pictures only
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const from = path.join(root, "test-artifacts", "guides");
const to = path.join(root, "docs", "images", "guides");

if (!process.argv.includes("--copy")) {
  execFileSync("npx", ["jest", "test/e2e/guideScreenshots.test.ts", "--selectProjects", "e2e"], {
    cwd: root,
    stdio: "inherit",
  });
}

let copied = 0;
for (const lang of ["en", "id"]) {
  const dir = path.join(from, lang);
  if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run without --copy first`);
  fs.mkdirSync(path.join(to, lang), { recursive: true });
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".png"))) {
    fs.copyFileSync(path.join(dir, file), path.join(to, lang, file));
    copied++;
  }
}
console.log(`Copied ${copied} screenshots to ${path.relative(root, to)}/`);
