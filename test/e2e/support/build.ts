import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");

/** What the preview build is made from; a change to any of these makes dist/ stale. */
const SOURCES = [
  "src",
  "assets",
  "webpack.config.js",
  "package-lock.json",
  "test/fixtures/seed-000-functieprofiel.docx",
];
/** Written by every production build (the size guard's report) and by nothing else. */
const BUILD_MARKERS = ["preview.html", "build-stats.json"];

function newestTime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestTime(path.join(target, entry)));
  return newest;
}

/** Why dist/ must be built again, or null when it is current. */
export function staleReason(): string | null {
  const markers = BUILD_MARKERS.map((file) => path.join(DIST, file));
  const missing = markers.find((file) => !existsSync(file));
  if (missing) return `${path.relative(ROOT, missing)} is missing`;
  const built = Math.min(...markers.map((file) => statSync(file).mtimeMs));
  const newer = SOURCES.map((source) => path.join(ROOT, source)).find(
    (source) => existsSync(source) && newestTime(source) > built,
  );
  return newer ? `${path.relative(ROOT, newer)} changed after the last build` : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes sure dist/ holds a production build of the current sources: builds it when it is missing or older
 * than the sources (CI builds first, so there it is current and nothing happens). A lock directory keeps two
 * test files from building at once; the second waits for the first.
 */
export function ensureBuild(): void {
  const lock = path.join(ROOT, "test-results", ".e2e-build.lock");
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the longest build belongs to a run that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error("Timed out waiting for another end-to-end run to build dist/");
      sleep(500);
    }
  }
  try {
    const reason = staleReason();
    if (!reason) return;
    console.log(`[e2e] building dist/ (npm run build), because ${reason} …`);
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 8 * 60_000,
      },
    );
    if (result.status !== 0) {
      throw new Error(`The production build failed:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
