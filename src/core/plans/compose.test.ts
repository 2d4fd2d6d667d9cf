import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../data/templates";
import { b, li, p, snapshot, table } from "../../../test/helpers/snapshot";
import { COMPLETE_COMPETENCIES, functieprofiel, resultaatprofiel } from "../../../test/helpers/profiles";
import { TEST_LIBRARY } from "../../../test/helpers/library";
import { readProfile } from "../profile/read-profile";
import type { DocumentSnapshot } from "../snapshot/schema";
import { composeResultArea } from "./compose-area";
import { composeCompetency, defaultBehaviours, libraryTag } from "./compose-competency";
import { composeLevelRow } from "./compose-level-row";
import { composeReplacement } from "./compose-replacement";
import { composeSection } from "./compose-section";
import { composeSkeleton } from "./compose-skeleton";
import type { EditOperation, EditPlan, NewParagraph } from "./schema";
import { EditPlanSchema } from "./schema";

const functie = builtInTemplate("functieprofiel");
const read = (document: DocumentSnapshot, templateId = "functieprofiel") =>
  readProfile(document, BUILT_IN_TEMPLATES, { templateId }).value;
const textOf = (paragraph: NewParagraph) => paragraph.runs.map((run) => run.text).join("");
const only = (plan: EditPlan | null): EditOperation => {
  expect(plan).not.toBeNull();
  expect(EditPlanSchema.safeParse(plan).success).toBe(true);
  return plan!.operations[0]!;
};

/** Every anchor of a plan names a real block with the text it holds. */
function expectTrueAnchors(plan: EditPlan, document: DocumentSnapshot) {
  for (const operation of plan.operations) {
    expect(document.blocks[operation.anchor.block]?.text).toBe(operation.anchor.text);
  }
}

describe("composeSection", () => {
  it("puts a missing section after the nearest preceding section, past its table, in template order", () => {
    const document = functieprofiel({ conditions: null });
    const profile = read(document);
    const plan = composeSection(profile, document, functie, "bezwarende-omstandigheden")!;
    expectTrueAnchors(plan, document);
    const operation = only(plan);
    const areas = profile.sections.find((section) => section.id === "resultaatgebieden")!;
    expect(operation).toMatchObject({ kind: "insert-paragraphs", position: "before" });
    expect(operation.anchor.block).toBe(areas.range.end + 1);
    if (operation.kind !== "insert-paragraphs") throw new Error("unexpected");
    // The document sets its sections apart with an empty paragraph, so the new one is too.
    expect(operation.paragraphs.map(textOf)).toEqual([
      "",
      "Bezwarende omstandigheden",
      "-\tKans op letsel door verkeersongevallen als gevolg van verkeersdeelname.",
      "-\txxx.",
    ]);
  });

  it("writes list items the way the document writes them (typed dash and tab, copying a real item)", () => {
    const document = functieprofiel({ knowledge: null });
    const plan = composeSection(read(document), document, functie, "kennis-ervaring")!;
    const operation = only(plan);
    if (operation.kind !== "insert-paragraphs") throw new Error("unexpected");
    const item = operation.paragraphs[2]!;
    expect(textOf(item)).toBe("-\tXxx werk- en denkniveau.");
    expect(document.blocks[item.formatFrom!]!.text.startsWith("-\t")).toBe(true);
  });

  it("inserts the level table as a table whose own column is headed by the function title", () => {
    const document = resultaatprofiel({ levelTable: null });
    const plan = composeSection(
      read(document, "resultaatprofiel"),
      document,
      builtInTemplate("resultaatprofiel"),
      "niveau-onderscheidende-kenmerken",
    )!;
    const table = plan.operations.find((operation) => operation.kind === "insert-table");
    if (table?.kind !== "insert-table") throw new Error("no table");
    expect(table.rows[0]!.map((cell) => textOf(cell.paragraphs[0]!))).toEqual([
      "",
      "-",
      "ACCOUNTMANAGER II",
      "+",
    ]);
    expect(table.rows.map((row) => textOf(row[0]!.paragraphs[0]!))).toContain("Functiegroep");
  });

  it("returns null for a section that is already there", () => {
    const document = functieprofiel();
    expect(composeSection(read(document), document, functie, "organisatie")).toBeNull();
  });
});

