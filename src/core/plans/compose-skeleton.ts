import type { StandardTexts } from "../../data/library-schema";
import type { Template } from "../../data/template-schema";
import type { Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import { anchorAt, readFormat } from "./document-format";
import { sectionOperations } from "./compose-section";
import type { EditPlan } from "./schema";

/** True when the document has no text at all (a new, empty document). */
export function isEmptyDocument(snapshot: DocumentSnapshot): boolean {
  return snapshot.blocks.every((block) => block.text.trim() === "");
}

/**
 * The whole template as a skeleton for an empty document: every section's standard text in template
 * order, before the document's (empty) first paragraph.
 */
export function composeSkeleton(
  profile: Profile,
  snapshot: DocumentSnapshot,
  template: Template,
  texts: StandardTexts | null = null,
): EditPlan | null {
  if (!isEmptyDocument(snapshot) || snapshot.blocks.length === 0) return null;
  const format = readFormat(profile, snapshot);
  const place = { anchor: anchorAt(snapshot, 0), position: "before" as const };
  // A new document gets air between its sections (none before the first).
  const operations = template.sections.flatMap((section, index) =>
    sectionOperations(
      section,
      template,
      profile,
      snapshot,
      { ...format, spacedSections: index > 0 },
      place,
      texts,
    ),
  );
  return {
    id: `skeleton:${template.id}`,
    title: { nl: `Sjabloon '${template.name.nl}' invoegen`, en: `Insert template '${template.name.en}'` },
    operations,
    fixes: [],
    warnings: [],
  };
}
