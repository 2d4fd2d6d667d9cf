import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../src/data";
import { readReport } from "../../src/core/report/schema";
import { fixture, runCli, tempDir } from "./run-cli";

const series = fixture(join("function-house", "waterrijk"));
const pandocFiles = readdirSync(series).filter((name) => name.endsWith(".pandoc.docx"));

/** A folder with the Waterrijk profiles but one, which is held out to be checked afterwards. */
function trainingFolder(heldOut: string): string {
  const folder = tempDir();
  for (const file of pandocFiles.filter((name) => name !== heldOut))
    copyFileSync(join(series, file), join(folder, file));
  return folder;
}

describe("profielwijzer learn-template", () => {
  it("learns the house style from a folder, says what and how many files support it, and the template checks a new profile", async () => {
    const heldOut = "eigen-waterrijk-burgerzaken-b.pandoc.docx";
    const out = join(tempDir(), "waterrijk.json");
    const learned = await runCli([
      "learn-template",
      trainingFolder(heldOut),
      "--out",
      out,
      "--name",
      "Gemeente Waterrijk",
    ]);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toMatch(/^Geleerd uit 5 profielen:/);
    expect(learned.stdout).toMatch(/5\/5 {2}Doel van de functie: verplicht \(ook: Doel\)/);
    expect(learned.stdout).toMatch(/3\/5 {2}Bezwarende werkomstandigheden: niet verplicht/);
    expect(learned.stdout).toMatch(
      /Let op:\n {2}- 'Bezwarende werkomstandigheden' staat in 3 van de 5 profielen/,
    );
    // The template by its name, as a person knows it; the file is what --template takes.
    expect(learned.stdout).toContain(`Sjabloon 'Gemeente Waterrijk' geschreven naar ${out}.`);
    expect(learned.stdout).toContain(`profielwijzer check <map> --template ${out}`);
    const template = parseTemplate(JSON.parse(readFileSync(out, "utf8")));
    expect([template.id, template.name.nl]).toEqual(["waterrijk", "Gemeente Waterrijk"]);

    const checked = await runCli(["check", join(series, heldOut), "--template", out, "--format", "json"]);
    const [entry] = readReport(JSON.parse(checked.stdout)).files;
    expect(entry!.template).toBe("waterrijk");
    expect(entry!.findings.filter((finding) => finding.rule === "section-missing")).toEqual([]);
  });

  it("warns that a mixed folder holds more than one house style and lists the files of each", async () => {
    const folder = tempDir();
    for (const file of pandocFiles.slice(0, 3)) copyFileSync(join(series, file), join(folder, file));
    for (const file of ["fgr-senior-beleidsmedewerker.pandoc.docx", "ufo-promovendus.pandoc.docx"]) {
      copyFileSync(fixture(join("house-styles", file)), join(folder, file));
    }
    const { code, stdout } = await runCli([
      "learn-template",
      folder,
      "--out",
      join(tempDir(), "gemengd.json"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lijken \d verschillende huisstijlen te volgen; leer ze apart: .*waterrijk.*\|/);
  });

  it("never writes over an existing file, reports an unreadable file and still learns from the rest", async () => {
    const out = join(tempDir(), "bestaand.json");
    writeFileSync(out, "{}");
    const refused = await runCli(["learn-template", series, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bestaat al/);
    expect(readFileSync(out, "utf8")).toBe("{}");

    const folder = trainingFolder("");
    writeFileSync(join(folder, "kapot.docx"), "dit is geen docx");
    const fresh = join(tempDir(), "waterrijk.json");
    const partly = await runCli(["learn-template", folder, "--out", fresh]);
    expect(partly.code).toBe(2);
    expect(partly.stderr).toMatch(/kapot\.docx: /);
    expect(partly.stdout).toMatch(/^Geleerd uit 6 profielen:/);
    expect(parseTemplate(JSON.parse(readFileSync(fresh, "utf8"))).id).toBe("waterrijk");
  });

  it("asks for --out and for profiles, in Dutch", async () => {
    expect((await runCli(["learn-template", series])).stderr).toMatch(/Geef met --out aan/);
    expect((await runCli(["learn-template", "--out", "x.json"])).stderr).toMatch(/Geef een map/);
  });
});
