import type { Library, LibraryCompetency } from "../../data/library-schema";
import type { Template } from "../../data/template-schema";
import type { Competency, Profile } from "../profile/schema";
import type { BlockRange } from "../common";
import type { DocumentSnapshot } from "../snapshot/schema";
import {
  afterRange,
  afterSiblings,
  anchorAt,
  itemParagraph,
  paragraph,
  punctuate,
  punctuationOf,
  readFormat,
} from "./document-format";
import type { ContentTag, EditOperation, EditPlan, NewCell, NewParagraph } from "./schema";

export interface CompetencyChoice {
  competency: LibraryCompetency;
  /** `5`, `4/5`, or null for no level. */
  level: string | null;
  behaviours: readonly string[];
}

/** The tag a content control around inserted library text carries. */
export function libraryTag(library: Library, competency: LibraryCompetency): string {
  return `profielwijzer:competency:${competency.id}@${library.id}@${library.version}`;
}

/** The level whose examples fit a level text: the higher end of a range; the template's top without one. */
export function exampleLevel(level: string | null, template: Template): 1 | 2 | 3 | 4 | 5 {
  const parts = (level ?? "")
    .split("/")
    .map(Number)
    .filter((part) => part >= 1 && part <= 5);
  const chosen = parts.length > 0 ? Math.max(...parts) : (template.competencies?.levels.max ?? 3);
  return Math.min(5, Math.max(1, chosen)) as 1 | 2 | 3 | 4 | 5;
}

/** The behaviour examples the composer suggests for a level: the first N of the library's list. */
export function defaultBehaviours(
  competency: LibraryCompetency,
  level: string | null,
  template: Template,
): string[] {
  const count = template.competencies?.defaultBehaviours ?? 3;
  return competency.levels[exampleLevel(level, template)].slice(0, count);
}

/** Behaviour paragraphs written like the document's other behaviour examples. */
function behaviourParagraphs(
  profile: Profile,
  snapshot: DocumentSnapshot,
  behaviours: readonly string[],
): NewParagraph[] {
  const samples = profile.competencies.flatMap((competency) => competency.behaviours);
  const sampleIndex = samples[0]?.range.start ?? readFormat(profile, snapshot).item;
  const sample = sampleIndex === null ? undefined : snapshot.blocks[sampleIndex];
  const lastList = profile.competencies[profile.competencies.length - 1]?.behaviours ?? [];
  const punctuation = punctuationOf(lastList.map((entry) => snapshot.blocks[entry.range.start]!));
  return punctuate(behaviours, punctuation).map((text) => itemParagraph(text, sample, sampleIndex));
}

/** `Naam (5):` as the document writes its competency lines (level in brackets, final colon or not). */
function nameLine(
  profile: Profile,
  snapshot: DocumentSnapshot,
  name: string,
  level: string | null,
): NewParagraph {
  const last = profile.competencies[profile.competencies.length - 1];
  const lastText = last ? snapshot.blocks[last.nameRange.start]!.text.trim() : "";
  const colon = last ? lastText.endsWith(":") : true;
  const text = `${name}${level ? ` (${level})` : ""}${colon ? ":" : ""}`;
  const bold = last ? snapshot.blocks[last.nameRange.start]!.bold : true;
  return paragraph(text, last?.nameRange.start ?? null, { bold });
}

/**
 * A plan that adds a competency from the library after the last competency (or at the end of the
 * competencies section), with the chosen level and behaviour examples, wrapped in a content control
 * tagged with the library id and version. Warns when it takes the profile over the template's maximum.
 */
export function composeCompetency(
  profile: Profile,
  snapshot: DocumentSnapshot,
  template: Template,
  library: Library,
  choice: CompetencyChoice,
): EditPlan | null {
  const section = profile.sections.find(
    (candidate) =>
      template.sections.find((definition) => definition.id === candidate.id)?.kind === "competencies",
  );
  const last = profile.competencies[profile.competencies.length - 1];
  if (!section && !last) return null;
  const contentControl = {
    tag: libraryTag(library, choice.competency),
    title: `${choice.competency.name} (${library.name.nl} ${library.version})`,
  };
  let operation: EditOperation;
  const row = last ? tableRowOf(snapshot, last) : null;
  if (last && row) {
    operation = {
      kind: "insert-table-row",
      anchor: anchorAt(snapshot, last.nameRange.start),
      position: "after",
      cells: rowCells(profile, snapshot, last, row, choice, contentControl),
    };
  } else {
    const paragraphs: NewParagraph[] = [];
    // Keep the blank line the document puts between competencies.
    const spaced = last && snapshot.blocks[last.nameRange.start - 1]?.text.trim() === "";
    if (spaced) paragraphs.push(paragraph("", last!.nameRange.start - 1));
    paragraphs.push(nameLine(profile, snapshot, choice.competency.name, choice.level));
    paragraphs.push(...behaviourParagraphs(profile, snapshot, choice.behaviours));
    const place = last
      ? afterSiblings(snapshot, coreOf(last), last.range)
      : afterRange(snapshot, section!.range);
    operation = { kind: "insert-paragraphs", ...place, paragraphs, contentControl };
  }
  const warnings = [];
  const max = template.competencies?.max ?? null;
  if (max !== null && profile.competencies.length + 1 > max) {
    warnings.push({
      nl: `Hiermee heeft het profiel ${profile.competencies.length + 1} competenties; het sjabloon adviseert er hoogstens ${max}.`,
      en: `This gives the profile ${profile.competencies.length + 1} competencies; the template advises at most ${max}.`,
    });
  }
  return {
    id: `competency:${choice.competency.id}:${choice.level ?? "-"}`,
    title: {
      nl: `Competentie '${choice.competency.name}' invoegen`,
      en: `Insert competency '${choice.competency.en}'`,
    },
    operations: [operation],
    fixes: [],
    warnings,
  };
}

