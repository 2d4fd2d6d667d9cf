import { findCompetency } from "../../data/load";
import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "competency-unknown",
    severity: "info",
    description: {
      nl: "Een competentie staat niet in de geladen competentiebibliotheek.",
      en: "A competency is not in the loaded library.",
    },
    messages: {
      unknown: {
        nl: "'{{name}}' staat niet in de competentiebibliotheek '{{library}}'. Controleer de naam, of kies een competentie uit de bibliotheek.",
        en: "'{{name}}' is not in the competency library '{{library}}'. Check the name, or choose a competency from the library.",
      },
    },
  },
  check(context) {
    const library = context.library;
    if (!library) return;
    context.checked(context.profile.competencies.length);
    for (const competency of context.profile.competencies) {
      if (competency.placeholder || findCompetency(library, competency.name)) continue;
      context.report({
        messageId: "unknown",
        data: { name: competency.name, library: library.name },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
      });
    }
  },
});
