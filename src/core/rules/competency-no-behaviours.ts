import { findCompetency } from "../../data/load";
import { composeBehaviours } from "../plans/compose-competency";
import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "competency-no-behaviours",
    severity: "error",
    description: {
      nl: "Een competentie heeft geen gedragsvoorbeelden.",
      en: "A competency has no behaviour examples.",
    },
    messages: {
      none: {
        nl: "De competentie '{{name}}' heeft geen gedragsvoorbeelden. Voeg er minstens één toe, zodat duidelijk is welk gedrag verwacht wordt.",
        en: "The competency '{{name}}' has no behaviour examples. Add at least one so the expected behaviour is clear.",
      },
    },
  },
  check(context) {
    const { profile, snapshot, template, library } = context;
    context.checked(profile.competencies.length);
    for (const competency of profile.competencies) {
      if (competency.behaviours.length > 0) continue;
      const known = findCompetency(library, competency.name);
      const plan =
        known && library ? composeBehaviours(profile, snapshot, template, library, competency, known) : null;
      context.report({
        messageId: "none",
        data: { name: competency.name },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
        fix: plan
          ? {
              kind: "plan",
              title: {
                nl: "Voorbeelden uit de bibliotheek invoegen",
                en: "Insert examples from the library",
              },
              safe: false,
              plan,
            }
          : null,
      });
    }
  },
});
