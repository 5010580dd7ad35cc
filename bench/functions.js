/* eslint-disable no-undef */
/**
 * Custom functions through the built bundle, on ranges of 1,000 to 1,000,000
 * rows, against two baselines measured in the same run:
 * - a bare loop that takes the same 2D arrays Excel passes and returns a 2D array
 *   (the floor set by Excel's argument shape);
 * - a typed-array loop, for scale.
 *
 * Each function is measured in a child `node --expose-gc` process of its own (all
 * its sizes, smallest first), so that what V8 compiled for one function, or the
 * garbage and heap shape it left, never carries into the next (in one shared
 * process KPI_SCORE measured 4.98x after the others, 1.74x alone); in the child:
 * - every timed call starts from a collected heap (`gc()` before it, outside the
 *   timing): a call is not charged for the garbage of the one before it;
 * - function and baseline calls are interleaved (and their order alternates), so
 *   a slow phase of the machine hits both;
 * - each figure is the median of many calls after a warm-up, and the ratio is the
 *   median of the per-pair ratios (each pair measured back to back);
 * - time is the process's CPU time with garbage collection on the main thread
 *   (--single-threaded-gc): on a busy machine wall time mostly measures the other
 *   processes, CPU time still measures the work (GC included).
 *
 *   node bench/functions.js [root] [rows ...]   # prints JSON
 *
 * (that process only starts the children, one after the other, and prints their
 * rows in the order sizes, then functions; BENCH_CHILD=<function> is how it
 * tells a child which one it measures.)
 *
 * BENCH_FUNCTIONS_JS=<file> measures another build of functions.js (a saved one, to compare
 * before and after); BENCH_ONLY=KPI_SCORE,NPS measures only those functions.
 */
const { execFileSync } = require("child_process");
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
const column = (n, f) => Array.from({ length: n }, (_, i) => [f(i)]);

function makeInputs(n) {
  return {
    actual: column(n, (i) => 0.2 + (i % 97) / 100),
    v50: column(n, () => 0.25),
    v100: column(n, () => 0.8),
    kw: column(n, () => 1 / n),
    pw: column(n, () => 1),
    profit: column(n, (i) => 1000 + (i % 13)),
    assets: column(n, (i) => 10000 + i),
    assess: column(n, (i) => 60 + (i % 40)),
    dev: column(n, (i) => 50 + (i % 50)),
    previous: column(n, (i) => 990 + (i % 11)),
    target: column(n, (i) => 50 + (i % 60)),
    score: column(n, (i) => 20 + (i % 110)),
    answers: column(n, (i) => i % 11),
    satisfaction: column(n, (i) => 1 + (i % 5)),
    importance: column(n, (i) => 1 + (i % 3)),
  };
}

/**
 * The bare loops: same 2D input shape, same output shape, no checks. Plain `for`
 * loops in module-level functions (no callback closure made per call, which
 * optimised code loses at every full GC): the fastest honest floor.
 */
