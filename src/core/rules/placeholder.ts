import type { TemplateSection } from "../../data/template-schema";
import type { LocalisedText } from "../common";
import type { Profile } from "../profile/schema";
import { CONTENT_CONTROL_PLACEHOLDERS, findPlaceholders } from "../text/placeholders";
import { defineRule } from "./define-rule";
import { isGuidance } from "../text/guidance";

const GENERIC_PROMPT: LocalisedText = {
  nl: "Tekst in plaats van de invultekst",
  en: "Text to replace the placeholder",
};

export default defineRule({
  meta: {
    id: "placeholder",
    severity: "error",
    description: {
      nl: "Invultekst van het sjabloon (xxx, (“datum”), lege velden) is nog niet vervangen.",
      en: "Template placeholders (xxx, (“date”), empty fields) have not been replaced.",
    },
    messages: {
      text: {
        nl: "Nog niet ingevuld: '{{text}}'{{where}}. Vervang de invultekst door de echte tekst.",
        en: "Not filled in yet: '{{text}}'{{where}}. Replace the placeholder with the real text.",
      },
      emptyField: {
        nl: "Het veld '{{label}}' is leeg. Vul het in.",
        en: "The field '{{label}}' is empty. Fill it in.",
      },
      control: {
        nl: "Het invulveld toont nog de tekst van Word ('{{text}}'). Vul het in.",
        en: "The content control still shows Word's placeholder ('{{text}}'). Fill it in.",
      },
    },
  },
  check(context) {
    const { snapshot, template, profile } = context;
    context.checked(
      Math.max(1, profile.fields.length + profile.resultAreas.length + profile.competencies.length),
    );
    snapshot.blocks.forEach((block, index) => {
      if (block.text.trim() === "" || isGuidance(block.text, template.guidance)) return;
      const section = context.sectionAt(index);
      const where = placeOf(index, section, profile);
      const field = profile.fields.find((candidate) => candidate.range.end === index);
      const prompt = field
        ? template.sections.flatMap((definition) => definition.fields).find((def) => def.key === field.key)
            ?.prompt
        : undefined;
      if (block.contentControl?.showingPlaceholder) {
        const text = block.text.trim();
        context.report({
          messageId: "control",
          data: { text },
          at: { start: index, end: index },
          section: section?.id ?? null,
          text,
          fix: replaceFix(index, block.text, 0, block.text.length, prompt),
        });
        return;
      }
      for (const match of findPlaceholders(block.text, context.placeholderPatterns)) {
        const isControlText = CONTENT_CONTROL_PLACEHOLDERS.includes(match.text);
        context.report({
          messageId: isControlText ? "control" : "text",
          data: { text: match.text, where },
          at: { start: index, end: index, chars: { start: match.start, end: match.end } },
          section: section?.id ?? null,
          text: match.text,
          fix: replaceFix(index, block.text, match.start, match.end, prompt),
        });
      }
    });
    for (const field of profile.fields) {
      if (field.value !== "") continue;
      const section = context.sectionAt(field.range.start);
      context.report({
        messageId: "emptyField",
        data: { label: field.label },
        at: field.range,
        section: section?.id ?? null,
        text: field.label,
        fix: null,
      });
    }
  },
});

/** "in 'Resultaatgebieden › Jaarplan account(s)'": the section, and the area or competency when there is one. */
function placeOf(block: number, section: TemplateSection | null, profile: Profile): LocalisedText {
  if (!section) return { nl: "", en: "" };
  const within = (range: { start: number; end: number }) => block >= range.start && block <= range.end;
  const owner =
    profile.resultAreas.find((area) => within(area.range))?.title ??
    profile.competencies.find((competency) => within(competency.range))?.name;
  const detail = owner ? ` › ${owner}` : "";
  return { nl: ` in '${section.name.nl}${detail}'`, en: ` in '${section.name.en}${detail}'` };
}

function replaceFix(
  block: number,
  text: string,
  start: number,
  end: number,
  prompt: LocalisedText | undefined,
) {
  return {
    kind: "replace-placeholder" as const,
    title: { nl: "Invullen", en: "Fill in" },
    anchor: { block, text },
    start,
    end,
    expected: text.slice(start, end),
    prompt: prompt ?? GENERIC_PROMPT,
  };
}
