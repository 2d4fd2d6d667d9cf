import { defineAreaItemsRule } from "./area-items-rule";

export default defineAreaItemsRule({
  id: "result-area-no-tasks",
  items: "tasks",
  applies: (template) => template.resultAreas?.requireTasks === true,
  description: { nl: "Een resultaatgebied heeft geen taken.", en: "A result area has no tasks." },
  message: {
    nl: "Het resultaatgebied '{{title}}' heeft geen taken. Beschrijf wat de medewerker doet om dit resultaat te bereiken.",
    en: "The result area '{{title}}' has no tasks. Describe what the employee does to achieve this result.",
  },
});
