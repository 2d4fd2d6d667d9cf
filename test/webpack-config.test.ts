/**
 * The build and dev tooling: webpack configuration, manifest URL rewriting, the dev server's HTTPS fallback,
 * the task pane size budget, the pages' Content-Security-Policy, and `npm start`'s choice between Word and the
 * browser preview.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

const root = path.resolve(__dirname, "..");

interface Transport {
  server: { type: "https" | "http"; options?: Record<string, unknown> };
  note: { nl: string; en: string };
}

// CommonJS build tooling, typed as far as the tests use it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tooling = require("../webpack.config.js") as {
  DEV_URL: string;
  UI_VENDOR_PATTERN: RegExp;
  FORBIDDEN_IN_TASKPANE_INITIAL: RegExp;
  createConfig: (env: object, argv: { mode: string }) => webpack.Configuration;
  resolveAddinUrl: (env?: { url?: string }, processEnv?: Record<string, string | undefined>) => string;
  rewriteManifestUrls: (xml: string, url: string) => string;
  resolveDevServerTransport: (deps: object) => Promise<Transport>;
  InitialChunkSizePlugin: new (options: { entry?: string; budgetGzipBytes?: number; statsFile?: string }) => {
    apply(compiler: webpack.Compiler): void;
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { detectWord } = require("../scripts/start.js") as {
  detectWord: (deps: object) => { word: boolean; where?: string; why?: { nl: string; en: string } };
};

describe("webpack configuration", () => {
  const production = tooling.createConfig({}, { mode: "production" });
  const development = tooling.createConfig({}, { mode: "development" });

  it("builds the task pane, the ribbon's function file and the preview", () => {
    expect(production.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    });
  });

  it("never uses eval-based source maps, in either mode (the pages' CSP forbids eval)", () => {
    for (const config of [production, development]) {
      expect(typeof config.devtool).toBe("string");
      expect(config.devtool).not.toMatch(/eval/);
    }
  });

  it("targets ES2020 browsers and ships no IE11 polyfills", () => {
    expect(production.target).toEqual(["web", "es2020"]);
    expect(JSON.stringify(production.entry)).not.toMatch(/core-js|regenerator|polyfill/);
  });

  it("only transpiles TypeScript (type checking is npm run typecheck's job)", () => {
    const rule = production.module?.rules?.[0] as {
      use: { loader: string; options: { transpileOnly: boolean } };
    };
    expect(rule.use.loader).toBe("ts-loader");
    expect(rule.use.options.transpileOnly).toBe(true);
  });

  it("gives each page only its own entry's scripts", () => {
    const pages = (production.plugins ?? []).flatMap((plugin) => {
      const options = (plugin as { userOptions?: { filename?: string; chunks?: string[] } }).userOptions;
      return plugin?.constructor?.name === "HtmlWebpackPlugin" ? [[options?.filename, options?.chunks]] : [];
    });
    expect(pages).toEqual([
      ["taskpane.html", ["taskpane"]],
      ["commands.html", ["commands"]],
      ["preview.html", ["preview"]],
    ]);
  });

  it("measures the task pane's initial JS in production only", () => {
    const names = (config: webpack.Configuration) => (config.plugins ?? []).map((p) => p?.constructor?.name);
    expect(names(production)).toContain("InitialChunkSizePlugin");
    expect(names(development)).not.toContain("InitialChunkSizePlugin");
  });

  it("puts React and Fluent UI in the shared UI chunk, but not the .docx reader's libraries", () => {
    const inUiChunk = (file: string) => tooling.UI_VENDOR_PATTERN.test(path.join(root, "node_modules", file));
    for (const file of [
      "react/index.js",
      "react-dom/client.js",
      "@fluentui/react-tabs/lib/index.js",
      "tabster/dist/x.js",
    ]) {
      expect({ file, inUiChunk: inUiChunk(file) }).toEqual({ file, inUiChunk: true });
    }
    for (const file of ["fflate/esm/browser.js", "saxes/saxes.js", "zod/v4/index.js", "reactive/x.js"]) {
      expect({ file, inUiChunk: inUiChunk(file) }).toEqual({ file, inUiChunk: false });
    }
  });

  it("recognises the .docx reader and its libraries as forbidden in the task pane's first load", () => {
    const forbidden = (file: string) => tooling.FORBIDDEN_IN_TASKPANE_INITIAL.test(path.join(root, file));
    expect(forbidden("src/hosts/docx/read-docx.ts")).toBe(true);
    expect(forbidden("node_modules/fflate/esm/browser.js")).toBe(true);
    expect(forbidden("node_modules/saxes/saxes.js")).toBe(true);
    expect(forbidden("src/hosts/word/word-host.ts")).toBe(false);
    expect(forbidden("src/core/profile/read-profile.ts")).toBe(false);
  });
});

describe("the production URL", () => {
  it("defaults to https://localhost:3000/", () => {
    expect(tooling.resolveAddinUrl({}, {})).toBe("https://localhost:3000/");
  });

  it("comes from ADDIN_URL, and --env url wins over it", () => {
    expect(tooling.resolveAddinUrl({}, { ADDIN_URL: "https://hr.example.nl/profielwijzer/" })).toBe(
      "https://hr.example.nl/profielwijzer/",
    );
    expect(
      tooling.resolveAddinUrl({ url: "https://cdn.example.nl/pw" }, { ADDIN_URL: "https://other.example" }),
    ).toBe("https://cdn.example.nl/pw/");
  });

  it("refuses http and things that are not URLs, saying why in Dutch and English", () => {
    expect(() => tooling.resolveAddinUrl({ url: "http://hr.example.nl/" }, {})).toThrow(
      /moet https gebruiken.*must use https/,
    );
    expect(() => tooling.resolveAddinUrl({ url: "hr.example.nl" }, {})).toThrow(
      /Ongeldige add-in-URL.*Invalid add-in URL/,
    );
  });

  it("rewrites every manifest URL and the AppDomain to the production host", () => {
    const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
    const rewritten = tooling.rewriteManifestUrls(manifest, "https://hr.example.nl/profielwijzer/");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain(
      '<SourceLocation DefaultValue="https://hr.example.nl/profielwijzer/taskpane.html"/>',
    );
    expect(rewritten).toContain("<AppDomain>https://hr.example.nl</AppDomain>");
    expect(rewritten).toContain('DefaultValue="https://hr.example.nl/profielwijzer/assets/icon-16.png"');
    // Only URLs change: the rest of the manifest is byte-for-byte the same.
    expect(rewritten.replaceAll("https://hr.example.nl/profielwijzer/", "https://localhost:3000/")).toBe(
      manifest.replace(
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://hr.example.nl</AppDomain>",
      ),
    );
  });
});

describe("the dev server's transport", () => {
  const certDirectory = "/home/someone/.office-addin-dev-certs";
  const rejectNoSudo = () =>
    Promise.reject(new Error("Unable to install the CA certificate. sudo: not found"));

  it("uses HTTPS with trusted certificates when office-addin-dev-certs can provide them", async () => {
    const transport = await tooling.resolveDevServerTransport({
      processEnv: {},
      certDirectory,
      getHttpsServerOptions: () => Promise.resolve({ key: "K", cert: "C", ca: "A" }),
    });
    expect(transport.server).toEqual({ type: "https", options: { key: "K", cert: "C", ca: "A" } });
  });

  it("falls back to the generated certificate files when the CA cannot be installed, and says why", async () => {
    const transport = await tooling.resolveDevServerTransport({
      processEnv: {},
      certDirectory,
      getHttpsServerOptions: rejectNoSudo,
      exists: () => true,
      readFile: (file: string) => `contents of ${path.basename(file)}`,
    });
    expect(transport.server).toEqual({
      type: "https",
      options: {
        key: "contents of localhost.key",
        cert: "contents of localhost.crt",
        ca: "contents of ca.crt",
      },
    });
    expect(transport.note.nl).toContain("sudo: not found");
    expect(transport.note.en).toContain("the browser will warn");
  });

  it("falls back to plain HTTP when there are no certificate files either", async () => {
    const transport = await tooling.resolveDevServerTransport({
      processEnv: {},
      certDirectory,
      getHttpsServerOptions: rejectNoSudo,
      exists: () => false,
    });
    expect(transport.server).toEqual({ type: "http" });
    expect(transport.note.en).toMatch(/plain HTTP.*no development certificates/);
  });

  it("uses plain HTTP without touching certificates when PROFIELWIJZER_HTTP=1", async () => {
    const getHttpsServerOptions = jest.fn(rejectNoSudo);
    const transport = await tooling.resolveDevServerTransport({
      processEnv: { PROFIELWIJZER_HTTP: "1" },
      getHttpsServerOptions,
    });
    expect(transport.server).toEqual({ type: "http" });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });
});

/** Compiles a tiny project with the size plugin into a temporary folder. */
function compileWithSizePlugin(files: Record<string, string>, budgetGzipBytes: number) {
  const directory = mkdtempSync(path.join(os.tmpdir(), "pw-size-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), content);
  }
  const compiler = webpack({
    mode: "production",
    context: directory,
    entry: { taskpane: "./src/taskpane.js" },
    output: { path: path.join(directory, "dist") },
    plugins: [new tooling.InitialChunkSizePlugin({ budgetGzipBytes })],
  });
  return new Promise<{ errors: string[]; stats: unknown; log: string[] }>((resolve, reject) => {
    const log: string[] = [];
    const spy = jest.spyOn(console, "log").mockImplementation((line: string) => log.push(line));
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      spy.mockRestore();
      if (error || !result) return reject(error);
      const errors = result.compilation.errors.map((e) => e.message);
      let stats: unknown = null;
      try {
        stats = JSON.parse(readFileSync(path.join(directory, "dist", "build-stats.json"), "utf8"));
      } catch {
        stats = null;
      }
      resolve({ errors, stats, log });
    });
  });
}

