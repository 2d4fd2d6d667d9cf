import { spawn } from "node:child_process";
import fc from "fast-check";
import { DEFAULT_SEED, fuzzProperties, type FuzzProperty } from "./suite";

/**
 * `npm run fuzz`: every fuzz property with at least 10,000 cases (the thousands-of-competencies property,
 * whose cases are each a few thousand paragraphs, with 300). Prints cases run per property, time and seed;
 * on a counterexample prints it shrunk and exits non-zero.
 *
 * Each property runs in a child process watched by this one: a case that never ends (a hang cannot be
 * interrupted from inside) is killed after WATCHDOG_MS without progress and reported with the case that
 * hung, re-created from the seed.
 *
 *   npm run fuzz                          all properties, default seed
 *   npm run fuzz -- --seed 42             another seed (or FUZZ_SEED=42)
 *   npm run fuzz -- --runs 500            override the case count (a quicker pass)
 *   npm run fuzz -- --only docx           only properties whose name contains "docx"
 */

const WATCHDOG_MS = Number(process.env.FUZZ_WATCHDOG_MS ?? 120_000);
/** Time one property may take, shrinking included. */
const RUN_LIMIT_MS = 30 * 60_000;

interface Options {
  seed: number;
  runs: number | null;
  only: string | null;
  child: number | null;
  describe: number | null;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const seed = Number(value("--seed") ?? process.env.FUZZ_SEED ?? DEFAULT_SEED);
  const runs = value("--runs");
  if (!Number.isInteger(seed)) throw new Error("--seed needs a whole number");
  if (runs !== undefined && !(Number(runs) > 0)) throw new Error("--runs needs a number > 0");
  const child = value("--child");
  const describe = value("--describe");
  return {
    seed,
    runs: runs === undefined ? null : Number(runs),
    only: value("--only") ?? null,
    child: child === undefined ? null : Number(child),
    describe: describe === undefined ? null : Number(describe),
  };
}

interface ChildResult {
  numRuns: number;
  numSkips: number;
  numShrinks: number;
  failed: boolean;
  report: string | null;
}

/** In the child: run one property, announcing every case, then print the outcome as one JSON line. */
function runProperty(entry: FuzzProperty, seed: number, numRuns: number): void {
  let cases = 0;
  const property = entry.build(() => {
    process.stdout.write(`case ${++cases}\n`);
  });
  // Bounds the whole run, shrinking included (a hang inside one case is the watchdog's job).
  const details = fc.check(property, {
    seed,
    numRuns,
    interruptAfterTimeLimit: RUN_LIMIT_MS,
    markInterruptAsFailure: true,
  });
  const error = details.errorInstance;
  const result: ChildResult = {
    numRuns: details.numRuns,
    numSkips: details.numSkips,
    numShrinks: details.numShrinks,
    failed: details.failed,
    report: details.failed
      ? `${fc.defaultReportMessage(details) ?? ""}\nError: ${error instanceof Error ? error.message : String(error)}`
      : null,
  };
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
}

/** In the child: re-create case `target` of a property (same seed) without running it, and print it. */
function describeCase(entry: FuzzProperty, seed: number, target: number): void {
  let cases = 0;
  const property = entry.build((args) => {
    if (++cases === target) {
      process.stdout.write(`${fc.stringify(args).slice(0, 20_000)}\n`);
      process.exit(0);
    }
    return "skip";
  });
  fc.check(property, { seed, numRuns: target });
}

function spawnSelf(args: string[]) {
  return spawn(process.execPath, [...process.execArgv, __filename, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
}

type Outcome =
  | { kind: "done"; result: ChildResult }
  | { kind: "hang"; cases: number }
  | { kind: "crash"; cases: number; code: number | null };

function watchProperty(index: number, seed: number, runs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawnSelf(["--child", String(index), "--seed", String(seed), "--runs", String(runs)]);
    let cases = 0;
    let lastProgress = Date.now();
    let result: ChildResult | null = null;
    let hung = false;
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("case ")) {
          cases = Number(line.slice(5));
          lastProgress = Date.now();
        } else if (line.startsWith("result ")) {
          result = JSON.parse(line.slice(7)) as ChildResult;
        }
      }
    });
    const timer = setInterval(() => {
      if (Date.now() - lastProgress > WATCHDOG_MS) {
        hung = true;
        child.kill("SIGKILL");
      }
    }, 1_000);
    child.on("close", (code) => {
      clearInterval(timer);
      if (result) resolve({ kind: "done", result });
      else if (hung) resolve({ kind: "hang", cases });
      else resolve({ kind: "crash", cases, code });
    });
  });
}

function describeHungCase(index: number, seed: number, target: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawnSelf(["--describe", String(index), "--seed", String(seed), "--runs", String(target)]);
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.on("close", () => resolve(text.trim()));
  });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const all = fuzzProperties();
  if (options.child !== null) {
    const entry = all[options.child]!;
    runProperty(entry, options.seed, options.runs ?? entry.longRuns);
    return 0;
  }
  if (options.describe !== null) {
    describeCase(all[options.describe]!, options.seed, options.runs ?? 1);
    return 0;
  }

  const chosen = all
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !options.only || entry.name.includes(options.only));
  process.stdout.write(`fuzz: seed ${options.seed}, ${chosen.length} properties\n`);
  let failures = 0;
  let total = 0;
  const started = performance.now();
  for (const { entry, index } of chosen) {
    const numRuns = options.runs ?? entry.longRuns;
    const start = performance.now();
    const outcome = await watchProperty(index, options.seed, numRuns);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (outcome.kind === "done" && !outcome.result.failed) {
      total += outcome.result.numRuns;
      process.stdout.write(
        `✓ ${entry.name}\n  ${outcome.result.numRuns} cases, ${outcome.result.numSkips} skipped, ${seconds} s\n`,
      );
      continue;
    }
    failures++;
    process.stdout.write(`✗ ${entry.name}\n`);
    if (outcome.kind === "done") {
      total += outcome.result.numRuns;
      process.stdout.write(
        `  after ${outcome.result.numRuns} cases (${seconds} s), ${outcome.result.numShrinks} shrinks\n`,
      );
      process.stdout.write(`  ${(outcome.result.report ?? "").replace(/\n/g, "\n  ")}\n`);
    } else if (outcome.kind === "hang") {
      total += outcome.cases;
      process.stdout.write(
        `  case ${outcome.cases} made no progress for ${WATCHDOG_MS / 1000} s and was stopped (seed ${options.seed}).\n`,
      );
      process.stdout.write(
        `  The case that hung:\n  ${await describeHungCase(index, options.seed, outcome.cases)}\n`,
      );
    } else {
      total += outcome.cases;
      process.stdout.write(`  the process ended (exit ${outcome.code}) during case ${outcome.cases}.\n`);
      process.stdout.write(`  That case:\n  ${await describeHungCase(index, options.seed, outcome.cases)}\n`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${total} cases in ${seconds} s, seed ${options.seed}: ${failures === 0 ? "no counterexample" : `${failures} properties failed`}\n`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
