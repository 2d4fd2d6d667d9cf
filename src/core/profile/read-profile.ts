import { GENERIC_TEMPLATE } from "../../data/templates";
import type { ResultAreasConfig, Template, TemplateSection } from "../../data/template-schema";
import type { BlockRange, Message, Result } from "../common";
import { message } from "../common";
import type { DocumentSnapshot } from "../snapshot/schema";
import { collapseSpace, foldText, isAllCaps } from "../text/normalise";
import {
  competenciesInAreas,
  competencyColumn,
  competencyNamesInText,
  parseCompetencies,
} from "./competencies";
import { detectTemplate } from "./detect-template";
import { parseFields, splitLabel } from "./fields";
import {
  findHeaderTable,
  findHeaderTitle,
  findSignatureLines,
  findSignatureTable,
  findProfileField,
  findStyledTitle,
  findTitleField,
  isDocumentKindWord,
  parseSignatureLines,
  findTitleLine,
  parseSignatureTable,
} from "./header";
import type { HeadingHit } from "./headings";
import { canBeHeading, findHeadingHits, isAnyHeading, matchesHeading, matchesSection } from "./headings";
import { parseLevelTable } from "./level-table";
import type { Line, TableView } from "./lines";
import { buildTables, clipTable, isListedLine, rangeOf, toLines, withoutLeadingBars } from "./lines";
import type { Unlabelled } from "./result-areas";
import {
  isAreaItemsLabel,
  isAreaPartLabel,
  isRecordTable,
  isResultAreaTable,
  item,
  parseAreaParagraphs,
  parseAreaTables,
} from "./result-areas";
import type { Profile, ResultArea, Section, TextItem } from "./schema";

export interface ReadProfileOptions {
  /** Use this template whatever detection says (the user chose it). */
  templateId?: string | null;
  /** Competency names and aliases the library knows, to recognise a competency line without a level. */
  competencyNames?: readonly string[];
}

/** Section ids whose items are knowledge and experience, and adverse conditions (the built-in templates' section ids, docs/templates.md). */
const KNOWLEDGE_SECTIONS = new Set(["kennis-ervaring", "opleiding", "werkervaring"]);
const CONDITION_SECTIONS = new Set(["bezwarende-omstandigheden"]);

interface Start {
  index: number;
  section: TemplateSection | null;
  heading: Line | null;
  /** Unknown headings keep their own text as the section's name. */
  unknown?: boolean;
  /** Recognised by the common vocabulary, not by the template's own wording. */
  worded?: boolean;
}

/**
 * Tables whose rows are data (result areas, level tables, the header): only their first cell may be a
 * heading. A table is a layout grid of "label | text" rows when several first-column cells are headings.
 */
function findStructuredTables(tables: Map<number, TableView>, templates: readonly Template[]): Set<number> {
  const structured = new Set<number>();
  for (const table of tables.values()) {
    if (table.columns < 2) continue;
    // A grid of areas, or a record of one ("Kernactiviteit | …", "Kader | …", "Activiteiten | …").
    // A bar across the top ("3. RESULTAATGEBIEDEN") is the section's heading, above the grid's header.
    const body = withoutLeadingBars(table);
    const isAreaTable = templates.some(
      (template) =>
        template.resultAreas &&
        (isResultAreaTable(body, template.resultAreas) || isRecordTable(table, template.resultAreas)),
    );
    const labelRows = table.rows.filter((row) => {
      const first = row.cells[0]?.lines.find((line) => !line.empty);
      return first && row.cells[0]!.column === 0 && isAnyHeading(first.text, templates);
    });
    if (isAreaTable || labelRows.length < 2) structured.add(table.table);
  }
  return structured;
}

function trimRange(lines: Line[], start: number, end: number): BlockRange | null {
  let first = start;
  let last = end;
  while (first <= last && lines[first]!.empty) first++;
  while (last >= first && lines[last]!.empty) last--;
  return first <= last ? { start: first, end: last } : null;
}

function linesIn(lines: Line[], range: BlockRange | null): Line[] {
  return range ? lines.slice(range.start, range.end + 1) : [];
}

/** Top-level tables that overlap a range. */
function tablesIn(tables: Map<number, TableView>, range: BlockRange | null): TableView[] {
  if (!range) return [];
  return [...tables.values()].filter(
    (table) => table.range.start <= range.end && table.range.end >= range.start,
  );
}

