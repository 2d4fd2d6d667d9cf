#!/usr/bin/env node
/**
 * `npm start`: sideload into desktop Word where Word is installed (Windows, macOS); everywhere else (Linux, or
 * PROFIELWIJZER_PREVIEW=1) start the dev server and show the browser preview's address.
 *
 * Sideloading runs office-addin-debugging through npx (`npm run start:word`) rather than as a dependency, so its
 * native `keytar` build can never make `npm install` fail on a machine without Word.
 */
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

/**
 * Where Word is, if anywhere. Dependencies are injectable so the decision can be tested on any platform.
 * Returns `{ word: true, where }` or `{ word: false, why: { nl, en } }`.
 */
function detectWord({
  platform = process.platform,
  env = process.env,
  homedir = os.homedir(),
  exists = fs.existsSync,
  queryRegistry = queryWindowsAppPath,
} = {}) {
  if (env.PROFIELWIJZER_PREVIEW === "1") {
    return {
      word: false,
      why: { nl: "PROFIELWIJZER_PREVIEW=1 is gezet", en: "PROFIELWIJZER_PREVIEW=1 is set" },
    };
  }
  if (platform === "darwin") {
    const candidates = [
      "/Applications/Microsoft Word.app",
      path.join(homedir, "Applications", "Microsoft Word.app"),
    ];
    const where = candidates.find((candidate) => exists(candidate));
    if (where) return { word: true, where };
    return {
      word: false,
      why: { nl: "Word staat niet in /Applications", en: "Word is not in /Applications" },
    };
  }
  if (platform === "win32") {
    const registered = queryRegistry();
    if (registered && exists(registered)) return { word: true, where: registered };
    const programFolders = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    const candidates = programFolders.flatMap((folder) => [
      path.win32.join(folder, "Microsoft Office", "root", "Office16", "WINWORD.EXE"),
      path.win32.join(folder, "Microsoft Office", "Office16", "WINWORD.EXE"),
    ]);
    const where = candidates.find((candidate) => exists(candidate));
    if (where) return { word: true, where };
    return { word: false, why: { nl: "WINWORD.EXE is niet gevonden", en: "WINWORD.EXE was not found" } };
  }
  return {
    word: false,
    why: { nl: `desktop-Word bestaat niet voor ${platform}`, en: `there is no desktop Word for ${platform}` },
  };
}

/** Word registers its executable under App Paths; `reg` ships with every Windows. */
function queryWindowsAppPath() {
  const result = spawnSync(
    "reg",
    ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\Winword.exe", "/ve"],
    { encoding: "utf8", windowsHide: true },
  );
  if (result.status !== 0 || !result.stdout) return null;
  const match = /REG_SZ\s+(.+)$/m.exec(result.stdout);
  return match ? match[1].trim().replace(/^"|"$/g, "") : null;
}

function runNpmScript(script) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const child = spawn(npm, ["run", script], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => {
    if (code !== 0) {
      console.error(
        "\nSideloaden in Word is niet gelukt. Zonder Word: PROFIELWIJZER_PREVIEW=1 npm start" +
          "\nSideloading into Word failed. Without Word: PROFIELWIJZER_PREVIEW=1 npm start",
      );
    }
    process.exit(code ?? 1);
  });
}

/** Runs webpack's dev server in this process, so we know which address (https or http) to print. */
async function startPreview() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const createConfig = require(path.join(root, "webpack.config.js"));
  const config = await createConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const scheme = config.devServer.server.type === "https" ? "https" : "http";
  const base = `${scheme}://localhost:${config.devServer.port}`;
  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap("profielwijzer-start", (stats) => {
    if (announced) return;
    announced = true;
    // After the dev server's own build report, so the address is the last thing on screen.
    setImmediate(() =>
      console.log(
        [
          "",
          `  Voorbeeldweergave: ${base}/preview.html`,
          `  Browser preview:   ${base}/preview.html`,
          ...(stats.hasErrors() ? ["  (met bouwfouten, zie hierboven · with build errors, see above)"] : []),
          "",
          "  Stoppen: Ctrl+C · Stop: Ctrl+C",
          "",
        ].join("\n"),
      ),
    );
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
}

function main() {
  const detection = detectWord();
  if (detection.word) {
    console.log(`Word gevonden (${detection.where}); de invoegtoepassing wordt in Word geladen.`);
    console.log(`Word found (${detection.where}); sideloading the add-in into Word.`);
    runNpmScript("start:word");
    return;
  }
  console.log(`Geen Word: ${detection.why.nl}. De voorbeeldweergave in de browser start.`);
  console.log(`No Word: ${detection.why.en}. Starting the browser preview.`);
  startPreview().catch((error) => {
    console.error(
      `De voorbeeldweergave kon niet starten / The preview could not start: ${error.message || error}`,
    );
    process.exit(1);
  });
}

module.exports = { detectWord };

if (require.main === module) main();
