import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReport } from "../../src/core/report/schema";
import { buildCompoundFile } from "../helpers/hostile-files";
import { fixture, runCli, tempDir } from "./run-cli";

const json = async (...args: string[]) => {
  const run = await runCli(["check", ...args, "--format", "json"]);
  return { ...run, report: readReport(JSON.parse(run.stdout)).files };
};

describe("profielwijzer check --format json", () => {
  it("prints seed 000's structure exactly, with clean titles, and exits 1 for its errors", async () => {
    const { code, report } = await json(fixture("seed-000-functieprofiel.docx"));
    expect(code).toBe(1);
    const [entry] = report;
    expect(entry!.template).toBe("functieprofiel");
    expect(entry!.title).toBe("Key accountmanager");
    expect(entry!.resultAreas.map((area) => [area.title, area.tasks.length, area.indicators.length])).toEqual(
      [
        ["Jaarplan account(s)", 6, 6],
        ["Accountmanagement", 7, 6],
        ["Advies en begeleiding winkels", 6, 6],
        ["Verantwoording resultaten", 3, 4],
        ["Personeelsbeheer", 5, 5],
      ],
    );
    expect(entry!.resultAreas[0]!.tasks.at(-1)).toBe("xxx");
    expect(
      entry!.competencies.map((competency) => [
        competency.name,
        competency.level,
        competency.behaviours.length,
      ]),
    ).toEqual([
      ["Aansturen", "5", 3],
      ["Aandacht en begrip tonen", "5", 3],
      ["Kwaliteit leveren", "5", 4],
      ["Ondernemend en commercieel handelen", "4/5", 2],
      ["Op de behoefte en verwachtingen van de klant richten", "5", 2],
      ["Relaties bouwen en netwerken", "5", 3],
    ]);
    const rules = new Set(entry!.findings.map((finding) => finding.rule));
    for (const rule of ["competency-count", "placeholder", "template-guidance-left"])
      expect(rules.has(rule)).toBe(true);
    // Its (“datum”) and (“naam …”) hints are placeholder findings; the signature rule does not repeat them.
    expect(rules.has("signature-incomplete")).toBe(false);
  });

  it("prints seed 001's results and finds no error in it", async () => {
    const { code, report } = await json(fixture("seed-001-resultaatprofiel.docx"));
    expect(code).toBe(0);
    expect(report[0]!.template).toBe("resultaatprofiel");
    expect(report[0]!.title).toBe("ACCOUNTMANAGER II");
    expect(report[0]!.resultAreas.map((area) => [area.title, area.indicators.length])).toEqual([
      ["Marktverkenning en accountplannen", 6],
      ["Marktbewerking en acquisitie", 8],
      ["Relatiebeheer", 6],
      ["Registratie en rapportage", 4],
    ]);
    expect(report[0]!.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it.each([
    ["functieprofiel-paragraph-areas.docx", "functieprofiel"],
    ["functieprofiel-heading-styles-nl.docx", "functieprofiel"],
    ["functieprofiel-complete.docx", "functieprofiel"],
    ["functieprofiel-competency-table.docx", "functieprofiel"],
    ["libreoffice-paragraph-areas.docx", "functieprofiel"],
    ["resultaatprofiel-adviseur.docx", "resultaatprofiel"],
    ["rijksoverheid-profiel.docx", "rijksoverheid"],
  ])("reads the complete variant %s as %s without error findings", async (name, template) => {
    const { code, report } = await json(fixture(name));
    expect(report[0]!.template).toBe(template);
    expect(report[0]!.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    expect(report[0]!.resultAreas.length).toBeGreaterThanOrEqual(4);
  });

  it("reports every unreadable file with a reason, still checks the rest, and exits 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-leeg.docx"), "");
    writeFileSync(join(dir, "b-tekst.docx"), "Dit is geen Word-bestand.");
    writeFileSync(join(dir, "c-beveiligd.docx"), buildCompoundFile(["EncryptionInfo", "EncryptedPackage"]));
    writeFileSync(
      join(dir, "d-kapot.docx"),
      readFileSync(fixture("seed-001-resultaatprofiel.docx")).subarray(0, 2000),
    );
    copyFileSync(fixture("seed-001-resultaatprofiel.docx"), join(dir, "e-goed.docx"));
    const { code, report } = await json(dir);
    expect(code).toBe(2);
    expect(report.map((entry) => entry.file.split("/").pop())).toEqual([
      "a-leeg.docx",
      "b-tekst.docx",
      "c-beveiligd.docx",
      "d-kapot.docx",
      "e-goed.docx",
    ]);
    expect(report[0]!.error).toMatch(/leeg/);
    expect(report[1]!.error).toMatch(/geen Word-document/);
    expect(report[2]!.error).toMatch(/wachtwoord/);
    expect(report[3]!.error).toBeDefined();
    expect(report[4]!.error).toBeUndefined();
    expect(report[4]!.template).toBe("resultaatprofiel");
  });

  it("searches folders for .docx files, skipping Word's lock files", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    copyFileSync(fixture("seed-001-resultaatprofiel.docx"), join(dir, "sub", "profiel.docx"));
    writeFileSync(join(dir, "~$profiel.docx"), "lock");
    writeFileSync(join(dir, "notities.txt"), "geen profiel");
    const { report } = await json(dir);
    expect(report.map((entry) => entry.file)).toEqual([join(dir, "sub", "profiel.docx")]);
  });
});

