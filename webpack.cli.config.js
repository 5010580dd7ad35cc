/* eslint-disable no-undef */
/**
 * Builds the command line (src/cli/main.ts) into dist/cli/cli.js for Node, run
 * by bin/bsc-scorecard.js. ExcelJS stays an external runtime dependency.
 * Separate from webpack.config.js, whose `output.clean` empties dist/: build
 * the add-in first, then this (`npm run build && npm run build:cli`).
 */
const path = require("path");

module.exports = (env, options) => {
  const dev = options.mode !== "production";
  return {
    target: "node20",
    devtool: dev ? "source-map" : false,
    entry: { cli: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist", "cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    externals: { exceljs: "commonjs exceljs" },
    externalsPresets: { node: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: dev } },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
};
