/**
 * Placeholders: what a template leaves for the writer to fill in. They must be found reliably (a
 * reviewer signs on this) without false alarms on ordinary words, so every pattern is anchored on
 * word boundaries and quoted hints must look like hints (short, inside quotes).
 */

export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  kind: "xxx" | "quoted-hint" | "bracketed-hint" | "blank" | "control-placeholder";
}

/** Word's placeholder text in content controls (Dutch and English, text and date variants, old and new). */
export const CONTENT_CONTROL_PLACEHOLDERS: readonly string[] = [
  "Klik of tik om tekst in te voeren.",
  "Klik of tik om een datum in te voeren.",
  "Klik hier als u tekst wilt invoeren.",
  "Klik hier als u een datum wilt invoeren.",
  "Kies een item.",
  "Click or tap here to enter text.",
  "Click or tap to enter a date.",
  "Click here to enter text.",
  "Click here to enter a date.",
  "Choose an item.",
];

const BUILT_IN: ReadonlyArray<{ kind: PlaceholderMatch["kind"]; pattern: RegExp }> = [
  // xxx, Xxx, XXX as a word of its own — not "maxxxx" or "xxxl".
  { kind: "xxx", pattern: /(?<![\p{L}\p{N}])[Xx][Xx]{2,}(?![\p{L}\p{N}])/gu },
  // (“datum”), ("naam medewerker"), dd. (“datum”): a short hint in quotes, in brackets.
  { kind: "quoted-hint", pattern: /(?:\bdd\.\s*)?\(\s*[“”„"'‘’][^“”„"()\n]{1,60}[“”„"'‘’]\s*\)/gu },
  // “Bedrijfsnaam”/”Afdeling”: quoted hints joined by a slash.
  {
    kind: "quoted-hint",
    pattern: /[“”„"][^“”„"\n]{1,40}[“”„"]\s*\/\s*[“”„"][^“”„"\n]{1,40}[“”„"]/gu,
  },
  // [naam], <datum>, [invullen]: a short hint in square or angle brackets.
  {
    // No digits and no prose openers, so "[zie bijlage 2]" or "[sic]" are left alone; angle brackets
    // only around a few words ("<naam>"), never around markup.
    kind: "bracketed-hint",
    pattern:
      /\[(?!\s*(?:zie|sic|bijv|noot|red)\b)[^\][\n\d]{0,30}\p{L}{2}[^\][\n\d]{0,30}\]|<[\p{L} .-]{2,40}>/giu,
  },
  // ____ or ...... or …… used as a line to write on.
  { kind: "blank", pattern: /_{3,}|\.{5,}|…{2,}/gu },
];

const CONTROL_PLACEHOLDER_KEYS = new Set(CONTENT_CONTROL_PLACEHOLDERS.map((text) => text.toLowerCase()));

/** Compiles a template's extra patterns; invalid ones were rejected when the template was loaded. */
export function compilePatterns(sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(source, "gu"));
}

/** Every placeholder in a text, left to right, without overlaps. */
export function findPlaceholders(text: string, extra: readonly RegExp[] = []): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  const trimmed = text.trim();
  if (CONTROL_PLACEHOLDER_KEYS.has(trimmed.toLowerCase())) {
    const start = text.indexOf(trimmed);
    return [{ start, end: start + trimmed.length, text: trimmed, kind: "control-placeholder" }];
  }
  const patterns = [...BUILT_IN, ...extra.map((pattern) => ({ kind: "xxx" as const, pattern }))];
  for (const { kind, pattern } of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PlaceholderMatch[] = [];
  for (const match of found) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) continue;
    merged.push(match);
  }
  return merged;
}

/**
 * True when a text holds nothing but placeholders and punctuation (`xxx.`, `Xxx`, `dd. (“datum”)`):
 * such an item is unfinished as a whole.
 */
export function isPlaceholderOnly(text: string, extra: readonly RegExp[] = []): boolean {
  const matches = findPlaceholders(text, extra);
  if (matches.length === 0) return false;
  let rest = "";
  let position = 0;
  for (const match of matches) {
    rest += text.slice(position, match.start);
    position = match.end;
  }
  rest += text.slice(position);
  return /^[\s\p{P}\p{S}-]*$/u.test(rest.replace(/^\s*[-–•]\s*/u, ""));
}