describe("the task pane size budget", () => {
  const smallApp = {
    "src/taskpane.js": 'import { greet } from "./greet.js";\ndocument.title = greet("Profielwijzer");\n',
    "src/greet.js": "export function greet(name) { return `Hallo ${name}, ${'x'.repeat(40)}`; }\n",
  };

  it("logs the gzipped size of the task pane's initial JS and writes it to build-stats.json", async () => {
    const { errors, stats, log } = await compileWithSizePlugin(smallApp, 250 * 1024);
    expect(errors).toEqual([]);
    expect(log.some((line) => /^taskpane initial JS: \d+\.\d KB gzip$/.test(line))).toBe(true);
    const measured = (
      stats as {
        taskpaneInitialJs: { gzipBytes: number; files: { file: string }[]; budgetGzipBytes: number };
      }
    ).taskpaneInitialJs;
    expect(measured.gzipBytes).toBeGreaterThan(0);
    expect(measured.budgetGzipBytes).toBe(250 * 1024);
    expect(measured.files.map((file) => file.file)).toEqual(["taskpane.js"]);
  }, 30000);

  it("fails the build when the initial JS is over budget", async () => {
    const { errors } = await compileWithSizePlugin(smallApp, 10);
    expect(errors.join("\n")).toMatch(/over the 0\.0 KB budget/);
  }, 30000);

  it("fails the build when the .docx reader is in the task pane's initial JS", async () => {
    const { errors } = await compileWithSizePlugin(
      {
        "src/taskpane.js":
          'import { readDocx } from "./hosts/docx/read-docx.js";\nconsole.info(readDocx());\n',
        "src/hosts/docx/read-docx.js": 'export function readDocx() { return "docx"; }\n',
      },
      250 * 1024,
    );
    expect(errors.join("\n")).toMatch(/\.docx reader must stay out.*src\/hosts\/docx\/read-docx\.js/);
  }, 30000);

  it("accepts the .docx reader when the task pane imports it lazily", async () => {
    const { errors } = await compileWithSizePlugin(
      {
        "src/taskpane.js": 'import("./hosts/docx/read-docx.js").then((m) => console.info(m.readDocx()));\n',
        "src/hosts/docx/read-docx.js": 'export function readDocx() { return "docx"; }\n',
      },
      250 * 1024,
    );
    expect(errors).toEqual([]);
  }, 30000);
});

