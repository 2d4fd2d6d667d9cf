import type { ResultArea } from "../profile/schema";
import { foldText } from "../text/normalise";
import { defineRule } from "./define-rule";

/** Values of `Geeft leiding aan` that mean: nobody. */
const NOBODY = /^(?:geen|niet van toepassing|n\.?v\.?t\.?|nvt|niemand|-+|—|nee|n\.?a\.?)$/i;

function mentions(text: string, keywords: readonly string[]): boolean {
  const folded = ` ${foldText(text).replace(/[^a-z0-9&]+/g, " ")} `;
  return keywords.some((keyword) =>
    folded.includes(
      ` ${foldText(keyword)
        .replace(/[^a-z0-9&]+/g, " ")
        .trim()}`,
    ),
  );
}

export function coversLeading(area: ResultArea, keywords: readonly string[]): boolean {
  return mentions(area.title, keywords) || area.tasks.some((task) => mentions(task.text, keywords));
}

export default defineRule({
  meta: {
    id: "leadership-consistency",
    severity: "warning",
    description: {
      nl: "'Geeft leiding aan' en de resultaatgebieden spreken elkaar tegen.",
      en: "'Geeft leiding aan' and the result areas contradict each other.",
    },
    messages: {
      noArea: {
        nl: "Volgens 'Geeft leiding aan' stuurt deze functie mensen aan ({{value}}), maar geen resultaatgebied gaat over leidinggeven of personeel. Voeg zo'n resultaatgebied toe of pas het veld aan.",
        en: "'Geeft leiding aan' says this job manages people ({{value}}), but no result area covers managing people. Add such a result area or correct the field.",
      },
      noPeople: {
        nl: "Het resultaatgebied '{{title}}' gaat over leidinggeven, maar volgens 'Geeft leiding aan' stuurt deze functie niemand aan. Pas het veld of het resultaatgebied aan.",
        en: "The result area '{{title}}' is about managing people, but 'Geeft leiding aan' says this job manages nobody. Correct the field or the result area.",
      },
    },
  },
  check(context) {
    const { profile, template } = context;
    const keywords = template.resultAreas?.leadershipKeywords ?? [];
    const field = profile.fields.find((candidate) => candidate.key === "geeft-leiding-aan");
    if (!field || field.placeholder || keywords.length === 0 || profile.resultAreas.length === 0) return;
    context.checked(1);
    const value = field.value.replace(/[.;]+$/, "").trim();
    const leading = profile.resultAreas.filter((area) => coversLeading(area, keywords));
    const section = context.sectionAt(field.range.start)?.id ?? null;
    if (NOBODY.test(value)) {
      // Tasks of a job that leads nobody still name the team and the team leader ("meldt knelpunten aan
      // de teamleider"); only an area whose title is about leading contradicts "geen".
      const area = leading.find((candidate) => mentions(candidate.title, keywords));
      if (!area) return;
      context.report({
        messageId: "noPeople",
        data: { title: area.title },
        at: area.titleRange,
        section: context.sectionAt(area.range.start)?.id ?? section,
        text: area.title,
      });
      return;
    }
    if (leading.length > 0) return;
    context.report({ messageId: "noArea", data: { value }, at: field.range, section, text: field.value });
  },
});
