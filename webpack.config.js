/**
 * Builds the task pane, the ribbon's function file and the browser preview (shaped after Microsoft's yo office
 * React template, without its IE11 polyfills: Word's webviews are modern).
 *
 *   npm run build                            production build in dist/, URLs for https://localhost:3000/
 *   ADDIN_URL=https://host/pad/ npm run build   or  npx webpack --mode production --env url=https://host/pad/
 *   npm run dev-server                       development server on port 3000 (HTTPS when possible, see below)
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The task pane's initial JS must stay at or below this, gzipped (Word loads it on every pane open). */
const TASKPANE_BUDGET_GZIP_BYTES = 250 * 1024;
const STATS_FILE = "build-stats.json";

/**
 * React and Fluent UI (and what they pull in) go into one long-cached chunk shared by the task pane and the
 * preview. Deliberately a named list, not all of node_modules: a catch-all vendor chunk would also collect the
 * .docx reader's libraries (fflate, saxes) that only the preview needs and put them in the task pane's path.
 */
const UI_VENDOR_PATTERN =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|use-sync-external-store|stylis|rtl-css-js|tslib|@emotion[\\/]hash|embla-carousel[^\\/]*)[\\/]/;

/** Modules that must never load with the task pane's first paint: the .docx reader and its libraries. */
const FORBIDDEN_IN_TASKPANE_INITIAL =
  /[\\/]src[\\/]hosts[\\/]docx[\\/]|[\\/]node_modules[\\/](fflate|saxes|mammoth|docx|jszip)[\\/]/;

/** The add-in's base URL for a production build, always ending in "/". */
function resolveAddinUrl(env = {}, processEnv = process.env) {
  const raw = env.url || processEnv.ADDIN_URL || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `Ongeldige add-in-URL "${raw}": geef een volledige https-URL op. / Invalid add-in URL "${raw}": give a full https URL.`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `De add-in-URL moet https gebruiken (Office laadt niets anders): "${raw}". / The add-in URL must use https (Office loads nothing else): "${raw}".`,
    );
  }
  url.search = "";
  url.hash = "";
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Points every URL in the manifest at the production host: "https://localhost:3000/…" becomes "<url>…", and
 * the bare origin (AppDomain) becomes the production origin.
 */
function rewriteManifestUrls(xml, addinUrl) {
  const origin = new URL(addinUrl).origin;
  return xml
    .split(DEV_URL)
    .join(addinUrl)
    .replace(/https:\/\/localhost:3000(?![\w/.:-])/g, origin);
}

/**
 * How the dev server talks: HTTPS with office-addin-dev-certs when it can install its CA; otherwise HTTPS with
 * the certificates it generated in ~/.office-addin-dev-certs (the browser will warn: their CA is not trusted);
 * otherwise plain HTTP on localhost. Linux without sudo always lands in one of the fallbacks.
 * Dependencies are injectable for tests.
 */
async function resolveDevServerTransport({
  processEnv = process.env,
  certDirectory = path.join(os.homedir(), ".office-addin-dev-certs"),
  getHttpsServerOptions = () => require("office-addin-dev-certs").getHttpsServerOptions(),
  readFile = fs.readFileSync,
  exists = fs.existsSync,
} = {}) {
  if (processEnv.PROFIELWIJZER_HTTP === "1") {
    return {
      server: { type: "http" },
      note: {
        nl: "gewoon HTTP, omdat PROFIELWIJZER_HTTP=1 is gezet",
        en: "plain HTTP, because PROFIELWIJZER_HTTP=1 is set",
      },
    };
  }
  let why;
  try {
    const { key, cert, ca } = await getHttpsServerOptions();
    return {
      server: { type: "https", options: { key, cert, ca } },
      note: {
        nl: "HTTPS met vertrouwde ontwikkelcertificaten",
        en: "HTTPS with trusted development certificates",
      },
    };
  } catch (error) {
    why = String((error && error.message) || error)
      .replace(/\s+/g, " ")
      .trim();
  }
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(
    Object.entries(files).map(([k, name]) => [k, path.join(certDirectory, name)]),
  );
  if (Object.values(paths).every((file) => exists(file))) {
    return {
      server: {
        type: "https",
        options: { key: readFile(paths.key), cert: readFile(paths.cert), ca: readFile(paths.ca) },
      },
      note: {
        nl: `HTTPS met de certificaten uit ${certDirectory}; hun CA is niet geïnstalleerd (${why}), dus de browser waarschuwt`,
        en: `HTTPS with the certificates in ${certDirectory}; their CA is not installed (${why}), so the browser will warn`,
      },
    };
  }
  return {
    server: { type: "http" },
    note: {
      nl: `gewoon HTTP op localhost, want er zijn geen ontwikkelcertificaten (${why})`,
      en: `plain HTTP on localhost, because there are no development certificates (${why})`,
    },
  };
}

/** Office webviews and browsers treat "'self'" for websockets differently; in development name the socket. */
class DevServerCspPlugin {
  constructor(port) {
    this.sources = `ws://localhost:${port} wss://localhost:${port}`;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("DevServerCspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("DevServerCspPlugin", (data) => {
        data.html = data.html.replace(/connect-src 'self'/, `connect-src 'self' ${this.sources}`);
        return data;
      });
    });
  }
}

