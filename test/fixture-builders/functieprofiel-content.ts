/**
 * The content of a profile of template `functieprofiel`, independent of its layout. List items are the
 * paragraph texts as written in the seed's table layout (`-<tab>item;`); layouts with real Word lists
 * strip the typed marker with `stripListMarker`.
 */
export interface FunctieprofielContent {
  header: { organisation: string; title: string; number: string; banner: string };
  characteristics: {
    heading: string;
    /** The template's instruction text, or null once the writer has replaced it. */
    guidance: string | null;
    text: string[];
  };
  organisation: { heading: string; fields: FieldLine[] };
  resultAreas: { heading: string; columns: [string, string, string]; areas: ResultAreaContent[] };
  conditions: { heading: string; items: string[] };
  date: string;
  nb: string;
  signature: SignatureParty[];
  competencyProfile: string;
  knowledge: { heading: string; items: string[] };
  competencies: {
    heading: string;
    guidance: string | null;
    items: CompetencyContent[];
    /** A line after the last competency (the seed's unfinished `Xxx`), or null. */
    closing: string | null;
  };
}

export interface FieldLine {
  label: string;
  value: string;
}

export interface ResultAreaContent {
  number: number;
  title: string;
  /** An empty paragraph under the title in the first cell, as seed 000 has in row 4. */
  emptyParagraphAfterTitle?: boolean;
  tasks: string[];
  indicators: string[];
}

export interface CompetencyContent {
  name: string;
  /** `5`, `4/5`, or null for a competency written without a level. */
  level: string | null;
  behaviours: string[];
}

export interface SignatureParty {
  label: string;
  date: string;
  name: string;
}

/** `-<tab>text` or `- <tab>text` → `text`; other text unchanged. */
export function stripListMarker(item: string): string {
  return item.replace(/^-\s*\t/, "");
}

/** The competency line as profiles write it: `Aansturen (5):`, or without level and/or colon. */
export function formatCompetencyLine(competency: CompetencyContent, options: { colon: boolean }): string {
  const level = competency.level === null ? "" : ` (${competency.level})`;
  return `${competency.name}${level}${options.colon ? ":" : ""}`;
}