const bare = {
  KPI_SCORE(a, l, h) {
    const out = new Array(a.length);
    for (let i = 0; i < a.length; i++)
      out[i] = [50 + (50 * (a[i][0] - l[i][0])) / (h[i][0] - l[i][0])];
    return out;
  },
  BSC_SCORE(a, l, h, k, p) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
      s += (50 + (50 * (a[i][0] - l[i][0])) / (h[i][0] - l[i][0])) * k[i][0] * p[i][0];
    return [[s]];
  },
  ROA(n, d) {
    const out = new Array(n.length);
    for (let i = 0; i < n.length; i++) out[i] = [n[i][0] / d[i][0]];
    return out;
  },
  CSS_TOTAL(k, a, d) {
    const out = new Array(k.length);
    for (let i = 0; i < k.length; i++) out[i] = [0.7 * k[i][0] + 0.1 * a[i][0] + 0.2 * d[i][0]];
    return out;
  },
  GROWTH(c, p) {
    const out = new Array(c.length);
    for (let i = 0; i < c.length; i++) out[i] = [(c[i][0] - p[i][0]) / Math.abs(p[i][0])];
    return out;
  },
  REQUIRED_ACTUAL(t, l, h) {
    const out = new Array(t.length);
    for (let i = 0; i < t.length; i++)
      out[i] = [l[i][0] + ((t[i][0] - 50) * (h[i][0] - l[i][0])) / 50];
    return out;
  },
  GCR_ELIGIBLE(s, m) {
    const min = m[0][0];
    const out = new Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = [s[i][0] >= min];
    return out;
  },
  RATING(s) {
    const out = new Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const x = s[i][0];
      out[i] = [
        x > 100 ? "Excellent" : x >= 80 ? "Good" : x >= 60 ? "Fair" : x >= 40 ? "Poor" : "Very poor",
      ];
    }
    return out;
  },
  NPS(r) {
    let promoters = 0;
    let detractors = 0;
    for (let i = 0; i < r.length; i++) {
      const x = r[i][0];
      if (x >= 9) promoters++;
      else if (x <= 6) detractors++;
    }
    return [[(100 * (promoters - detractors)) / r.length]];
  },
  CSI(s, w) {
    let weighted = 0;
    let total = 0;
    for (let i = 0; i < s.length; i++) {
      weighted += s[i][0] * w[i][0];
      total += w[i][0];
    }
    return [[weighted / total / 5]];
  },
};

/** The functions whose answer is one cell (the others give one row per input row). */
const AGGREGATES = new Set(["BSC_SCORE", "NPS", "CSI"]);

function typedKpiScore(a, l, h, out) {
  for (let i = 0; i < a.length; i++) out[i] = 50 + (50 * (a[i] - l[i])) / (h[i] - l[i]);
  return out;
}
const toTyped = (col) => Float64Array.from(col, (r) => r[0]);

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
  const file = process.env.BENCH_FUNCTIONS_JS || path.join(root, "dist/functions.js");
  vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: "functions.js" });
  return associations;
}

const collect = typeof gc === "function" ? gc : () => {};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * One timed call from a collected heap, in CPU milliseconds of this process (the
 * child runs with --single-threaded-gc, so its garbage collection is counted and
 * nothing else is); the result stays alive until after the clock stops.
 */
function timeOnce(fn) {
  collect();
  const c0 = cpuMs();
  const result = fn();
  const ms = cpuMs() - c0;
  return result === undefined ? NaN : ms;
}

/** BENCH_ONLY=KPI_SCORE,BSC_SCORE measures only those functions (for a quick look at a few). */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : undefined;

function repeatsFor(n) {
  return n >= 1000000 ? 7 : n >= 100000 ? 15 : n >= 10000 ? 31 : 61;
}

/** The functions measured, in the order of the table. */
const IDS = Object.keys(bare);

