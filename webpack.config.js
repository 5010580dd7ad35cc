/* eslint-disable no-undef */
/**
 * Builds the add-in (task pane + custom functions, one shared runtime) and the
 * playground. `dist/functions.js` holds only the custom functions and the core:
 * it must run with nothing but the `CustomFunctions` and `Office` globals.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/functionsLocales");

const urlDev = "https://localhost:3000/";
const urlProd = "https://www.contoso.com/"; // Change to the production host before deploying.
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** HTTPS options from office-addin-dev-certs, falling back to its files, then to plain http on localhost. */
async function serverOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { ca, cert, key } };
    }
    console.warn("No trusted dev certificate: serving over http://localhost (fine for the playground).");
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const server = options.$0 !== undefined || process.env.WEBPACK_SERVE ? await serverOptions() : { type: "http" };
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The playground only: the CustomFunctions runtime first (functions.js associates at load), then the page.
      playgroundRuntime: "./playground/runtime.ts",
      playground: { import: "./playground/index.tsx", dependOn: "playgroundRuntime" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./playground/playground.html",
        chunks: ["playgroundRuntime", "functions", "playground"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The playground's Office.js client: Microsoft's script as published (its licence allows use to
          // develop and test add-ins); the add-in itself loads office.js from Microsoft's CDN.
          {
            from: "node_modules/@microsoft/office-js/dist/excel-web-16.00.js",
            to: "office-js/excel-web-16.00.js",
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      port,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
