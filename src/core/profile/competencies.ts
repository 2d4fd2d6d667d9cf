import { cleanItemText, cleanLabel, foldText, stripListMarker, wordCount } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import { matchesHeading } from "./headings";
import type { Line, RowView, TableView } from "./lines";
import { isSignatureLine } from "./detect-template";
import { brokenLines, cellAt, cellText, firstFilled, isBar, isListedLine } from "./lines";
import { item } from "./result-areas";
import type { Competency, TextItem } from "./schema";

/** `(5)`, `(4/5)`, `(niveau 4)`, `(niv. 3)`, `(3-4)`, `[4]`. */
const LEVEL_IN_BRACKETS =
  /[([]\s*(?:niveau\s*|niv\.?\s*|level\s*)?([1-9])(?:\s*(?:[/\-–]|tot)\s*([1-9]))?\s*[)\]]/iu;
/** `Aansturen - niveau 4`, `Aansturen: niveau 4/5`, `Aansturen: 4`. */
const LEVEL_AFTER_DASH =
  /\s*[-–—:]\s*(?:(?:niveau|niv\.?|level)\s*)?([1-9])(?:\s*(?:[/\-–]|tot)\s*([1-9]))?\s*$/iu;
/** `Overtuigingskracht niveau: 3`. */
const LEVEL_WORD = /\s+(?:niveau|niv\.?|level)\s*:?\s*([1-9])(?:\s*(?:[/\-–]|tot)\s*([1-9]))?\s*$/iu;
/**
 * Levels written as words or letters: `Klantgerichtheid (gevorderd)`, `Vakmanschap – niveau B`,
 * `Samenwerken - basis`. A letter only counts after the word "niveau".
 */
const LEVEL_NAMES =
  "basis|gevorderd|expert|ervaren|beginnend|startend|vakbekwaam|specialist|senior|medior|junior|zeer hoog|hoog|midden|gemiddeld|laag";
const WORDED_LEVEL = new RegExp(
  `(?:\\s*[([]\\s*(?:niveau\\s*:?\\s*)?(${LEVEL_NAMES}|(?<=niveau\\s*:?\\s*)[A-E])\\s*[)\\]]|\\s*[-–—:]\\s*(?:niveau\\s*:?\\s*)?(${LEVEL_NAMES})|\\s*[-–:,]?\\s+niveau\\s*:?\\s*(${LEVEL_NAMES}|[A-E]))\\s*\\.?$`,
  "iu",
);
/** A level drawn as marks after the name: `Klantgerichtheid ***`, `Samenwerken ●●●○`, `Plannen ★★☆☆`. */
const MARKED_LEVEL = /\s*[-–—:(]?\s*([*★☆●○◯◉■□▪▫]{1,6})\s*\)?\s*$/u;

/** The marked level at the end of a name; a lone "*" is a footnote mark, not a level. */
function markedLevelOf(text: string): RegExpExecArray | null {
  const match = MARKED_LEVEL.exec(text);
  return match && match.index > 0 && match[1] !== "*" ? match : null;
}

/** A table cell that holds only a level: `●●●○`, `***`, `3`, `3/4`, `B`, `gevorderd`. */
const LEVEL_CELL = new RegExp(
  `^(?:[*★☆●○◯◉■□▪▫]{2,6}|[1-9](?:\\s*[/\\-–]\\s*[1-9])?|[A-E]|${LEVEL_NAMES})$`,
  "iu",
);

/** A line that gives only the level of the competency above it (`Niveau 2`, `Niveau: gevorderd`). */
const LEVEL_LINE = new RegExp(
  `^(?:(?:vereist|gewenst|gevraagd|verwacht|benodigd)e?\\s+)?(?:niveau|level)\\s*:?\\s*([1-9](?:\\s*[/\\-–]\\s*[1-9])?|[A-E]|${LEVEL_NAMES})\\.?$`,
  "iu",
);

/** After the level: nothing, a colon, or the competency's definition (`Analyseren (4) – Het vermogen …`). */
const AFTER_LEVEL = /^\s*(?:[:.]?\s*|[:–—-]\s+\S.*)$/su;

