import { findPlaceholders } from "../text/placeholders";
import { defineRule } from "./define-rule";

/** A hint such as `dd. (“datum”)` is the placeholder rule's finding already: one finding per problem. */
const isReportedPlaceholder = (item: { text: string } | null, patterns: readonly RegExp[]) =>
  item !== null && findPlaceholders(item.text, patterns).length > 0;

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
    const patterns = context.placeholderPatterns;
    for (const party of signature.parties) {
      const dateMissing =
        !isReportedPlaceholder(party.date, patterns) &&
        (!party.date || party.date.placeholder || /^(?:dd\.?|datum)\s*:?\s*$/i.test(party.date.text));
      const nameMissing =
        !isReportedPlaceholder(party.name, patterns) && (!party.name || party.name.placeholder);
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
