/* eslint-disable no-undef */
/** Writes BENCHMARKS.md and an SVG plot of time against rows from the measurements. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { growthExponent } = require("./stats");

const fmt = (x, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));

function svgPlot(series, file) {
  const W = 640;
  const H = 360;
  const pad = { l: 60, r: 150, t: 20, b: 40 };
  const all = series.flatMap((s) => s.points);
  const xs = all.map((p) => Math.log10(p.x));
  const ys = all.map((p) => Math.log10(Math.max(p.y, 0.01)));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys))];
  const X = (x) => pad.l + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const Y = (y) =>
    H - pad.b - ((Math.log10(Math.max(y, 0.01)) - y0) / (y1 - y0 || 1)) * (H - pad.t - pad.b);
  const colors = ["#107C41", "#0F6CBD", "#C50F1F", "#8764B8", "#CA5010", "#616161"];
  const lines = series
    .map((s, i) => {
      const d = s.points
        .map((p, j) => `${j ? "L" : "M"}${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`)
        .join(" ");
      const last = s.points[s.points.length - 1];
      return `<path d="${d}" fill="none" stroke="${colors[i % colors.length]}" stroke-width="2"/>
<text x="${W - pad.r + 8}" y="${20 + i * 18}" fill="${colors[i % colors.length]}" font-size="12">${s.name}</text>
<circle cx="${X(last.x)}" cy="${Y(last.y)}" r="3" fill="${colors[i % colors.length]}"/>`;
    })
    .join("\n");
  const ticks = [];
  for (let e = y0; e <= y1; e++)
    ticks.push(
      `<text x="${pad.l - 8}" y="${Y(10 ** e) + 4}" font-size="11" text-anchor="end">${10 ** e} ms</text>`
    );
  for (const x of [...new Set(all.map((p) => p.x))]) {
    ticks.push(
      `<text x="${X(x)}" y="${H - pad.b + 16}" font-size="11" text-anchor="middle">${x.toLocaleString("en-US")}</text>`
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="Segoe UI, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#999"/>
<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="#999"/>
<text x="${(W - pad.r + pad.l) / 2}" y="${H - 6}" font-size="12" text-anchor="middle">rows (log scale)</text>
${ticks.join("\n")}
${lines}
</svg>\n`;
  fs.writeFileSync(file, svg);
}

/** The command line's section (bench/cli.js), with what dominates (bench/cliNotes.md). */
function cliSection(cli, notes) {
  if (!cli || !cli.length) return [];
  const mb = (x) => (x === undefined ? "n/a" : `${Math.round(x)} MB`);
  const lines = [
    "## The command line at organisation scale",
    "",
    "`bsc-scorecard build` run as a child process (bench/cli.js) on inputs made by the example code (src/export/examples.ts",
    "`organisationWorkbook`: generated employees with 12 KPIs each), against the bare ExcelJS floor measured in the same run:",
    "ExcelJS reads the input in full, then its streaming writer writes as many cells as the command's output holds. Peak",
    "memory is the largest process's resident set (GNU time %M). Targets: one file of 10,000 employees within 2x of the floor",
    "and under 1.2 GB, growing linearly from 1,000.",
    "",
    "| case | KPI rows | output cells | s | peak memory | floor s | floor peak | ratio to floor |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...cli.map(
      (r) =>
        `| ${r.case} | ${r.rows.toLocaleString("en-US")} | ${r.cells.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} | ${mb(r.rssMB)} | ${r.floorSeconds.toFixed(1)} | ${mb(r.floorRssMB)} | ${r.ratio.toFixed(2)} |`
    ),
    "",
  ];
  const single = cli.filter((r) => r.jobs === 1 && r.case.startsWith("one file"));
  if (single.length > 1) {
    const [a, b] = [single[0], single[single.length - 1]];
    lines.push(
      `From ${a.employees.toLocaleString("en-US")} to ${b.employees.toLocaleString("en-US")} employees (${(b.employees / a.employees).toFixed(0)}x): time ${(b.seconds / a.seconds).toFixed(1)}x (the floor ${(b.floorSeconds / a.floorSeconds).toFixed(1)}x), peak memory ${(b.rssMB / a.rssMB).toFixed(1)}x.`,
      ""
    );
  }
  if (notes) lines.push(notes.trim(), "");
  return lines;
}