/** The heading hits of one template, one per line, first section listed wins. */
function hitsFor(template: Template, hits: HeadingHit[]): HeadingHit[] {
  const byLine = new Map<number, HeadingHit>();
  for (const hit of hits) {
    if (hit.template === template && !byLine.has(hit.line.index)) byLine.set(hit.line.index, hit);
  }
  return [...byLine.values()];
}

/**
 * A header table of labels and values ("Organisatie | Gemeente Heuvelrand", "Functienummer | SD-233")
 * may have a label that is also a section heading: there it is a field, not the section. Only when it
 * is the one heading in that table and none comes before it, so a whole profile laid out as a
 * "heading | text" table keeps its sections.
 */
function withoutHeaderLabels(
  hits: HeadingHit[],
  lines: Line[],
  tables: Map<number, TableView>,
  header: TemplateSection,
): HeadingHit[] {
  const table = [...tables.values()].find((candidate) =>
    lines
      .slice(candidate.range.start, candidate.range.end + 1)
      .some((line) => header.fields.some((field) => splitLabel(line.block.text, field.labels) !== null)),
  );
  if (!table) return hits;
  const inside = hits.filter(
    (hit) => hit.line.index >= table.range.start && hit.line.index <= table.range.end,
  );
  const before = hits.some((hit) => hit.line.index < table.range.start);
  if (inside.length === 1 && !before) return hits.filter((hit) => hit !== inside[0]);
  // A label whose value is a short entry ("Activiteiten | Verlenen van hand- en spandiensten") is a
  // field of the header, however many there are; a layout table's headings head long text.
  const short = (hit: HeadingHit) => {
    const cell = hit.line.cell;
    const row = cell
      ? tables.get(cell.table)?.rows.find((candidate) => candidate.row === cell.row)
      : undefined;
    const values = (row?.cells ?? []).filter((candidate) => candidate.column !== cell?.column);
    const text = values.flatMap((value) =>
      value.lines.filter((line) => !line.empty).map((line) => line.text),
    );
    return text.length > 0 && text.length <= 3 && text.join(" ").length <= 120;
  };
  return hits.filter((hit) => !inside.includes(hit) || !short(hit));
}

/** The templates plus the shared vocabulary, one array per set (the heading index is kept per array). */
const vocabularies = new WeakMap<readonly Template[], readonly Template[]>();

function withVocabulary(templates: readonly Template[]): readonly Template[] {
  let vocabulary = vocabularies.get(templates);
  if (!vocabulary) {
    vocabulary = templates.includes(GENERIC_TEMPLATE) ? templates : [...templates, GENERIC_TEMPLATE];
    vocabularies.set(templates, vocabulary);
  }
  return vocabulary;
}

/** How far from the top a title field is looked for when no line above the first heading is the title. */
const TITLE_FIELD_ZONE = 80;

/** The kind of a template's section, by id. */
function templateKind(template: Template, id: string): TemplateSection["kind"] | null {
  return template.sections.find((section) => section.id === id)?.kind ?? null;
}

/** Kinds a template has at most one section of: a heading of that kind can only mean that section. */
const SINGLE_KINDS = new Set<TemplateSection["kind"]>(["result-areas", "competencies", "level-table"]);
/** A heading that names the competencies in its own words. */
const COMPETENCY_WORDING = /competenti|^(?:[\d.\s]*|[a-z][.:)]\s*)gedrag(?: dat|en| die)\b|^hoe je werkt\b/u;
/** Parts whose content is read, not only named: a template that lacks one still gets it read. */
const BORROWED_KINDS = new Set<TemplateSection["kind"]>(["result-areas", "competencies"]);

/**
 * Headings the template does not word this way but Dutch profiles commonly do (`Resultaten`,
 * `Context`, `Kerntaken`): a template section that is not there yet takes such a heading (reported
 * as worded differently, never as missing); any other starts a section of its own, so its content
 * is not read as part of the section before it.
 */
/** A line dressed as a heading: a heading style, bold, capitals, or a table cell. */
function looksLikeHeading(line: Line): boolean {
  const block = line.block;
  return block.headingLevel !== null || block.bold || isAllCaps(line.text) || line.cell !== null;
}

