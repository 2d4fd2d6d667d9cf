import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "result-area-no-indicators",
    severity: "error",
    description: {
      nl: "Een resultaatgebied heeft geen resultaatindicatoren.",
      en: "A result area has no result indicators.",
    },
    messages: {
      none: {
        nl: "Het resultaatgebied '{{title}}' heeft geen resultaatindicatoren. Geef aan waaraan je ziet dat het resultaat is bereikt.",
        en: "The result area '{{title}}' has no result indicators. Say how you can tell the result was achieved.",
      },
    },
  },
  check(context) {
    if (!context.template.resultAreas) return;
    context.checked(context.profile.resultAreas.length);
    for (const area of context.profile.resultAreas) {
      if (area.indicators.length > 0) continue;
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
