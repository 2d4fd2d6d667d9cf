import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "competency-level-missing",
    severity: "warning",
    description: {
      nl: "Bij een competentie staat geen niveau.",
      en: "A competency has no level.",
    },
    messages: {
      missing: {
        nl: "Bij de competentie '{{name}}' staat geen niveau. Zet het niveau tussen haakjes achter de naam, bijvoorbeeld '{{name}} ({{example}}):'.",
        en: "The competency '{{name}}' has no level. Put the level in brackets after the name, for example '{{name}} ({{example}}):'.",
      },
    },
  },
  check(context) {
    const config = context.template.competencies;
    if (!config?.requireLevel) return;
    context.checked(context.profile.competencies.length);
    for (const competency of context.profile.competencies) {
      if (competency.level !== null || competency.placeholder) continue;
      context.report({
        messageId: "missing",
        data: { name: competency.name, example: config.levels.max },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
      });
    }
  },
});
