/* eslint-disable no-undef */
/**
 * Builds the add-in (task pane + custom functions, one shared runtime), its
 * function reference pages (docs/functions*.html) and, in development, the
 * playground. `dist/functions.js` holds only the custom functions and the core:
 * it must run with nothing but the `CustomFunctions` and `Office` globals.
 *
 * Origins: the sources (manifest.xml, the @helpurl tags of src/functions/functions.ts)
 * are written for development, on https://localhost:3000, the origin `npm start`
 * sideloads. A production build (`--mode production`) puts every one of those URLs
 * on the production origin instead: package.json "config"."production_origin", or
 * the BSC_PRODUCTION_ORIGIN environment variable of a deployment. It is the only
 * place the production origin is written. test/reliability/productionBuild.test.ts checks
 * that a production build contains no "localhost" at all.
 *
 * The playground (the simulated Excel over HyperFormula, which is GPL, and
 * Microsoft's Office.js client) is a development tool with a compiler and an
 * output folder of its own, build/playground/: nothing of it lands in dist/,
 * the add-in's web root. Development builds make both; production builds,
 * which are what gets deployed, make the add-in only, unless asked for the
 * playground with `--env playground` (benchmarks of its minified code).
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/functionsLocales");
const { FunctionDocsPlugin } = require("./scripts/docs");
const { config: packageConfig } = require("./package.json");

/** The origin the sources are written for (no trailing slash). */
const devOrigin = "https://localhost:3000";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The origin a production build serves from: BSC_PRODUCTION_ORIGIN, else package.json config.production_origin. */
function productionOrigin() {
  const configured = process.env.BSC_PRODUCTION_ORIGIN || packageConfig.production_origin || "";
  const origin = configured.trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.origin !== origin)
    throw new Error(
      `The production origin must be an https origin without a path, such as https://scorecard.contoso.com (got ${JSON.stringify(configured)}): set BSC_PRODUCTION_ORIGIN or package.json config.production_origin.`
    );
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(
      `The production origin cannot be ${origin}: Office loads the add-in from the user's machine, not yours.`
    );
  if (/(^|\.)example(\.(com|net|org))?$/.test(url.hostname))
    console.warn(
      `Production origin ${origin} is a reserved example domain: set BSC_PRODUCTION_ORIGIN to the deployment's origin.`
    );
  return origin;
}

/**
 * Puts the manifests' and the functions metadata's URLs (functions.json, its
 * translations, manifest*.xml) on `origin`, after every plugin has emitted them.
 */
class OriginPlugin {
  constructor(origin) {
    this.origin = origin;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("OriginPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "OriginPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(json|xml)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(devOrigin))
              compilation.updateAsset(name, new sources.RawSource(text.split(devOrigin).join(this.origin)));
          }
        }
      );
    });
  }
}

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

/** TypeScript and image rules shared by both compilers. */
const moduleRules = (dev) => ({
  rules: [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
    },
    { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
  ],
});

/**
 * The playground: its page, the CustomFunctions runtime it sets up before the add-in's functions.js runs, the
 * add-in's functions (compiled again here, with their metadata), icons and Microsoft's Office.js client.
 */
function playgroundConfig(dev) {
  return {
    name: "playground",
    devtool: dev ? "source-map" : false,
    entry: {
      playgroundRuntime: "./playground/runtime.ts",
      functions: "./src/functions/functions.ts",
      playground: { import: "./playground/index.tsx", dependOn: "playgroundRuntime" },
    },
    output: { path: playgroundDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: moduleRules(dev),
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./playground/playground.html",
        chunks: ["playgroundRuntime", "functions", "playground"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // Microsoft's script as published (its licence allows use to develop and test add-ins); the add-in itself
          // loads office.js from Microsoft's CDN.
          { from: "node_modules/@microsoft/office-js/dist/excel-web-16.00.js", to: "office-js/excel-web-16.00.js" },
        ],
      }),
    ],
  };
}

/** Where the playground is built: beside the add-in, never inside its web root. */
const playgroundDir = path.resolve(__dirname, "build", "playground");

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const origin = dev ? devOrigin : productionOrigin();
  const playground = dev || Boolean(env && env.playground);
  const server = options.$0 !== undefined || process.env.WEBPACK_SERVE ? await serverOptions() : { type: "http" };
  const addin = {
    name: "add-in",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: moduleRules(dev),
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json" }),
      new FunctionDocsPlugin({ source: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
      ...(origin === devOrigin ? [] : [new OriginPlugin(origin)]),
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
  return playground ? [addin, playgroundConfig(dev)] : addin;
};
