import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReport } from "../../src/core/report/schema";
import { fixture, runCli, tempDir } from "./run-cli";

const houseStyle = (name: string) => fixture(join("house-styles", name));
const heuvelrand = join(__dirname, "..", "fixtures", "templates", "gemeente-heuvelrand.json");

describe("profielwijzer check with own templates that join detection", () => {
  it("chooses among a folder of own templates and the built-ins, and says why", async () => {
    const folder = tempDir();
    copyFileSync(heuvelrand, join(folder, "gemeente-heuvelrand.json"));
    const profile = houseStyle("hr21-toezichthouder-genummerd.pandoc.docx");
    const text = await runCli(["check", profile, "--template", folder]);
    expect(text.stderr).toBe("");
    // Templates by their names, and the score as the share of features found, as the pane says it.
    expect(text.stdout).toMatch(/Sjabloon: HR21-normfunctie\n/);
    expect(text.stdout).toMatch(
      /Herkenning:\n\s+Lijkt het meest op HR21-normfunctie \(\d+% van de kenmerken gevonden\) — onderdelen: .*resultaatgebieden/,
    );
    expect(text.stdout).toMatch(
      /Functieprofiel Gemeente Heuvelrand \(\d+% van de kenmerken gevonden\) — onderdelen: .*; ontbreekt: nok\n/,
    );
    expect(text.stdout).not.toMatch(/zekerheid|\bhr21 \d+%/);
  });

  it("detects an own template that extends a built-in when the document carries its words", async () => {
    const folder = tempDir();
    copyFileSync(heuvelrand, join(folder, "gemeente-heuvelrand.json"));
    writeFileSync(join(folder, "leeg-sjabloon.txt"), "not a template");
    const { code, stdout } = await runCli([
      "check",
      fixture("seed-000-functieprofiel.docx"),
      houseStyle("hr21-klantcontact-tabellen.pandoc.docx"),
      "--template",
      folder,
      "--format",
      "json",
    ]);
    const report = readReport(JSON.parse(stdout)).files;
    expect(code).toBe(1);
    // The built-ins still win where they fit; the own file is one more candidate.
    expect(report.map((entry) => entry.template)).toEqual(["functieprofiel", "hr21"]);
  });

  it("forces one own file given alone, and names a broken extends", async () => {
    const folder = tempDir();
    const broken = join(folder, "kapot.json");
    writeFileSync(
      broken,
      JSON.stringify({ extends: "bestaat-niet", id: "kapot", version: "1", name: { nl: "x", en: "x" } }),
    );
    const run = await runCli(["check", houseStyle("ufo-docent.pandoc.docx"), "--template", broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/extends: er is geen sjabloon "bestaat-niet"/);
    const forced = await runCli([
      "check",
      houseStyle("ufo-docent.pandoc.docx"),
      "--template",
      heuvelrand,
      "--format",
      "json",
    ]);
    expect(readReport(JSON.parse(forced.stdout)).files[0]!.template).toBe("gemeente-heuvelrand");
  });
});
