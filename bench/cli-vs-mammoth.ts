import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { analyse } from "../src/core/analyse";
import { toReportEntry } from "../src/core/report/build-report";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../src/data";
import { readDocxSnapshot } from "../src/hosts/docx/read-docx";
import { log, median, round } from "./timing";

/**
 * The CLI checking a folder of N copies of the fixtures, in its own process exactly as a user runs it
 * (`node bin/profielwijzer.js check <folder> --format json`: the built bundle, rebuilt first if a source
 * changed), against mammoth merely extracting the raw text of the same files, also in its own process. Both
 * include their start-up; start-up is measured on its own too (and against a bare `node -e 0`), and both are
 * measured in-process as well, so the table shows where the time goes.
 */

const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const CLI = join(ROOT, "bin", "profielwijzer.js");
const MAMMOTH_CHILD = join(__dirname, "mammoth-read.cjs");

export interface CliFigures {
  cliFiles: number;
  /** Wall time of the CLI process checking every file (start-up included). */
  cliMs: number;
  /** Wall time of a mammoth process extracting the text of every file (start-up included). */
  mammothMs: number;
  cliVsMammoth: number;
  /** Start-up alone: `profielwijzer --version`, and node loading mammoth. */
  cliStartupMs: number;
  mammothStartupMs: number;
  /** A bare `node -e 0`, and the CLI's start-up as a multiple of it. */
  nodeStartupMs: number;
  cliStartupVsNode: number;
  /** In-process, warmed up: read + analyse + report entry per file, and mammoth.extractRawText per file. */
  cliInProcessMsPerFile: number;
  mammothInProcessMsPerFile: number;
}

function runNode(args: string[]): { ms: number; stdout: string; status: number | null; stderr: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return { ms, stdout: result.stdout, status: result.status, stderr: result.stderr };
}

/** Copies every fixture `copies` times into a fresh temporary folder. */
export function prepareFolder(copies: number): { folder: string; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), "profielwijzer-bench-"));
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".docx"));
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const name of fixtures) {
      const target = join(folder, `${String(copy).padStart(3, "0")}-${name}`);
      copyFileSync(join(FIXTURES, name), target);
      files.push(target);
    }
  }
  return { folder, files };
}

function runCli(folder: string, out: string): number {
  const run = runNode([CLI, "check", folder, "--format", "json", "--out", out]);
  // 0 and 1 are both a finished check (1: error findings); 2 would mean a file could not be read.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`CLI exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
  }
  return run.ms;
}

function runMammoth(folder: string, expectedFiles: number): number {
  const run = runNode([MAMMOTH_CHILD, folder]);
  if (run.status !== 0) throw new Error(`mammoth exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const result = JSON.parse(run.stdout) as { files: number };
  if (result.files !== expectedFiles)
    throw new Error(`mammoth read ${result.files} of ${expectedFiles} files`);
  return run.ms;
}

export async function measureCliFigures(options: { copies: number; runs: number }): Promise<CliFigures> {
  const { folder, files } = prepareFolder(options.copies);
  const out = join(folder, "report.json");
  try {
    log(`· CLI tegen mammoth: ${files.length} bestanden in ${folder} …`);
    // Warm-up: file cache, building the CLI bundle if a source changed, mammoth's first load.
    runCli(folder, out);
    runMammoth(folder, files.length);
    // A folder's report ends with one folder entry (files, series, findings across files) after the files.
    const report = (JSON.parse(readFileSync(out, "utf8")) as { file?: string; error?: string }[]).filter(
      (entry) => entry.file !== undefined,
    );
    if (report.length !== files.length || report.some((entry) => entry.error !== undefined)) {
      throw new Error("the CLI did not check every file of the benchmark folder");
    }
    const cli: number[] = [];
    const reader: number[] = [];
    // Alternate, so drift in the machine's load hits both alike.
    for (let run = 0; run < options.runs; run++) {
      cli.push(runCli(folder, out));
      reader.push(runMammoth(folder, files.length));
    }
    const startup = { cli: [] as number[], mammoth: [] as number[], node: [] as number[] };
    // Start-ups are short and noisy: more samples than the folder runs, alternating again.
    for (let run = 0; run < options.runs * 3; run++) {
      startup.cli.push(runNode([CLI, "--version"]).ms);
      startup.node.push(runNode(["-e", "0"]).ms);
      startup.mammoth.push(runNode([MAMMOTH_CHILD, folder, "--count-only"]).ms);
    }
    const inProcess = await measureInProcess(files);
    const cliMs = median(cli);
    const mammothMs = median(reader);
    return {
      cliFiles: files.length,
      cliMs: round(cliMs, 0),
      mammothMs: round(mammothMs, 0),
      cliVsMammoth: round(cliMs / mammothMs, 2),
      cliStartupMs: round(median(startup.cli), 0),
      mammothStartupMs: round(median(startup.mammoth), 0),
      nodeStartupMs: round(median(startup.node), 0),
      cliStartupVsNode: round(median(startup.cli) / median(startup.node), 2),
      cliInProcessMsPerFile: round(inProcess.cli, 2),
      mammothInProcessMsPerFile: round(inProcess.mammoth, 2),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What each costs per file once loaded and warm: the CLI's read + analyse + report entry, and mammoth. */
async function measureInProcess(files: string[]): Promise<{ cli: number; mammoth: number }> {
  const contents = files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) }));
  const checkAll = () => {
    for (const { file, bytes } of contents) {
      const snapshot = readDocxSnapshot(bytes, { name: file }).value;
      const analysis = analyse(snapshot, {
        templates: BUILT_IN_TEMPLATES,
        library: BUILT_IN_LIBRARY,
        standardTexts: BUILT_IN_STANDARD_TEXTS,
      }).value;
      toReportEntry(file, analysis, "nl");
    }
  };
  const extractAll = async () => {
    for (const { bytes } of contents) await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  };
  checkAll();
  await extractAll();
  const cli: number[] = [];
  const reader: number[] = [];
  for (let run = 0; run < 3; run++) {
    let start = performance.now();
    checkAll();
    cli.push(performance.now() - start);
    start = performance.now();
    await extractAll();
    reader.push(performance.now() - start);
  }
  return { cli: median(cli) / files.length, mammoth: median(reader) / files.length };
}
