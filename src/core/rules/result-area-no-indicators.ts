import { defineAreaItemsRule } from "./area-items-rule";

export default defineAreaItemsRule({
  id: "result-area-no-indicators",
  items: "indicators",
  applies: (template) => template.resultAreas !== null,
  description: {
    nl: "Een resultaatgebied heeft geen resultaatindicatoren.",
    en: "A result area has no result indicators.",
  },
  message: {
    nl: "Het resultaatgebied '{{title}}' heeft geen resultaatindicatoren. Geef aan waaraan u ziet dat het resultaat is bereikt.",
    en: "The result area '{{title}}' has no result indicators. Say how you can tell the result was achieved.",
  },
});
