#!/usr/bin/env node
/**
 * `npm run stop`: the mirror of `npm start`. Where Word is installed, stop sideloading (and the dev server that
 * office-addin-debugging started); otherwise the preview's dev server runs in the `npm start` window.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");
const { detectWord } = require("./start");

function main() {
  const detection = detectWord();
  if (!detection.word) {
    console.log("De voorbeeldweergave stopt u met Ctrl+C in het venster waarin `npm start` draait.");
    console.log("To stop the browser preview, press Ctrl+C in the window where `npm start` runs.");
    return;
  }
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(npx, ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    cwd: path.resolve(__dirname, ".."),
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

main();
