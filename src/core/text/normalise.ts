/**
 * Text normalisation shared by the parser, the rules and the composer. Real documents differ in case,
 * spacing, dashes, quotes and the odd typo; comparisons go through these functions so that
 * "Competenties en gedragsvoorbeelden:" and "COMPETENTIES / GEDRAGSVOORBEELDEN" mean the same.
 */

const DIACRITICS = /\p{Diacritic}/gu;

/** Collapses runs of white space (tabs, non-breaking spaces, line breaks) into single spaces and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/**
 * The parser compares every line with every template heading, label and marker, so the same texts are
 * folded over and over; remembering the results makes that cheap. The functions are pure; the cache is
 * bounded (short texts only, a fixed number of entries) so it never holds on to a large document.
 */
export function memoise(compute: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (text.length > 256) return compute(text);
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= 20_000) cache.clear();
      result = compute(text);
      cache.set(text, result);
    }
    return result;
  };
}

/** Lower case, no diacritics, one space between words: for comparing names and headings. */
export const foldText = memoise((text) =>
  collapseSpace(text.normalize("NFD").replace(DIACRITICS, "").toLowerCase()),
);

/**
 * A heading's comparison key: folded, with `&`, `/` and `+` read as "en", punctuation and leading
 * numbering dropped, and no spaces or hyphens (so "Niveau-onderscheidende" equals "Niveauonderscheidende").
 */
export const headingKey = memoise((text) => {
  let folded = foldText(text);
  // "3.1 ", "IV. ", "b) ", and the letters FWG and CAO models number their parts with ("D: COMPETENTIES").
  folded = folded.replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z][.):])\s+/, "");
  folded = folded.replace(/\s*(?:&|\/|\+)\s*/g, " en ");
  return folded.replace(/[^a-z0-9]+/g, "");
});

// An "o" typed as a bullet (Word's second-level symbol) stands before a tab, or before a lower-case word.
const LIST_MARKER =
  /^[\t ]*(?:[-–—•▪◦·*‐‑]|o(?=\t|[\t ]+\p{Ll})|\d{1,2}[.)](?!\d)|[a-z][.)](?=[\t ]))[\t ]+/u;

/** The typed list marker a paragraph starts with (`-\t`, `• `, `1. `, `a) `), or null. */
export function listMarkerOf(text: string): string | null {
  const match = LIST_MARKER.exec(text);
  return match ? match[0] : null;
}

/** Text without its typed list marker. */
export function stripListMarker(text: string): string {
  const marker = listMarkerOf(text);
  return marker ? text.slice(marker.length) : text;
}

const ABBREVIATION_END =
  /(?:^|[\s(])(?:etc|e\.d|e\.a|enz|o\.a|c\.q|b\.v|m\.b\.t|i\.v\.m|t\.o\.v|e\.e\.a|d\.w\.z)\.$/i;

/**
 * An item's clean text: no list marker, no trailing list punctuation (`;`, `,`, and a final `.`
 * unless it ends an abbreviation such as `etc.`), single spaces.
 */
export function cleanItemText(text: string): string {
  let clean = collapseSpace(stripListMarker(text));
  clean = clean.replace(/[;,]+$/, "").trimEnd();
  if (clean.endsWith(".") && !clean.endsWith("..") && !ABBREVIATION_END.test(clean)) {
    clean = clean.slice(0, -1).trimEnd();
  }
  return clean;
}

/** A heading or label as written, without numbering and the trailing colon: "1. Taken:" → "Taken". */
export function cleanLabel(text: string): string {
  return collapseSpace(text)
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z][.:)])\s+/, "")
    .replace(/\s*:\s*$/, "")
    .trim();
}

/** True when every letter in the text is upper case (and there are at least two letters). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function wordCount(text: string): number {
  const trimmed = collapseSpace(text);
  return trimmed === "" ? 0 : trimmed.split(" ").length;
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