describe("composeResultArea", () => {
  it("adds a table row after the last area, numbered on, formatted like that row", () => {
    const document = functieprofiel();
    const profile = read(document);
    const plan = composeResultArea(profile, document, functie, {
      title: "Inkoop",
      tasks: ["bestellen"],
      indicators: ["levertijd"],
    })!;
    expectTrueAnchors(plan, document);
    const operation = only(plan);
    if (operation.kind !== "insert-table-row") throw new Error("unexpected");
    const last = profile.resultAreas.at(-1)!;
    expect(operation.anchor.block).toBe(last.titleRange.start);
    expect(operation.cells.map((cell) => cell.paragraphs.map(textOf))).toEqual([
      ["4.\tInkoop"],
      ["-\tbestellen."],
      ["-\tlevertijd."],
    ]);
    expect(operation.cells[0]!.paragraphs[0]!.runs[0]!.bold).toBe(true);
  });

  it("adds numbered paragraphs with Taken: and Resultaatindicatoren: where areas are paragraphs", () => {
    const document = snapshot(
      b("Resultaatgebieden"),
      b("1. Jaarplan"),
      p("Taken:"),
      li("plannen;"),
      li("evalueren."),
      p("Resultaatindicatoren:"),
      li("kwaliteit."),
      b("Competenties"),
    );
    const plan = composeResultArea(read(document), document, functie, {
      title: "Rapportage",
      tasks: ["rapporteren", "toelichten"],
      indicators: ["tijdigheid"],
    })!;
    const operation = only(plan);
    if (operation.kind !== "insert-paragraphs") throw new Error("unexpected");
    expect(operation).toMatchObject({ position: "after", anchor: { block: 6 } });
    expect(operation.paragraphs.map(textOf)).toEqual([
      "2. Rapportage",
      "Taken:",
      "rapporteren;",
      "toelichten.",
      "Resultaatindicatoren:",
      "tijdigheid.",
    ]);
    expect(operation.paragraphs[2]!.formatFrom).toBe(3);
  });

  it("writes a resultaatprofiel result as a bold title followed by its description", () => {
    const document = resultaatprofiel();
    const plan = composeResultArea(
      read(document, "resultaatprofiel"),
      document,
      builtInTemplate("resultaatprofiel"),
      {
        title: "Offertes",
        description: "Offertes zijn tijdig uitgebracht.",
        indicators: ["doorlooptijd"],
      },
    )!;
    const operation = only(plan);
    if (operation.kind !== "insert-table-row") throw new Error("unexpected");
    expect(operation.cells[0]!.paragraphs[0]!.runs).toEqual([
      { text: "Offertes", bold: true },
      { text: " Offertes zijn tijdig uitgebracht.", bold: false },
    ]);
  });
});

describe("composeCompetency", () => {
  const samenwerken = TEST_LIBRARY.competencies[0]!;

  it("adds the competency after the last one, as the document writes them, tagged with the library version", () => {
    const document = functieprofiel();
    const profile = read(document);
    const behaviours = defaultBehaviours(samenwerken, "3", functie);
    expect(behaviours).toEqual(samenwerken.levels["3"].slice(0, 3));
    const plan = composeCompetency(profile, document, functie, TEST_LIBRARY, {
      competency: samenwerken,
      level: "3",
      behaviours,
    })!;
    expectTrueAnchors(plan, document);
    const operation = only(plan);
    if (operation.kind !== "insert-paragraphs") throw new Error("unexpected");
    expect(operation.anchor.block).toBe(profile.competencies.at(-1)!.range.end);
    expect(operation.paragraphs.map(textOf)).toEqual([
      "",
      "Samenwerken (3):",
      `-\t${behaviours[0]};`,
      `-\t${behaviours[1]};`,
      `-\t${behaviours[2]}.`,
    ]);
    expect(operation.contentControl?.tag).toBe(libraryTag(TEST_LIBRARY, samenwerken));
    expect(plan.warnings).toEqual([]);
  });

  it("adds a row to a competency table, with name, level and examples in their own columns", () => {
    const base = functieprofiel({ competencies: null });
    const document = snapshot(
      base.blocks,
      b("Competenties / gedragsvoorbeelden"),
      table(
        [
          [b("Competentie"), b("Niveau"), b("Gedragsvoorbeelden")],
          [b("Aansturen"), p("4"), [li("Geeft duidelijke opdrachten."), li("Spreekt medewerkers aan.")]],
          [b("Kwaliteit leveren"), p("3"), [li("Controleert het werk."), li("Legt afspraken vast.")]],
        ],
        40,
      ),
    );
    const profile = read(document);
    expect(profile.competencies.map((competency) => competency.name)).toEqual([
      "Aansturen",
      "Kwaliteit leveren",
    ]);
    const plan = composeCompetency(profile, document, functie, TEST_LIBRARY, {
      competency: samenwerken,
      level: "3",
      behaviours: ["werkt samen met anderen", "deelt kennis"],
    })!;
    expectTrueAnchors(plan, document);
    const operation = only(plan);
    if (operation.kind !== "insert-table-row") throw new Error(`unexpected ${operation.kind}`);
    expect(operation.anchor.text).toBe("Kwaliteit leveren");
    expect(operation.cells.map((cell) => cell.paragraphs.map(textOf))).toEqual([
      ["Samenwerken"],
      ["3"],
      // The document writes its examples as sentences: capital first letter, full stop after each.
      ["Werkt samen met anderen.", "Deelt kennis."],
    ]);
    // The name cell carries the library tag, so a later check can tell the examples' library version.
    expect(operation.cells.map((cell) => cell.contentControl?.tag ?? null)).toEqual([
      libraryTag(TEST_LIBRARY, samenwerken),
      null,
      null,
    ]);
  });

  it("adds a competency inside the table cell that holds the competencies of a layout table", () => {
    const base = functieprofiel({ competencies: null });
    const document = snapshot(
      base.blocks,
      // A layout table: section headings in the first column, their text in the second.
      table(
        [
          [b("Kennis en ervaring"), [p("-\tmbo-niveau 4;"), p("-\tervaring in de klantenservice.")]],
          [
            b("Competenties / gedragsvoorbeelden"),
            [b("Aansturen (4):"), p("-\tgeeft richting;"), p("-\tspreekt aan.")],
          ],
        ],
        41,
      ),
      p(""),
    );
    const profile = read(document);
    const last = profile.competencies.at(-1)!;
    expect(last.name).toBe("Aansturen");
    expect(last.behaviours.map((entry) => entry.text)).toEqual(["geeft richting", "spreekt aan"]);
    const operation = only(
      composeCompetency(profile, document, functie, TEST_LIBRARY, {
        competency: samenwerken,
        level: "3",
        behaviours: ["deelt kennis"],
      }),
    );
    if (operation.kind !== "insert-paragraphs") throw new Error(`unexpected ${operation.kind}`);
    // After the last example in the cell, not after the table (which would leave the section).
    expect(operation.anchor).toEqual({ block: last.behaviours[1]!.range.end, text: "-\tspreekt aan." });
    expect(operation.position).toBe("after");
  });

  it("warns when the competency takes the profile over the template's maximum", () => {
    const five = Array.from({ length: 5 }, (_, index) => ({
      ...COMPLETE_COMPETENCIES[0]!,
      name: `Competentie ${index + 1}`,
    }));
    const document = functieprofiel({ competencies: five });
    const plan = composeCompetency(read(document), document, functie, TEST_LIBRARY, {
      competency: samenwerken,
      level: "4/5",
      behaviours: ["doet mee"],
    })!;
    expect(plan.warnings[0]!.nl).toContain("6 competenties");
  });
});

