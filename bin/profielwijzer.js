#!/usr/bin/env node
// Runs the CLI as built to plain JavaScript (build/profielwijzer.cjs; `npm run build` or `npm pack` makes it).
// In a clone of the repository, where the build script sits beside it, it first builds that file when it is
// missing or older than the sources, so `npx profielwijzer` works right after `npm install`. An installed
// copy (npm pack → npm install -g) has no build script and just runs the bundle.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const buildScript = join(__dirname, "..", "scripts", "build-cli.js");
if (existsSync(buildScript)) {
  try {
    require(buildScript).ensureCliBuilt();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
require("../build/profielwijzer.cjs");
