import { defineRule, excerpt } from "./define-rule";
import { isGuidance } from "../text/guidance";

export default defineRule({
  meta: {
    id: "template-guidance-left",
    severity: "warning",
    description: {
      nl: "De toelichting van het sjabloon staat nog in het document.",
      en: "The template's instruction text is still in the document.",
    },
    messages: {
      guidance: {
        nl: "Deze toelichting van het sjabloon is bedoeld voor de schrijver en moet weg: '{{text}}'.",
        en: "This template instruction is meant for the writer and should be removed: '{{text}}'.",
      },
    },
  },
  check(context) {
    const { snapshot, template } = context;
    context.checked(Math.max(1, template.guidance.length));
    snapshot.blocks.forEach((block, index) => {
      if (!isGuidance(block.text, template.guidance)) return;
      context.report({
        messageId: "guidance",
        data: { text: excerpt(block.text, 60) },
        at: { start: index, end: index },
        section: context.sectionAt(index)?.id ?? null,
        text: excerpt(block.text, 160),
      });
    });
  },
});
