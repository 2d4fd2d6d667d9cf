import { BorderStyle, type FileChild } from "docx";
import { COMPLETE_000 } from "./complete-000-text";
import {
  ARIAL_HOUSE_STYLE,
  createDocument,
  createEmptyParagraph,
  createParagraph,
  packDocument,
  type DocumentMeta,
} from "./docx-kit";
import { formatCompetencyLine, type FunctieprofielContent } from "./functieprofiel-content";
import {
  createFieldLine,
  createHeaderTable,
  createSignatureTable,
  ListWriter,
} from "./functieprofiel-layout";

/**
 * Template `functieprofiel` with the result areas written as numbered paragraphs instead of a table:
 * `1. Jaarplan account(s)` (bold, typed number), then `Taken:` with a bullet list and
 * `Resultaatindicatoren:` with a bullet list. Section headings are bold body text with a rule under them.
 */

const TASK_LABEL = "Taken:";
const INDICATOR_LABEL = "Resultaatindicatoren:";

function createSectionHeading(text: string, pageBreakBefore = false) {
  return createParagraph(
    text,
    { bold: true, size: 11 },
    {
      keepNext: true,
      spacing: { before: 240, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 1 } },
      ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    },
  );
}

export function renderParagraphAreas(content: FunctieprofielContent): FileChild[] {
  const lists = new ListWriter("word", ARIAL_HOUSE_STYLE.ids);
  const out: FileChild[] = [createHeaderTable(content.header)];

  out.push(createSectionHeading(content.characteristics.heading));
  for (const text of content.characteristics.text) out.push(createParagraph(text), createEmptyParagraph());

  out.push(createSectionHeading(content.organisation.heading));
  out.push(...content.organisation.fields.map(createFieldLine));

  out.push(createSectionHeading(content.resultAreas.heading));
  for (const area of content.resultAreas.areas) {
    out.push(
      createParagraph(
        `${area.number}. ${area.title}`,
        { bold: true },
        { keepNext: true, spacing: { before: 200 } },
      ),
    );
    out.push(createParagraph(TASK_LABEL, { italics: true }, { keepNext: true, spacing: { before: 60 } }));
    out.push(...lists.write(area.tasks));
    out.push(
      createParagraph(INDICATOR_LABEL, { italics: true }, { keepNext: true, spacing: { before: 60 } }),
    );
    out.push(...lists.write(area.indicators));
  }

  out.push(createSectionHeading(content.conditions.heading));
  out.push(...lists.write(content.conditions.items));

  out.push(createEmptyParagraph(), createParagraph(content.date), createEmptyParagraph());
  out.push(createParagraph(content.nb), createEmptyParagraph());
  out.push(createSignatureTable(content.signature));

  out.push(createSectionHeading(content.competencyProfile, true));
  out.push(createParagraph(content.knowledge.heading, { bold: true }, { keepNext: true }));
  out.push(...lists.write(content.knowledge.items, "bullet"));

  out.push(createSectionHeading(content.competencies.heading));
  for (const competency of content.competencies.items) {
    out.push(
      createParagraph(formatCompetencyLine(competency, { colon: true }), { bold: true }, { keepNext: true }),
    );
    out.push(...lists.write(competency.behaviours, "bullet"), createEmptyParagraph());
  }
  return out;
}

/** Seed 000's content, finished, with the result areas as numbered paragraphs. */
export function buildFunctieprofielParagraphAreas(): Promise<Uint8Array> {
  const meta: DocumentMeta = {
    title: "Functieprofiel Key accountmanager",
    author: "Afdeling P&O",
    house: ARIAL_HOUSE_STYLE,
  };
  return packDocument(createDocument(meta, renderParagraphAreas(COMPLETE_000)), meta);
}
