import type { TemplateSection } from "../../data/template-schema";
import type { Profile, Section } from "../profile/schema";
import { isGuidance } from "../text/guidance";
import type { RuleContext } from "./define-rule";
import { defineRule } from "./define-rule";

function hasContent(
  section: Section,
  kind: TemplateSection["kind"],
  profile: Profile,
  context: RuleContext,
): boolean {
  const within = (range: { start: number }) =>
    range.start >= section.range.start && range.start <= section.range.end;
  switch (kind) {
    case "result-areas":
      return profile.resultAreas.some((area) => within(area.range));
    case "competencies":
      return profile.competencies.some((competency) => within(competency.range));
    case "level-table":
      return profile.levelTable !== null && within(profile.levelTable.range);
    case "signature":
      return (profile.signature?.parties.length ?? 0) > 0;
    case "fields":
      return profile.fields.some((field) => within(field.range));
    default: {
      if (!section.content) return false;
      const blocks = context.snapshot.blocks.slice(section.content.start, section.content.end + 1);
      return blocks.some(
        (block) => block.text.trim() !== "" && !isGuidance(block.text, context.template.guidance),
      );
    }
  }
}

export default defineRule({
  meta: {
    id: "section-empty",
    severity: "error",
    description: {
      nl: "Een verplicht onderdeel staat er wel, maar heeft geen inhoud.",
      en: "A required section is present but has no content.",
    },
    messages: {
      empty: {
        nl: "Het onderdeel '{{name}}' is leeg. Vul het in.",
        en: "The section '{{name}}' is empty. Fill it in.",
      },
    },
  },
  check(context) {
    const { profile, template } = context;
    for (const section of profile.sections) {
      const definition = template.sections.find((candidate) => candidate.id === section.id);
      if (
        !definition ||
        !definition.required ||
        definition.kind === "divider" ||
        definition.kind === "header"
      )
        continue;
      context.checked(1);
      if (hasContent(section, definition.kind, profile, context)) continue;
      context.report({
        messageId: "empty",
        data: { name: definition.name },
        at: section.heading?.range ?? section.range,
        section: definition.id,
        text: section.heading?.text ?? definition.name.nl,
      });
    }
  },
});
