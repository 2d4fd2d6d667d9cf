import type { TemplateSection } from "../../data/template-schema";
import { composeSection } from "../plans/compose-section";
import type { Profile } from "../profile/schema";
import { toLines } from "../profile/lines";
import { DetectionText, referencedInAppendix } from "../profile/detect-template";
import type { DocumentSnapshot } from "../snapshot/schema";
import { defineRule } from "./define-rule";

/**
 * A section whose heading was not recognised can still be there by its content: the title read, the
 * header's fields, areas, a competency list, the level table, a signature block, or a reference to an
 * appendix. Never report those as missing.
 */
export function presentByContent(
  section: TemplateSection,
  profile: Profile,
  snapshot: DocumentSnapshot,
): boolean {
  switch (section.kind) {
    case "title":
      if (profile.title !== null) return true;
      break;
    case "header": {
      const keys = new Set(section.fields.map((field) => field.key));
      if (profile.fields.some((field) => keys.has(field.key))) return true;
      break;
    }
    case "signature":
      if (profile.signature !== null) return true;
      break;
    case "result-areas":
      if (profile.resultAreas.length > 0) return true;
      break;
    case "competencies":
      if (profile.competencies.length > 0) return true;
      break;
    case "level-table":
      if (profile.levelTable !== null) return true;
      break;
    default:
      break;
  }
  return section.appendix && referencedInAppendix(section, new DetectionText(toLines(snapshot)));
}

export default defineRule({
  meta: {
    id: "section-missing",
    severity: "error",
    description: {
      nl: "Een verplicht onderdeel van het sjabloon ontbreekt.",
      en: "A required section of the template is missing.",
    },
    messages: {
      missing: {
        nl: "Het onderdeel '{{name}}' ontbreekt. Voeg het toe en vul het in.",
        en: "The section '{{name}}' is missing. Add it and fill it in.",
      },
    },
  },
  check(context) {
    const { profile, template, snapshot } = context;
    const required = template.sections.filter((section) => section.required && section.kind !== "divider");
    context.checked(required.length);
    for (const section of required) {
      if (profile.sections.some((present) => present.id === section.id)) continue;
      if (presentByContent(section, profile, snapshot)) continue;
      const plan = composeSection(profile, snapshot, template, section.id);
      const anchor = plan?.operations[0]?.anchor.block ?? 0;
      context.report({
        messageId: "missing",
        data: { name: section.name },
        at: { start: anchor, end: anchor },
        section: section.id,
        text: section.name.nl,
        fix: plan
          ? {
              kind: "plan",
              title: { nl: `Voeg '${section.name.nl}' toe`, en: `Insert '${section.name.en}'` },
              safe: true,
              plan,
            }
          : null,
      });
    }
  },
});