/** A plain "Activiteiten:" line over a list is an area's label, never a section's heading. */
function isPlainAreaLabel(hit: HeadingHit, config: ResultAreasConfig): boolean {
  return !looksLikeHeading(hit.line) && isAreaItemsLabel(hit.line.text, config);
}

function borrowedStarts(
  template: Template,
  generic: HeadingHit[],
  own: HeadingHit[],
  config: ResultAreasConfig,
): Start[] {
  const taken = new Set(own.map((hit) => hit.line.index));
  const present = new Set(own.map((hit) => hit.section.id));
  const starts: Start[] = [];
  const areasFrom = Math.min(
    ...own.filter((hit) => hit.section.kind === "result-areas").map((hit) => hit.line.index),
  );
  for (const hit of generic) {
    if (taken.has(hit.line.index)) continue;
    if (isPlainAreaLabel(hit, config) || !looksLikeHeading(hit.line)) continue;
    const block = hit.line.block;
    // A bold "Taken" under the areas is an area's label; before any areas ("WERKZAAMHEDEN") it heads them.
    const underAreas = areasFrom < hit.line.index || !isAllCaps(hit.line.text);
    if (block.headingLevel === null && underAreas && isAreaPartLabel(hit.line.text, config)) continue;
    taken.add(hit.line.index);
    const section =
      template.sections.find((candidate) => candidate.id === hit.section.id && !present.has(candidate.id)) ??
      (SINGLE_KINDS.has(hit.section.kind)
        ? template.sections.find(
            (candidate) => candidate.kind === hit.section.kind && !present.has(candidate.id),
          )
        : undefined);
    if (section) present.add(section.id);
    // A part the template does not know but every profile reads the same way (competencies under a template
    // without them, "4 Competenties" in an own house style) keeps the generic meaning, so it is still read.
    else if (BORROWED_KINDS.has(hit.section.kind) && !present.has(hit.section.id)) {
      present.add(hit.section.id);
      starts.push({ index: hit.line.index, section: hit.section, heading: hit.line, worded: true });
      continue;
    }
    starts.push(
      section
        ? { index: hit.line.index, section, heading: hit.line, worded: true }
        : { index: hit.line.index, section: null, heading: hit.line, unknown: true },
    );
  }
  return starts;
}

/** How prominent a heading is: a heading level, then bold text of its own (7), then a table cell (8). */
function prominence(line: Line): number {
  if (line.block.headingLevel !== null) return line.block.headingLevel;
  return line.cell ? 8 : 7;
}

/**
 * Inside a result-areas section, `Resultaten:` or `Gedragsindicatoren:` under an area are the
 * area's labels, not new sections: a heading that is an area label and stands below the section's
 * own heading (less prominent, or ending in a colon where that one does not) is dropped.
 */
function withoutAreaLabels(starts: Start[], config: ResultAreasConfig): Start[] {
  const kept: Start[] = [];
  let areas: Start | null = null;
  for (const start of starts) {
    if (areas?.heading && start.heading && isAreaPartLabel(start.heading.text, config)) {
      const own = prominence(areas.heading);
      const label = prominence(start.heading);
      const colon = /:\s*$/.test(start.heading.text) && !/:\s*$/.test(areas.heading.text);
      if (label > own || (label === own && colon)) continue;
    }
    if (start.section?.kind === "result-areas") areas = start;
    else if (start.heading) areas = null;
    kept.push(start);
  }
  return kept;
}

/**
 * "Taken:" in bold under every area: a label written again and again is a part of each area, never a
 * section heading (a section heading is written once). Lines in a heading style are left to the levels.
 */
function repeatedLabels(hits: HeadingHit[], config: ResultAreasConfig): Set<number> {
  const byKey = new Map<string, number[]>();
  for (const hit of hits) {
    const line = hit.line;
    if (line.block.headingLevel !== null || !isAreaPartLabel(line.text, config)) continue;
    const key = foldText(line.text).replace(/[^a-z]+/g, "");
    const seen = byKey.get(key) ?? [];
    if (!seen.includes(line.index)) seen.push(line.index);
    byKey.set(key, seen);
  }
  return new Set([...byKey.values()].filter((indexes) => indexes.length >= 2).flat());
}