import vocabulary from "../../data/vocabulary.json";

/** Lines that only announce the examples ("Gedragsvoorbeelden:"), never examples themselves. */
const EXAMPLE_LABELS: readonly string[] = vocabulary.exampleLabels;

export interface CompetencyLine {
  name: string;
  level: string | null;
}

function levelText(match: RegExpExecArray): string {
  return match[2] ? `${match[1]}/${match[2]}` : match[1]!;
}

/**
 * Reads `Naam (niveau):` — `Aansturen (5):`, `Ondernemend en commercieel handelen (4/5)`,
 * `Samenwerken:`, `Analyseren - niveau 3` — into name and level. Null for text that cannot be one.
 */
export function readCompetencyLine(text: string): CompetencyLine | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 100) return null;
  let name = trimmed;
  let level: string | null = null;
  const bracketed = LEVEL_IN_BRACKETS.exec(trimmed);
  const dashed = LEVEL_AFTER_DASH.exec(trimmed);
  if (bracketed) {
    const after = trimmed.slice(bracketed.index + bracketed[0].length);
    if (!AFTER_LEVEL.test(after)) return null;
    name = trimmed.slice(0, bracketed.index);
    level = levelText(bracketed);
  } else if (dashed) {
    // "Overtuigingskracht niveau: 3": the word before the colon is part of the level.
    name = trimmed.slice(0, dashed.index).replace(/\s+(?:niveau|niv\.?|level)\s*$/iu, "");
    level = levelText(dashed);
  } else if (markedLevelOf(trimmed)) {
    const marked = markedLevelOf(trimmed)!;
    name = trimmed.slice(0, marked.index);
    level = marked[1]!;
  } else {
    // "Overtuigingskracht Niveau: 3" (the level on a line of its own, joined by a soft break).
    const worded = LEVEL_WORD.exec(trimmed);
    const named = worded ? null : WORDED_LEVEL.exec(trimmed);
    if (worded) {
      name = trimmed.slice(0, worded.index);
      level = levelText(worded);
    } else if (named) {
      name = trimmed.slice(0, named.index);
      level = (named[1] ?? named[2] ?? named[3])!;
    }
  }
  // "1.1 Klantgerichtheid", and the universities' "Denkkracht: 3. Analytisch vermogen" (cluster and number).
  name = name
    .replace(/\s*:\s*$/, "")
    .replace(/^(?:[\p{L}-]+:\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u, "")
    .trim();
  if (name === "" || wordCount(name) > 12 || /[.;!?]$/.test(name)) return null;
  return { name, level };
}

/**
 * Whether a line starts a competency rather than being one of its behaviour examples. A behaviour is
 * a list item or plain running text; a competency line is short, not listed, starts with a capital and
 * carries a sign: a level, a final colon, bold or heading formatting, or a name the library knows.
 */
export function isCompetencyLine(
  line: Line,
  knownNames: ReadonlySet<string>,
  exampleLabels: readonly string[] = EXAMPLE_LABELS,
): CompetencyLine | null {
  if (line.empty || matchesHeading(line.text, exampleLabels)) return null;
  const direct = readCompetencyLine(stripListMarker(line.text));
  const defined = direct ? null : definedName(line, knownNames);
  const parsed = direct ?? defined;
  if (!parsed) return null;
  // "* Leidinggeven (3)" over indented "- …" lines: a list item with a level, at the outer level.
  // "• **Analytisch vermogen**" over nested examples: a bold outer item names a competency too.
  const outerName =
    isOuterItem(line) && (parsed.level !== null || (line.block.bold && wordCount(parsed.name) <= 6));
  if (isListedLine(line) && !outerName) return null;
  if (!/^[\p{Lu}\d]/u.test(parsed.name)) return null;
  // "Voor deze functie gelden de volgende competenties:": a sentence, not a name (unless the library knows it).
  const sentence = parsed.level === null || SENTENCE_START.test(parsed.name);
  if (sentence && wordCount(parsed.name) > 6 && !knownNames.has(foldText(parsed.name))) return null;
  const colon = /:\s*$/.test(line.text);
  const signs =
    defined !== null ||
    parsed.level !== null ||
    colon ||
    line.block.bold ||
    line.block.headingLevel !== null ||
    knownNames.has(foldText(parsed.name));
  if (!signs) return null;
  // A lone "Xxx" left by the template is a placeholder line, not a competency named "Xxx".
  if (parsed.level === null && isPlaceholderOnly(parsed.name)) return null;
  return parsed;
}

