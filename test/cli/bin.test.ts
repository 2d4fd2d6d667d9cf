import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { readDocx } from "../../src/hosts/docx/read-docx";
import { withoutSection } from "../docx-writer/variants";
import { fixture, tempDir } from "./run-cli";

/**
 * The CLI as a user starts it: `bin/profielwijzer.js` in its own Node process (the esbuild bundle, built
 * first when a source is newer), not the in-process `main()` the other CLI tests call. Catches what only the
 * real entry point can get wrong, such as a module it cannot load.
 */

const run = promisify(execFile);
const BIN = join(__dirname, "..", "..", "bin", "profielwijzer.js");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

jest.setTimeout(60_000);

describe("bin/profielwijzer.js", () => {
  it("checks a file and prints the JSON report", async () => {
    const { code, stdout } = await cli([
      "check",
      fixture("seed-001-resultaatprofiel.docx"),
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].template).toBe("resultaatprofiel");
  });

  it("fixes a copy: the missing section is back in the new file and the input is untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "profiel.docx");
    const output = join(dir, "profiel-hersteld.docx");
    const variant = withoutSection(
      readFileSync(fixture("functieprofiel-complete.docx")),
      "bezwarende-omstandigheden",
    );
    expect(variant).not.toBeNull();
    writeFileSync(input, variant!);
    const before = readFileSync(input);
    const { code, stdout, stderr } = await cli(["fix", input, "--out", output]);
    expect(stderr).not.toMatch(/Onverwachte fout/);
    expect([0, 1]).toContain(code);
    expect(stdout).toMatch(/Bezwarende omstandigheden/);
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
    const texts = readDocx(new Uint8Array(readFileSync(output))).value.snapshot.blocks.map(
      (block) => block.text,
    );
    expect(texts).toContain("Bezwarende omstandigheden");
  });
});
