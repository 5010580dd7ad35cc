#!/usr/bin/env node
/* eslint-disable no-undef */
/** The `bsc-scorecard` command: runs the CLI bundle built from src/cli/main.ts. */
const path = require("path");

const bundle = path.join(__dirname, "..", "dist", "cli", "cli.js");
let cli;
try {
  cli = require(bundle);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(bundle)) {
    console.error("Run npm run build first.");
    process.exit(1);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