/** "Klantgerichtheid – verplaatst zich in …": a name, then its definition on the same line. */
const NAME_THEN_DEFINITION = /^([^–—:]{2,60}?)\s*(?:\s[–—-]|:)\s+\p{L}/u;

/**
 * The name before a definition, when the name is bold or one the library knows (a definition line
 * alone is no sign: "Resultaat: …" and "Doel – …" open sentences too).
 */
function definedName(line: Line, knownNames: ReadonlySet<string>): CompetencyLine | null {
  if (isListedLine(line)) return null;
  const match = NAME_THEN_DEFINITION.exec(line.text.trim());
  if (!match) return null;
  const parsed = readCompetencyLine(match[1]!);
  if (!parsed || wordCount(parsed.name) > 5) return null;
  const bold =
    line.block.boldPrefix >= match[1]!.trim().length && line.block.text.startsWith(match[1]!.trim());
  return bold || knownNames.has(foldText(parsed.name)) ? parsed : null;
}

/** Words a sentence opens with, never a competency's name ("De niveaus lopen van …", "Voor deze functie …"). */
const SENTENCE_START = /^(?:de|het|een|deze|voor|alle|bij|in|je|jij|wij|we|u)\s/iu;

function isOuterItem(line: Line): boolean {
  return line.block.list ? line.block.list.level === 0 : !/^[\t ]/.test(line.block.text);
}

function libraryTagOf(line: Line): string | null {
  const tag = line.block.contentControl?.tag ?? null;
  return tag && tag.startsWith("profielwijzer:") ? tag : null;
}

interface Draft {
  competency: Competency;
  examples: Array<{ entry: TextItem; listed: boolean }>;
}

/**
 * When a competency's examples are a list, plain lines before the list are its definition
 * ("Onderzoekt wensen van klanten en handelt daarnaar."), not examples.
 */
function finish(draft: Draft): Competency {
  const firstListed = draft.examples.findIndex((example) => example.listed);
  const examples = firstListed > 0 ? draft.examples.slice(firstListed) : draft.examples;
  draft.competency.behaviours = examples.map((example) => example.entry);
  return draft.competency;
}

/**
 * The lines of a paragraph split at its soft breaks; in a list item only the first is the item, the
 * rest continue it ("• **Analytisch vermogen**⏎*Het vermogen om …*": the name, then its definition).
 */
function continuedLines(line: Line): Line[] {
  return brokenLines(line).map((part, index) =>
    index > 0 && part.block.list ? { ...part, block: { ...part.block, list: null } } : part,
  );
}

/**
 * Competencies written as lines: `Naam (niveau):` followed by examples. Lines before the first
 * competency line are the section's introduction (often template guidance) and left to the rules. A
 * placeholder-only line that is not a list item ends the current competency: it is the template's slot
 * for another competency.
 */