/** Measures the functions `ids` (default: every one, or BENCH_ONLY's) at each size, in this process. */
function measure(sizes, root, ids = IDS.filter((id) => !only || only.has(id))) {
  const wanted = new Set(ids);
  const fns = loadBundle(root);
  const rows = [];
  for (const n of sizes) {
    const x = makeInputs(n);
    const repeats = repeatsFor(n);
    const warmups = n >= 1000000 ? 3 : n >= 100000 ? 10 : 30;
    const args = {
      KPI_SCORE: [x.actual, x.v50, x.v100],
      BSC_SCORE: [x.actual, x.v50, x.v100, x.kw, x.pw],
      ROA: [x.profit, x.assets],
      CSS_TOTAL: [x.kw, x.assess, x.dev],
      GROWTH: [x.profit, x.previous],
      REQUIRED_ACTUAL: [x.target, x.v50, x.v100],
      GCR_ELIGIBLE: [x.assess, [[75]]],
      RATING: [x.score],
      NPS: [x.answers],
      CSI: [x.satisfaction, x.importance],
    };
    const [ta, tl, th] = [x.actual, x.v50, x.v100].map(toTyped);
    const out = new Float64Array(n);
    for (let w = 0; w < warmups; w++) typedKpiScore(ta, tl, th, out);
    const typed = median(
      Array.from({ length: repeats }, () => timeOnce(() => typedKpiScore(ta, tl, th, out)))
    );
    for (const [id, a] of Object.entries(args)) {
      if (!wanted.has(id)) continue;
      const fn = fns.get(id);
      const check = fn(...a);
      const one = AGGREGATES.has(id);
      if (!Array.isArray(check) || check.length !== (one ? 1 : n))
        throw new Error(`${id} returned the wrong shape`);
      const expected = bare[id](...a);
      const got = one ? check[0][0] : check[n - 1][0];
      const want = one ? expected[0][0] : expected[n - 1][0];
      const wrong =
        typeof want === "number"
          ? typeof got !== "number" || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want))
          : got !== want;
      if (wrong) throw new Error(`${id} returned ${got}, the bare loop ${want}`);
      for (let w = 0; w < warmups; w++) {
        fn(...a);
        bare[id](...a);
      }
      const fnTimes = [];
      const bareTimes = [];
      const ratios = [];
      for (let r = 0; r < repeats; r++) {
        let f;
        let b;
        if (r % 2 === 0) {
          f = timeOnce(() => fn(...a));
          b = timeOnce(() => bare[id](...a));
        } else {
          b = timeOnce(() => bare[id](...a));
          f = timeOnce(() => fn(...a));
        }
        fnTimes.push(f);
        bareTimes.push(b);
        ratios.push(f / b);
      }
      const sorted = [...ratios].sort((p, q) => p - q);
      rows.push({
        fn: id,
        rows: n,
        repeats,
        ms: median(fnTimes),
        bareMs: median(bareTimes),
        typedMs: typed,
        ratio: median(ratios),
        ratioLow: sorted[Math.floor(sorted.length / 4)],
        ratioHigh: sorted[Math.floor((3 * sorted.length) / 4)],
        typedRatio: median(bareTimes) / typed,
      });
    }
  }
  return rows;
}

/**
 * --no-allocation-site-pretenuring: V8 decides per allocation site, from how many
 * of its objects survived the last scavenges, to allocate them in the old
 * generation instead, and the decision differs from process to process: the
 * same RATING call at 100,000 rows measured 3.4 ms in one process and 10-11 ms
 * in another, its bare loop 1.3 ms or 8-9 ms (every result row survives, so
 * both sites are candidates), ratios from 0.4x to 8.5x. Without it each figure
 * is the same in every run (bench/NOTES.md). BENCH_PRETENURING=1 keeps V8's
 * default, to look at that spread.
 */
const CHILD_FLAGS = [
  "--expose-gc",
  "--single-threaded-gc",
  "--max-old-space-size=4096",
  ...(process.env.BENCH_PRETENURING === "1" ? [] : ["--no-allocation-site-pretenuring"]),
];

/** Measures one function at every size in a child process of its own (1M-row inputs need a larger heap). */
function runChild(root, id, sizes) {
  const out = execFileSync(process.execPath, [...CHILD_FLAGS, __filename, root, ...sizes.map(String)], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BENCH_CHILD: id },
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(out);
}

/**
 * Every function (or BENCH_ONLY's), each in its own child, one after the other;
 * the rows ordered by size, then function, as one process gave them.
 */
function run(root, sizes = [1000, 10000, 100000, 1000000]) {
  const ids = IDS.filter((id) => !only || only.has(id));
  if (only)
    for (const id of only) if (!IDS.includes(id)) throw new Error(`BENCH_ONLY: no function ${id}`);
  const rows = ids.flatMap((id) => runChild(root, id, sizes));
  return rows.sort((p, q) => p.rows - q.rows || ids.indexOf(p.fn) - ids.indexOf(q.fn));
}

if (require.main === module) {
  const [root = path.join(__dirname, ".."), ...sizes] = process.argv.slice(2);
  const list = sizes.length ? sizes.map(Number) : [1000, 10000, 100000, 1000000];
  const child = process.env.BENCH_CHILD;
  if (child && typeof gc !== "function")
    console.error(
      "warning: run with --expose-gc, or every call pays the garbage of the one before"
    );
  const rows = child ? measure(list, path.resolve(root), [child]) : run(path.resolve(root), list);
  process.stdout.write(JSON.stringify(rows));
}

module.exports = { run, measure, bare, makeInputs };
