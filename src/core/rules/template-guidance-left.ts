import { composeRemoval } from "../plans/compose-removal";
import { isGuidance } from "../text/guidance";
import { markedTextFinder } from "../text/marked";
import { defineRule, excerpt } from "./define-rule";

export default defineRule({
  meta: {
    id: "template-guidance-left",
    severity: "warning",
    description: {
      nl: "De toelichting van het sjabloon, of een standaardtekst die op maat moet, staat nog in het document.",
      en: "The template's instruction text, or a standard text to be tailored, is still in the document.",
    },
    messages: {
      guidance: {
        nl: "Deze toelichting van het sjabloon is bedoeld voor de schrijver en moet weg: '{{text}}'.",
        en: "This template instruction is meant for the writer and should be removed: '{{text}}'.",
      },
      tailor: {
        nl: "Deze standaardtekst van het sjabloon past niet bij elke functie: '{{text}}'. Pas hem aan deze functie aan, of verwijder hem als hij niet van toepassing is.",
        en: "This standard text of the template does not fit every job: '{{text}}'. Tailor it to this job, or remove it if it does not apply.",
      },
    },
  },
  check(context) {
    const { snapshot, template } = context;
    context.checked(Math.max(1, template.guidance.length));
    const isSuggestion = markedTextFinder(template, "tailor");
    snapshot.blocks.forEach((block, index) => {
      const guidance = isGuidance(block.text, template.guidance);
      if (!guidance && !isSuggestion(block.text)) return;
      const plan = guidance ? null : composeRemoval(snapshot, index);
      context.report({
        messageId: guidance ? "guidance" : "tailor",
        data: { text: excerpt(block.text.replace(/^\s*[-–•]\s*/u, ""), 60) },
        at: { start: index, end: index },
        section: context.sectionAt(index)?.id ?? null,
        text: excerpt(block.text, 160),
        fix: plan
          ? { kind: "plan", title: { nl: "Verwijder deze regel", en: "Remove this line" }, safe: false, plan }
          : null,
      });
    });
  },
});
