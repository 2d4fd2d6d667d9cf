import type { Template, TemplateSection } from "../../data/template-schema";
import {
  cleanLabel,
  editDistance,
  foldText,
  headingKey,
  listMarkerOf,
  memoise,
  wordCount,
} from "../text/normalise";
import type { Line, TableView } from "./lines";

export interface HeadingHit {
  line: Line;
  template: Template;
  section: TemplateSection;
}

/** A heading's key without a trailing remark in brackets ("Competenties (maximaal 5)"). */
const labelKey = memoise((text: string) => headingKey(cleanLabel(text).replace(/\s*\([^)]*\)\s*$/, "")));

interface KnownKey {
  key: string;
  tolerance: number;
  /** The key's digits: a fuzzy match must have the same. */
  digits: string;
}

/** The keys of a list of known headings, computed once per list. */
const knownKeys = new WeakMap<readonly string[], KnownKey[]>();

function keysOf(headings: readonly string[]): KnownKey[] {
  let keys = knownKeys.get(headings);
  if (!keys) {
    keys = headings.map((heading) => {
      const key = headingKey(heading);
      return { key, tolerance: tolerance(key), digits: key.replace(/\D+/g, "") };
    });
    knownKeys.set(headings, keys);
  }
  return keys;
}

/** How far a key may be from a known heading and still count (typos, a missing letter). */
function tolerance(key: string): number {
  if (key.length >= 20) return 2;
  if (key.length >= 14) return 1;
  return 0;
}

/** "Aansturen (5):" is a competency line, never a heading. */
const LEVEL_SUFFIX = /\(\s*(?:niveau\s*)?\d(?:\s*[/\-–]\s*\d)?\s*\)\s*:?\s*$/i;

export function matchesHeading(text: string, headings: readonly string[]): boolean {
  if (LEVEL_SUFFIX.test(text)) return false;
  const key = labelKey(text);
  if (key === "") return false;
  // Typos are forgiven, numbers are not: "Resultaatgebied 2" is an area, not the heading "Resultaatgebied".
  const digits = key.replace(/\D+/g, "");
  return keysOf(headings).some(
    (known) =>
      key === known.key ||
      (known.tolerance > 0 &&
        digits === known.digits &&
        editDistance(key, known.key, known.tolerance) <= known.tolerance),
  );
}

/**
 * Whether a line is placed where a heading can stand: a paragraph of its own, or the first paragraph
 * of a cell in a table used as a heading bar / label column. Area titles inside a result-area table are
 * excluded, so an area called "Organisatie" never becomes a section.
 */
export function canBeHeading(
  line: Line,
  tables: Map<number, TableView>,
  structuredTables: Set<number>,
): boolean {
  if (line.empty || line.text.length > 120) return false;
  const marker = listMarkerOf(line.block.text);
  if (marker && /^[\t ]*[-–—•▪◦·*]/u.test(marker)) return false;
  // A bulleted item is content; but heading styles that carry (invisible) numbering, as LibreOffice
  // writes them, are still headings.
  const list = line.block.list;
  if (list && !list.ordered && line.block.headingLevel === null && list.label !== "") return false;
  if (wordCount(cleanLabel(line.text)) > 10) return false;
  if (!line.cell) return true;
  const table = tables.get(line.cell.table);
  if (!table) return true;
  const cell = table.rows
    .find((row) => row.row === line.cell!.row)
    ?.cells.find((candidate) => candidate.column === line.cell!.column);
  const firstInCell = cell?.lines.find((candidate) => !candidate.empty) === line;
  if (!firstInCell) return false;
  if (structuredTables.has(table.table)) {
    return line.cell.row === table.rows[0]?.row && line.cell.column === 0;
  }
  return line.cell.column === 0 || table.columns === 1;
}

/** A heading pattern (`Functiereeks {naam}`) as a regular expression over folded text. */
const compiledPatterns = new WeakMap<readonly string[], RegExp[]>();

function patternsOf(patterns: readonly string[]): RegExp[] {
  let compiled = compiledPatterns.get(patterns);
  if (!compiled) {
    compiled = patterns.map((pattern) => {
      const parts = foldText(pattern)
        .split(/\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*"));
      return new RegExp(`^${parts.join("\\S.*?")}$`, "u");
    });
    compiledPatterns.set(patterns, compiled);
  }
  return compiled;
}

/** Whether a line's text is one of a section's headings, or fits one of its heading patterns. */
export function matchesSection(text: string, section: TemplateSection): boolean {
  if (section.headings.length > 0 && matchesHeading(text, section.headings)) return true;
  if (section.headingPatterns.length === 0 || LEVEL_SUFFIX.test(text)) return false;
  const folded = foldText(cleanLabel(text));
  return patternsOf(section.headingPatterns).some((pattern) => pattern.test(folded));
}

/** Every (template, section) whose heading a line matches. */
export function findHeadingHits(
  lines: Line[],
  templates: readonly Template[],
  tables: Map<number, TableView>,
  structuredTables: Set<number>,
): HeadingHit[] {
  const hits: HeadingHit[] = [];
  for (const line of lines) {
    if (!canBeHeading(line, tables, structuredTables)) continue;
    for (const template of templates) {
      for (const section of template.sections) {
        if (matchesSection(line.text, section)) {
          hits.push({ line, template, section });
        }
      }
    }
  }
  return hits;
}
