import type { Library, LibraryCompetency } from "../../data/library-schema";
import type { Template } from "../../data/template-schema";
import type { Competency, Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import {
  afterRange,
  anchorAt,
  itemParagraph,
  paragraph,
  punctuate,
  punctuationOf,
  readFormat,
} from "./document-format";
import type { EditPlan, NewParagraph } from "./schema";

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
  const paragraphs: NewParagraph[] = [];
  // Keep the blank line the document puts between competencies.
  const spaced = last && snapshot.blocks[last.nameRange.start - 1]?.text.trim() === "";
  if (spaced) paragraphs.push(paragraph("", last!.nameRange.start - 1));
  paragraphs.push(nameLine(profile, snapshot, choice.competency.name, choice.level));
  paragraphs.push(...behaviourParagraphs(profile, snapshot, choice.behaviours));
  const place = afterRange(snapshot, last ? last.range : section!.range);
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
    operations: [
      {
        kind: "insert-paragraphs",
        ...place,
        paragraphs,
        contentControl: {
          tag: libraryTag(library, choice.competency),
          title: `${choice.competency.name} (${library.name.nl} ${library.version})`,
        },
      },
    ],
    fixes: [],
    warnings,
  };
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