/** Unlabelled items under a `Werkzaamheden` heading are tasks, under `Resultaten` results. */
function unlabelledOf(section: Section, config: ResultAreasConfig): Unlabelled {
  const heading = section.heading?.text;
  if (heading && matchesHeading(heading, config.taskLabels)) return "tasks";
  if (heading && matchesHeading(heading, config.indicatorLabels)) return "indicators";
  return config.unlabelledItems;
}

/** Areas found outside a result-areas heading count only when they are unmistakably laid out as areas. */
function looksLikeAreas(areas: ResultArea[]): boolean {
  if (areas.length < 2) return false;
  const filled = areas.filter((area) => area.tasks.length + area.indicators.length > 0);
  return (
    filled.length === areas.length && areas.every((area) => area.number !== null || area.tasks.length > 0)
  );
}

/**
 * After areas with items, a last "area" with neither tasks nor indicators but a paragraph of text is
 * a heading the vocabulary does not know (`Zelfstandigheid` and its text), not an area.
 */
/**
 * A grid without a title column ("Activiteiten | Resultaten") under an area's own heading holds that
 * area's items: the untitled table area merges into the heading's area just above it.
 */
function titleUntitledGrids(areas: ResultArea[]): void {
  areas.sort((a, b) => a.range.start - b.range.start);
  for (let index = areas.length - 1; index > 0; index--) {
    const grid = areas[index]!;
    const heading = areas[index - 1]!;
    if (grid.layout !== "table" || grid.title !== "" || heading.layout === "table") continue;
    if (heading.tasks.length + heading.indicators.length > 0) continue;
    heading.tasks.push(...grid.tasks);
    heading.indicators.push(...grid.indicators);
    heading.range = { start: heading.range.start, end: Math.max(heading.range.end, grid.range.end) };
    heading.placeholder = heading.placeholder && grid.placeholder;
    areas.splice(index, 1);
  }
}

function withoutTrailingText(areas: ResultArea[]): ResultArea[] {
  const filled = (area: ResultArea) => area.tasks.length + area.indicators.length > 0;
  if (!areas.some(filled)) return areas;
  let end = areas.length;
  while (end > 0 && !filled(areas[end - 1]!) && areas[end - 1]!.description !== null) end--;
  return areas.slice(0, end);
}

/** A result-areas section that is one flat list (`Werkzaamheden` and its items) is one area. */
function singleArea(section: Section, lines: Line[], fallback: Unlabelled): ResultArea | null {
  const listed = lines.filter((line) => !line.empty && !line.cell && isListedLine(line));
  if (listed.length === 0 || !section.heading) return null;
  const items = listed.map((line) => item(line)).filter((entry) => entry.text !== "");
  const kind = fallback === "indicators" ? "indicators" : "tasks";
  return {
    number: null,
    title: section.heading.text,
    titleRange: section.heading.range,
    description: null,
    tasks: kind === "tasks" ? items : [],
    indicators: kind === "indicators" ? items : [],
    range: { start: section.heading.range.start, end: listed[listed.length - 1]!.index },
    layout: "paragraphs",
    placeholder: false,
  };
}

/**
 * Reads a snapshot into a Profile. Never throws on odd documents: what it cannot place it reports as a
 * message and lists in `unplaced`; a document that fits no template gets `template.id: null`.
 */
