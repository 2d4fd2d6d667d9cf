import { GENERIC_TEMPLATE } from "../../data/templates";
import type { Template, TemplateSection } from "../../data/template-schema";
import type { TemplateMatch } from "./schema";
import { foldText } from "../text/normalise";
import type { HeadingHit } from "./headings";
import type { Line } from "./lines";

/**
 * Content-recognised sections (no heading of their own): how to tell they are there. Kept small and
 * explicit; the parser uses the same predicates to place them.
 */
/** Labels, markers and signature words stand at the start of a line: fold only that (cheap, cached). */
function foldedStart(line: Line): string {
  return foldText(line.text.slice(0, 80));
}

export function startsWithLabel(line: Line, labels: readonly string[]): boolean {
  const folded = foldedStart(line);
  return labels.some((label) => {
    const key = foldText(label);
    return folded.startsWith(key) && /^[\s]*[:.]/.test(folded.slice(key.length) || ":");
  });
}

export const SIGNATURE_LABELS = ["Handtekening", "Paraaf", "Voor akkoord", "Voor gezien", "Ondertekening"];

export function isSignatureLine(line: Line): boolean {
  const folded = foldedStart(line);
  return SIGNATURE_LABELS.some((label) => folded.startsWith(foldText(label)));
}

/**
 * The document's text as detection reads it: every line folded once (its first 200 characters), one
 * line per `\n`, so each marker, word and label is one search over one string instead of a pass over
 * every line for every phrase of every template.
 */
const DETECTION_LINES = 3000;

export class DetectionText {
  private readonly text: string;
  /** The folded lines, in order. */
  readonly lines: readonly string[];
  private readonly cache = new Map<string, boolean>();

  constructor(lines: readonly Line[]) {
    // A profile runs to a few hundred paragraphs: its markers stand in the first few thousand, and a
    // document far longer costs no more to recognise.
    this.lines = lines.slice(0, DETECTION_LINES).map((line) => foldText(line.text.slice(0, 200)));
    this.text = `\n${this.lines.join("\n")}\n`;
  }

  private remember(key: string, find: () => boolean): boolean {
    let found = this.cache.get(key);
    if (found === undefined) {
      found = find();
      this.cache.set(key, found);
    }
    return found;
  }

  /** A phrase that starts a line (`Functienummer`, `Kenmerken van de referentiefunctie`). */
  startsLine(phrase: string): boolean {
    const key = foldText(phrase);
    return this.remember(`^${key}`, () => this.text.includes(`\n${key}`));
  }

  /** A label that starts a line and is followed by its value (`Functienummer: …`, `Datum.`), or stands alone. */
  labelStartsLine(label: string): boolean {
    const key = foldText(label);
    return this.remember(`:${key}`, () => {
      for (let at = this.text.indexOf(`\n${key}`); at >= 0; at = this.text.indexOf(`\n${key}`, at + 1)) {
        if (/^[^\S\n]*(?:[:.]|\n)/.test(this.text.slice(at + 1 + key.length, at + 1 + key.length + 40)))
          return true;
      }
      return false;
    });
  }

  /** A word or phrase anywhere in the text, as a whole word. */
  hasWord(word: string): boolean {
    const key = foldText(word);
    return this.remember(`=${key}`, () => {
      for (let at = this.text.indexOf(key); at >= 0; at = this.text.indexOf(key, at + 1)) {
        const before = !/[a-z0-9]/.test(this.text[at - 1]!);
        const after = !/[a-z0-9]/.test(this.text[at + key.length] ?? "\n");
        if (before && after) return true;
      }
      return false;
    });
  }
}

function contentSectionFound(section: TemplateSection, text: DetectionText): boolean {
  switch (section.kind) {
    case "header":
    case "fields":
      return section.fields.some((field) => field.labels.some((label) => text.labelStartsLine(label)));
    case "signature":
      return SIGNATURE_LABELS.some((label) => text.startsLine(label));
    default:
      return false;
  }
}

/** Whether a section has a heading to look for (words or patterns). */
export function hasHeadings(section: TemplateSection): boolean {
  return section.headings.length > 0 || section.headingPatterns.length > 0;
}

