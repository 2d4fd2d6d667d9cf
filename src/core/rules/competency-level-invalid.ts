import type { CompetenciesConfig } from "../../data/template-schema";
import { defineRule } from "./define-rule";

/** Why a level is not on the template's scale, or null when it is. */
export function levelProblem(level: string, config: CompetenciesConfig): "range" | "order" | "scale" | null {
  const parts = level.split("/").map(Number);
  if (parts.some((part) => !Number.isInteger(part) || part < config.levels.min || part > config.levels.max))
    return "scale";
  if (parts.length === 2) {
    if (!config.levels.ranges) return "range";
    if (parts[0]! >= parts[1]!) return "order";
  }
  return null;
}

export default defineRule({
  meta: {
    id: "competency-level-invalid",
    severity: "warning",
    description: {
      nl: "Een competentie heeft een niveau dat niet op de schaal van het sjabloon staat.",
      en: "A competency has a level outside the template's scale.",
    },
    messages: {
      scale: {
        nl: "Het niveau ({{level}}) van '{{name}}' valt buiten de schaal {{min}} t/m {{max}}.",
        en: "The level ({{level}}) of '{{name}}' is outside the scale {{min}} to {{max}}.",
      },
      order: {
        nl: "Het niveau ({{level}}) van '{{name}}' is geen oplopend bereik; schrijf het lagere niveau eerst, bijvoorbeeld (4/5).",
        en: "The level ({{level}}) of '{{name}}' is not an ascending range; write the lower level first, for example (4/5).",
      },
      range: {
        nl: "Het sjabloon staat geen bereik als ({{level}}) toe bij '{{name}}'; kies één niveau.",
        en: "The template does not allow a range such as ({{level}}) for '{{name}}'; choose one level.",
      },
    },
  },
  check(context) {
    const config = context.template.competencies;
    if (!config) return;
    context.checked(context.profile.competencies.length);
    for (const competency of context.profile.competencies) {
      if (competency.level === null) continue;
      const problem = levelProblem(competency.level, config);
      if (!problem) continue;
      context.report({
        messageId: problem,
        data: {
          level: competency.level,
          name: competency.name,
          min: config.levels.min,
          max: config.levels.max,
        },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
      });
    }
  },
});
