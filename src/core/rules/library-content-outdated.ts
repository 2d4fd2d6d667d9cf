import { defineRule } from "./define-rule";

/** Tags written by the composer: `profielwijzer:competency:<id>@<library id>@<version>`. */
export function parseLibraryTag(tag: string): { id: string; library: string; version: string } | null {
  const match = /^profielwijzer:competency:([a-z0-9-]+)@([a-z0-9-]+)@(.+)$/.exec(tag);
  return match ? { id: match[1]!, library: match[2]!, version: match[3]! } : null;
}

export default defineRule({
  meta: {
    id: "library-content-outdated",
    severity: "info",
    description: {
      nl: "Ingevoegde tekst uit de competentiebibliotheek komt uit een oudere versie.",
      en: "Text inserted from the competency library comes from an older version.",
    },
    messages: {
      outdated: {
        nl: "'{{name}}' is ingevoegd uit versie {{old}} van de bibliotheek; de geladen versie is {{current}}. Kijk of de gedragsvoorbeelden nog kloppen.",
        en: "'{{name}}' was inserted from version {{old}} of the library; the loaded version is {{current}}. Check whether the behaviour examples are still right.",
      },
    },
  },
  check(context) {
    const library = context.library;
    if (!library) return;
    for (const competency of context.profile.competencies) {
      const tag = competency.libraryTag ? parseLibraryTag(competency.libraryTag) : null;
      if (!tag || tag.library !== library.id) continue;
      context.checked(1);
      if (tag.version === library.version) continue;
      context.report({
        messageId: "outdated",
        data: { name: competency.name, old: tag.version, current: library.version },
        at: competency.nameRange,
        section: context.sectionAt(competency.nameRange.start)?.id ?? null,
        text: competency.name,
      });
    }
  },
});