describe("composeLevelRow, composeReplacement and composeSkeleton", () => {
  it("adds the missing Functiegroep row after the last row with xxx in the function's own column", () => {
    const document = resultaatprofiel({
      levelTable: {
        columns: ["-", "ACCOUNTMANAGER I", "ACCOUNTMANAGER II", "+"],
        rows: [["Vrijheidsgraden", "", "a", "b", ""]],
      },
    });
    const operation = only(composeLevelRow(read(document, "resultaatprofiel"), document, "Functiegroep"));
    if (operation.kind !== "insert-table-row") throw new Error("unexpected");
    expect(operation.cells.map((cell) => textOf(cell.paragraphs[0]!))).toEqual([
      "Functiegroep",
      "",
      "",
      "xxx",
      "",
    ]);
  });

  it("replaces exactly the placeholder's characters", () => {
    const plan = composeReplacement(
      {
        kind: "replace-placeholder",
        title: { nl: "", en: "" },
        anchor: { block: 4, text: "Datum: xxx" },
        start: 7,
        end: 10,
        expected: "xxx",
        prompt: { nl: "", en: "" },
      },
      "12 maart 2026",
      "placeholder:datum:abc:0",
    );
    expect(plan.operations).toEqual([
      {
        kind: "replace-text",
        anchor: { block: 4, text: "Datum: xxx" },
        start: 7,
        end: 10,
        expected: "xxx",
        text: "12 maart 2026",
      },
    ]);
    expect(plan.fixes).toEqual(["placeholder:datum:abc:0"]);
  });

  it("writes the whole template into an empty document, before its empty paragraph", () => {
    const document = snapshot(p(""));
    const plan = composeSkeleton(read(document), document, functie)!;
    expect(EditPlanSchema.safeParse(plan).success).toBe(true);
    expect(
      plan.operations.every(
        (operation) =>
          operation.anchor.block === 0 && "position" in operation && operation.position === "before",
      ),
    ).toBe(true);
    expect(plan.operations.filter((operation) => operation.kind === "insert-table")).toHaveLength(3);
    const texts = plan.operations.flatMap((operation) =>
      operation.kind === "insert-paragraphs" ? operation.paragraphs.map(textOf) : [],
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "Kenmerken van de functie",
        "Organisatie",
        "Bezwarende omstandigheden",
        "Competenties / gedragsvoorbeelden",
      ]),
    );
  });

  it("offers no skeleton for a document that has text", () => {
    const document = functieprofiel();
    expect(composeSkeleton(read(document), document, functie)).toBeNull();
  });
});
