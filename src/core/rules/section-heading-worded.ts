import { defineRule } from "./define-rule";
import { presentByContent } from "./section-missing";

/**
 * A section read under a heading the template does not list but Dutch profiles commonly use
 * (`Resultaten` for `Resultaatgebieden`): it is there, so this is information, never an error.
 */
export default defineRule({
  meta: {
    id: "section-heading-worded",
    severity: "info",
    description: {
      nl: "Een onderdeel staat er, maar de kop is anders geformuleerd dan in het sjabloon.",
      en: "A section is present, but its heading is worded differently from the template.",
    },
    messages: {
      worded: {
        nl: "Het onderdeel '{{name}}' staat er onder de kop '{{heading}}'. Het sjabloon noemt het '{{expected}}'.",
        en: "The section '{{name}}' is present under the heading '{{heading}}'. The template calls it '{{expected}}'.",
      },
      content: {
        nl: "Het onderdeel '{{name}}' staat er, maar zonder de kop '{{expected}}' (de inhoud is herkend).",
        en: "The section '{{name}}' is present, but without the heading '{{expected}}' (its content was recognised).",
      },
    },
  },
  check(context) {
    const { profile, template, snapshot } = context;
    for (const definition of template.sections) {
      if (!definition.required || profile.sections.some((section) => section.id === definition.id)) continue;
      if (!presentByContent(definition, profile, snapshot)) continue;
      const at = profile.resultAreas[0]?.range ?? profile.competencies[0]?.range ?? { start: 0, end: 0 };
      context.report({
        messageId: "content",
        data: { name: definition.name, expected: definition.headings[0] ?? definition.name.nl },
        at: { start: at.start, end: at.start },
        section: definition.id,
        text: definition.name.nl,
      });
    }
    for (const section of profile.sections) {
      if (!section.worded || !section.heading || section.id === null) continue;
      const definition = template.sections.find((candidate) => candidate.id === section.id);
      if (!definition) continue;
      context.report({
        messageId: "worded",
        data: {
          name: definition.name,
          heading: section.heading.text,
          expected: definition.headings[0] ?? definition.name.nl,
        },
        at: section.heading.range,
        section: section.id,
      });
    }
  },
});
