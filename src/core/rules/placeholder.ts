import type { Template, TemplateSection } from "../../data/template-schema";
import type { LocalisedText } from "../common";
import { composeRemoval } from "../plans/compose-removal";
import type { Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import { markedTextFinder } from "../text/marked";
import { listMarkerOf } from "../text/normalise";
import {
  CONTENT_CONTROL_PLACEHOLDERS,
  findPlaceholders,
  isPlaceholderOnly,
  type PlaceholderMatch,
} from "../text/placeholders";
import { defineRule, type RuleContext } from "./define-rule";
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
    const isOwnPlaceholder = markedTextFinder(template, "placeholder");
    const reported = new Set<number>();
    snapshot.blocks.forEach((block, index) => {
      if (block.text.trim() === "" || isGuidance(block.text, template.guidance)) return;
      const section = context.sectionAt(index);
      const where = placeOf(index, section, profile, template);
      const field = profile.fields.find((candidate) => candidate.range.end === index);
      const prompt = field
        ? template.sections.flatMap((definition) => definition.fields).find((def) => def.key === field.key)
            ?.prompt
        : undefined;
      if (block.contentControl?.showingPlaceholder) {
        const text = block.text.trim();
        reported.add(index);
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
      let matches = findPlaceholders(block.text, context.placeholderPatterns);
      // The template's own stand-in texts (`Functienaam`) count as a whole, unless they label a value.
      if (matches.length === 0 && isOwnPlaceholder(block.text) && !labelsAValue(snapshot, profile, index)) {
        matches = [wholeText(block.text)];
      }
      const remove = removalOf(context, index);
      for (const match of matches) {
        const isControlText = CONTENT_CONTROL_PLACEHOLDERS.includes(match.text);
        reported.add(index);
        context.report({
          messageId: isControlText ? "control" : "text",
          data: { text: match.text, where },
          at: { start: index, end: index, chars: { start: match.start, end: match.end } },
          section: section?.id ?? null,
          text: match.text,
          fix: { ...replaceFix(index, block.text, match.start, match.end, prompt), ...remove },
        });
      }
    });
    for (const field of profile.fields) {
      if (field.value !== "") continue;
      // One finding per problem: `Datum:` over a line `xxx` is that placeholder, reported above.
      if (reported.has(nextWithText(snapshot, field.range.end))) continue;
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

function wholeText(text: string): PlaceholderMatch {
  const trimmed = text.trim();
  const start = text.indexOf(trimmed);
  return { start, end: start + trimmed.length, text: trimmed, kind: "quoted-hint" };
}

/** A label cell (`Functienaam` | `Adviseur Financiën`): the first cell of a row whose next cell holds the value. */
function labelsAValue(snapshot: DocumentSnapshot, profile: Profile, index: number): boolean {
  if (profile.title?.range.start === index) return false;
  const cell = snapshot.blocks[index]!.table;
  const next = snapshot.blocks[index + 1];
  if (!cell || cell.column !== 0 || !next?.table) return false;
  return next.table.table === cell.table && next.table.row === cell.row && next.text.trim() !== "";
}

/** A list line that holds nothing but a placeholder (`- xxx.`) may go as a whole: *Verwijder deze regel*. */
function removalOf(context: RuleContext, index: number) {
  const block = context.snapshot.blocks[index]!;
  const isLine = block.list !== null || listMarkerOf(block.text) !== null;
  if (!isLine || !isPlaceholderOnly(block.text, context.placeholderPatterns)) return {};
  const plan = composeRemoval(context.snapshot, index);
  return plan ? { remove: plan } : {};
}

function nextWithText(snapshot: DocumentSnapshot, after: number): number {
  for (let index = after + 1; index < snapshot.blocks.length; index++) {
    if (snapshot.blocks[index]!.text.trim() !== "") return index;
  }
  return -1;
}

/**
 * "in 'Resultaatgebieden › Jaarplan account(s) › Taken'": the section, the area or competency when there
 * is one, and which part of the area (tasks or indicators), so two placeholders of one area read apart.
 */
function placeOf(
  block: number,
  section: TemplateSection | null,
  profile: Profile,
  template: Template,
): LocalisedText {
  if (!section) return { nl: "", en: "" };
  const within = (range: { start: number; end: number }) => block >= range.start && block <= range.end;
  const area = profile.resultAreas.find((candidate) => within(candidate.range));
  const owner = area?.title ?? profile.competencies.find((competency) => within(competency.range))?.name;
  const part = area ? areaPart(area, block, template) : null;
  const detail = (language: "nl" | "en") =>
    `${owner ? ` › ${owner}` : ""}${part ? ` › ${part[language]}` : ""}`;
  return { nl: ` in '${section.name.nl}${detail("nl")}'`, en: ` in '${section.name.en}${detail("en")}'` };
}

/** The template's own word for the part of an area a block is in: its tasks or its indicators. */
function areaPart(
  area: Profile["resultAreas"][number],
  block: number,
  template: Template,
): LocalisedText | null {
  const holds = (items: { range: { start: number; end: number } }[]) =>
    items.some((item) => block >= item.range.start && block <= item.range.end);
  const labels = template.resultAreas;
  if (holds(area.tasks)) return { nl: labels?.taskLabels[0] ?? "Taken", en: "Tasks" };
  if (holds(area.indicators))
    return { nl: labels?.indicatorLabels[0] ?? "Resultaatindicatoren", en: "Result indicators" };
  return null;
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
