/* eslint-disable no-undef */
/**
 * Builds the command line (src/cli/main.ts) into build/cli/cli.js for Node, run
 * by bin/bsc-scorecard.js. ExcelJS stays an external runtime dependency.
 * Outside dist/ (the add-in's web root, emptied by every add-in build), so the
 * two builds never undo each other; scripts/cliBundle.js decides when to build.
 */
const path = require("path");

module.exports = (env, options) => {
  const dev = options.mode !== "production";
  return {
    target: "node20",
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: { cli: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "build", "cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    // ExcelJS and the parts of it src/export/exceljsStream.ts uses stay external runtime modules.
    externals: [
      ({ request }, callback) =>
        /^exceljs(\/|$)/.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
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
