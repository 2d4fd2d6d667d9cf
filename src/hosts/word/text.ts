/**
 * Text helpers shared by the reader and the writer: Word's paragraph text as the snapshot stores it,
 * and how to find characters [start, end) of a paragraph with Word's search (the only WordApi 1.3 way
 * to get a range of some characters of a paragraph).
 */

/**
 * Word reports a manual line break as "\v" (U+000B) and, in some builds, a carriage return; the snapshot
 * uses "\n". One character becomes one character, so offsets stay the same on both sides.
 */
export function normaliseWordText(text: string): string {
  return text.replaceAll("\u000b", "\n").replaceAll("\r", "\n");
}

/** Text to insert: "\n" would start a new paragraph in Word, a manual line break is "\v". */
export function toWordText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\u000b");
}

/** Word's search string limit. */
export const WORD_SEARCH_LIMIT = 255;

/** Word's search syntax (without wildcards): "^" escapes, "^t" is a tab, "^l" a manual line break. */
export function escapeWordSearch(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\t/g, "^t").replace(/\n/g, "^l");
}

/**
 * How to reach characters [start, end) of a paragraph with search: look for `window` (which occurs
 * exactly once in the paragraph, so the first hit is the right one), then cut `left` characters of
 * context off its start and `right` off its end. WordApi 1.3's RangeCollection has `getFirst` but no `getLast` and no
 * indexing before a sync, so a unique window is what makes one batch enough.
 */
export interface TextLocator {
  window: string;
  left: number;
  right: number;
}

/** Occurrences of `needle` in `text`, overlapping ones too; counting stops at `limit`. */
export function countOccurrences(text: string, needle: string, limit = Number.POSITIVE_INFINITY): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < limit; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * Finds the shortest window around [start, end) that occurs once in the paragraph, preferring context on
 * the right. Null when no window of at most 255 search characters is unique.
 */
export function locateText(text: string, start: number, end: number): TextLocator | null {
  if (start < 0 || end > text.length || end <= start) return null;
  for (let extra = 0; extra <= text.length; extra += 1) {
    let anyFits = false;
    for (let left = 0; left <= extra; left += 1) {
      const right = extra - left;
      if (start - left < 0 || end + right > text.length) continue;
      const window = text.slice(start - left, end + right);
      if (escapeWordSearch(window).length > WORD_SEARCH_LIMIT) continue;
      anyFits = true;
      if (countOccurrences(text, window) === 1) return { window, left, right };
    }
    if (!anyFits) return null;
  }
  return null;
}

/** Options for exact, literal search. */
export const EXACT_SEARCH = {
  matchCase: true,
  matchWildcards: false,
  matchWholeWord: false,
  matchPrefix: false,
  matchSuffix: false,
  ignorePunct: false,
  ignoreSpace: false,
} as const;

/** Queues the searches that give the range a locator describes; nothing is read, so no sync is needed. */
export function queueLocatedRange(paragraph: Word.Paragraph, locator: TextLocator): Word.Range {
  const window = paragraph.search(escapeWordSearch(locator.window), EXACT_SEARCH).getFirst();
  let range = window;
  if (locator.left > 0) {
    // The window starts with the left context, so its first hit is at the start; cut it off.
    const leftContext = locator.window.slice(0, locator.left);
    range = window
      .search(escapeWordSearch(leftContext), EXACT_SEARCH)
      .getFirst()
      .getRange("End")
      .expandTo(window.getRange("End"));
  }
  if (locator.right > 0) {
    // What is left starts with the wanted text, so its first hit is the wanted one.
    const needle = locator.window.slice(locator.left, locator.window.length - locator.right);
    range = range.search(escapeWordSearch(needle), EXACT_SEARCH).getFirst();
  }
  return range;
}

/** Word's placeholder texts of empty content controls (Dutch and English, current and older Word). */
const PLACEHOLDER_PATTERN =
  /^(Klik of tik (hier )?om (tekst|een datum) in te voeren\.|Klik hier als u (tekst|een datum) wilt invoeren\.|Click or tap (here )?to enter (text|a date)\.|Click here to enter (text|a date)\.|Kies een item\.|Choose an item\.)$/;

export function isWordPlaceholderText(text: string): boolean {
  return PLACEHOLDER_PATTERN.test(text.trim());
}
