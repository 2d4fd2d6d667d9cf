import type { Template } from "../../data/template-schema";
import { readProfile } from "../profile/read-profile";
import { isDocumentKindWord } from "../profile/header";
import type { Profile, TextItem } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import { cleanLabel, collapseSpace, foldText, headingKey } from "../text/normalise";

/**
 * What one existing profile shows about its house style, read with the vocabulary every Dutch
 * profile shares (no template needed): the sections in order with their headings as written, the
 * field labels, how the result areas and competencies are laid out, and recurring bits of text.
 */
export interface SectionSeen {
  /** The shared vocabulary's section id, or null for a heading it does not know. */
  id: string | null;
  /** The heading as written (trailing colon removed), or null for a section without one. */
  heading: string | null;
  /** The section's position among this profile's sections, 0–1. */
  position: number;
}

export interface Observation {
  name: string;
  title: string | null;
  sections: SectionSeen[];
  /** Field key → the label as written. */
  fields: Map<string, string>;
  areas: Profile["resultAreas"];
  /** The header row of the result-area table, when the areas are a table. */
  areaTableHeader: string[] | null;
  /** The vocabulary section the areas follow when they have no heading of their own. */
  areasAfter: string | null;
  /** Labels of the area parts as written (`Taken`, `Resultaatindicatoren`), per kind. */
  areaLabels: { tasks: string[]; indicators: string[] };
  competencies: Profile["competencies"];
  levelTableRows: string[];
  /** Every paragraph's text, for recurring guidance. */
  paragraphs: string[];
}

function labelsIn(profile: Profile, snapshot: DocumentSnapshot, labels: readonly string[]): string[] {
  const known = new Set(labels.map(headingKey));
  // The labels as this profile writes them, each once ("Taken", "Resultaatindicatoren").
  const found = new Map<string, string>();
  for (const area of profile.resultAreas) {
    for (let block = area.range.start; block <= area.range.end; block++) {
      const text = snapshot.blocks[block]?.text ?? "";
      if (text.length > 60) continue;
      const label = cleanLabel(text.split(":")[0]!);
      const key = headingKey(label);
      if (known.has(key) && !found.has(key)) found.set(key, label);
    }
  }
  return [...found.values()];
}

function tableHeaderOf(profile: Profile, snapshot: DocumentSnapshot): string[] | null {
  const first = profile.resultAreas.find((area) => area.layout === "table");
  const cell = first ? snapshot.blocks[first.titleRange.start]?.table : null;
  if (!cell) return null;
  const columns = new Map<number, string>();
  for (const block of snapshot.blocks) {
    if (block.table?.table !== cell.table || block.table.row !== 0) continue;
    const text = collapseSpace(block.text);
    if (text) columns.set(block.table.column, `${columns.get(block.table.column) ?? ""} ${text}`.trim());
  }
  const header = [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  // A header row is short labels; a first row of content (an area's own text) is not one.
  return header.length >= 2 && header.every((text) => text.length <= 40) ? header : null;
}

function areasAfterOf(profile: Profile): string | null {
  const first = profile.resultAreas[0];
  if (!first || profile.sections.some((section) => section.id === "resultaatgebieden")) return null;
  const holder = profile.sections.find(
    (section) => first.range.start >= section.range.start && first.range.start <= section.range.end,
  );
  return holder?.id ?? null;
}

/** Headings of a signature block: the block itself is the signature section. */
const SIGNATURE_HEADING = /^(?:ondertekening|handtekening(?:en)?|akkoord|voor akkoord|vaststelling)\b/iu;

/**
 * Whether an unknown heading heads a section of its own: not the title line, not the document's
 * kind ("Functieprofiel"), not the signature block's caption.
 */
function isOwnHeading(heading: TextItem, profile: Profile): boolean {
  const text = cleanLabel(heading.text);
  return (
    headingKey(text) !== (profile.title ? headingKey(profile.title.text) : null) &&
    !isDocumentKindWord(text) &&
    !SIGNATURE_HEADING.test(text)
  );
}

/** Reads one profile with the shared vocabulary (the template `algemeen`) and records what it shows. */
export function observe(name: string, snapshot: DocumentSnapshot, vocabulary: Template): Observation {
  const profile = readProfile(snapshot, [vocabulary], { templateId: vocabulary.id }).value;
  const table = profile.levelTable?.range;
  // Rows of the level table ("Complexiteit", "Contacten") can read as headings; they are its rows.
  const inTable = (section: Profile["sections"][number]) =>
    table !== undefined &&
    section.heading !== null &&
    section.heading.range.start > table.start &&
    section.heading.range.start <= table.end;
  const headed = profile.sections.filter(
    (section) =>
      !inTable(section) &&
      (section.id !== null || (section.heading !== null && isOwnHeading(section.heading, profile))),
  );
  const sections = headed.map((section, index) => ({
    id: section.id,
    heading: section.heading ? cleanLabel(section.heading.text) : null,
    position: headed.length > 1 ? index / (headed.length - 1) : 0,
  }));
  const fields = new Map<string, string>();
  for (const field of profile.fields) if (!fields.has(field.key)) fields.set(field.key, field.label);
  const areaConfig = vocabulary.resultAreas!;
  return {
    name,
    title: profile.title?.text ?? null,
    sections,
    fields,
    areas: profile.resultAreas,
    areaTableHeader: tableHeaderOf(profile, snapshot),
    areasAfter: areasAfterOf(profile),
    areaLabels: {
      tasks: labelsIn(profile, snapshot, areaConfig.taskLabels),
      indicators: labelsIn(profile, snapshot, areaConfig.indicatorLabels),
    },
    competencies: profile.competencies,
    levelTableRows: profile.levelTable?.rows.map((row) => row.aspect) ?? [],
    paragraphs: snapshot.blocks.map((block) => collapseSpace(block.text)).filter((text) => text !== ""),
  };
}

/** A section with its wording: two house styles can name one section differently. */
export function wordedKey(section: SectionSeen, title: string | null): string {
  return `${sectionKey(section, title)}=${section.heading ? headingKey(section.heading) : ""}`;
}

/** The key two profiles share a section under: the vocabulary's id, or the folded heading. */
export function sectionKey(section: SectionSeen, title: string | null): string {
  if (section.id !== null) return section.id;
  const heading = section.heading ?? "";
  const withoutTitle = title ? foldText(heading).replace(foldText(title), "{functie}") : foldText(heading);
  return `kop:${withoutTitle}`;
}