describe("Content-Security-Policy of the pages", () => {
  const readPage = (file: string) => readFileSync(path.join(root, file), "utf8");
  const readCsp = (html: string) => {
    const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    if (!match?.[1]) throw new Error("no CSP meta tag");
    return Object.fromEntries(
      match[1].split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    ) as Record<string, string[]>;
  };
  const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

  it.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])(
    "%s runs only our own scripts and Office's, never eval or inline script",
    (file) => {
      const html = readPage(file);
      const csp = readCsp(html);
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(html).not.toMatch(/unsafe-eval/);
      const tags = scripts(html);
      expect(tags.map((tag) => tag[1]?.trim())).toEqual([
        'src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
      ]);
      expect(tags.every((tag) => tag[2]?.trim() === "")).toBe(true);
    },
  );

  it("the preview allows only our own scripts and does not load office.js", () => {
    const html = readPage("src/preview/preview.html");
    const csp = readCsp(html);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(html).not.toMatch(/appsforoffice|unsafe-eval|<script/);
  });

  it("allows inline styles only (Fluent UI inserts <style> elements) and nothing else unsafe", () => {
    for (const file of [
      "src/taskpane/taskpane.html",
      "src/commands/commands.html",
      "src/preview/preview.html",
    ]) {
      const csp = readCsp(readPage(file));
      expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
      const unsafe = Object.entries(csp).filter(([, sources]) =>
        sources.some((s) => s.startsWith("'unsafe")),
      );
      expect(unsafe.map(([name]) => name)).toEqual(["style-src"]);
    }
  });

  it("the support page runs no script at all", () => {
    const html = readPage("assets/support.html");
    expect(readCsp(html)["default-src"]).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script/);
  });
});

