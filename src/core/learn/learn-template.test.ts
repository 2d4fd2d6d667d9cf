import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareWithExpected, type Expected } from "../../../test/house-styles/expected";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES, parseTemplate } from "../../data";
import { readDocxSnapshot } from "../../hosts/docx/read-docx";
import { analyse } from "../analyse";
import { learnTemplate } from "./learn-template";

/**
 * One organisation's house style (Gemeente Waterrijk, six profiles from one Word template, written
 * without the reader in mind), and profiles of other systems to mix in.
 */
const series = join(__dirname, "../../../test/fixtures/function-house/waterrijk");
const houseStyles = join(__dirname, "../../../test/fixtures/house-styles");
const waterrijk = readdirSync(series)
  .filter((name) => name.endsWith(".pandoc.docx"))
  .sort();
const snapshotOf = (path: string) =>
  readDocxSnapshot(new Uint8Array(readFileSync(path)), { name: path }).value;
const profile = (folder: string, file: string) => ({ name: file, snapshot: snapshotOf(join(folder, file)) });
const expectedOf = (file: string): Expected =>
  JSON.parse(
    readFileSync(join(series, "src", file.replace(".pandoc.docx", ".expected.json")), "utf8"),
  ) as Expected;

describe("learning a template from an organisation's own profiles", () => {
  const learned = learnTemplate(
    waterrijk.map((file) => profile(series, file)),
    { id: "waterrijk", name: "Gemeente Waterrijk" },
  );

  it("keeps the sections in their usual order with every wording seen, required where nearly all have them", () => {
    const sections = learned.template.sections.map((section) => [section.id, section.required]);
    expect(sections).toEqual([
      ["titel", true],
      ["kop", true],
      ["doel", true],
      ["organisatie", true],
      ["resultaatgebieden", true],
      ["competenties", true],
      ["kennis-ervaring", true],
      ["bezwarende-omstandigheden", false],
      ["niveau-onderscheidende-kenmerken", true],
      ["ondertekening", true],
    ]);
    const doel = learned.template.sections.find((section) => section.id === "doel")!;
    expect(doel.headings).toEqual(["Doel van de functie", "Doel"]);
    const optional = learned.report.choices.find((choice) => choice.text.nl.startsWith("Bezwarende"));
    expect([optional?.support, optional?.of]).toEqual([4, 6]);
    expect(learned.report.warnings.map((warning) => warning.code)).toEqual(["learn-section-split"]);
    expect(learned.report.groups).toBeNull();
  });

  it("learns the fields, the result-area table, the competency scale and the level table's rows", () => {
    const header = learned.template.sections.find((section) => section.id === "kop")!;
    expect(header.fields.filter((field) => field.required).map((field) => field.labels[0])).toEqual(
      expect.arrayContaining(["Functienummer", "Salarisschaal", "Functiefamilie"]),
    );
    expect(learned.template.resultAreas!.tableHeader).toEqual([
      "Resultaatgebied",
      "Taken",
      "Resultaatindicatoren",
    ]);
    expect(learned.template.competencies!.levels).toEqual({ min: 1, max: 4, ranges: false });
    expect(learned.template.competencies!.max).toBe(6);
    expect(learned.template.levelTable!.requiredRows).toEqual([
      "Complexiteit",
      "Zelfstandigheid",
      "Kennis",
      "Contacten",
    ]);
  });

  it("writes a template that loads like any own template", () => {
    const reloaded = parseTemplate(JSON.parse(JSON.stringify(learned.template)));
    expect(reloaded.id).toBe("waterrijk");
  });

  it.each(waterrijk)(
    "reads a held-out profile (%s) as well as a person does, detected as the learned template",
    (file) => {
      const training = waterrijk.filter((other) => other !== file).map((other) => profile(series, other));
      const template = learnTemplate(training, { id: "waterrijk", name: "Gemeente Waterrijk" }).template;
      const analysis = analyse(snapshotOf(join(series, file)), {
        templates: [...BUILT_IN_TEMPLATES, template],
        library: BUILT_IN_LIBRARY,
      }).value;
      expect(analysis.profile.template.id).toBe("waterrijk");
      const problems = compareWithExpected(analysis, expectedOf(file)).problems;
      expect(problems.filter((problem) => !problem.startsWith("template"))).toEqual([]);
      // The learned template asks only for what the house style has: no section reported missing but a
      // section the training profiles nearly all had and this one leaves out.
      const missing = analysis.findings.filter((finding) => finding.rule === "section-missing");
      expect(missing.every((finding) => finding.section === "bezwarende-omstandigheden")).toBe(true);
    },
  );

  it("says when the profiles follow different house styles, with the files of each", () => {
    const mixed = learnTemplate(
      [
        ...waterrijk.slice(0, 3).map((file) => profile(series, file)),
        profile(houseStyles, "fgr-senior-beleidsmedewerker.pandoc.docx"),
        profile(houseStyles, "ufo-promovendus.pandoc.docx"),
      ],
      { id: "gemengd", name: "Gemengd" },
    );
    expect(mixed.report.groups).not.toBeNull();
    expect(mixed.report.groups![0]).toEqual(waterrijk.slice(0, 3));
    expect(mixed.report.warnings.map((warning) => warning.code)).toContain("learn-house-styles");
  });

  it("makes everything one profile has required when it learns from that profile alone", () => {
    const single = learnTemplate([profile(series, waterrijk[0]!)], { id: "een", name: "Eén profiel" });
    expect(single.template.sections.every((section) => section.required)).toBe(true);
    expect(single.report.groups).toBeNull();
  });
});
