import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeSection } from "../../src/core/plans/compose-section";
import type { Block } from "../../src/core/snapshot/schema";
import { BUILT_IN_STANDARD_TEXTS } from "../../src/data";
import { builtInTemplate } from "../../src/data/templates";
import { applyPlan } from "../../src/hosts/docx/apply-plan";
import { readDocx } from "../../src/hosts/docx/read-docx";
import { paragraph, tinyDocx } from "../helpers/tiny-docx";
import { analyseDocument, FIXTURES_DIR, readFixture, withoutSection } from "./variants";

/**
 * Inserted paragraphs take the role they have in the template: a heading looks like the document's
 * section headings, everything else (body text, notes, list items, labels) never gets a title or heading
 * style, whichever tool wrote the document.
 */

const template = builtInTemplate("functieprofiel");
const HEADINGS = new Set(
  template.sections.flatMap((section) =>
    section.standardText.filter((entry) => entry.role === "heading").map((entry) => entry.text),
  ),
);
const NB = "NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel";

const isDisplay = (block: Block) =>
  block.headingLevel !== null || /^(?:Title|Subtitle|Heading\d)$/.test(block.style.builtIn ?? "");

/** The blocks a section's plan inserted, read back from the written file. */
function insertSection(bytes: Uint8Array, sectionId: string): Block[] {
  const document = readDocx(bytes).value;
  const analysis = analyseDocument(document, "functieprofiel");
  const plan = composeSection(
    analysis.profile,
    document.snapshot,
    template,
    sectionId,
    BUILT_IN_STANDARD_TEXTS,
  );
  expect(plan).not.toBeNull();
  const applied = applyPlan(document, plan!).value;
  const blocks = readDocx(applied.bytes).value.snapshot.blocks;
  return applied.inserted.flatMap((location) => blocks.slice(location.start, location.end + 1));
}

function expectRoles(inserted: readonly Block[], headingLook: (block: Block) => boolean) {
  expect(inserted.length).toBeGreaterThan(0);
  for (const block of inserted) {
    const text = block.text.trim();
    if (HEADINGS.has(text)) expect({ text, heading: headingLook(block) }).toEqual({ text, heading: true });
    else
      expect({ text, style: block.style.name, display: isDisplay(block) }).toMatchObject({ display: false });
  }
}

/** A profile as Word writes it when the writer styles the title as Title (not bold, as Word's Title is). */
function wordProfileWithTitle(): Uint8Array {
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
  const heading = (text: string) => paragraph(text, '<w:pStyle w:val="Heading1"/>');
  return tinyDocx({
    styles,
    body: [
      paragraph("Functieprofiel Key accountmanager Zakelijke markt", '<w:pStyle w:val="Title"/>'),
      paragraph("Functienummer: 1234"),
      heading("Kenmerken van de functie"),
      paragraph(
        "De key accountmanager is verantwoordelijk voor het behoud en de groei van de omzet bij de grote klanten.",
      ),
      heading("Organisatie"),
      paragraph("Direct leidinggevende : manager verkoop"),
      paragraph("Geeft leiding aan : geen"),
      heading("Resultaatgebieden"),
      paragraph("1. Jaarplan account(s)"),
      heading("Bezwarende omstandigheden"),
      paragraph("Geen."),
    ].join(""),
  });
}

describe("inserted paragraphs keep their template role", () => {
  it("the NB line of Ondertekening is body text, not the Title style of the profile's title", () => {
    const inserted = insertSection(wordProfileWithTitle(), "ondertekening");
    const nb = inserted.find((block) => block.text === NB)!;
    expect(nb.style.builtIn).toBe("Normal");
    expectRoles(inserted, (block) => block.headingLevel !== null);
  });

  it("a new section heading copies a section heading (Heading 1 here), not the Title", () => {
    const inserted = insertSection(wordProfileWithTitle(), "kennis-ervaring");
    const heading = inserted.find((block) => HEADINGS.has(block.text.trim()))!;
    expect(heading.style.builtIn).toBe("Heading1");
    expectRoles(inserted, (block) => block.headingLevel === 1);
  });

  it.each([
    ["seed-000-functieprofiel.docx", "ondertekening"],
    ["libreoffice-seed-000.docx", "ondertekening"],
    ["functieprofiel-heading-styles-nl.docx", "bezwarende-omstandigheden"],
    // LibreOffice numbers its headings as a list: its headings are no model for list items.
    ["libreoffice-paragraph-areas.docx", "bezwarende-omstandigheden"],
    ["libreoffice-paragraph-areas.docx", "kennis-ervaring"],
  ])(
    "%s without %s: the section goes back with headings as headings and the rest as body",
    (file, section) => {
      const inserted = insertSection(withoutSection(readFixture(file), section)!, section);
      expectRoles(inserted, (block) => block.headingLevel !== null || block.bold);
    },
  );

  it.each([
    "eigen-bank-klantadviseur.pandoc.docx",
    "eigen-bank-relatiemanager-zakelijk.libreoffice.docx",
    "eigen-bank-relatiemanager-zakelijk.python-docx.docx",
  ])(
    "%s (another tool, title as Title or Heading 1): Ondertekening and Bezwarende omstandigheden go in as body text under a section-level heading",
    (file) => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIR, "house-styles", file)));
      const document = readDocx(bytes).value;
      const analysis = analyseDocument(document, "functieprofiel");
      const title = analysis.profile.title?.range.start;
      // The level most section headings have (the title, often a Heading 1 of its own, left out).
      const levels = analysis.profile.sections
        .map((section) => section.heading?.range.start)
        .filter((start) => start !== undefined && start !== title)
        .map((start) => document.snapshot.blocks[start!]!.headingLevel);
      const sectionLevel = [...new Set(levels)].sort(
        (a, b) => levels.filter((level) => level === b).length - levels.filter((level) => level === a).length,
      )[0];
      expect(sectionLevel).toBe(2);
      const signing = insertSection(bytes, "ondertekening");
      expect(signing.find((block) => block.text === NB)).toMatchObject({ headingLevel: null });
      expectRoles(signing, () => true);
      const conditions = insertSection(bytes, "bezwarende-omstandigheden");
      expectRoles(conditions, (block) => block.headingLevel === sectionLevel);
    },
  );
});