describe("npm start's choice between Word and the browser preview", () => {
  const none = () => false;

  it("uses the browser preview on Linux, where there is no desktop Word", () => {
    expect(detectWord({ platform: "linux", env: {}, exists: () => true })).toMatchObject({ word: false });
  });

  it("finds Word on macOS in /Applications or ~/Applications", () => {
    const app = "/Applications/Microsoft Word.app";
    expect(
      detectWord({ platform: "darwin", env: {}, homedir: "/Users/a", exists: (p: string) => p === app }),
    ).toEqual({
      word: true,
      where: app,
    });
    const own = "/Users/a/Applications/Microsoft Word.app";
    expect(
      detectWord({ platform: "darwin", env: {}, homedir: "/Users/a", exists: (p: string) => p === own }),
    ).toEqual({
      word: true,
      where: own,
    });
    expect(detectWord({ platform: "darwin", env: {}, homedir: "/Users/a", exists: none })).toMatchObject({
      word: false,
    });
  });

  it("finds Word on Windows through its App Paths registration", () => {
    const exe = "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE";
    expect(
      detectWord({ platform: "win32", env: {}, exists: (p: string) => p === exe, queryRegistry: () => exe }),
    ).toEqual({ word: true, where: exe });
  });

  it("finds Word on Windows in Program Files when the registry says nothing", () => {
    const exe = "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\WINWORD.EXE";
    const env = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)" };
    expect(
      detectWord({ platform: "win32", env, exists: (p: string) => p === exe, queryRegistry: () => null }),
    ).toEqual({
      word: true,
      where: exe,
    });
    expect(detectWord({ platform: "win32", env, exists: none, queryRegistry: () => null })).toMatchObject({
      word: false,
    });
  });

  it("uses the browser preview when PROFIELWIJZER_PREVIEW=1, even where Word is installed", () => {
    const detection = detectWord({
      platform: "darwin",
      env: { PROFIELWIJZER_PREVIEW: "1" },
      exists: () => true,
    });
    expect(detection).toMatchObject({ word: false, why: { en: "PROFIELWIJZER_PREVIEW=1 is set" } });
  });
});
