import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "competency-count",
    severity: "error",
    description: {
      nl: "Er staan meer competenties in het profiel dan het sjabloon adviseert.",
      en: "The profile has more competencies than the template advises.",
    },
    messages: {
      tooMany: {
        nl: "Dit profiel heeft {{count}} competenties; het sjabloon adviseert er hoogstens {{max}}. Kies de {{max}} die het meest bepalend zijn voor de functie.",
        en: "This profile has {{count}} competencies; the template advises at most {{max}}. Keep the {{max}} that matter most for the job.",
      },
    },
  },
  check(context) {
    const max = context.template.competencies?.max ?? null;
    if (max === null) return;
    context.checked(1);
    const competencies = context.profile.competencies;
    if (competencies.length <= max) return;
    const first = competencies[max]!;
    const last = competencies[competencies.length - 1]!;
    context.report({
      messageId: "tooMany",
      data: { count: competencies.length, max },
      at: { start: first.nameRange.start, end: last.range.end },
      section: context.sectionAt(first.nameRange.start)?.id ?? null,
      text: competencies.map((competency) => competency.name).join(", "),
    });
  },
});
