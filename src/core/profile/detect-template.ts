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

function contentSectionFound(section: TemplateSection, lines: Line[]): boolean {
  switch (section.kind) {
    case "header":
    case "fields":
      return section.fields.some((field) => lines.some((line) => startsWithLabel(line, field.labels)));
    case "signature":
      return lines.some((line) => isSignatureLine(line));
    default:
      return false;
  }
}

export function markerFound(marker: string, lines: Line[]): boolean {
  const key = foldText(marker);
  return lines.some((line) => foldedStart(line).startsWith(key));
}

/** Whether a word or phrase occurs anywhere in the text (as a whole word). */
export function wordFound(word: string, lines: Line[]): boolean {
  const key = foldText(word);
  return lines.some((line) => {
    const folded = foldText(line.text.slice(0, 200));
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const before = at === 0 || !/[a-z0-9]/.test(folded[at - 1]!);
      const after = at + key.length >= folded.length || !/[a-z0-9]/.test(folded[at + key.length]!);
      if (before && after) return true;
    }
    return false;
  });
}

/** Whether a section has a heading to look for (words or patterns). */
export function hasHeadings(section: TemplateSection): boolean {
  return section.headings.length > 0 || section.headingPatterns.length > 0;
}

/**
 * A section kept in an appendix is there by reference: a line that names it and says "bijlage"
 * ("NOK: zie bijlage", "Bijlage 1: Niveau-onderscheidende kenmerken").
 */
export function referencedInAppendix(section: TemplateSection, lines: Line[]): boolean {
  if (!section.appendix) return false;
  const names = [section.name.nl, ...section.headings].map((name) => foldText(name));
  return lines.some((line) => {
    const folded = foldText(line.text.slice(0, 200));
    return folded.includes("bijlage") && names.some((name) => folded.includes(name));
  });
}

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
  const candidates = templates.map((template) => {
    // Required sections count whether found or not; optional ones only add when found, so a
    // template with many optional sections is not penalised for a profile that has few of them.
    let found = 0;
    let total = 0;
    const foundIds: string[] = [];
    const missedIds: string[] = [];
    for (const section of template.sections) {
      if (section.kind === "divider" || section.kind === "title") continue;
      const present =
        (hasHeadings(section)
          ? hits.some((hit) => hit.template === template && hit.section === section)
          : contentSectionFound(section, lines)) || referencedInAppendix(section, lines);
      const weight = section.required ? 2 : 1;
      if (section.required || present) total += weight;
      if (present) found += weight;
      (present ? foundIds : section.required ? missedIds : []).push(section.id);
    }
    const sectionScore = total === 0 ? 0 : found / total;
    const { markers, words, minimumWords } = template.detect;
    const phrases = markers.length + words.length;
    const wordsFound = words.filter((word) => wordFound(word, lines)).length;
    const markerScore =
      phrases === 0
        ? sectionScore
        : (markers.filter((marker) => markerFound(marker, lines)).length + wordsFound) / phrases;
    // Without any of its own terms a system's template cannot be the one (its sections are shared).
    // (A document with every section the template requires is evidence enough: a new skeleton.)
    const own = wordsFound >= minimumWords ? 1 : 0.5;
    const score = Math.round(own * (0.75 * sectionScore + 0.25 * markerScore) * 1000) / 1000;
    return {
      id: template.id,
      score,
      threshold: template.detect.threshold,
      found: foundIds,
      missed: missedIds,
    };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  const matched = best && best.score >= best.threshold ? best.id : null;
  return {
    id: matched,
    confidence: best?.score ?? 0,
    candidates: candidates.map(({ id, score, found, missed }) => ({ id, score, found, missed })),
  };
}
