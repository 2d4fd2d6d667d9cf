import type { Location } from "../../core/common";
import { locateText, queueLocatedRange } from "./text";

/**
 * The Word range of a snapshot location: its paragraphs, or the characters `chars` of its first
 * paragraph when those can be found unambiguously (otherwise the whole paragraph). Null when the
 * location lies outside the document.
 */
export function queueLocationRange(
  items: Word.Paragraph[],
  texts: string[] | null,
  location: Location,
): Word.Range | null {
  const first = items[location.start];
  const last = items[location.end];
  if (!first || !last || location.end < location.start) return null;
  const text = texts?.[location.start];
  if (location.chars && text !== undefined) {
    const locator = locateText(text, location.chars.start, location.chars.end);
    if (locator) return queueLocatedRange(first, locator);
  }
  const whole = first.getRange("Whole");
  return location.end === location.start ? whole : whole.expandTo(last.getRange("Whole"));
}
