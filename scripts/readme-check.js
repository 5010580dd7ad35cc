/* eslint-disable no-undef */
/**
 * Runs the README's set-up and command-line lines on a fresh clone, in the
 * order the README gives them, as a new user would. `.ci/run` calls it after
 * the test suite, so a broken first step is caught by CI, not by a user.
 *
 *   node scripts/readme-check.js     (npm run check:readme)
 *
 * What it does, in a clone of HEAD (committed work only) in a temporary folder:
 * - the "Set-up" block: `npm install` must pass and print no npm warning or
 *   error; `npm start` must serve the playground (it runs until stopped: the
 *   check waits for its URL, fetches the page and the custom functions, then
 *   stops it); `npm test` is the command this CI run has just run on the main
 *   checkout, so it is not run twice;
 * - the "Command line" block, every line, after `npm start` (whose build
 *   empties dist/), then the first command again after `npm run build`: the
 *   command line must work after each in any order;
 * - no tracked file may change on the way (a build rewriting committed docs).
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const START_TIMEOUT_MS = 5 * 60_000;

/** The shell lines of the first ```bash block under a "## <heading>" of the README, comments removed. */
function readmeLines(readme, heading) {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  const block = /```bash\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error(`README's "## ${heading}" section has no bash block`);
  return block[1]
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("#"));
}

function log(line) {
  process.stdout.write(`readme-check: ${line}\n`);
}

/** Runs one command line in the clone; fails the check on a non-zero status. Returns its output. */
function run(cwd, line, env = {}) {
  log(`$ ${line}`);
  const started = Date.now();
  const r = spawnSync(line, {
    cwd,
    shell: true,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  const output = `${r.stdout || ""}${r.stderr || ""}`;
  if (r.status !== 0) {
    process.stdout.write(output);
    throw new Error(`"${line}" exited with status ${r.status}`);
  }
  log(`  ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return output;
}

function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode, body }));
      })
      .on("error", reject);
  });
}

/** A free port on localhost for the clone's `npm start`, so it never meets another server. */
function freePort() {
  return new Promise((resolve) => {
    const server = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` until it prints the playground's address; checks the page and the functions it serves; stops it. */
async function checkStart(cwd, line) {
  const port = await freePort();
  log(`$ ${line}   (PORT=${port}, stopped once the playground answers)`);
  const started = Date.now();
  const child = spawn(line, {
    cwd,
    shell: true,
    detached: true,
    env: { ...process.env, PORT: String(port) },
  });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`"${line}" printed no playground address in 5 minutes`)),
      START_TIMEOUT_MS
    );
    const hear = (chunk) => {
      output += chunk;
      const found = /Playground: (http:\/\/localhost:\d+\/playground\.html)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on("data", hear);
    child.stderr.on("data", hear);
    child.on("exit", (status) => {
      clearTimeout(timer);
      reject(
        new Error(`"${line}" exited (status ${status}) before serving the playground:\n${output}`)
      );
    });
  });
  try {
    const page = await get(url);
    if (page.status !== 200 || !page.body.includes("playground.js")) {
      throw new Error(`${url} answered ${page.status} without the playground's script`);
    }
    const functions = await get(url.replace("playground.html", "functions.json"));
    const ids = JSON.parse(functions.body).functions.map((f) => f.id);
    if (!ids.includes("BSC_SCORE"))
      throw new Error(`functions.json lists no BSC_SCORE: ${ids.join(", ")}`);
    log(
      `  ok in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url} serves the playground and ${ids.length} functions`
    );
  } finally {
    child.removeAllListeners("exit");
    process.kill(-child.pid, "SIGTERM");
  }
}

function warnings(output) {
  return output.split("\n").filter((l) => /^npm (warn|error|WARN|ERR)/.test(l));
}

async function main() {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const setup = readmeLines(readme, "Set-up");
  const commandLine = readmeLines(readme, "Command line");
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), "bsc-readme-"));
  log(`fresh clone of HEAD in ${clone}`);
  try {
    run(root, `git clone --quiet --no-hardlinks "${root}" "${clone}"`);
    for (const line of setup) {
      for (const command of line.split("&&").map((c) => c.trim())) {
        if (command === "npm start") await checkStart(clone, command);
        else if (command === "npm test")
          log(`$ npm test   (what this CI run has just run on the main checkout)`);
        else {
          const output = run(clone, command);
          const warned = warnings(output);
          if (command.startsWith("npm install") && warned.length > 0) {
            throw new Error(
              `"${command}" printed what a newcomer would have to act on:\n${warned.join("\n")}`
            );
          }
        }
      }
    }
    // The command line right after `npm start` (a development build of dist/), then after `npm run build`.
    for (const line of commandLine) run(clone, line);
    const cli = commandLine.find(
      (l) => l.includes("bsc-scorecard") && !l.startsWith("npm run build")
    );
    run(clone, "npm run build");
    run(clone, cli);
    const changed = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: clone,
      encoding: "utf8",
    });
    if (changed.stdout.trim())
      throw new Error(`the README's commands changed tracked files:\n${changed.stdout}`);
    log("every README command works on a fresh clone");
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`readme-check: ${error.message}`);
  process.exit(1);
});
