import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { round } from "./timing";

/**
 * Runs the CLI under `node --cpu-prof` over a folder and sums the V8 profile up: where the time goes by
 * function (self time) and which of our functions carry the most (inclusive time, callees counted). It runs
 * the sources through tsx rather than the bundle, so the time is told per source file.
 */

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "src", "cli", "bin.ts");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

export interface CliProfile {
  totalMs: number;
  /** Functions by their own time (what the CPU actually executed). */
  self: HotSpot[];
  /** Our source functions by inclusive time (their own time plus what they called). */
  inclusive: HotSpot[];
  /** Time by source file or package. */
  byFile: HotSpot[];
}

function describe(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const path = url.startsWith("file://") ? relative(ROOT, url.slice("file://".length)) : url;
  return `${functionName || "(anonymous)"} ${path ? `${path}:${lineNumber + 1}` : ""}`.trim();
}

function fileOf(node: ProfileNode): string {
  const url = node.callFrame.url;
  if (!url) return node.callFrame.functionName || "(native)";
  const path = url.startsWith("file://") ? relative(ROOT, url.slice("file://".length)) : url;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return inPackage ? `npm:${inPackage[1]}` : path;
}

function top(totals: Map<string, number>, all: number, count: number): HotSpot[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, ms: round(micros / 1000, 0), share: round(micros / all, 3) }));
}

export function summariseProfile(profile: CpuProfile, count = 12): CliProfile {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfByNode = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, micros] of selfByNode) {
    const node = nodes.get(id)!;
    const name = describe(node);
    self.set(name, (self.get(name) ?? 0) + micros);
    byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + micros);
    // Count each function once per sample stack, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)!;
      const key = describe(frame);
      if (!frame.callFrame.url.includes("/src/") || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  return {
    totalMs: round(total / 1000, 0),
    self: top(self, total, count),
    inclusive: top(inclusive, total, count),
    byFile: top(byFile, total, count),
  };
}

export function profileCli(folder: string): CliProfile {
  const directory = mkdtempSync(join(tmpdir(), "profielwijzer-prof-"));
  try {
    const result = spawnSync(
      process.execPath,
      [
        "--cpu-prof",
        "--cpu-prof-dir",
        directory,
        "--import",
        "tsx",
        CLI,
        "check",
        folder,
        "--format",
        "json",
        "--out",
        join(directory, "report.json"),
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (result.status !== 0 && result.status !== 1) throw new Error(`CLI exited with ${result.status}`);
    const file = readdirSync(directory).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error("node wrote no CPU profile");
    return summariseProfile(JSON.parse(readFileSync(join(directory, file), "utf8")) as CpuProfile);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
