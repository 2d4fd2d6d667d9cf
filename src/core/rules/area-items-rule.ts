import type { LocalisedText } from "../common";
import type { Template } from "../../data/template-schema";
import type { Rule } from "./define-rule";
import { defineRule } from "./define-rule";

/**
 * The two "an area lacks its items" rules differ only in which list they look at and when they apply,
 * so one definition serves both.
 */
export function defineAreaItemsRule(options: {
  id: string;
  items: "tasks" | "indicators";
  description: LocalisedText;
  message: LocalisedText;
  applies: (template: Template) => boolean;
}): Rule {
  return defineRule({
    meta: {
      id: options.id,
      severity: "error",
      description: options.description,
      messages: { none: options.message },
    },
    check(context) {
      if (!options.applies(context.template)) return;
      context.checked(context.profile.resultAreas.length);
      for (const area of context.profile.resultAreas) {
        if (area[options.items].length > 0) continue;
        context.report({
          messageId: "none",
          data: { title: area.title || "?" },
          at: area.titleRange,
          section: context.sectionAt(area.range.start)?.id ?? null,
          text: area.title,
        });
      }
    },
  });
}