export function parseCompetencyLines(
  lines: Line[],
  knownNames: ReadonlySet<string>,
  exampleLabels: readonly string[] = EXAMPLE_LABELS,
): Competency[] {
  const competencies: Competency[] = [];
  let draft: Draft | null = null;
  const close = () => {
    if (draft) competencies.push(finish(draft));
    draft = null;
  };
  for (const line of lines.flatMap(continuedLines)) {
    if (line.empty || matchesHeading(line.text, exampleLabels)) continue;
    // "Kennis en vaardigheden:" in a kwaliteitenprofiel: requirements, neither a competency nor its examples.
    if (matchesHeading(line.text.split(":")[0] ?? "", REQUIREMENT_LABELS)) {
      close();
      continue;
    }
    const levelLine = LEVEL_LINE.exec(line.text.trim());
    if (levelLine && draft !== null && (draft as Draft).examples.length === 0) {
      const open: Draft = draft;
      open.competency.level ??= levelLine[1]!.replace(/\s+/g, "");
      continue;
    }
    const heading = isCompetencyLine(line, knownNames, exampleLabels);
    if (heading) {
      close();
      draft = {
        competency: {
          name: heading.name,
          level: heading.level,
          nameRange: { start: line.index, end: line.index },
          behaviours: [],
          range: { start: line.index, end: line.index },
          placeholder: isPlaceholderOnly(heading.name),
          libraryTag: libraryTagOf(line),
        },
        examples: [],
      };
      continue;
    }
    if (!draft) continue;
    const current: Draft = draft;
    if (!isListedLine(line) && isPlaceholderOnly(line.text)) {
      close();
      continue;
    }
    const behaviour = item(line);
    if (behaviour.text === "") continue;
    current.examples.push({ entry: behaviour, listed: isListedLine(line) });
    current.competency.range = { start: current.competency.range.start, end: line.index };
  }
  close();
  return competencies;
}

/** "Vastgesteld door het college d.d. …": the profile's closing line, after its competencies. */
const ADOPTED = /^\s*(?:vastgesteld|vaststelling|versie\s+\d|datum vaststelling)\b/iu;

/** Labels of requirements that a kwaliteitenprofiel lists next to the competencies. */
const REQUIREMENT_LABELS = [
  "Kennis en vaardigheden",
  "Kennis",
  "Vaardigheden",
  "Kennis en ervaring",
  "Opleiding",
  "Opleidingsniveau",
  "Ervaring",
  "Werkervaring",
  "Opleiding en ervaring",
  "Functie-eisen",
  "Vereisten",
];

type Column = "name" | "level" | "behaviours" | "other";

const COLUMN_LABELS: Array<[Column, string[]]> = [
  ["name", ["Competentie", "Competenties", "Naam", "Kerncompetentie", "Competency"]],
  [
    "level",
    [
      "Niveau",
      "Level",
      "Verwacht niveau",
      "Vereist niveau",
      "Gewenst niveau",
      "Required level",
      "Expected level",
    ],
  ],
  [
    "behaviours",
    [...EXAMPLE_LABELS, "Gedragsvoorbeelden / gedragsindicatoren", "Wat zie je", "Zichtbaar gedrag"],
  ],
  ["other", ["Definitie", "Omschrijving", "Toelichting", "Beschrijving"]],
];

function columnOf(text: string): Column | null {
  // "Niveau (1–4)": the scale in brackets is a remark on the column.
  const label = text.replace(/\s*\([^)]*\)\s*$/u, "");
  return COLUMN_LABELS.find(([, labels]) => matchesHeading(label, labels))?.[0] ?? null;
}

/** The items of a cell of behaviour examples: one per line, list item or soft-broken line. */
function behaviourItems(lines: Line[]): TextItem[] {
  return lines
    .flatMap(brokenLines)
    .filter((line) => !line.empty && !matchesHeading(line.text, EXAMPLE_LABELS))
    .map((line) => item(line, cleanItemText(line.block.text)))
    .filter((entry) => entry.text !== "");
}

/** The role the first cell of a row labels ("Competentie | Klantgerichtheid", "Vereist niveau | C"). */
function recordRole(row: RowView): Column | null {
  if (row.cells.length < 2 || row.cells[0]!.column !== 0) return null;
  const label = cellText(row.cells[0]).replace(/^vereist\s+/iu, "");
  return columnOf(label);
}

/**
 * A competency written as a record: each row labels one part ("Competentie | Klantgerichtheid",
 * "Definitie | …", "Vereist niveau | C", "Gedragsvoorbeelden | • …"); a "Competentie" row opens the next.
 */
