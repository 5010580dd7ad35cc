/* eslint-disable no-undef */
/**
 * Custom functions through the built bundle, on ranges of 1,000 to 1,000,000
 * rows, against two baselines measured in the same run:
 * - a bare loop that takes the same 2D arrays Excel passes and returns a 2D array
 *   (the floor set by Excel's argument shape);
 * - a typed-array loop, for scale.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { median } = require("./stats");

/**
 * The bundle and the harness run in this process's main context, as in Excel's
 * runtime. (Inside a `vm` context every global lookup, `Number` or `Math`, goes
 * through the sandbox's interceptors and arrays made in another context are slow
 * to read: that would measure Node's sandbox, not the functions. The
 * correctness test keeps the strict vm with only CustomFunctions and Office.)
 */
function harness() {
  const column = (n, f) => Array.from({ length: n }, (_, i) => [f(i)]);
  globalThis.makeInputs = (n) => ({
    actual: column(n, (i) => 0.2 + (i % 97) / 100),
    v50: column(n, () => 0.25),
    v100: column(n, () => 0.8),
    kw: column(n, () => 1 / n),
    pw: column(n, () => 1),
    profit: column(n, (i) => 1000 + (i % 13)),
    assets: column(n, (i) => 10000 + i),
    assess: column(n, (i) => 60 + (i % 40)),
    dev: column(n, (i) => 50 + (i % 50)),
  });
  /** The bare loops: same 2D input shape, same output shape, no checks. */
  globalThis.bare = {
    KPI_SCORE: (a, l, h) => a.map((row, i) => [50 + (50 * (row[0] - l[i][0])) / (h[i][0] - l[i][0])]),
    BSC_SCORE: (a, l, h, k, p) => {
      let s = 0;
      for (let i = 0; i < a.length; i++) s += (50 + (50 * (a[i][0] - l[i][0])) / (h[i][0] - l[i][0])) * k[i][0] * p[i][0];
      return [[s]];
    },
    ROA: (n, d) => n.map((row, i) => [row[0] / d[i][0]]),
    CSS_TOTAL: (k, a, d) => k.map((row, i) => [0.7 * row[0] + 0.1 * a[i][0] + 0.2 * d[i][0]]),
  };
  globalThis.typedKpiScore = (a, l, h, out) => {
    for (let i = 0; i < a.length; i++) out[i] = 50 + (50 * (a[i] - l[i])) / (h[i] - l[i]);
    return out;
  };
  globalThis.toTyped = (col) => Float64Array.from(col, (r) => r[0]);
}

function loadBundle(root) {
  const associations = new Map();
  class CfError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  globalThis.CustomFunctions = { Error: CfError, associate: (id, fn) => associations.set(id, fn) };
  globalThis.Office = globalThis.Office || {};
  vm.runInThisContext(fs.readFileSync(path.join(root, "dist/functions.js"), "utf8"), { filename: "functions.js" });
  harness();
  return { associations, context: globalThis };
}

function time(fn, repeats) {
  const samples = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

function run(root, sizes = [1000, 10000, 100000, 1000000]) {
  const { associations: fns, context } = loadBundle(root);
  const { bare, makeInputs, typedKpiScore, toTyped } = context;
  const rows = [];
  for (const n of sizes) {
    const x = makeInputs(n);
    const repeats = n >= 1000000 ? 5 : n >= 100000 ? 9 : 21;
    const args = {
      KPI_SCORE: [x.actual, x.v50, x.v100],
      BSC_SCORE: [x.actual, x.v50, x.v100, x.kw, x.pw],
      ROA: [x.profit, x.assets],
      CSS_TOTAL: [x.kw, x.assess, x.dev],
    };
    const [ta, tl, th] = [x.actual, x.v50, x.v100].map(toTyped);
    const out = new Float64Array(n);
    const typed = time(() => typedKpiScore(ta, tl, th, out), repeats);
    for (const [id, a] of Object.entries(args)) {
      const fn = fns.get(id);
      const check = fn(...a);
      if (!Array.isArray(check) || check.length !== (id === "BSC_SCORE" ? 1 : n)) throw new Error(`${id} returned the wrong shape`);
      const ms = time(() => fn(...a), repeats);
      const base = time(() => bare[id](...a), repeats);
      rows.push({ fn: id, rows: n, ms, bareMs: base, typedMs: typed, ratio: ms / base, typedRatio: base / typed });
    }
  }
  return rows;
}

module.exports = { run };
