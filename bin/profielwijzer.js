#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so it works in a fresh clone right after `npm install`.
const { register } = require("tsx/cjs/api");
register();
require("../src/cli/bin.ts");