function parseCompetencyRecords(table: TableView): Competency[] | null {
  const roles = table.rows.map(recordRole);
  if (roles[0] !== "name" || roles.filter((role) => role !== null && role !== "name").length === 0)
    return null;
  const competencies: Competency[] = [];
  table.rows.forEach((row, position) => {
    const role = roles[position];
    const values = row.cells.slice(1).flatMap((cell) => cell.lines);
    const current = competencies[competencies.length - 1];
    if (role === "name") {
      const nameLine = firstFilled(values);
      if (!nameLine) return;
      const parsed = readCompetencyLine(nameLine.text) ?? { name: cleanLabel(nameLine.text), level: null };
      competencies.push({
        name: parsed.name,
        level: parsed.level,
        nameRange: { start: nameLine.index, end: nameLine.index },
        behaviours: [],
        range: row.range,
        placeholder: isPlaceholderOnly(parsed.name),
        libraryTag: libraryTagOf(nameLine),
      });
      return;
    }
    if (!current) return;
    current.range = { start: current.range.start, end: row.range.end };
    const text = values
      .filter((line) => !line.empty)
      .map((line) => line.text)
      .join(" ")
      .trim();
    if (role === "level" && text !== "" && current.level === null) current.level = text;
    if (role === "behaviours") current.behaviours.push(...behaviourItems(values));
  });
  return competencies;
}

/**
 * Competencies written as a table: one row per competency, with columns for the name (maybe with its
 * level), the level and the examples — recognised from a header row, or by shape without one; or one
 * record per competency with its parts labelled in the first column.
 */
export function parseCompetencyTable(table: TableView): Competency[] {
  const records = parseCompetencyRecords(table);
  if (records) return records;
  const header = table.rows[0];
  const roles = new Map<number, Column>();
  for (const cell of header?.cells ?? []) {
    const role = columnOf(cellText(cell));
    if (role) roles.set(cell.column, role);
  }
  // "Gedrag | Verwacht niveau | Wat laat je zien?": the first column names the behaviour, one per row.
  if (roles.get(0) === "behaviours" && [...roles.values()].includes("level")) roles.set(0, "name");
  // "Niveau | Omschrijving" with rows A–D: the legend of the levels, not competencies.
  if (roles.get(0) === "level" && ![...roles.values()].includes("name")) return [];
  // "Competentie | 1 | 2 | 3 | 4 | Gedragsindicatoren": one column per level, the level marked with an x.
  const levelColumns = new Map<number, string>();
  for (const cell of header?.cells ?? []) {
    const text = cellText(cell).trim();
    if (/^[1-9]$/.test(text)) levelColumns.set(cell.column, text);
  }
  const hasHeader = roles.size > 0;
  // A header that names the competency and its level but words the examples its own way ("Wat zie je?").
  const columnsNamed = [...roles.values()];
  if (hasHeader && columnsNamed.includes("name") && !columnsNamed.includes("behaviours")) {
    const last = table.columns - 1;
    if (!roles.has(last)) roles.set(last, "behaviours");
  }
  if (!hasHeader) {
    roles.set(0, "name");
    // "Verbinden | ●●●○": a column holding only levels is the level, whatever the column count.
    const levelsOnly = (column: number) =>
      table.rows.every((row) => {
        const text = cellText(cellAt(row, column)).trim();
        return text === "" || LEVEL_CELL.test(text);
      }) && table.rows.some((row) => cellText(cellAt(row, column)).trim() !== "");
    const onlyLevels = [...Array(table.columns).keys()].slice(1).find(levelsOnly);
    if (onlyLevels !== undefined) roles.set(onlyLevels, "level");
    else if (table.columns >= 3) roles.set(1, "level");
    if (!roles.has(table.columns - 1)) roles.set(table.columns - 1, "behaviours");
  }
  const columnFor = (role: Column) => [...roles.entries()].find(([, value]) => value === role)?.[0];
  const competencies: Competency[] = [];
  for (const row of hasHeader ? table.rows.slice(1) : table.rows) {
    // A bar across the table is a group's name or a remark ("Niveau 1 = basis, …"), not a competency.
    if (isBar(row, table)) continue;
    const nameCell = cellAt(row, columnFor("name") ?? 0);
    const nameLine = firstFilled(nameCell?.lines ?? []);
    if (!nameLine) continue;
    const parsed = readCompetencyLine(nameLine.text) ?? { name: cleanLabel(nameLine.text), level: null };
    const levelColumn = columnFor("level");
    const levelMatch =
      levelColumn === undefined
        ? null
        : /([1-9])(?:\s*[/\-–]\s*([1-9]))?/.exec(cellText(cellAt(row, levelColumn)));
    const levelCell = levelColumn === undefined ? "" : cellText(cellAt(row, levelColumn)).trim();
    // "gevorderd", "B": a level written as a word or letter, as the house style names its levels.
    const namedLevel =
      levelCell !== "" && wordCount(levelCell) <= 2 && !/\d/.test(levelCell) ? levelCell : null;
    const marked = [...levelColumns].find(([column]) =>
      /^[xX✓✔●•√v]$/u.test(cellText(cellAt(row, column)).trim()),
    );
    const level = parsed.level ?? marked?.[1] ?? (levelMatch ? levelText(levelMatch) : namedLevel);
    const behaviourColumn = columnFor("behaviours");
    const behaviourLines = behaviourColumn === undefined ? [] : (cellAt(row, behaviourColumn)?.lines ?? []);
    const behaviours = behaviourItems(behaviourLines);
    competencies.push({
      name: parsed.name,
      level,
      nameRange: { start: nameLine.index, end: nameLine.index },
      behaviours,
      range: row.range,
      placeholder: isPlaceholderOnly(parsed.name),
      libraryTag: libraryTagOf(nameLine),
    });
  }
  return competencies;
}

