import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "result-area-no-tasks",
    severity: "error",
    description: {
      nl: "Een resultaatgebied heeft geen taken.",
      en: "A result area has no tasks.",
    },
    messages: {
      none: {
        nl: "Het resultaatgebied '{{title}}' heeft geen taken. Beschrijf wat de medewerker doet om dit resultaat te bereiken.",
        en: "The result area '{{title}}' has no tasks. Describe what the employee does to achieve this result.",
      },
    },
  },
  check(context) {
    if (!context.template.resultAreas?.requireTasks) return;
    context.checked(context.profile.resultAreas.length);
    for (const area of context.profile.resultAreas) {
      if (area.tasks.length > 0) continue;
      context.report({
        messageId: "none",
        data: { title: area.title || "?" },
        at: area.titleRange,
        section: context.sectionAt(area.range.start)?.id ?? null,
        text: area.title,
      });
    }
  },
});
