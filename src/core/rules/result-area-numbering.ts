import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "result-area-numbering",
    severity: "warning",
    description: {
      nl: "De resultaatgebieden zijn niet op volgorde genummerd (1 t/m n).",
      en: "The result areas are not numbered 1 to n in order.",
    },
    messages: {
      wrong: {
        nl: "Resultaatgebied '{{title}}' heeft nummer {{actual}}, maar zou nummer {{expected}} moeten hebben.",
        en: "Result area '{{title}}' is numbered {{actual}} but should be number {{expected}}.",
      },
      missing: {
        nl: "Resultaatgebied '{{title}}' heeft geen nummer, de andere wel. Geef het nummer {{expected}}.",
        en: "Result area '{{title}}' has no number while the others do. Number it {{expected}}.",
      },
    },
  },
  check(context) {
    const areas = context.profile.resultAreas;
    if (!areas.some((area) => area.number !== null)) return;
    context.checked(areas.length);
    areas.forEach((area, index) => {
      const expected = index + 1;
      if (area.number === expected) return;
      context.report({
        messageId: area.number === null ? "missing" : "wrong",
        data: { title: area.title || "?", actual: area.number ?? "-", expected },
        at: area.titleRange,
        section: context.sectionAt(area.range.start)?.id ?? null,
        text: area.title,
      });
    });
  },
});