/** Every competency of a section, whether written as lines or in tables, in document order. */
export function parseCompetencies(
  allLines: Line[],
  allTables: TableView[],
  knownNames: ReadonlySet<string>,
  exampleLabels: readonly string[] = EXAMPLE_LABELS,
): Competency[] {
  // "Voor akkoord", "Handtekening medewerker": the signature block ends the competencies.
  const signature = allLines.find(
    (line) => !line.empty && (isSignatureLine(line) || ADOPTED.test(line.text)),
  );
  const lines = signature ? allLines.filter((line) => line.index < signature.index) : allLines;
  const tables = signature ? allTables.filter((table) => table.range.start < signature.index) : allTables;
  const grids = tables.filter((table) => table.columns >= 2);
  const gridIds = new Set(grids.map((table) => table.table));
  const fromTables = grids.flatMap((table) => parseCompetencyTable(table));
  const outside = lines.filter((line) => !line.cell || !gridIds.has(line.cell.table));
  const fromLines = parseCompetencyLines(outside, knownNames, exampleLabels);
  // A bold line with nothing under it ("Functietypering schaal 11") is no competency next to a line
  // that names them ("Competenties: Richting geven, Coachen en Klantgerichtheid").
  const bare = fromLines.every(
    (competency) => competency.level === null && competency.behaviours.length === 0,
  );
  const introduced =
    fromTables.length === 0 && bare ? nameList(outside.filter((line) => NAMES_INTRO.test(line.text))) : [];
  const found =
    introduced.length > 0
      ? introduced
      : fromTables.length + fromLines.length > 0
        ? [...fromTables, ...fromLines]
        : nameList(outside);
  return unfoldClusters(mergeSplit(found.sort((a, b) => a.range.start - b.range.start)), knownNames);
}

/**
 * "Omgeving" over "• Samenwerken • Omgevingsbewustzijn": headings that group competency names (FGR's
 * clusters), not competencies with examples. Only when every group holds short names, none has a level,
 * and the library knows at least one name.
 */
function unfoldClusters(competencies: Competency[], knownNames: ReadonlySet<string>): Competency[] {
  const isName = (entry: TextItem) => SHORT_NAME.test(entry.text) && wordCount(entry.text) <= 4;
  const all = competencies.flatMap((competency) => competency.behaviours);
  // A remark after the last list ("De competenties zijn ontleend aan …") is not one of the names.
  const items = all.length > 0 && !isName(all.at(-1)!) ? all.slice(0, -1) : all;
  const clusters =
    items.length >= 2 &&
    competencies.every((competency) => competency.level === null) &&
    items.every(isName) &&
    items.some((entry) => knownNames.has(foldText(entry.text)));
  if (!clusters) return competencies;
  return items.map((entry) => ({
    name: entry.text,
    level: null,
    nameRange: entry.range,
    behaviours: [],
    range: entry.range,
    placeholder: entry.placeholder,
    libraryTag: null,
  }));
}

