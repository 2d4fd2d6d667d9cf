import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../src/hosts/docx/read-docx";
import { fixture, runCli, tempDir } from "../cli/run-cli";
import { analyseDocument, readFixture, withoutLevelRow, withoutSection } from "./variants";

/** `profielwijzer fix`: every safe fix on a copy, the original untouched, a list of what was done. */

jest.setTimeout(60_000);

/** Seed 001 without its adverse-conditions section and without the level table's Functiegroep row. */
function incompleteResultaatprofiel(): Uint8Array {
  const withoutConditions = withoutSection(
    readFixture("seed-001-resultaatprofiel.docx"),
    "bezwarende-omstandigheden",
  )!;
  return withoutLevelRow(withoutConditions, "Functiegroep")!;
}

function setUp(bytes: Uint8Array): { input: string; output: string } {
  const folder = tempDir();
  const input = join(folder, "profiel.docx");
  writeFileSync(input, bytes);
  return { input, output: join(folder, "profiel-hersteld.docx") };
}

function analyseFile(path: string) {
  return analyseDocument(readDocx(new Uint8Array(readFileSync(path))).value);
}

describe("profielwijzer fix", () => {
  it("adds the missing section and Functiegroep row to a copy and says what it did", async () => {
    const bytes = incompleteResultaatprofiel();
    const { input, output } = setUp(bytes);
    const before = analyseFile(input);
    expect(before.findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(["section-missing", "level-table-incomplete"]),
    );

    const run = await runCli(["fix", input, "--out", output]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Hersteld in ${output}:\n` +
        "  ✓ Voeg 'Bezwarende omstandigheden' toe (section-missing)\n" +
        "  ✓ Rij 'Functiegroep' toevoegen (level-table-incomplete)\n" +
        // What was inserted has placeholders of its own: said, so the rise in findings is no surprise.
        "2 nieuwe punten om in te vullen: de ingevoegde tekst heeft eigen invulplekken.\n" +
        "  • Nog niet ingevuld: 'xxx' in 'Niveau-onderscheidende kenmerken'. Vervang de invultekst door de echte tekst.\n" +
        "  • Deze standaardtekst van het sjabloon past niet bij elke functie: 'Kans op letsel als gevolg van deelname aan het wegverkeer.'. Pas hem aan deze functie aan, of verwijder hem als hij niet van toepassing is.\n",
    );
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    const after = analyseFile(output);
    expect(after.findings.filter((finding) => finding.rule === "section-missing")).toEqual([]);
    expect(after.profile.sections.map((section) => section.id)).toContain("bezwarende-omstandigheden");
    const rows = after.profile.levelTable!.rows.map((row) => row.aspect);
    expect(rows[rows.length - 1]).toBe("Functiegroep");
    expect(
      after.findings.some(
        (finding) => finding.rule === "level-table-incomplete" && finding.text === "Functiegroep",
      ),
    ).toBe(false);
  });

  it("points check's text report at profielwijzer fix, never at the pane's buttons", async () => {
    const { input } = setUp(incompleteResultaatprofiel());
    const run = await runCli(["check", input]);
    expect(run.stdout).toContain(
      "[section-missing] Het onderdeel 'Bezwarende omstandigheden' ontbreekt. Voeg het toe en vul het in. (alinea",
    );
    expect(run.stdout).toMatch(
      /ontbreekt\. Voeg het toe en vul het in\. \(alinea \d+; herstelbaar met profielwijzer fix\)/,
    );
    expect(run.stdout).toMatch(
      /\[level-table-incomplete\] De rij 'Functiegroep' ontbreekt .* vul 'Functiegroep' in voor elk niveau/,
    );
    expect(run.stdout).not.toMatch(/Herstel|Invoegen/);
  });

  it("limits the fixes to the rules given with --rule", async () => {
    const { input, output } = setUp(incompleteResultaatprofiel());
    const run = await runCli(["fix", input, "--out", output, "--rule", "section-missing", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Fixed in ${output}:\n  ✓ Insert 'Adverse working conditions' (section-missing)\n` +
        "1 new point to fill in: the inserted text has placeholders of its own.\n" +
        "  • This standard text of the template does not fit every job: 'Kans op letsel als gevolg van deelname aan het wegverkeer.'. Tailor it to this job, or remove it if it does not apply.\n",
    );
    const after = analyseFile(output);
    expect(after.profile.sections.map((section) => section.id)).toContain("bezwarende-omstandigheden");
    expect(after.profile.levelTable!.rows.map((row) => row.aspect)).not.toContain("Functiegroep");
  });

  it("fixes several missing sections of a functieprofiel, each at its place in the template's order", async () => {
    const seed = readFixture("seed-000-functieprofiel.docx");
    const { input, output } = setUp(withoutSection(withoutSection(seed, "organisatie")!, "kennis-ervaring")!);
    const run = await runCli(["fix", input, "--out", output]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.includes("✓"))).toHaveLength(2);
    const order = analyseFile(output).profile.sections.map((section) => section.id);
    expect(order.indexOf("organisatie")).toBe(order.indexOf("kenmerken") + 1);
    expect(order.indexOf("kennis-ervaring")).toBe(order.indexOf("competentieprofiel") + 1);
  });

  it("writes an unchanged copy when there is nothing safe to fix", async () => {
    const { output } = setUp(new Uint8Array());
    const run = await runCli(["fix", fixture("functieprofiel-complete.docx"), "--out", output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Niets veilig te herstellen; ${output} is een ongewijzigde kopie.\n`);
    expect(
      Buffer.from(readFileSync(output)).equals(readFileSync(fixture("functieprofiel-complete.docx"))),
    ).toBe(true);
  });
});
