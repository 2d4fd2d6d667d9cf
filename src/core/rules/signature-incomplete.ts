import { defineRule } from "./define-rule";

export default defineRule({
  meta: {
    id: "signature-incomplete",
    severity: "warning",
    description: {
      nl: "Datum of naam in het ondertekeningsblok is niet ingevuld.",
      en: "A date or name in the signature block is not filled in.",
    },
    messages: {
      missing: {
        nl: "Bij '{{label}}' ontbreekt nog {{what}}. Vul dit in vóór het ondertekenen.",
        en: "'{{label}}' still lacks {{what}}. Fill this in before signing.",
      },
    },
  },
  check(context) {
    const signature = context.profile.signature;
    if (!signature) return;
    context.checked(signature.parties.length);
    for (const party of signature.parties) {
      const dateMissing =
        !party.date || party.date.placeholder || /^(?:dd\.?|datum)\s*:?\s*$/i.test(party.date.text);
      const nameMissing = !party.name || party.name.placeholder;
      if (!dateMissing && !nameMissing) continue;
      const what =
        dateMissing && nameMissing
          ? { nl: "de datum en de naam", en: "the date and the name" }
          : dateMissing
            ? { nl: "de datum", en: "the date" }
            : { nl: "de naam", en: "the name" };
      const at =
        (dateMissing ? party.date?.range : party.name?.range) ?? party.name?.range ?? signature.range;
      context.report({
        messageId: "missing",
        data: { label: party.label, what },
        at,
        section: context.sectionAt(signature.range.start)?.id ?? null,
        text: party.label,
      });
    }
  },
});
