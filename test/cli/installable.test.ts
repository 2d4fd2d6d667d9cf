import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { fixture, tempDir } from "./run-cli";

/**
 * The CLI as an HR team gets it: `npm pack` (which builds the bundle in `prepack`), the tarball unpacked
 * where `npm install` would put it, beside only the production dependencies the bundle requires. A real
 * `npm install` of the tarball needs the registry and takes long (the task pane's libraries come along);
 * `PROFIELWIJZER_INSTALL_TEST=1` runs that one too.
 */

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
};
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const TASKPANE_ONLY = /^(react|react-dom|scheduler|@fluentui\/.+|@griffel\/.+)$/;

/** `zod` for `zod/v4`, `@scope/name` for `@scope/name/sub`. */
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const isBuiltin = (specifier: string) =>
  specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]!);

interface Packed {
  tarball: string;
  files: string[];
  size: number;
}

async function pack(destination: string): Promise<Packed> {
  const { stdout } = await run(NPM, ["pack", "--json", "--pack-destination", destination], {
    cwd: ROOT,
    shell: process.platform === "win32",
  });
  const [entry] = JSON.parse(stdout) as { filename: string; size: number; files: { path: string }[] }[];
  return {
    tarball: join(destination, entry!.filename),
    files: entry!.files.map((file) => file.path),
    size: entry!.size,
  };
}

/** The bundle's `require("…")` calls: what an installed copy must be able to resolve. */
function requiredModules(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!))];
}

/** A folder holding the unpacked tarball as node_modules/profielwijzer and the given packages beside it. */
async function installLayout(tarball: string, dependencies: string[]): Promise<string> {
  const folder = tempDir();
  const modules = join(folder, "node_modules");
  mkdirSync(modules);
  await run("tar", ["-xzf", tarball, "-C", modules]);
  renameSync(join(modules, "package"), join(modules, "profielwijzer"));
  for (const name of dependencies) {
    mkdirSync(join(modules, name, ".."), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", name), join(modules, name), "junction");
  }
  return folder;
}

async function node(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd,
      env: { ...process.env, NODE_PATH: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

jest.setTimeout(120_000);

describe("the packed CLI", () => {
  let work: string;
  let packed: Packed;
  let bundle: string;

  beforeAll(async () => {
    work = tempDir();
    packed = await pack(work);
    bundle = readFileSync(join(ROOT, "build", "profielwijzer.cjs"), "utf8");
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("holds the bin, the bundle and the data files, and no sources, tests or fixtures", () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "bin/profielwijzer.js",
        "build/profielwijzer.cjs",
        "src/data/schemas/template.schema.json",
        "src/data/library/competencies.json",
      ]),
    );
    const unwanted = packed.files.filter(
      (file) => /\.(tsx?|docx)$/.test(file) || /^(test|bench|scripts|dist|assets)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it("its bundle requires only node built-ins and production dependencies, not React or Fluent UI", () => {
    const required = requiredModules(bundle);
    expect(required.length).toBeGreaterThan(0);
    const wrong = required.filter(
      (specifier) =>
        !isBuiltin(specifier) &&
        (TASKPANE_ONLY.test(packageName(specifier)) || !(packageName(specifier) in PACKAGE.dependencies)),
    );
    expect(wrong).toEqual([]);
    // esbuild marks each bundled file with its path; no npm package, least of all the task pane's, is inside.
    expect(bundle).not.toMatch(/^\/\/ node_modules\//m);
    expect(bundle).not.toMatch(/@fluentui|react-dom/);
  });

  it("runs from the unpacked tarball beside only the production dependencies it requires", async () => {
    const dependencies = [
      ...new Set(
        requiredModules(bundle)
          .filter((specifier) => !isBuiltin(specifier))
          .map(packageName),
      ),
    ];
    const folder = await installLayout(packed.tarball, dependencies);
    try {
      const bin = join(folder, "node_modules", "profielwijzer", "bin", "profielwijzer.js");
      expect(existsSync(join(folder, "node_modules", "profielwijzer", "scripts"))).toBe(false);
      const version = await node([bin, "--version"], folder);
      expect(version).toMatchObject({ code: 0, stdout: `profielwijzer ${PACKAGE.version}\n` });
      const check = await node(
        [bin, "check", fixture("seed-001-resultaatprofiel.docx"), "--format", "json"],
        folder,
      );
      expect(check.stderr).toBe("");
      expect(JSON.parse(check.stdout)[0].template).toBe("resultaatprofiel");
      // write-excel-file loads only for this command: its require must resolve too.
      const workbook = join(folder, "overzicht.xlsx");
      const overview = await node(
        [bin, "overview", fixture("seed-001-resultaatprofiel.docx"), "--format", "xlsx", "--out", workbook],
        folder,
      );
      expect(overview).toMatchObject({ code: 0, stderr: "" });
      expect(existsSync(workbook)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  (process.env.PROFIELWIJZER_INSTALL_TEST === "1" ? it : it.skip)(
    "installs with npm install -g --omit=dev and runs (needs the registry)",
    async () => {
      const prefix = join(work, "global");
      await run(
        NPM,
        ["install", "-g", "--prefix", prefix, "--omit=dev", "--no-audit", "--no-fund", packed.tarball],
        {
          shell: process.platform === "win32",
        },
      );
      const bin =
        process.platform === "win32"
          ? join(prefix, "profielwijzer.cmd")
          : join(prefix, "bin", "profielwijzer");
      const { stdout } = await run(bin, ["--version"], { shell: process.platform === "win32" });
      expect(stdout).toBe(`profielwijzer ${PACKAGE.version}\n`);
    },
  );
});