/**
 * "Competentie | 1 | 2 | 3 | 4" with the levels, and under "Gedragsvoorbeelden" each name again with
 * its examples: one competency written in two places. Only parts that complete each other merge
 * (a level without examples, examples without a level); a name written twice in full stays twice.
 */
function mergeSplit(competencies: Competency[]): Competency[] {
  const merged: Competency[] = [];
  for (const competency of competencies) {
    const earlier = merged.find(
      (candidate) =>
        foldText(candidate.name) === foldText(competency.name) &&
        candidate.behaviours.length === 0 &&
        candidate.level !== null &&
        competency.level === null &&
        competency.behaviours.length > 0,
    );
    if (earlier) earlier.behaviours = competency.behaviours;
    else merged.push(competency);
  }
  return merged;
}

/** A name as a competency without level or examples (a kwaliteitenprofiel lists names only). */
function nameOnly(line: Line, name: string): Competency {
  return {
    name,
    level: null,
    nameRange: { start: line.index, end: line.index },
    behaviours: [],
    range: { start: line.index, end: line.index },
    placeholder: isPlaceholderOnly(name),
    libraryTag: libraryTagOf(line),
  };
}

/** "Voor deze functie zijn de volgende competenties van belang: …": the sentence that introduces the names. */
const NAMES_INTRO =
  /^(?:[^:]*\b(?:competenties|kerncompetenties|kwaliteiten)\b(?:[^:]*:|[^:]*?\bzijn\s+(?=\p{L}))|(?:competenties|kwaliteiten))\s*:?\s*/iu;

