import { findCompetency } from "../../data/load";
import { foldText } from "../text/normalise";
import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "competency-duplicate",
    severity: "warning",
    description: {
      nl: "Dezelfde competentie staat twee keer in het profiel.",
      en: "The same competency appears twice.",
    },
    messages: {
      duplicate: {
        nl: "'{{name}}' is dezelfde competentie als '{{first}}' hierboven. Voeg de gedragsvoorbeelden samen en verwijder er één.",
        en: "'{{name}}' is the same competency as '{{first}}' above. Merge the behaviour examples and remove one.",
      },
    },
  },
  check(context) {
    const seen = new Map<string, string>();
    context.checked(context.profile.competencies.length);
    for (const competency of context.profile.competencies) {
      if (competency.placeholder) continue;
      // Aliases count as the same competency (Klantgericht = Klantgerichtheid) when the library knows them.
      const key = findCompetency(context.library, competency.name)?.id ?? foldText(competency.name);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, competency.name);
        continue;
      }
      context.report({
        messageId: "duplicate",
        data: { name: competency.name, first },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
      });
    }
  },
});
