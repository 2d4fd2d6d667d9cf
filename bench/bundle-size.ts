import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { log, round } from "./timing";

/**
 * The task pane's initial JavaScript (gzip), as the production build records it in
 * `dist/build-stats.json`. When that file is missing the production build is run first, and the figures
 * say so.
 */

const ROOT = join(__dirname, "..");
const STATS = join(ROOT, "dist", "build-stats.json");

export interface BundleFigures {
  taskpaneInitialJsGzipKB: number | null;
  taskpaneInitialJsFiles: number | null;
  /** "existing" (read from an earlier build, with its date) or "built" (this run built it). */
  buildStatsSource: string;
}

interface BuildStats {
  taskpaneInitialJs?: { gzipBytes?: number; files?: unknown[] };
}

function runProductionBuild(): boolean {
  log("· dist/build-stats.json ontbreekt: productie-build draaien (npm run build) …");
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0) {
    log(`  build mislukt (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-3000)}`);
    return false;
  }
  return existsSync(STATS);
}

export function measureBundleFigures(): BundleFigures {
  let source: string;
  if (existsSync(STATS)) {
    source = `existing (${statSync(STATS).mtime.toISOString()})`;
  } else if (runProductionBuild()) {
    source = "built by this run";
  } else {
    return { taskpaneInitialJsGzipKB: null, taskpaneInitialJsFiles: null, buildStatsSource: "build failed" };
  }
  const stats = JSON.parse(readFileSync(STATS, "utf8")) as BuildStats;
  const gzip = stats.taskpaneInitialJs?.gzipBytes;
  return {
    taskpaneInitialJsGzipKB: typeof gzip === "number" ? round(gzip / 1024) : null,
    taskpaneInitialJsFiles: stats.taskpaneInitialJs?.files?.length ?? null,
    buildStatsSource: source,
  };
}