function markdown({ functions, builds, planning, sizes, startup, cli, cliNotes }) {
  const lines = [
    "# Benchmarks",
    "",
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    "Every figure is a median of repeated runs and is read as a **ratio against a baseline measured in the same run**, so the",
    "ratios hold on another machine even where the milliseconds do not.",
    "",
    "## Custom functions through the built bundle",
    "",
    "Baseline: a bare loop that takes the same 2D arrays Excel passes and returns the same 2D array (the floor set by Excel's",
    "argument shape); for scale, a typed-array loop. Target: within 2x of the bare 2D-array loop at 100,000 and 1,000,000 rows,",
    "growing linearly. Measured in a child `node --expose-gc --single-threaded-gc`: `gc()` before every timed call, function",
    "and bare loop interleaved, CPU time of the process (GC included), medians; the ratio is the median of the per-pair",
    "ratios, with its interquartile range.",
    "",
    "| function | rows | calls | ms | bare 2D loop ms | ratio to bare (IQR) | bare 2D / typed array |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...functions.map(
      (r) =>
        `| ${r.fn} | ${r.rows.toLocaleString("en-US")} | ${r.repeats} | ${fmt(r.ms)} | ${fmt(r.bareMs)} | ${r.ratio.toFixed(2)} (${r.ratioLow.toFixed(2)}–${r.ratioHigh.toFixed(2)}) | ${r.typedRatio.toFixed(1)} |`
    ),
    "",
  ];
  const byFn = {};
  for (const r of functions) (byFn[r.fn] ??= []).push({ x: r.rows, y: r.ms });
  lines.push("Growth exponent of time against rows from 10,000 up (1 = linear):", "");
  for (const [fn, pts] of Object.entries(byFn))
    lines.push(`- ${fn}: ${growthExponent(pts.filter((p) => p.x >= 10000)).toFixed(2)}`);
  const bareByFn = {};
  for (const r of functions) (bareByFn[r.fn] ??= []).push({ x: r.rows, y: r.bareMs });
  lines.push(
    `- bare 2D loops, for comparison: ${Object.entries(bareByFn)
      .map(([fn, pts]) => `${fn} ${growthExponent(pts.filter((p) => p.x >= 10000)).toFixed(2)}`)
      .join(", ")}`
  );
  lines.push("", "![time against rows](bench/plot.svg)", "");
  if (builds.length) {
    lines.push(
      "## Scorecard builds on the simulated host, through Microsoft's Office.js client",
      "",
      "N employees × 12 KPIs through the real pipeline (analyse, plan, Office.js writer with formats, traffic lights, tables,",
      "names), sent by Microsoft's client (@microsoft/office-js) as RichApi requests to the simulated Excel, against writing the",
      "same cells as one 2D array per sheet in one request. Both end with the host's formula engine settled (every written",
      "formula parsed and calculated, as Excel does after a write). Requests and responses are measured as Excel on the web",
      "counts them against its 5 MB limits: the JSON of each request body and of each answer. Targets: requests grow only in",
      "blocks, no request or response over 5 MB, time within 2x of the bare array write. The build's time is split into",
      "analyse + plan, the simulated Excel (executing requests, settling the engine) and the rest (the writer and Microsoft's",
      "client: proxies, serialization, reading answers).",
      "",
      "| employees | KPI rows | build ms | requests (+ clean-up) | largest request | largest response | all requests | bare array write ms | ratio | analyse + plan ms | simulated Excel ms | writer + client ms |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...builds.map(
        (b) =>
          `| ${b.employees.toLocaleString("en-US")} | ${b.rows.toLocaleString("en-US")} | ${fmt(b.ms)} | ${b.requests} (+${b.cleanupRequests}) | ${(b.largestRequestBytes / 1e6).toFixed(2)} MB | ${(b.largestResponseBytes / 1e3).toFixed(1)} KB | ${(b.totalRequestBytes / 1e6).toFixed(2)} MB | ${fmt(b.baselineMs)} | ${(b.ms / b.baselineMs).toFixed(2)} | ${fmt(b.planMs)} | ${fmt(b.hostMs)} | ${fmt(b.clientMs)} |`
      ),
      ""
    );
  }
  if (planning?.length) {
    lines.push(
      "## Analyse + plan: the pane's own work before it writes",
      "",
      "N employees × 12 KPIs from the source table to every sheet's plan (typed rows and problems, then cells, formulas,",
      "formats, rules), in a fresh Node process per size: the first run (code not yet optimised, as the pane's first build)",
      "and the median of the next eight, split into analyse and plan. Making the source table from the cells is the reader's",
      "part and is not counted. The floor, in the same runs: one object per data row holding its eight cells. Target: under",
      "0.5 s for 10,000 employees.",
      "",
      "| employees | KPI rows | first run ms | analyse ms | plan ms | analyse + plan ms (median) | range ms | floor ms | ratio |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...planning.map(
        (p) =>
          `| ${p.employees.toLocaleString("en-US")} | ${p.rows.toLocaleString("en-US")} | ${fmt(p.firstMs)} | ${fmt(p.analyseMs)} | ${fmt(p.planMs)} | ${fmt(p.totalMs)} | ${fmt(p.minMs)}-${fmt(p.maxMs)} | ${fmt(p.bareMs)} | ${(p.totalMs / p.bareMs).toFixed(1)} |`
      ),
      ""
    );
  }
  lines.push(...cliSection(cli, cliNotes));
  lines.push("## Built sizes (gzip)", "", "| bundle | gzip KB | target |", "|---|---:|---|");
  for (const s of sizes) lines.push(`| ${s.file} | ${(s.gzip / 1024).toFixed(1)} | ${s.target} |`);
  lines.push("");
  if (startup) {
    lines.push(
      "## Task pane start-up",
      "",
      "From navigation to the pane being usable (its first button enabled) in headless Chromium, median of runs. Target: under 1 s.",
      ""
    );
    lines.push("| page | ms | runs |", "|---|---:|---|");
    for (const row of startup)
      lines.push(`| ${row.page} | ${fmt(row.ms)} | ${row.runs.join(", ")} |`);
    lines.push("");
  }
  return lines.join("\n");
}

function writeReport(root, results, notes) {
  const byFn = {};
  for (const r of results.functions) (byFn[r.fn] ??= []).push({ x: r.rows, y: r.ms });
  const series = Object.entries(byFn).map(([name, points]) => ({ name, points }));
  const bare = results.functions
    .filter((r) => r.fn === "KPI_SCORE")
    .map((r) => ({ x: r.rows, y: r.bareMs }));
  series.push({ name: "bare 2D loop", points: bare });
  if (results.builds.length)
    series.push({
      name: "scorecard build",
      points: results.builds.map((b) => ({ x: b.rows, y: b.ms })),
    });
  svgPlot(series, path.join(root, "bench", "plot.svg"));
  fs.writeFileSync(
    path.join(root, "BENCHMARKS.md"),
    markdown(results) + (notes ? `\n${notes}\n` : "")
  );
}

module.exports = { writeReport, markdown };
