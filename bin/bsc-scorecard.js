#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * The `bsc-scorecard` command: runs the CLI bundle built from src/cli/main.ts
 * (build/cli/cli.js), building it first when it is missing or older than its
 * sources, so the command works after `npm install` alone and after any edit.
 */
const { ensureCliBundle } = require("../scripts/cliBundle");

ensureCliBundle({ log: (line) => console.error(line) })
  .then((bundle) => {
    const cli = require(bundle);
    // This script is also what a run over many files starts its child processes with (`__worker`).
    return cli.main(process.argv.slice(2), { ...cli.processIo, workerScript: __filename });
  })
  .then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  );
