#!/usr/bin/env node
/**
 * Builds the command-line tool (entry `src/cli/bin.ts`) into one plain-JavaScript file,
 * `build/profielwijzer.cjs`, with esbuild. Runs in `npm run build` and `prepack`, and on demand from
 * `bin/profielwijzer.js` in a clone of the repository when the file is missing or older than a source it was
 * built from (the list of those sources is kept beside it, in `build/profielwijzer.inputs.json`).
 *
 * Our own code and the built-in data are bundled; npm packages stay `require()`s, resolved from the production
 * dependencies an installed copy gets. The build fails when the bundle would need anything else: a dev
 * dependency (not installed with `--omit=dev`) or the task pane's React and Fluent UI.
 */
const fs = require("node:fs");
const path = require("node:path");
const { builtinModules } = require("node:module");

const ROOT = path.join(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "bin.ts");
const OUTFILE = path.join(ROOT, "build", "profielwijzer.cjs");
const INPUTS_FILE = path.join(ROOT, "build", "profielwijzer.inputs.json");
/** Files whose change calls for a new bundle besides the sources esbuild read. */
const EXTRA_INPUTS = ["package.json", "scripts/build-cli.js"];
/** The task pane's libraries: never part of the command line's bundle, not even as a require. */
const TASKPANE_ONLY = /^(react|react-dom|scheduler|@fluentui\/.*|@griffel\/.*)$/;

/** The package a bare import names: `zod` for `zod/v4`, `@scope/name` for `@scope/name/sub`. */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isBuiltin(specifier) {
  return specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]);
}

/**
 * What the bundle may require: node built-ins and the production dependencies, never the task pane's
 * libraries. Returns the specifiers that break this (empty when the bundle is fine).
 */
function disallowedRequires(specifiers, dependencies) {
  return [...new Set(specifiers)].filter((specifier) => {
    if (isBuiltin(specifier)) return false;
    const name = packageName(specifier);
    return TASKPANE_ONLY.test(name) || !Object.hasOwn(dependencies, name);
  });
}

function readPackageJson() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
}

/** Writes next to the target and renames, so a process starting the CLI meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

/** Bundles the CLI; throws with the esbuild or dependency error. Returns the bundle's path and size. */
function buildCli() {
  // Required here, not at the top: bin/profielwijzer.js loads this file on every start in a clone.
  const esbuild = require("esbuild");
  const { engines, dependencies = {} } = readPackageJson();
  const node = /\d+(\.\d+)*/.exec(engines?.node ?? "")?.[0] ?? "20";
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${node}`,
    packages: "external",
    outfile: OUTFILE,
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  const output = result.metafile.outputs[path.relative(ROOT, OUTFILE).split(path.sep).join("/")];
  const external = output.imports.filter((entry) => entry.external).map((entry) => entry.path);
  const wrong = disallowedRequires(external, dependencies);
  if (wrong.length > 0) {
    throw new Error(
      `De CLI-bundel zou ${wrong.join(", ")} nodig hebben: geen node-module en geen productie-afhankelijkheid. / ` +
        `The CLI bundle would require ${wrong.join(", ")}: neither a node built-in nor a production dependency.`,
    );
  }
  const inputs = [...Object.keys(result.metafile.inputs), ...EXTRA_INPUTS].sort();
  fs.mkdirSync(path.dirname(OUTFILE), { recursive: true });
  const [bundle] = result.outputFiles;
  writeAtomically(OUTFILE, bundle.contents);
  writeAtomically(INPUTS_FILE, `${JSON.stringify(inputs, null, 2)}\n`);
  return { file: OUTFILE, bytes: bundle.contents.length };
}

/** True when the bundle exists and no file it was built from changed after it. */
function isCliBuildCurrent() {
  let built;
  let inputs;
  try {
    built = fs.statSync(OUTFILE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS_FILE, "utf8"));
  } catch {
    return false;
  }
  return inputs.every((input) => {
    try {
      return fs.statSync(path.join(ROOT, input)).mtimeMs <= built;
    } catch {
      return false; // a source that is gone: the bundle is out of date
    }
  });
}

/** For `bin/profielwijzer.js` in a clone: builds when the bundle is missing or out of date. */
function ensureCliBuilt() {
  if (isCliBuildCurrent()) return;
  try {
    buildCli();
  } catch (error) {
    if (!fs.existsSync(OUTFILE)) {
      throw new Error(
        `De CLI is nog niet gebouwd en bouwen lukt niet; voer \`npm install\` uit. / ` +
          `The CLI is not built yet and cannot be built; run \`npm install\`.\n${error.message}`,
      );
    }
    process.stderr.write(
      `Waarschuwing: de CLI kon niet opnieuw gebouwd worden, de vorige bouw draait (${error.message}). / ` +
        "Warning: the CLI could not be rebuilt, the previous build runs. Run `npm install`.\n",
    );
  }
}

module.exports = { OUTFILE, buildCli, disallowedRequires, ensureCliBuilt, isCliBuildCurrent };

if (require.main === module) {
  try {
    const { file, bytes } = buildCli();
    // On stderr: `npm pack --json` runs this (prepack) and its stdout must stay one JSON document.
    console.error(`CLI gebouwd / built: ${path.relative(ROOT, file)} (${Math.round(bytes / 1024)} KB)`);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
