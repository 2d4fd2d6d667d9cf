import type { StandardTexts } from "../../data/library-schema";
import type { StandardParagraph, Template, TemplateSection } from "../../data/template-schema";
import type { Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import type { DocumentFormat } from "./document-format";
import { afterRange, anchorAt, beforeBlock, itemParagraph, paragraph, readFormat } from "./document-format";
import type { EditOperation, EditPlan, NewCell, NewParagraph } from "./schema";

/** The signing block as the seeds write it; an organisation's standard texts may replace it. */
const DEFAULT_PARTIES = [
  {
    label: "Handtekening leidinggevende (voor akkoord)",
    date: "dd. (“datum”)",
    name: "(“naam leidinggevende”)",
  },
  { label: "Handtekening medewerker (voor gezien)", date: "dd. (“datum”)", name: "(“naam medewerker”)" },
];

const cell = (...paragraphs: NewParagraph[]): NewCell => ({ paragraphs });
const plain = (text: string, bold = false): NewParagraph => paragraph(text, null, { bold, style: "Normal" });

/** A section's standard paragraphs rendered in the document's own layout. */
function renderParagraphs(
  standard: readonly StandardParagraph[],
  format: DocumentFormat,
  snapshot: DocumentSnapshot,
): NewParagraph[] {
  const sample = format.item === null ? undefined : snapshot.blocks[format.item];
  return standard.map((entry) => {
    switch (entry.role) {
      case "heading": {
        const from = format.heading;
        const styled = from !== null && snapshot.blocks[from]!.headingLevel !== null;
        return paragraph(entry.text, from, { bold: !styled, style: "Heading2" });
      }
      case "list-item":
        return itemParagraph(entry.text, sample, format.item);
      default:
        return paragraph(entry.text, format.body, { style: "Normal" });
    }
  });
}

/** Tables that some sections are made of, with what the template gives. */
function sectionTable(
  section: TemplateSection,
  template: Template,
  profile: Profile,
  texts: StandardTexts | null,
): { rows: NewCell[][]; header: boolean } | null {
  switch (section.kind) {
    case "header": {
      const cells = section.standardText.map((entry) => cell(plain(entry.text, entry.role === "heading")));
      return { rows: [cells], header: false };
    }
    case "result-areas": {
      const config = template.resultAreas!;
      const header = config.tableHeader.map((text) => cell(plain(text, true)));
      const area = config.newArea;
      const first = config.requireTasks
        ? cell(plain(`1.\t${area.title}`, true))
        : cell({
            ...plain(""),
            runs: [
              { text: area.title, bold: true },
              { text: ` ${area.description ?? ""}`.trimEnd(), bold: false },
            ],
          });
      const lists = [config.requireTasks ? area.tasks : null, area.indicators]
        .filter((list): list is string[] => list !== null)
        .map((items) => cell(...(items.length > 0 ? items : [""]).map((text) => plain(`-\t${text}`))));
      const row = [first, ...lists].slice(0, config.tableHeader.length);
      while (row.length < config.tableHeader.length) row.push(cell(plain("")));
      return { rows: [header, row], header: true };
    }
    case "level-table": {
      const own = profile.title?.text ?? "FUNCTIENAAM";
      const header = ["", "-", own, "+"].map((text) => cell(plain(text, true)));
      const rows = template.levelTable!.standardRows.map((aspect) => [
        cell(plain(aspect, true)),
        cell(plain("")),
        cell(plain("xxx")),
        cell(plain("")),
      ]);
      return { rows: [header, ...rows], header: true };
    }
    case "signature": {
      const parties = texts?.signature.parties ?? DEFAULT_PARTIES;
      const row = (pick: (party: (typeof parties)[number]) => string) =>
        parties.map((party) => cell(plain(pick(party))));
      return {
        rows: [
          row((party) => party.label),
          row((party) => party.date),
          row(() => ""),
          row((party) => party.name),
        ],
        header: false,
      };
    }
    default:
      return null;
  }
}

/** Where a section goes: after the nearest preceding section the document has, in template order. */
function placement(profile: Profile, snapshot: DocumentSnapshot, template: Template, sectionId: string) {
  const order = template.sections.map((section) => section.id);
  const position = order.indexOf(sectionId);
  for (let index = position - 1; index >= 0; index--) {
    const present = profile.sections.filter((section) => section.id === order[index]);
    const last = present[present.length - 1];
    if (last) return afterRange(snapshot, last.range);
  }
  for (let index = position + 1; index < order.length; index++) {
    const present = profile.sections.find((section) => section.id === order[index]);
    if (present) return beforeBlock(snapshot, present.range.start);
  }
  const last = Math.max(0, snapshot.blocks.length - 1);
  return {
    anchor: anchorAt(snapshot, last),
    position:
      snapshot.blocks.length > 0 && snapshot.blocks[last]!.text === ""
        ? ("before" as const)
        : ("after" as const),
  };
}

/** The operations that write one section at a given place. */
export function sectionOperations(
  section: TemplateSection,
  template: Template,
  profile: Profile,
  snapshot: DocumentSnapshot,
  format: DocumentFormat,
  place: { anchor: EditOperation["anchor"]; position: "before" | "after" },
  texts: StandardTexts | null,
): EditOperation[] {
  const table = sectionTable(section, template, profile, texts);
  let standard = section.standardText;
  // The functieprofiel's area table carries its heading in its first header cell.
  if (
    table &&
    section.kind === "result-areas" &&
    standard[0]?.text === template.resultAreas?.tableHeader[0]
  ) {
    standard = standard.slice(1);
  }
  if (section.kind === "header") standard = [];
  const operations: EditOperation[] = [];
  const paragraphs = renderParagraphs(standard, format, snapshot);
  // Keep the document's rhythm: an empty paragraph before a section when its sections have one.
  if (format.spacedSections) paragraphs.unshift(plain(""));
  if (paragraphs.length > 0) {
    operations.push({ kind: "insert-paragraphs", ...place, paragraphs, contentControl: null });
  }
  if (table) {
    // A table cannot follow a table directly (Word would merge them): tables come after the paragraphs.
    operations.push({ kind: "insert-table", ...place, rows: table.rows, header: table.header });
    // Two tables in a row would merge into one: keep an empty paragraph between them.
    const next = place.position === "before" ? snapshot.blocks[place.anchor.block] : undefined;
    if (next?.table)
      operations.push({ kind: "insert-paragraphs", ...place, paragraphs: [plain("")], contentControl: null });
  }
  return operations;
}

/**
 * A plan that inserts a missing section from the template's standard text, at its proper place and in
 * the document's layout. Null when the section is already there or the template has nothing to insert.
 */
export function composeSection(
  profile: Profile,
  snapshot: DocumentSnapshot,
  template: Template,
  sectionId: string,
  texts: StandardTexts | null = null,
): EditPlan | null {
  const section = template.sections.find((candidate) => candidate.id === sectionId);
  // A body without any paragraph (possible in a .docx, never in Word) has nothing to anchor on.
  if (!section || snapshot.blocks.length === 0) return null;
  if (profile.sections.some((present) => present.id === sectionId)) return null;
  const place = placement(profile, snapshot, template, sectionId);
  const operations = sectionOperations(
    section,
    template,
    profile,
    snapshot,
    readFormat(profile, snapshot, template.guidance),
    place,
    texts,
  );
  if (operations.length === 0) return null;
  return {
    id: `section:${template.id}:${sectionId}`,
    title: { nl: `Onderdeel '${section.name.nl}' invoegen`, en: `Insert section '${section.name.en}'` },
    operations,
    fixes: [],
    warnings: [],
  };
}
