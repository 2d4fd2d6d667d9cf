import type { LocalisedText } from "../common";
import { closestMatchText, matchText } from "../profile/match-text";
import { defineRule } from "./define-rule";

/** Texts joined with commas, each language apart; "-" for none. */
function joinTexts(texts: readonly LocalisedText[]): LocalisedText {
  const join = (language: keyof LocalisedText) => texts.map((text) => text[language]).join(", ") || "-";
  return { nl: join("nl"), en: join("en") };
}

/** Runs even without a template (the engine calls it first); reports when detection found none. */
export default defineRule({
  meta: {
    id: "template-unknown",
    severity: "warning",
    description: {
      nl: "Het document lijkt op geen enkel bekend sjabloon.",
      en: "The document matches no known template.",
    },
    messages: {
      unknown: {
        nl: "Dit document past bij geen enkel sjabloon goed genoeg. {{best}}; daarna {{others}}. De opbouw is gelezen met de woorden die alle functieprofielen delen. Kies zelf een sjabloon, of controleer of dit wel een functieprofiel is.",
        en: "This document matches no template well enough. {{best}}; then {{others}}. Its structure was read with the words all job profiles share. Choose a template yourself, or check that this is a job profile.",
      },
    },
  },
  check(context) {
    const match = context.profile.template;
    if (match.id !== null) return;
    const best = match.candidates[0];
    context.report({
      messageId: "unknown",
      data: {
        best: best ? closestMatchText(best) : "-",
        others: joinTexts(match.candidates.slice(1, 3).map(matchText)),
      },
      at: { start: 0, end: 0 },
      section: null,
      text: "",
    });
  },
});
