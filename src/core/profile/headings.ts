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
const labelKey = memoise((text: string) =>
  headingKey(
    cleanLabel(text)
      .replace(/\s*\([^)]*\)\s*$/, "")
      // "Bijlage 1 – Kerncompetenties": a section kept in an appendix keeps its heading.
      .replace(/^bijlage\s*\d*\s*[:–—-]\s*(?=\S)/iu, ""),
  ),
);

interface KnownKey {
  key: string;
  tolerance: number;
  /** The key's digits: a fuzzy match must have the same. */
  digits: string;
}

/**
 * The keys of a list of known headings, computed once per list: a set for exact matches, and the
 * long keys (the only ones a typo is forgiven in) for the fuzzy comparison.
 */
interface KeyIndex {
  exact: Set<string>;
  fuzzy: KnownKey[];
}

const keyIndexes = new WeakMap<readonly string[], KeyIndex>();

function known(heading: string): KnownKey {
  const key = headingKey(heading);
  return { key, tolerance: tolerance(key), digits: key.replace(/\D+/g, "") };
}

function keyIndexOf(headings: readonly string[]): KeyIndex {
  let index = keyIndexes.get(headings);
  if (!index) {
    const keys = headings.map(known);
    index = {
      exact: new Set(keys.map((entry) => entry.key)),
      fuzzy: keys.filter((entry) => entry.tolerance > 0),
    };
    keyIndexes.set(headings, index);
  }
  return index;
}

/** How far a key may be from a known heading and still count (typos, a missing letter). */
function tolerance(key: string): number {
  if (key.length >= 20) return 2;
  if (key.length >= 14) return 1;
  return 0;
}

/** Typos are forgiven, numbers are not: "Resultaatgebied 2" is an area, not the heading "Resultaatgebied". */
function nearly(key: string, candidate: KnownKey): boolean {
  return (
    Math.abs(candidate.key.length - key.length) <= candidate.tolerance &&
    candidate.digits === key.replace(/\D+/g, "") &&
    editDistance(key, candidate.key, candidate.tolerance) <= candidate.tolerance
  );
}

/** "Aansturen (5):" is a competency line, never a heading. */
const LEVEL_SUFFIX = /\(\s*(?:niveau\s*)?\d(?:\s*[/\-–]\s*\d)?\s*\)\s*:?\s*$/i;

/** The comparison key of a line that can be a heading, or null (empty, or a competency with its level). */
function keyOf(text: string): string | null {
  if (LEVEL_SUFFIX.test(text)) return null;
  const key = labelKey(text);
  return key === "" ? null : key;
}

/** Like `matchesHeading`, without forgiving typos: for long lists checked against every line. */
export function matchesHeadingExactly(text: string, headings: readonly string[]): boolean {
  const key = keyOf(text);
  return key !== null && keyIndexOf(headings).exact.has(key);
}

export function matchesHeading(text: string, headings: readonly string[]): boolean {
  const key = keyOf(text);
  if (key === null) return false;
  const index = keyIndexOf(headings);
  return index.exact.has(key) || index.fuzzy.some((candidate) => nearly(key, candidate));
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
  const row = table.rows.find((candidate) => candidate.row === line.cell!.row);
  const cell = row?.cells.find((candidate) => candidate.column === line.cell!.column);
  const firstInCell = cell?.lines.find((candidate) => !candidate.empty) === line;
  if (!firstInCell) return false;
  if (structuredTables.has(table.table)) {
    // A bar across a form ("2. FUNCTIE-INHOUD" over its labelled rows) heads what follows it.
    const bar = row!.cells.length === 1 && cell!.span >= table.columns;
    return (line.cell.row === table.rows[0]?.row && line.cell.column === 0) || bar;
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

interface SectionRef {
  template: Template;
  section: TemplateSection;
  /** Template and section position: hits keep the order the templates list them in. */
  order: number;
}

/** Every heading of every section of a set of templates, indexed once per set. */
interface SectionIndex {
  exact: Map<string, SectionRef[]>;
  fuzzy: Array<{ key: KnownKey; refs: SectionRef[] }>;
  patterns: SectionRef[];
}

const sectionIndexes = new WeakMap<readonly Template[], SectionIndex>();

function sectionIndexOf(templates: readonly Template[]): SectionIndex {
  let index = sectionIndexes.get(templates);
  if (index) return index;
  const built: SectionIndex = { exact: new Map(), fuzzy: [], patterns: [] };
  const fuzzy = new Map<string, { key: KnownKey; refs: SectionRef[] }>();
  let order = 0;
  for (const template of templates) {
    for (const section of template.sections) {
      const ref = { template, section, order: order++ };
      if (section.headingPatterns.length > 0) built.patterns.push(ref);
      for (const heading of new Set(section.headings.map(known).map((entry) => entry.key))) {
        const list = built.exact.get(heading) ?? [];
        list.push(ref);
        built.exact.set(heading, list);
      }
      for (const entry of section.headings.map(known).filter((candidate) => candidate.tolerance > 0)) {
        const group = fuzzy.get(entry.key) ?? { key: entry, refs: [] };
        if (!group.refs.includes(ref)) group.refs.push(ref);
        fuzzy.set(entry.key, group);
      }
    }
  }
  built.fuzzy = [...fuzzy.values()];
  sectionIndexes.set(templates, built);
  index = built;
  return index;
}

/** The (template, section) pairs whose heading a text is, in the templates' order. */
function sectionsMatching(text: string, templates: readonly Template[]): SectionRef[] {
  const key = keyOf(text);
  if (key === null) return [];
  const index = sectionIndexOf(templates);
  const found = new Set<SectionRef>(index.exact.get(key) ?? []);
  for (const group of index.fuzzy) {
    if (nearly(key, group.key)) for (const ref of group.refs) found.add(ref);
  }
  for (const ref of index.patterns) if (!found.has(ref) && matchesSection(text, ref.section)) found.add(ref);
  return [...found].sort((a, b) => a.order - b.order);
}

/** Whether a text is the heading of any section of the templates. */
export function isAnyHeading(text: string, templates: readonly Template[]): boolean {
  return sectionsMatching(text, templates).length > 0;
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
    for (const { template, section } of sectionsMatching(line.text, templates))
      hits.push({ line, template, section });
  }
  return hits;
}
