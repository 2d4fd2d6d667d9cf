import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a user would from a terminal (or a pipe). */
export async function runCli(argv: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false, columns: 100 },
    now: () => new Date("2026-03-12T10:00:00Z"),
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "profielwijzer-"));
}

export const FIXTURES = join(__dirname, "..", "fixtures");
export const fixture = (name: string) => join(FIXTURES, name);
