/* eslint-disable no-undef */
/**
 * Builds the benchmark harness (bench/scorecard.ts: scorecard builds through
 * src/excel on the simulated host) into build/bench/ for Node.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { scorecard: "./bench/scorecard.ts" },
  output: { path: path.resolve(__dirname, "build", "bench"), filename: "[name].js", library: { type: "commonjs2" }, clean: true },
  externals: { hyperformula: "commonjs hyperformula", jsdom: "commonjs jsdom" },
  externalsPresets: { node: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  optimization: { minimize: false },
  performance: { hints: false },
};