/**
 * A section kept in an appendix is there by reference: a line that names it and says "bijlage"
 * ("NOK: zie bijlage", "Bijlage 1: Niveau-onderscheidende kenmerken").
 */
export function referencedInAppendix(section: TemplateSection, text: DetectionText): boolean {
  if (!section.appendix || !text.hasWord("bijlage")) return false;
  const names = [section.name.nl, ...section.headings].map((name) => foldText(name));
  return text.lines.some((line) => line.includes("bijlage") && names.some((name) => line.includes(name)));
}

/** What naming the system adds to a template's score (more than the gap between close candidates). */
const NAME_BONUS = 0.15;
/** What is left of another template's score when the document names one system only. */
const NAMED_ELSEWHERE = 0.8;

/**
 * Scores every template: the share of its sections found (required ones count double), blended with
 * the share of its typical phrases found. A document that reaches no template's threshold gets
 * `id: null`: a forced guess would make every later check misleading.
 */
export function detectTemplate(
  lines: Line[],
  templates: readonly Template[],
  hits: HeadingHit[],
): TemplateMatch {
  const text = new DetectionText(lines);
  const hitSections = new Set(hits.map((hit) => hit.section));
  // The shared vocabulary reads every profile; it is never a candidate.
  const candidates = templates
    .filter((template) => template !== GENERIC_TEMPLATE)
    .map((template) => {
      // Required sections count whether found or not; optional ones only add when found, so a
      // template with many optional sections is not penalised for a profile that has few of them.
      let found = 0;
      let total = 0;
      const foundIds: string[] = [];
      const missedIds: string[] = [];
      for (const section of template.sections) {
        if (section.kind === "divider" || section.kind === "title") continue;
        const present =
          (hasHeadings(section) ? hitSections.has(section) : contentSectionFound(section, text)) ||
          referencedInAppendix(section, text);
        const weight = section.required ? 2 : 1;
        if (section.required || present) total += weight;
        if (present) found += weight;
        (present ? foundIds : section.required ? missedIds : []).push(section.id);
      }
      const sectionScore = total === 0 ? 0 : found / total;
      const { markers, words, names, minimumWords } = template.detect;
      const phrases = markers.length + words.length;
      const named = names.some((name) => text.hasWord(name));
      const wordsFound = words.filter((word) => text.hasWord(word)).length + (named ? 1 : 0);
      const markerScore =
        phrases === 0
          ? sectionScore
          : (markers.filter((marker) => text.startsLine(marker)).length + wordsFound) / phrases;
      // Without any of its own terms a system's template cannot be the one (its sections are shared).
      // (A document with every section the template requires is evidence enough: a new skeleton.)
      const own = wordsFound >= minimumWords ? 1 : sectionScore === 1 ? 0.5 : 0.4;
      // The system's own name ("FWG 45", "FUWA-VO") decides between templates whose sections fit alike.
      const bonus = named ? NAME_BONUS : 0;
      const blended = Math.min(1, own * (0.75 * sectionScore + 0.25 * markerScore) + bonus);
      const score = Math.round(blended * 1000) / 1000;
      return {
        id: template.id,
        name: template.name,
        score,
        threshold: template.detect.threshold,
        found: foundIds,
        missed: missedIds,
      };
    });
  // A document that names one system ("FGR-functiegroep", "FWG 45") is of that system: another
  // template whose sections fit as well (they share most headings) counts for less.
  const named = templates.filter(
    (template) => template !== GENERIC_TEMPLATE && template.detect.names.some((name) => text.hasWord(name)),
  );
  if (named.length === 1) {
    for (const candidate of candidates)
      if (candidate.id !== named[0]!.id)
        candidate.score = Math.round(candidate.score * NAMED_ELSEWHERE * 1000) / 1000;
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  const matched = best && best.score >= best.threshold ? best.id : null;
  return {
    id: matched,
    confidence: best?.score ?? 0,
    candidates: candidates.map(({ id, name, score, found, missed }) => ({ id, name, score, found, missed })),
  };
}