describe("profielwijzer check as text and html", () => {
  it("prints a readable outline with the level table and the verdict", async () => {
    const { stdout } = await runCli(["check", fixture("seed-001-resultaatprofiel.docx")]);
    expect(stdout).toContain("Sjabloon: Resultaatprofiel\n");
    expect(stdout).toContain("2. Marktbewerking en acquisitie — 8 resultaatindicatoren");
    expect(stdout).toContain("Niveau-onderscheidende kenmerken (6 rijen, eigen kolom ACCOUNTMANAGER II)");
    expect(stdout).toContain("Functiegroep: 8 (referentie)");
    expect(stdout).toContain("Oordeel: Compleet volgens sjabloon\n");
    // Counts in the right form: one area with 1 indicator would say so, never "1 resultaatindicatoren".
    expect(stdout).not.toMatch(/\b1 (resultaatindicatoren|taken|gedragsvoorbeelden|rijen)\b/);
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await runCli(["check", fixture("seed-000-functieprofiel.docx"), "--lang", "en"]);
    expect(stdout).toMatch(/Verdict: Not yet complete according to the template: \d+ errors/);
    expect(stdout).toContain("The profile has 6 competencies".replace("The profile has", "This profile has"));
  });

  it("writes one self-contained HTML report with a summary row per file and escaped document text", async () => {
    const dir = tempDir();
    const out = join(dir, "rapport.html");
    const { code } = await runCli([
      "check",
      fixture("seed-000-functieprofiel.docx"),
      fixture("seed-001-resultaatprofiel.docx"),
      "--format",
      "html",
      "--out",
      out,
    ]);
    expect(code).toBe(1);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain("seed-000-functieprofiel.docx");
    expect((html.match(/<tr>/g) ?? []).length).toBe(3);
    expect(html).toContain("Compleet volgens sjabloon");
    expect(html).toMatch(/Nog niet compleet volgens sjabloon: \d+ fouten/);
    expect(html).not.toContain("Klaar voor ondertekening");
    // Templates by the names a person knows, in the summary and per file; ids are for JSON.
    expect(html).toContain("<td>Functieprofiel</td>");
    expect(html).toContain("<td>Resultaatprofiel</td>");
    expect(html).not.toMatch(/>functieprofiel<|>resultaatprofiel<| · resultaatprofiel · /);
    // The findings carry the text they are about, escaped.
    expect(html).toContain("(“naam leidinggevende”)");
  });

  it("shows a progress bar on a terminal and not when JSON goes to a pipe", async () => {
    const dir = tempDir();
    copyFileSync(fixture("seed-001-resultaatprofiel.docx"), join(dir, "a.docx"));
    copyFileSync(fixture("seed-001-resultaatprofiel.docx"), join(dir, "b.docx"));
    const tty = await runCli(["check", dir], { tty: true });
    expect(tty.stderr).toContain("1/2");
    const piped = await runCli(["check", dir, "--format", "json"]);
    expect(piped.stderr).toBe("");
  });
});

describe("profielwijzer check with templates and libraries", () => {
  it("uses an organisation's own template file end to end", async () => {
    const dir = tempDir();
    const own = JSON.parse(
      readFileSync(join(__dirname, "../../src/data/templates/functieprofiel.json"), "utf8"),
    );
    own.id = "gemeente-voorbeeld";
    own.name = { nl: "Gemeente Voorbeeld", en: "Municipality Example" };
    own.competencies.max = 6;
    own.rules = { "signature-incomplete": "off", "template-guidance-left": "error" };
    const file = join(dir, "sjabloon.json");
    writeFileSync(file, JSON.stringify(own));
    const { report } = await json(fixture("seed-000-functieprofiel.docx"), "--template", file);
    const rules = report[0]!.findings.map((finding) => `${finding.rule}:${finding.severity}`);
    expect(report[0]!.template).toBe("gemeente-voorbeeld");
    expect(rules).not.toContain("competency-count:error");
    expect(rules.some((rule) => rule.startsWith("signature-incomplete"))).toBe(false);
    expect(rules).toContain("template-guidance-left:error");
  });

  it("checks the Rijksoverheid template when asked by id", async () => {
    const { report } = await json(fixture("rijksoverheid-profiel.docx"), "--template", "rijksoverheid");
    expect(report[0]!.template).toBe("rijksoverheid");
    expect(report[0]!.resultAreas.map((area) => area.title)).toEqual([
      "Opdracht(gever)",
      "Omgeving",
      "Bedrijfsvoering",
      "Vernieuwen en verbeteren",
    ]);
  });

  it("refuses a wrong template file with a Dutch message that names the field, exit 2", async () => {
    const dir = tempDir();
    const file = join(dir, "fout.json");
    writeFileSync(file, JSON.stringify({ id: "Fout Sjabloon", version: "1", sections: [] }));
    const { code, stderr } = await runCli([
      "check",
      fixture("seed-001-resultaatprofiel.docx"),
      "--template",
      file,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/sjabloonbestand klopt niet/);
    expect(stderr).toMatch(/^.*id:/m);
  });

  it("refuses a library that is not JSON, exit 2", async () => {
    const dir = tempDir();
    const file = join(dir, "bibliotheek.json");
    writeFileSync(file, "{ niet: json");
    const { code, stderr } = await runCli([
      "check",
      fixture("seed-001-resultaatprofiel.docx"),
      "--library",
      file,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/geen geldige JSON/);
  });
});

describe("profielwijzer usage", () => {
  it.each([
    [["check"], /Geef een of meer/],
    [["check", "x.docx", "--format", "pdf"], /--format is text, json of html/],
    [["lees", "x.docx"], /Onbekend commando/],
    [["check", "x.docx", "--kleur"], /Onbekende optie/],
  ])("refuses %j with a clear message and exit code 2", async (argv, message) => {
    const { code, stderr } = await runCli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("prints help with exit 0", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("profielwijzer check");
  });
});
