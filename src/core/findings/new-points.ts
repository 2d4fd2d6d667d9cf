import type { LocalisedText } from "../common";
import { counted } from "../text/plural";
import type { Finding } from "./schema";

/**
 * The findings a change brought with it: an inserted skeleton has placeholders of its own, so after a fix
 * the errors can rise and the completeness drop. Matched by id (rule, section, text, occurrence), so the
 * findings that were already there do not count, wherever they moved.
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const known = new Set(before.map((finding) => finding.id));
  return after.filter((finding) => !known.has(finding.id));
}

/** "3 nieuwe punten om in te vullen": what the user is told after a change that added findings. */
export function newPointsText(count: number): LocalisedText {
  return {
    nl: `${counted(count, "nieuw punt", "nieuwe punten")} om in te vullen: de ingevoegde tekst heeft eigen invulplekken.`,
    en: `${counted(count, "new point", "new points")} to fill in: the inserted text has placeholders of its own.`,
  };
}