export function readProfile(
  snapshot: DocumentSnapshot,
  templates: readonly Template[],
  options: ReadProfileOptions = {},
): Result<Profile> {
  const messages: Message[] = [];
  const lines = toLines(snapshot);
  const tables = buildTables(lines);
  // The common vocabulary takes part in reading, never in detection.
  const vocabulary = withVocabulary(templates);
  const structured = findStructuredTables(tables, vocabulary);
  const hits = findHeadingHits(lines, vocabulary, tables, structured);
  const match = detectTemplate(lines, templates, hits);

  const forced = options.templateId
    ? templates.find((template) => template.id === options.templateId)
    : undefined;
  if (options.templateId && !forced) {
    messages.push(
      message(
        "warning",
        "template-not-found",
        `Sjabloon "${options.templateId}" bestaat niet; het best passende sjabloon is gebruikt.`,
        `Template "${options.templateId}" does not exist; the best matching template was used.`,
      ),
    );
  }
  const chosenId = forced?.id ?? match.id;
  // Without a matching template the structure is still read, with the vocabulary all profiles share.
  const template = templates.find((candidate) => candidate.id === chosenId) ?? GENERIC_TEMPLATE;
  const templateMatch = forced ? { ...match, id: forced.id } : match;

  const empty: Profile = {
    template: templateMatch,
    title: null,
    fields: [],
    sections: [],
    resultAreas: [],
    competencies: [],
    knowledge: [],
    conditions: [],
    levelTable: null,
    signature: null,
    unplaced: [],
  };
  if (lines.every((line) => line.empty)) return { value: empty, messages };

  const knownNames = new Set((options.competencyNames ?? []).map(foldText));
  const labels = template.resultAreas ?? GENERIC_TEMPLATE.resultAreas!;
  const labelHits = repeatedLabels(hits, labels);
  let templateHits = hitsFor(template, hits).filter(
    (hit) => !isPlainAreaLabel(hit, labels) && !labelHits.has(hit.line.index),
  );
  const headerSection = template.sections.find((section) => section.kind === "header");
  if (headerSection) templateHits = withoutHeaderLabels(templateHits, lines, tables, headerSection);
  // With no heading known (an own house style worded its own way: "Dit ga je doen"), the highest heading
  // level used more than once heads the sections; a single Heading 1 above them is the title.
  const levelCounts = new Map<number, number>();
  for (const line of lines) {
    const level = line.block.headingLevel;
    if (level !== null && !line.cell && !line.empty)
      levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
  }
  const repeated = [...levelCounts].filter(([, count]) => count >= 2).map(([level]) => level);
  const repeatedTop = repeated.length > 0 ? Math.min(...repeated) : null;
  const firstRepeated = lines.find((line) => !line.cell && line.block.headingLevel === repeatedTop)?.index;
  const firstHeading = Math.min(
    ...templateHits.map((hit) => hit.line.index),
    templateHits.length === 0 && firstRepeated !== undefined ? firstRepeated : lines.length,
  );
  const starts: Start[] = templateHits.map((hit) => ({
    index: hit.line.index,
    section: hit.section,
    heading: hit.line,
  }));
  if (template !== GENERIC_TEMPLATE) {
    const generic = hitsFor(GENERIC_TEMPLATE, hits).filter((hit) => !labelHits.has(hit.line.index));
    const config = template.resultAreas ?? GENERIC_TEMPLATE.resultAreas!;
    starts.push(
      ...borrowedStarts(
        template,
        headerSection ? withoutHeaderLabels(generic, lines, tables, headerSection) : generic,
        templateHits,
        config,
      ),
    );
  }

  // Sections recognised by their content.
  const sectionOfKind = (kind: TemplateSection["kind"]) =>
    template.sections.find((section) => section.kind === kind);
  const titleSection = sectionOfKind("title");
  const signatureSection = sectionOfKind("signature");

  let title: TextItem | null = null;
  let headerTable: TableView | null = null;
  if (headerSection) {
    headerTable = findHeaderTable(lines, tables, headerSection, firstHeading);
    if (headerTable) {
      starts.push({ index: headerTable.range.start, section: headerSection, heading: null });
      // A Title line outside the table ("Teamleider productie" above "Afdeling | Productie") beats a
      // guess among the table's cells.
      // A field that names the function ("Functienaam | …") beats a Title or Heading 1 line outside the
      // table ("Teamleider productie" above "Afdeling | Productie"), which beats a guess among its cells.
      title =
        findTitleField(lines, firstHeading) ??
        findStyledTitle(lines, firstHeading) ??
        findProfileField(lines, firstHeading) ??
        findHeaderTitle(headerTable, headerSection);
    } else {
      // A header written as paragraphs: `Functie: …`, `Functienummer: …` above the first heading.
      const first = lines.find((line) => !line.empty);
      const fields = lines.filter(
        (line) =>
          line.index < firstHeading &&
          !line.cell &&
          headerSection.fields.some((field) => splitLabel(line.block.text, field.labels) !== null),
      );
      if (first && first.index < firstHeading && fields.length > 0) {
        starts.push({ index: first.index, section: headerSection, heading: null });
      }
    }
    title = title ?? findTitleField(lines, firstHeading);
  }
  if (titleSection || !title) {
    const titleItem = findTitleLine(
      lines.filter(
        (line) => !headerTable || line.index < headerTable.range.start || line.index > headerTable.range.end,
      ),
      firstHeading,
      // Without a title section only a line styled as a title can be one.
      titleSection === undefined,
    );
    if (titleItem && titleSection)
      starts.push({ index: titleItem.range.start, section: titleSection, heading: null });
    // A line that is only bold or in capitals ("PROVINCIE NOORDWAARD") is a guess; a "Functienaam:"
    // field near the top names the function for certain.
    const styled = titleItem ? lines[titleItem.range.start]!.block : null;
    const guessed = styled !== null && styled.style.builtIn !== "Title" && styled.headingLevel !== 1;
    title =
      title ??
      (guessed ? findTitleField(lines, Math.min(lines.length, TITLE_FIELD_ZONE)) : null) ??
      titleItem;
  }
  // Nothing above the first heading names the function: a "Functienaam | …" field near the top does
  // (a FUWASYS printout opens with a "Functie-informatie" heading over its field table).
  title = title ?? findTitleField(lines, Math.min(lines.length, TITLE_FIELD_ZONE));

  // The signature block: a table with "Handtekening …" cells, or paragraphs with those labels.
  const signatureTable = signatureSection ? findSignatureTable(lines, tables) : null;
  const signatureLines = signatureSection && !signatureTable ? findSignatureLines(lines) : null;
  const signatureRange = signatureTable?.range ?? (signatureLines ? rangeOf(signatureLines) : null);
  const inSignature = (line: Line) =>
    signatureRange !== null && line.index >= signatureRange.start && line.index <= signatureRange.end;
  if (signatureSection && signatureRange) {
    const nb = lines
      .slice(Math.max(0, signatureRange.start - 8), signatureRange.start)
      .find((line) => /^nb\s*:/i.test(line.text));
    starts.push({ index: nb?.index ?? signatureRange.start, section: signatureSection, heading: null });
  }

  // Field sections without a heading of their own (`Datum: …`) start at their field.
  const allFieldDefs = template.sections.flatMap((section) => section.fields);
  const fields = parseFields(lines, allFieldDefs, tables, inSignature);
  for (const section of template.sections) {
    if (section.kind !== "fields" || section.headings.length > 0) continue;
    const field = fields.find((candidate) => section.fields.some((def) => def.key === candidate.key));
    if (field) starts.push({ index: field.range.start, section, heading: null });
  }

  // Headings the template does not know, at the same level as the known ones, start sections of their own.
  const knownLevels = templateHits
    .map((hit) => hit.line.block.headingLevel)
    .filter((level): level is number => level !== null);
  const top =
    knownLevels.length > 0 ? Math.min(...knownLevels) : templateHits.length === 0 ? repeatedTop : null;
  if (top !== null) {
    const taken = new Set(starts.map((start) => start.index));
    for (const line of lines) {
      const level = line.block.headingLevel;
      if (level === null || level > top || taken.has(line.index)) continue;
      if (!canBeHeading(line, tables, structured)) continue;
      starts.push({ index: line.index, section: null, heading: line, unknown: true });
    }
  }

  starts.sort((a, b) => a.index - b.index);
  const areaConfig = template.resultAreas ?? GENERIC_TEMPLATE.resultAreas!;
  const kept = withoutAreaLabels(starts, areaConfig);
  // One start per block; and a heading repeated right away (a "Resultaatgebieden" heading above a
  // table whose first cell says it again) is one section, not an empty one and a full one.
  const deduped: Start[] = [];
  for (const start of kept) {
    const previous = deduped[deduped.length - 1];
    if (previous && previous.index === start.index) continue;
    const between = previous ? lines.slice(previous.index + 1, start.index) : [];
    if (
      previous &&
      previous.section &&
      previous.section === start.section &&
      between.every((line) => line.empty)
    ) {
      continue;
    }
    deduped.push(start);
  }

  const sections: Section[] = [];
  const sectionLines = new Map<Section, Line[]>();
  deduped.forEach((start, position) => {
    const end = (deduped[position + 1]?.index ?? lines.length) - 1;
    const contentStart = start.heading ? start.index + 1 : start.index;
    const content = trimRange(lines, contentStart, end);
    const section: Section = {
      id: start.section?.id ?? null,
      heading: start.heading
        ? {
            text: collapseSpace(start.heading.text).replace(/\s*:\s*$/, ""),
            range: { start: start.index, end: start.index },
            placeholder: false,
          }
        : null,
      range: {
        start: start.index,
        end: Math.max(start.index, trimRange(lines, start.index, end)?.end ?? start.index),
      },
      content,
      ...(start.worded ? { worded: true as const } : {}),
    };
    sections.push(section);
    sectionLines.set(section, linesIn(lines, content));
    if (start.unknown && template !== GENERIC_TEMPLATE) {
      messages.push(
        message(
          "info",
          "section-unknown",
          `Het onderdeel "${section.heading!.text}" komt niet voor in het sjabloon ${template.name.nl}.`,
          `The section "${section.heading!.text}" is not part of the ${template.name.en} template.`,
          section.range,
        ),
      );
    }
  });

  // Text before the first section that is not the title: say so instead of guessing.
  const unplaced: BlockRange[] = [];
  const firstStart = deduped[0]?.index ?? lines.length;
  const before = lines.filter(
    (line) =>
      line.index < firstStart &&
      !line.empty &&
      line.index !== title?.range.start &&
      !isDocumentKindWord(line.text),
  );
  const strayRange = rangeOf(before);
  if (strayRange) unplaced.push(strayRange);

  const kindOf = (id: string | null) =>
    (
      template.sections.find((candidate) => candidate.id === id) ??
      GENERIC_TEMPLATE.sections.find((candidate) => candidate.id === id)
    )?.kind;
  const sectionsWith = (kind: TemplateSection["kind"]) =>
    sections.filter((section) => kindOf(section.id) === kind);

  // A layout table whose first column holds the section headings ("Resultaatgebieden | …") is the
  // page, not data: its text cells are read as the sections' paragraphs.
  const headingLines = new Set(deduped.filter((start) => start.heading).map((start) => start.index));
  const dataTablesIn = (range: BlockRange | null) =>
    tablesIn(tables, range)
      .filter((table) => structured.has(table.table))
      .map((table) => clipTable(table, range!, headingLines))
      .filter((table): table is TableView => table !== null);

  // Result areas: under their heading, or (where the house style has none) after a given section
  // or, with nothing else to go on, wherever lines are laid out as areas.
  const resultAreas: ResultArea[] = [];
  const areaSections = sectionsWith("result-areas");
  const singles = new Set<ResultArea>();
  const readAreas = (section: Section, implicit: boolean): ResultArea[] => {
    const fallback = unlabelledOf(section, areaConfig);
    const areaTables = dataTablesIn(implicit ? section.content : section.range).filter(
      (table) =>
        table.columns >= 2 &&
        (isResultAreaTable(table, areaConfig) ||
          isRecordTable(table, areaConfig) ||
          (!implicit && table.rows.length > 1)),
    );
    const found = parseAreaTables(areaTables, areaConfig, fallback);
    const outside = sectionLines
      .get(section)!
      .filter(
        (line) =>
          !areaTables.some((table) => line.index >= table.range.start && line.index <= table.range.end),
      );
    const paragraphs = parseAreaParagraphs(outside, areaConfig, fallback);
    if (implicit && !looksLikeAreas(paragraphs.areas)) return found;
    found.push(...paragraphs.areas);
    titleUntitledGrids(found);
    // "Deze rol draagt bij aan de volgende outcomes …" above the first area introduces them: it belongs
    // to the section. Only text between or after the areas has no place.
    const firstArea = Math.min(...found.map((area) => area.range.start));
    const stray = rangeOf(paragraphs.stray.filter((line) => line.index > firstArea));
    if (!implicit && stray && paragraphs.areas.length + areaTables.length > 0) unplaced.push(stray);
    if (!implicit && found.length === 0) {
      const single = singleArea(section, sectionLines.get(section)!, fallback);
      if (single) {
        singles.add(single);
        found.push(single);
      }
    }
    return withoutTrailingText(found);
  };
  for (const section of areaSections) resultAreas.push(...readAreas(section, false));
  // "2 Rollen" (a list of roles) before "3 Resultaten" with its areas introduces them: not an area of
  // its own. After the areas ("Specifieke taken" below "Generieke taken") such a list is one more area.
  const firstReal = resultAreas.find((area) => !singles.has(area));
  if (firstReal)
    resultAreas.splice(
      0,
      resultAreas.length,
      ...resultAreas.filter((area) => !singles.has(area) || area.range.start > firstReal.range.start),
    );
  if (resultAreas.length === 0) {
    const after = areaConfig.after;
    const candidates = sections.filter((section) =>
      after ? section.id === after : section.id === null || templateKind(template, section.id) === "text",
    );
    for (const section of candidates) resultAreas.push(...readAreas(section, true));
  }
  resultAreas.sort((a, b) => a.range.start - b.range.start);

  const exampleLabels = (template.competencies ?? GENERIC_TEMPLATE.competencies!).exampleLabels;
  // No section the vocabulary knows as the competencies, but one whose heading says so in its own words
  // ("D: Competentieprofiel", "Hoe je werkt (competenties)", "Gedrag dat we van je vragen").
  const competenciesOf = (list: Section[]) =>
    list.flatMap((section) =>
      parseCompetencies(sectionLines.get(section)!, dataTablesIn(section.content), knownNames, exampleLabels),
    );
  const competencySections = sectionsWith("competencies");
  let competencies = competenciesOf(competencySections);
  // The template's competencies part is empty, or missing: another heading may still name them
  // ("Competenties en gedragsindicatoren" where the template took "Kwaliteitenprofiel").
  if (competencies.length === 0)
    competencies = competenciesOf(
      sections.filter(
        (section) =>
          !competencySections.includes(section) &&
          section.heading &&
          COMPETENCY_WORDING.test(foldText(section.heading.text)),
      ),
    );
  if (competencies.length === 0) {
    const competencyHeadings = (
      template.sections.find((section) => section.kind === "competencies") ??
      GENERIC_TEMPLATE.sections.find((section) => section.kind === "competencies")!
    ).headings;
    competencies = competencyColumn(
      areaSections.flatMap((section) => dataTablesIn(section.range)),
      competencyHeadings,
    );
  }
  if (competencies.length === 0) {
    competencies = competenciesInAreas(
      resultAreas.map((area) => lines.slice(area.range.start, area.range.end + 1)),
      knownNames,
      (line) => isAreaPartLabel(line.text, areaConfig),
    );
  }
  if (competencies.length === 0) competencies = competencyNamesInText(lines);

  const listItems = (ids: Set<string>) =>
    sections
      .filter((section) => section.id !== null && ids.has(section.id))
      .flatMap((section) =>
        sectionLines
          .get(section)!
          .filter((line) => !line.empty)
          .map((line) => item(line))
          .filter((entry) => entry.text !== ""),
      );

  let levelTable: Profile["levelTable"] = null;
  // A template without a level-table section still shows the table a profile has under a NOK heading.
  const genericLevel = GENERIC_TEMPLATE.sections.find((section) => section.kind === "level-table")!;
  const levelSections = [
    ...sectionsWith("level-table"),
    ...sections.filter(
      (section) =>
        section.id === null && section.heading && matchesSection(section.heading.text, genericLevel),
    ),
  ];
  for (const section of levelSections) {
    const table = tablesIn(tables, section.range).find((candidate) => candidate.columns >= 2);
    if (table && !levelTable) levelTable = parseLevelTable(table, title?.text ?? null);
  }

  for (const range of unplaced) {
    const text = lines[range.start]!.text;
    messages.push(
      message(
        "warning",
        "text-unplaced",
        `Tekst die bij geen onderdeel van het profiel hoort: "${shorten(text)}".`,
        `Text that belongs to no section of the profile: "${shorten(text)}".`,
        range,
      ),
    );
  }

  return {
    value: {
      template: templateMatch,
      title,
      fields,
      sections,
      resultAreas,
      competencies,
      knowledge: listItems(KNOWLEDGE_SECTIONS),
      conditions: listItems(CONDITION_SECTIONS),
      levelTable,
      signature: signatureTable
        ? parseSignatureTable(signatureTable)
        : signatureLines && signatureLines.length > 0
          ? parseSignatureLines(signatureLines)
          : null,
      unplaced,
    },
    messages,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
