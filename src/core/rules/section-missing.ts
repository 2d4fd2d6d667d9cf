import { composeSection } from "../plans/compose-section";
import { defineRule } from "./define-rule";

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
        nl: "Het onderdeel '{{name}}' ontbreekt. Voeg het toe (met Herstel of Invoegen) en vul het in.",
        en: "The section '{{name}}' is missing. Add it (with Fix or Insert) and fill it in.",
      },
    },
  },
  check(context) {
    const { profile, template, snapshot } = context;
    const required = template.sections.filter((section) => section.required && section.kind !== "divider");
    context.checked(required.length);
    for (const section of required) {
      if (profile.sections.some((present) => present.id === section.id)) continue;
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