/** A competency's own lines: its name line to its last example. */
function coreOf(competency: Competency): BlockRange {
  const ends = competency.behaviours.map((entry) => entry.range.end);
  return { start: competency.nameRange.start, end: Math.max(competency.nameRange.end, ...ends) };
}

/** The grid columns of the table row a competency fills, when it is one row of a competency table. */
function tableRowOf(snapshot: DocumentSnapshot, competency: Competency): number[] | null {
  const name = snapshot.blocks[competency.nameRange.start]?.table;
  if (!name) return null;
  const columns = new Set<number>();
  for (let index = competency.range.start; index <= competency.range.end; index++) {
    const cell = snapshot.blocks[index]?.table;
    if (cell && cell.table === name.table && cell.row === name.row) columns.add(cell.column);
  }
  return columns.size >= 2 ? [...columns].sort((a, b) => a - b) : null;
}

/**
 * The cells of a new competency row, copied from the last competency's row: the name (with its level in
 * brackets when the table has no level column), the level where the last row had one, the examples.
 * The name cell carries the library tag, as the name line does in a list of competencies.
 */
function rowCells(
  profile: Profile,
  snapshot: DocumentSnapshot,
  last: Competency,
  columns: number[],
  choice: CompetencyChoice,
  contentControl: ContentTag,
): NewCell[] {
  const cellBlocks = (column: number) =>
    snapshot.blocks
      .map((block, index) => ({ block, index }))
      .slice(last.range.start, last.range.end + 1)
      .filter(({ block }) => block.table?.column === column && block.table.depth === 1);
  const cellText = (column: number) =>
    cellBlocks(column)
      .map(({ block }) => block.text)
      .join(" ")
      .trim();
  const nameColumn = snapshot.blocks[last.nameRange.start]!.table!.column;
  const behaviourBlock = last.behaviours[0] ? snapshot.blocks[last.behaviours[0].range.start] : undefined;
  const behaviourColumn = behaviourBlock?.table?.column ?? columns[columns.length - 1]!;
  const levelColumn = columns.find(
    (column) =>
      column !== nameColumn &&
      column !== behaviourColumn &&
      last.level !== null &&
      cellText(column).includes(last.level),
  );
  const nameBlock = snapshot.blocks[last.nameRange.start]!;
  return columns.map((column): NewCell => {
    if (column === nameColumn) {
      const withLevel = levelColumn === undefined && choice.level !== null;
      const text = `${choice.competency.name}${withLevel ? ` (${choice.level})` : ""}`;
      return {
        paragraphs: [paragraph(text, last.nameRange.start, { bold: nameBlock.bold })],
        contentControl,
      };
    }
    if (column === behaviourColumn)
      return { paragraphs: behaviourParagraphs(profile, snapshot, choice.behaviours) };
    if (column === levelColumn) {
      const text = cellText(column).replace(last.level!, choice.level ?? "");
      return { paragraphs: [paragraph(text, cellBlocks(column)[0]?.index ?? null)] };
    }
    return { paragraphs: [paragraph("", null)] };
  });
}

/** A plan that gives a competency without examples the library's examples for its level. */
export function composeBehaviours(
  profile: Profile,
  snapshot: DocumentSnapshot,
  template: Template,
  library: Library,
  competency: Competency,
  known: LibraryCompetency,
): EditPlan {
  const behaviours = defaultBehaviours(known, competency.level, template);
  return {
    id: `behaviours:${known.id}`,
    title: {
      nl: `Gedragsvoorbeelden voor '${competency.name}' invoegen`,
      en: `Insert behaviour examples for '${competency.name}'`,
    },
    operations: [
      {
        kind: "insert-paragraphs",
        anchor: anchorAt(snapshot, competency.nameRange.start),
        position: "after",
        paragraphs: behaviourParagraphs(profile, snapshot, behaviours),
        contentControl: {
          tag: libraryTag(library, known),
          title: `${known.name} (${library.name.nl} ${library.version})`,
        },
      },
    ],
    fixes: [],
    warnings: [],
  };
}
