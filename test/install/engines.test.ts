import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** semver as npm uses it to check `engines` (hoisted by the dev tools; loaded untyped, so typed here). */
const semver = createRequire(__filename)("semver") as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const manifest = JSON.parse(read("package.json")) as { engines: { node: string } };
const lock = JSON.parse(read("package-lock.json")) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const lowest = semver.minVersion(manifest.engines.node)!.version;

describe("the Node version the project promises", () => {
  it("runs every locked package, so npm install on it warns of no engine (EBADENGINE)", () => {
    const refused = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range && !semver.satisfies(lowest, range)
        ? [`${path}@${entry.version} needs node ${range}`]
        : [];
    });
    expect(refused).toEqual([]);
  });

  it("is the one the README names for a clone and for the CLI's tarball", () => {
    const short = lowest.replace(/\.0$/, "");
    const named = [
      ...read("README.md").matchAll(/Node (\d+(?:\.\d+)*)\+? or later|\(Node (\d+(?:\.\d+)*)\+/g),
    ].map((match) => match[1] ?? match[2]);
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(new Set(named)).toEqual(new Set([short]));
  });
});