const SHORT_NAME = /^[\p{L}][\p{L}\p{M}'’() -]{1,60}$/u;

/**
 * Competencies given as names only: a list of short names ("Samenwerken", "Analytisch vermogen"),
 * or one line that names them ("Samenwerken, Klantgerichtheid en Omgevingsbewustzijn").
 */
function nameList(lines: Line[]): Competency[] {
  // "• Samenwerken⏎• Creativiteit": names on the soft-broken lines of one cell or paragraph.
  const filled = lines
    .filter((line) => !matchesHeading(line.text.split(":")[0] ?? "", REQUIREMENT_LABELS))
    .flatMap(brokenLines)
    .filter((line) => !line.empty);
  const names = (text: string) =>
    cleanItemText(text)
      .replace(NAMES_INTRO, "")
      .split(/\s*,\s*|\s+(?:en|and)\s+(?=[^,]*$)/u)
      .map((name) => name.trim())
      .filter((name) => name !== "");
  const fits = (name: string) => SHORT_NAME.test(name) && wordCount(name) <= 5;
  // "• Onderhandelen – het vermogen om …": the name before its definition.
  const nameOf = (line: Line) =>
    cleanItemText(line.block.text)
      .split(/\s+[–—-]\s+|:\s+/u)[0]!
      .trim();
  const listed = filled.filter((line) => isListedLine(line) || line.cell !== null);
  if (listed.length >= 2 && listed.every((line) => fits(nameOf(line))))
    return listed.map((line) => nameOnly(line, nameOf(line)));
  const namesIn = (line: Line) => {
    const parts = names(line.block.text);
    return parts.length >= 2 && parts.every(fits) ? parts.map((name) => nameOnly(line, name)) : [];
  };
  // Lines that say they name competencies ("Kerncompetenties: …", "Functiecompetenties: …") all count;
  // without such a line, the first list of short names does (not a requirement like "Je hebt …, …").
  const introduced = filled
    .filter((line) => NAMES_INTRO.test(line.text) && /:/.test(line.text))
    .flatMap(namesIn);
  if (introduced.length > 0) return introduced;
  for (const line of filled) {
    const found = namesIn(line);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Competencies named in a column of the result-area table (FGR's kernprofiel: `Resultaatgebied |
 * Resultaten | Gedragsindicatoren | Competenties`): each name once, in order, without level or examples.
 */
export function competencyColumn(tables: readonly TableView[], headings: readonly string[]): Competency[] {
  const found = new Map<string, Competency>();
  for (const table of tables) {
    const header = table.rows[0];
    const column = header?.cells.find((cell) => matchesHeading(cellText(cell), headings))?.column;
    if (column === undefined) continue;
    for (const row of table.rows.slice(1)) {
      for (const line of cellAt(row, column)?.lines ?? []) {
        for (const part of line.block.text.split(/\n|,|;/u)) {
          const name = cleanItemText(part);
          const key = foldText(name);
          if (name !== "" && SHORT_NAME.test(name) && !found.has(key)) found.set(key, nameOnly(line, name));
        }
      }
    }
  }
  return [...found.values()];
}

/** `Competentie: Samenwerken – niveau B`, `Competenties:`: a competency named inside a result area. */
const AREA_COMPETENCY_LABEL = /^\s*(?:kern)?competentie(?:s)?(?:\s+[^:]{1,30})?\s*:\s*/iu;

/**
 * Competencies a house style names inside each result area (a `Competentie: …` line with its
 * behaviour list, or a `Competenties:` label over competency lines), for a profile without a
 * competency section of its own. `isAreaPart` tells the lines that end the run (the next label).
 */
export function competenciesInAreas(
  areaLines: readonly Line[][],
  knownNames: ReadonlySet<string>,
  isAreaPart: (line: Line) => boolean,
): Competency[] {
  const found: Competency[] = [];
  for (const lines of areaLines) {
    const filled = lines.filter((line) => !line.empty);
    for (let index = 0; index < filled.length; index++) {
      const line = filled[index]!;
      // A row of the area's table: "Competenties | Nauwkeurigheid (expert); Systematisch werken (gevorderd)".
      if (line.cell && matchesHeading(line.text, NAME_ROW_LABELS.concat(["Competentie"]))) {
        const cell = line.cell;
        for (const value of filled.filter(
          (other) =>
            other.cell?.table === cell.table &&
            other.cell.row === cell.row &&
            other.cell.column > cell.column,
        )) {
          for (const part of value.block.text.split(/[;\n]/u)) {
            const parsed = readCompetencyLine(cleanItemText(part));
            if (parsed) found.push({ ...nameOnly(value, parsed.name), level: parsed.level });
          }
        }
        continue;
      }
      const label = AREA_COMPETENCY_LABEL.exec(line.text);
      if (!label) continue;
      const run: Line[] = [];
      const rest = line.text.slice(label[0].length).trim();
      // The name after the label reads as a competency line of its own ("Samenwerken – niveau B").
      if (rest !== "") run.push({ ...line, text: rest, block: { ...line.block, text: rest, bold: true } });
      let next = index + 1;
      while (
        next < filled.length &&
        !AREA_COMPETENCY_LABEL.test(filled[next]!.text) &&
        !isAreaPart(filled[next]!)
      )
        run.push(filled[next++]!);
      found.push(...parseCompetencyLines(run, knownNames));
      index = next - 1;
    }
  }
  return found;
}

/**
 * Competencies named in a sentence anywhere in the profile ("Daarnaast herkennen we jou in de volgende
 * competenties: zelfstandigheid, klantgerichtheid en samenwerken."), for a profile without a
 * competency section.
 */
export function competencyNamesInText(lines: Line[]): Competency[] {
  const sentences = lines.filter((line) => !line.empty && NAMES_INTRO.test(line.text));
  for (const line of sentences) {
    const found = nameList([line]);
    if (found.length > 0) return found;
  }
  // A row of a requirements table: "Competenties | Klantgerichtheid, Stressbestendigheid".
  for (const label of lines.filter((line) => line.cell && matchesHeading(line.text, NAME_ROW_LABELS))) {
    const cell = label.cell!;
    const values = lines.filter(
      (line) =>
        !line.empty &&
        line.cell?.table === cell.table &&
        line.cell.row === cell.row &&
        line.cell.column > cell.column,
    );
    const found = nameList(values.slice(0, 1));
    if (found.length > 0) return found;
  }
  return [];
}

const NAME_ROW_LABELS = ["Competenties", "Kerncompetenties", "Vereiste competenties"];