/**
 * Measures what Word downloads when the task pane opens: the gzipped size of the `taskpane` entry's initial
 * JS chunks. Logs it, writes dist/build-stats.json (read by the benchmark), and fails the build when the budget
 * is exceeded or the .docx reader sneaks into those chunks.
 */
class InitialChunkSizePlugin {
  constructor({
    entry = "taskpane",
    budgetGzipBytes = TASKPANE_BUDGET_GZIP_BYTES,
    statsFile = STATS_FILE,
  } = {}) {
    this.entry = entry;
    this.budgetGzipBytes = budgetGzipBytes;
    this.statsFile = statsFile;
    this.lastStats = null;
  }

  apply(compiler) {
    const name = "InitialChunkSizePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entries = {};
          for (const [entryName, entrypoint] of compilation.entrypoints) {
            entries[entryName] = measureFiles(
              compilation,
              entrypoint.getFiles().filter((file) => file.endsWith(".js")),
            );
          }
          const measured = entries[this.entry];
          if (!measured) {
            compilation.errors.push(new webpack.WebpackError(`${name}: no entry named "${this.entry}"`));
            return;
          }
          const stats = {
            taskpaneInitialJs: { ...measured, budgetGzipBytes: this.budgetGzipBytes },
            entries,
          };
          this.lastStats = stats;
          compilation.emitAsset(
            this.statsFile,
            new webpack.sources.RawSource(`${JSON.stringify(stats, null, 2)}\n`),
          );

          if (measured.gzipBytes > this.budgetGzipBytes) {
            compilation.errors.push(
              new webpack.WebpackError(
                `De eerste JS van het taakvenster is ${formatKb(measured.gzipBytes)} KB gzip, meer dan het budget van ${formatKb(this.budgetGzipBytes)} KB. / The task pane's initial JS is ${formatKb(measured.gzipBytes)} KB gzip, over the ${formatKb(this.budgetGzipBytes)} KB budget.`,
              ),
            );
          }
          const entrypoint = compilation.entrypoints.get(this.entry);
          const intruders = new Set();
          for (const chunk of entrypoint.chunks) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              // A concatenated (scope-hoisted) module hides its parts in `modules`.
              for (const part of module.modules || [module]) {
                const resource = part.resource || "";
                if (FORBIDDEN_IN_TASKPANE_INITIAL.test(resource)) {
                  intruders.add(path.relative(compiler.context, resource).split(path.sep).join("/"));
                }
              }
            }
          }
          if (intruders.size > 0) {
            compilation.errors.push(
              new webpack.WebpackError(
                `De .docx-lezer hoort niet in de eerste JS van het taakvenster (importeer hem lui). / The .docx reader must stay out of the task pane's initial JS (import it lazily): ${[...intruders].sort().join(", ")}`,
              ),
            );
          }
        },
      );
    });
    compiler.hooks.done.tap(name, (stats) => {
      if (this.lastStats && !stats.hasErrors()) {
        console.log(`taskpane initial JS: ${formatKb(this.lastStats.taskpaneInitialJs.gzipBytes)} KB gzip`);
      }
    });
  }
}

function measureFiles(compilation, files) {
  const measured = files.map((file) => {
    const buffer = compilation.getAsset(file).source.buffer();
    return { file, bytes: buffer.length, gzipBytes: zlib.gzipSync(buffer, { level: 9 }).length };
  });
  return {
    files: measured,
    bytes: measured.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: measured.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

function formatKb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function createConfig(env = {}, argv = {}) {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const addinUrl = dev ? DEV_URL : resolveAddinUrl(env);

  return {
    mode,
    context: __dirname,
    // Non-eval source maps in both modes: the pages' CSP forbids eval.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { noEmit: false, target: "ES2020", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Only what the pages need at start; UI code that only lazily loaded panes use stays in their chunks.
          ui: { test: UI_VENDOR_PATTERN, name: "vendor-ui", chunks: "initial", priority: 20, enforce: true },
        },
      },
    },
    // Our own plugin enforces the budget that matters (gzip of the initial task pane JS).
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The browser preview opens this sample profile from its own origin (no other network).
          { from: "test/fixtures/seed-000-functieprofiel.docx", to: "samples/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), addinUrl)),
          },
        ],
      }),
      ...(dev ? [new DevServerCspPlugin(DEV_PORT)] : [new InitialChunkSizePlugin()]),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const config = createConfig(env, argv);
  if (env.WEBPACK_SERVE) {
    const transport = await resolveDevServerTransport();
    console.log(`[profielwijzer] dev-server: ${transport.note.nl} · ${transport.note.en}`);
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      server: transport.server,
      // Only webpack's output (pages, bundles, copied assets and manifest); never the project folder.
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
    };
  }
  return config;
};

Object.assign(module.exports, {
  DEV_URL,
  DEV_ORIGIN,
  DEV_PORT,
  TASKPANE_BUDGET_GZIP_BYTES,
  UI_VENDOR_PATTERN,
  FORBIDDEN_IN_TASKPANE_INITIAL,
  createConfig,
  resolveAddinUrl,
  rewriteManifestUrls,
  resolveDevServerTransport,
  InitialChunkSizePlugin,
});
