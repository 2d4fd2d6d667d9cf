import { defineRule } from "./define-rule";

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
        nl: "Dit document past bij geen enkel sjabloon (beste overeenkomst {{best}}: {{score}}%; daarna {{others}}). De opbouw is gelezen met de woorden die alle functieprofielen delen. Kies zelf een sjabloon, of controleer of dit wel een functieprofiel is.",
        en: "This document matches no template (closest {{best}}: {{score}}%; then {{others}}). Its structure was read with the words all job profiles share. Choose a template yourself, or check that this is a job profile.",
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
        best: best?.id ?? "-",
        score: Math.round((best?.score ?? 0) * 100),
        others:
          match.candidates
            .slice(1, 3)
            .map((candidate) => `${candidate.id} ${Math.round(candidate.score * 100)}%`)
            .join(", ") || "-",
      },
      at: { start: 0, end: 0 },
      section: null,
      text: "",
    });
  },
});
