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

function markerFound(marker: string, lines: Line[]): boolean {
  const key = foldText(marker);
  return lines.some((line) => foldedStart(line).startsWith(key));
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
    let found = 0;
    let total = 0;
    for (const section of template.sections) {
      if (section.kind === "divider" || section.kind === "title") continue;
      const weight = section.required ? 2 : 1;
      total += weight;
      const present =
        section.headings.length > 0
          ? hits.some((hit) => hit.template === template && hit.section === section)
          : contentSectionFound(section, lines);
      if (present) found += weight;
    }
    const sectionScore = total === 0 ? 0 : found / total;
    const markers = template.detect.markers;
    const markerScore =
      markers.length === 0
        ? sectionScore
        : markers.filter((marker) => markerFound(marker, lines)).length / markers.length;
    const score = Math.round((0.75 * sectionScore + 0.25 * markerScore) * 1000) / 1000;
    return { id: template.id, score, threshold: template.detect.threshold };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  const matched = best && best.score >= best.threshold ? best.id : null;
  return {
    id: matched,
    confidence: best?.score ?? 0,
    candidates: candidates.map(({ id, score }) => ({ id, score })),
  };
}
