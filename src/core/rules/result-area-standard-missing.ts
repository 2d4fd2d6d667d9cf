import { composeResultArea } from "../plans/compose-area";
import { headingKey } from "../text/normalise";
import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "result-area-standard-missing",
    severity: "warning",
    description: {
      nl: "Een vast resultaatgebied van het sjabloon ontbreekt.",
      en: "One of the template's standard result areas is missing.",
    },
    messages: {
      missing: {
        nl: "Het vaste resultaatgebied '{{title}}' ontbreekt. Elk profiel in dit sjabloon beschrijft het; voeg het toe.",
        en: "The standard result area '{{title}}' is missing. Every profile of this template describes it; add it.",
      },
    },
  },
  check(context) {
    const { profile, template, snapshot } = context;
    const standard = template.resultAreas?.standardAreas ?? [];
    if (
      standard.length === 0 ||
      !profile.sections.some(
        (section) =>
          section.id && template.sections.find((s) => s.id === section.id)?.kind === "result-areas",
      )
    )
      return;
    context.checked(standard.length);
    for (const title of standard) {
      if (profile.resultAreas.some((area) => headingKey(area.title) === headingKey(title))) continue;
      const plan = composeResultArea(profile, snapshot, template, { title });
      const at = plan?.operations[0]?.anchor.block ?? 0;
      context.report({
        messageId: "missing",
        data: { title },
        at: { start: at, end: at },
        section: context.sectionAt(at)?.id ?? null,
        text: title,
        fix: plan
          ? { kind: "plan", title: { nl: `'${title}' toevoegen`, en: `Add '${title}'` }, safe: true, plan }
          : null,
      });
    }
  },
});
