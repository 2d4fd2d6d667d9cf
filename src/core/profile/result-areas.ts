import type { ResultAreasConfig } from "../../data/template-schema";
import vocabulary from "../../data/vocabulary.json";
import type { BlockRange } from "../common";
import {
  cleanItemText,
  cleanLabel,
  collapseSpace,
  foldText,
  listMarkerOf,
  stripListMarker,
  wordCount,
} from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import { matchesHeading, matchesHeadingExactly } from "./headings";
import type { Line, RowView, TableView } from "./lines";
import { brokenLines, cellAt, cellText, firstFilled, isBar, isListedLine, isTableRemark } from "./lines";
import type { ResultArea, TextItem } from "./schema";

/**
 * Result areas come in many layouts. Supported here:
 * - a grid: one row per area, columns for the area (title, maybe a description), tasks and indicators,
 *   optionally a number column (seed 000, seed 001);
 * - records: a two-column table per area (or several areas in one table) whose first column labels the
 *   rows: `Resultaatgebied 1 | Jaarplan`, `Taken | …`, `Resultaatindicatoren | …`;
 * - paragraphs: a title line (numbered, bold or a heading) followed by `Taken:` and
 *   `Resultaatindicatoren:` with their lists.
 * In every layout a cell or paragraph run may switch list with a label line (`Taken:`), and items may
 * follow the label on its own line (`Taken: a; b`).
 */

type ItemRole = "tasks" | "indicators";
/** `description` and `other` are labelled parts of an area that hold no tasks or indicators. */
type PartRole = ItemRole | "description" | "other";
type Role = "area" | PartRole | "number";

export function item(line: Line, text: string = cleanItemText(line.block.text)): TextItem {
  return { text, range: { start: line.index, end: line.index }, placeholder: isPlaceholderOnly(text) };
}

function span(start: number, end: number): BlockRange {
  return { start, end };
}

const LABEL_LENGTH = 60;

/** The shared vocabulary's task and indicator labels a template does not use for anything else. */
const commonLabels = new WeakMap<ResultAreasConfig, { tasks: string[]; indicators: string[] }>();

function commonLabelsOf(config: ResultAreasConfig): { tasks: string[]; indicators: string[] } {
  let labels = commonLabels.get(config);
  if (!labels) {
    const own = new Set(
      [...config.titleLabels, ...config.descriptionLabels, ...config.otherLabels].map((label) =>
        foldText(label),
      ),
    );
    const free = (list: readonly string[]) => list.filter((label) => !own.has(foldText(label)));
    labels = { tasks: free(vocabulary.taskLabels), indicators: free(vocabulary.indicatorLabels) };
    commonLabels.set(config, labels);
  }
  return labels;
}

/** The role a label names: a list of tasks or indicators, a description, or another labelled part. */
function partRoleOf(label: string, config: ResultAreasConfig): PartRole | null {
  if (matchesHeading(label, config.taskLabels)) return "tasks";
  if (matchesHeading(label, config.indicatorLabels)) return "indicators";
  // A template words its own labels, but a writer may use the common ones ("Dit lever je op:").
  const common = commonLabelsOf(config);
  if (matchesHeadingExactly(label, common.tasks)) return "tasks";
  if (matchesHeadingExactly(label, common.indicators)) return "indicators";
  if (matchesHeading(label, config.descriptionLabels)) return "description";
  if (matchesHeading(label, config.otherLabels)) return "other";
  // "Competentie bij deze rol", "Gedragsindicatoren voor dit resultaatgebied": an other label, qualified.
  const words = label.trim().split(/\s+/);
  if (words.length > 1 && words.length <= 5 && matchesHeading(words[0]!, config.otherLabels)) return "other";
  return null;
}

/**
 * A label for a part of an area, alone (`Taken:`) or with its content after it (`Taken: a; b`,
 * `Kader: de onderwijsvisie van de faculteit`).
 */
function readItemLabel(text: string, config: ResultAreasConfig): { role: PartRole; rest: string } | null {
  const colon = text.indexOf(":");
  // Labels are a few words: a long line without an early colon is never one.
  if (colon < 0 ? text.length > LABEL_LENGTH : colon > LABEL_LENGTH) return null;
  const candidates = colon > 0 ? [text, text.slice(0, colon)] : [text];
  for (const candidate of candidates) {
    const role = partRoleOf(candidate, config);
    if (role) return { role, rest: candidate === text ? "" : text.slice(colon + 1) };
  }
  return null;
}

const titleLabelPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * `Resultaatgebied 2: Beleid`, `Kernactiviteit: Onderwijs`, `Kerntaak 1 – Klantcontact`: a title
 * label, an optional number, and the title. The rest is empty for a bare label (`Kernactiviteit 1`).
 */
export function readTitleLabel(
  text: string,
  config: Pick<ResultAreasConfig, "titleLabels">,
): { number: number | null; rest: string } | null {
  let pattern = titleLabelPatterns.get(config.titleLabels);
  if (!pattern) {
    const words = config.titleLabels
      .map((label) => foldText(label).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .sort((a, b) => b.length - a.length);
    pattern = new RegExp(
      `^(?:${words.join("|")})(?:\\s+(\\d{1,2})(?!\\d)[.)]?\\s*[:–—-]?|\\s*[:–—-]|(?=$))\\s*(.*)$`,
      "su",
    );
    titleLabelPatterns.set(config.titleLabels, pattern);
  }
  const clean = collapseSpace(text);
  const match = pattern.exec(foldText(clean));
  if (!match) return null;
  const rest = match[2]!.length > 0 ? clean.slice(clean.length - match[2]!.length) : "";
  return { number: match[1] ? Number(match[1]) : null, rest: rest.trim() };
}

/** The role a header cell or a record row's label gives. */
function labelRole(text: string, config: ResultAreasConfig): Role | null {
  const itemLabel = readItemLabel(text, config);
  if (itemLabel && itemLabel.rest.trim() === "") return itemLabel.role;
  if (matchesHeading(text, config.numberLabels)) return "number";
  const title = readTitleLabel(cleanLabel(text), config);
  if (title && title.rest === "") return "area";
  return null;
}

/** Splits "1.\tJaarplan account(s)" into number and title; also "Resultaatgebied 2: …". */
export function splitNumber(text: string): { number: number | null; rest: string } {
  const match = /^\s*(?:resultaat(?:gebied)?\s+)?(\d{1,2})\s*[.):]?[\t ]+(.*)$/isu.exec(text);
  if (match) return { number: Number(match[1]), rest: match[2]! };
  // "a. Onderwijs en begeleiding", "B) Beheer": groups lettered in order count as numbered.
  const lettered = /^\s*([a-hA-H])[.)][\t ]+(\S.*)$/su.exec(text);
  if (lettered) return { number: lettered[1]!.toLowerCase().charCodeAt(0) - 96, rest: lettered[2]! };
  return { number: null, rest: text };
}

function numberFromLabel(label: string | null): number | null {
  const match = label ? /(\d+)/.exec(label) : null;
  return match ? Number(match[1]) : null;
}

/** The title (and description) an area's first line gives: a bold lead run is the title. */
function titleOf(
  line: Line,
  config: ResultAreasConfig,
): { number: number | null; title: string; description: string | null } {
  const labelled = readTitleLabel(cleanLabel(stripListMarker(line.text)), config);
  // "Resultaatgebied 1: Beleidsadvisering": the label and its number are not part of the title.
  if (labelled && labelled.rest !== "")
    return { number: labelled.number, title: cleanTitle(labelled.rest), description: null };
  const raw = line.block.text;
  const prefix = line.block.boldPrefix;
  const listLabel = line.block.list?.ordered ? line.block.list.label : null;
  if (prefix > 0 && prefix < raw.trimEnd().length) {
    const { number, rest } = splitNumber(raw.slice(0, prefix));
    const description = collapseSpace(raw.slice(prefix)).replace(/^[:.–-]\s*/, "");
    return {
      number: number ?? numberFromLabel(listLabel),
      title: cleanTitle(rest),
      description: description === "" ? null : description,
    };
  }
  const { number, rest } = splitNumber(raw);
  return { number: number ?? numberFromLabel(listLabel), title: cleanTitle(rest), description: null };
}

/** A title without numbering, final colon or the full stop of a title written as a sentence. */
function cleanTitle(text: string): string {
  return cleanLabel(text)
    .replace(/(?<!\.)\.$/, "")
    .trim();
}

interface Collected {
  tasks: TextItem[];
  indicators: TextItem[];
  description: string[];
}

/**
 * "Resultaatgebied 1: Praktijkinstructie - geeft instructie …; - demonstreert …": an area's title and
 * its items typed in one paragraph, the items after " - " and separated by "; - ".
 */
function inlineItems(line: Line): Line[] {
  const match = /^(.{3,100}?)\s+[-–]\s+(\S.*;\s+[-–]\s+\S.*)$/su.exec(line.block.text);
  if (!match) return [line];
  const piece = (text: string, bold: boolean): Line => ({
    ...line,
    text: collapseSpace(text),
    block: { ...line.block, text, boldPrefix: 0, bold },
  });
  return [
    piece(match[1]!, line.block.bold || line.block.boldPrefix > 0),
    ...match[2]!
      .split(/;\s+(?=[-–]\s)/u)
      .map((item) => piece(/^[-–]\s/u.test(item) ? item.trim() : `- ${item.trim()}`, false)),
  ];
}

const SUB_NUMBER = /^[\t ]*\d{1,2}\.\d{1,2}\.?[\t ]+(?=\S)/u;

/** A paragraph's sentences: a full stop, question or exclamation mark followed by a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[a-z\p{Ll}0-9)][.!?])\s+(?=\p{Lu})/u);
}

/** What unlabelled items of an area are: tasks, indicators, or to be judged from their wording. */
export type Unlabelled = ItemRole | "guess";

/**
 * Items of a cell or a run of paragraphs: they go to `role` until a label line switches the list.
 * With role "description", plain lines are description and listed lines go to `fallback`; items
 * after an `other` label (`Gedragsindicatoren:`) belong to neither list.
 */
function collectItems(
  lines: Line[],
  role: PartRole,
  config: ResultAreasConfig,
  fallback: Unlabelled,
): Collected {
  const collected: Collected = { tasks: [], indicators: [], description: [] };
  const unlabelled: TextItem[] = [];
  let target = role;
  for (const line of lines.flatMap(brokenLines)) {
    if (line.empty) continue;
    const label = readItemLabel(line.text, config);
    if (label) {
      target = label.role;
      const rest = collapseSpace(label.rest);
      if (target === "description") {
        if (rest !== "") collected.description.push(rest);
      } else if (target !== "other") {
        const parts = rest
          .split(";")
          .flatMap((piece) => (target === "indicators" ? sentences(piece) : [piece]));
        for (const part of parts.map((piece) => cleanItemText(piece)).filter(Boolean)) {
          collected[target].push(item(line, part));
        }
      }
      continue;
    }
    if (target === "other") continue;
    // "1.1 Bestuderen van de werkbon": items numbered under their area's number are a list too.
    const subNumber = SUB_NUMBER.exec(line.block.text);
    if (target === "description" && !isListedLine(line) && !subNumber) {
      collected.description.push(line.text);
      continue;
    }
    if (subNumber) {
      const text = cleanItemText(line.block.text.slice(subNumber[0].length));
      if (text !== "") (target === "description" ? unlabelled : collected[target]).push(item(line, text));
      continue;
    }
    // "Resultaat:" over a paragraph of two sentences: two results, as a reader counts them; and a
    // column of tasks written as running text ("Analyseert … Vertaalt …") holds one task per sentence.
    if ((target === "indicators" || target === "tasks") && !isListedLine(line)) {
      for (const part of sentences(line.block.text)
        .map((piece) => cleanItemText(piece))
        .filter(Boolean))
        collected[target].push(item(line, part));
      continue;
    }
    const entry = item(line);
    if (entry.text === "") continue;
    if (target === "description") unlabelled.push(entry);
    else collected[target].push(entry);
  }
  // Items before a "Dit lever je op:" label are the tasks it follows, whatever their wording.
  const labelledIndicators = collected.indicators.length > 0 && collected.tasks.length === 0;
  const kind = fallback !== "guess" ? fallback : labelledIndicators ? "tasks" : judgeItems(unlabelled);
  collected[kind].push(...unlabelled);
  // "Je bent het eerste aanspreekpunt … Je begeleidt …" over "Dit lever je op:": the running text says
  // what the area does, one task per sentence.
  if (labelledIndicators && collected.tasks.length === 0) {
    const prose = lines.filter(
      (line) => !line.empty && collected.description.includes(line.text) && !isListedLine(line),
    );
    const tasks = prose.flatMap((line) =>
      sentences(line.block.text)
        .map((piece) => cleanItemText(piece))
        .filter(Boolean)
        .map((piece) => item(line, piece)),
    );
    if (tasks.length >= 2) {
      collected.tasks.push(...tasks);
      collected.description = collected.description.filter(
        (text) => !prose.some((line) => line.text === text),
      );
    }
  }
  return collected;
}

/** Words that open a result rather than an activity ("Tijdig …", "Aantal …", "Tevredenheid van …"). */
const RESULT_OPENERS =
  /^(?:tijdig|aantal|percentage|mate\b|tevreden|kwaliteit van|juist|volledig|correct|adequa|een (?:goed|tijdig|actue|sluitend|helder|juist|volledig)|goed(?:e)? |(?:het|de) (?:\S+ )?(?:is|zijn|wordt|worden)\b)/u;
/** A result is stated as a state reached: "… is opgesteld", "… zijn tijdig afgehandeld", "conform …". */
const RESULT_STATE =
  /\b(?:is|zijn|wordt|worden)\b(?: \S+){0,6} (?:ge\S+|\S+(?:d|t|en))$|\bconform\b|\bbinnen de (?:afgesproken|gestelde)\b|\bvolgens (?:afspraak|planning)\b/u;
/** An activity opens with a verb ("Stelt …", "Adviseert …") or a nominalised one ("Opstellen van …"). */
const ACTIVITY_OPENER = /^(?:het |de )?\p{L}+(?:t|d|en)\b(?! (?:is|zijn)\b)/u;
const NOT_A_VERB = new Set([
  "het",
  "met",
  "dat",
  "niet",
  "tijd",
  "goed",
  "wat",
  "tot",
  "uit",
  "door",
  "ad",
  "bij",
  "groot",
  "heden",
]);

/** Activity or result, judged from wording when no label says which (the majority of an area's items). */
export function judgeItems(items: readonly TextItem[]): ItemRole {
  let results = 0;
  let activities = 0;
  for (const entry of items) {
    const text = foldText(entry.text).replace(/[.;:,]+$/, "");
    const first = text.split(" ")[0] ?? "";
    if (RESULT_OPENERS.test(text) || RESULT_STATE.test(text)) results++;
    else if (ACTIVITY_OPENER.test(text) && !NOT_A_VERB.has(first)) activities++;
  }
  return results > activities ? "indicators" : "tasks";
}

function newArea(
  head: { number: number | null; title: string; description: string | null },
  titleRange: BlockRange,
  range: BlockRange,
  layout: ResultArea["layout"],
): ResultArea {
  return {
    number: head.number,
    title: head.title,
    titleRange,
    description: head.description,
    tasks: [],
    indicators: [],
    range,
    layout,
    placeholder: head.title === "" || isPlaceholderOnly(head.title),
  };
}

function addCollected(area: ResultArea, collected: Collected): void {
  area.tasks.push(...collected.tasks);
  area.indicators.push(...collected.indicators);
  const description = [area.description, ...collected.description].filter(Boolean).join(" ");
  area.description = description === "" ? null : description;
}

/**
 * A header cell's role: its label, or for a combined header ("Taken en resultaatindicatoren") the first
 * kind of list it names — the cell's own label lines then split the items.
 */
function headerRole(text: string, config: ResultAreasConfig): Role | null {
  // "Wat kan ik doen om de doelen te bereiken? (Activiteiten)": the label in brackets names the column.
  const bracketed = /\(([^()]{3,40})\)\s*$/.exec(text)?.[1];
  const named = bracketed ? labelRole(bracketed, config) : null;
  if (named) return named;
  const exact = labelRole(text, config);
  if (exact || wordCount(text) > 6 || listMarkerOf(text) !== null) return exact;
  const words = ` ${foldText(text).replace(/[^a-z0-9]+/g, " ")} `;
  const mentions = (labels: readonly string[]) =>
    labels.some((label) => words.includes(` ${foldText(label)} `));
  if (mentions(config.taskLabels)) return "tasks";
  if (mentions(config.indicatorLabels)) return "indicators";
  return null;
}

/** Whether a line opens with a bold run that is not the whole line. */
function hasBoldLead(line: Line): boolean {
  return line.block.boldPrefix > 0 && line.block.boldPrefix < line.block.text.trimEnd().length;
}

/** Whether the first column's body cells open with a bold lead (a title) before their text. */
function leadsAreTitles(table: TableView): boolean {
  const cells = table.rows.slice(1).flatMap((row) => row.cells.filter((cell) => cell.column === 0));
  return cells.some((cell) => {
    const line = firstFilled(cell.lines);
    if (!line) return false;
    return hasBoldLead(line) || (line.block.bold && cell.lines.filter((other) => !other.empty).length > 1);
  });
}

/** The role of each column of a grid, from its header row or, without one, from the column count. */
function columnRoles(
  table: TableView,
  config: ResultAreasConfig,
  fallback: Unlabelled,
): { roles: Map<number, Role>; header: boolean } {
  const roles = new Map<number, Role>();
  const first = table.rows[0];
  for (const cell of first?.cells ?? []) {
    const line = firstFilled(cell.lines);
    const role = line ? headerRole(line.text, config) : null;
    if (role) roles.set(cell.column, role);
  }
  if ([...roles.values()].some((role) => role === "tasks" || role === "indicators")) {
    if (![...roles.values()].includes("area")) {
      // "Werkzaamheden | Resultaat" with every column named: bars across the table title the areas.
      // "Activiteiten | Resultaten" under a heading "3.1 Ondersteuningsplan": the heading titles the area.
      // "TOEGEVOEGDE WAARDE | RESULTAATINDICATOREN": without bars, the first column's bold leads title the areas.
      const free = first!.cells.find((cell) => !roles.has(cell.column));
      const bars = table.rows.some((row) => isBar(row, table) && !isTableRemark(row, table));
      if (free || (!bars && leadsAreTitles(table))) roles.set(free?.column ?? 0, "area");
    }
    return { roles, header: true };
  }
  roles.clear();
  roles.set(0, "area");
  if (table.columns >= 3) {
    roles.set(1, "tasks");
    roles.set(2, "indicators");
  } else {
    roles.set(1, fallback === "guess" ? "description" : fallback);
  }
  return { roles, header: false };
}

/** Whether a table has the shape of a result-area grid (a header naming tasks or indicators). */
export function isResultAreaTable(table: TableView, config: ResultAreasConfig): boolean {
  if (table.columns < 2) return false;
  return (table.rows[0]?.cells ?? []).some((cell) => {
    const line = firstFilled(cell.lines);
    const role = line ? headerRole(line.text, config) : null;
    return role === "tasks" || role === "indicators";
  });
}

/** The label in the first column of a record row, when it has one. */
function recordLabel(row: RowView, config: ResultAreasConfig): Role | null {
  const first = row.cells[0];
  if (!first || first.column !== 0) return null;
  const line = firstFilled(first.lines);
  if (!line) return null;
  // A bar across the table ("Resultaatgebied 1 – Zorg voor de patiënt") opens the next record.
  if (row.cells.length === 1) return readItemLabel(line.text, config) ? null : "area";
  return labelRole(line.text, config);
}

/** A table whose first column labels its rows (`Taken`, `Resultaatindicatoren`): one record per area. */
export function isRecordTable(table: TableView, config: ResultAreasConfig): boolean {
  const labels = table.rows.map((row) => recordLabel(row, config));
  // A form may open with rows of its own ("Doel van de functie | …") before the first labelled area.
  return (
    labels.some((role) => role === "tasks" || role === "indicators") &&
    (labels[0] !== null || labels.includes("area")) &&
    !isResultAreaTable(table, config)
  );
}

function parseRecords(table: TableView, config: ResultAreasConfig, fallback: Unlabelled): ResultArea[] {
  const areas: ResultArea[] = [];
  let current: ResultArea | null = null;
  const labelled = table.rows.some((row) => recordLabel(row, config) === "area");
  for (const row of table.rows) {
    const role = recordLabel(row, config);
    // Rows before the first labelled area ("Doel van de functie | …") belong to no area.
    if (labelled && !current && role !== "area") continue;
    const labelLine = firstFilled(row.cells[0]?.lines ?? []);
    const valueLines = row.cells.slice(1).flatMap((cell) => cell.lines);
    if (role === "area" || (role === null && !current)) {
      const valueLine = firstFilled(valueLines);
      const fromLabel = labelLine
        ? splitNumber(labelLine.text.replace(/:\s*$/, ""))
        : { number: null, rest: "" };
      const titleLine = valueLine ?? labelLine;
      if (!titleLine) continue;
      const head = valueLine ? titleOf(valueLine, config) : titleOf(labelLine!, config);
      current = newArea(
        { ...head, number: head.number ?? fromLabel.number ?? numberFromLabel(labelLine?.text ?? null) },
        span(titleLine.index, titleLine.index),
        row.range,
        "table",
      );
      areas.push(current);
      addCollected(
        current,
        collectItems(
          valueLines.filter((line) => line !== valueLine),
          "description",
          config,
          fallback,
        ),
      );
      continue;
    }
    if (!current) continue;
    current.range = span(current.range.start, row.range.end);
    const target = role === "tasks" || role === "indicators" ? role : "description";
    addCollected(current, collectItems(valueLines, target, config, fallback));
  }
  return areas;
}

function parseGrid(
  table: TableView,
  inherited: Map<number, Role> | null,
  config: ResultAreasConfig,
  fallback: Unlabelled,
  areas: ResultArea[],
): Map<number, Role> {
  const detected = columnRoles(table, config, fallback);
  const roles = detected.header || !inherited ? detected.roles : inherited;
  const titledByBars = ![...roles.values()].includes("area");
  const areaColumn = [...roles.entries()].find(([, role]) => role === "area")?.[0] ?? 0;
  const numberColumn = [...roles.entries()].find(([, role]) => role === "number")?.[0];
  for (const row of table.rows) {
    // The header row, or a header repeated further down (Word repeats it on every page when asked).
    const isHeader =
      (row === table.rows[0] && detected.header) ||
      row.cells.every((cell) => {
        const line = firstFilled(cell.lines);
        return !line || labelRole(line.text, config) !== null;
      });
    if (isHeader || isTableRemark(row, table)) continue;
    if (titledByBars && isBar(row, table)) {
      const titleLine = firstFilled(row.cells[0]!.lines);
      if (titleLine)
        areas.push(
          newArea(titleOf(titleLine, config), span(titleLine.index, titleLine.index), row.range, "table"),
        );
      continue;
    }
    const collected: Collected = { tasks: [], indicators: [], description: [] };
    const merge = (more: Collected) => {
      collected.tasks.push(...more.tasks);
      collected.indicators.push(...more.indicators);
      collected.description.push(...more.description);
    };
    for (const [column, role] of roles) {
      if (role !== "tasks" && role !== "indicators" && role !== "description") continue;
      const cell = cellAt(row, column);
      if (cell && cell.column === column)
        merge(collectItems(cell.lines, role, config, role === "description" ? fallback : role));
    }
    const areaCell = titledByBars ? undefined : cellAt(row, areaColumn);
    const titleLine = firstFilled(areaCell?.lines ?? []);
    if (titleLine)
      merge(
        collectItems(
          (areaCell?.lines ?? []).filter((line) => line !== titleLine),
          "description",
          config,
          fallback,
        ),
      );
    if (!titleLine) {
      if (collected.tasks.length + collected.indicators.length === 0) continue;
      const previous = areas[areas.length - 1];
      const sameTable = previous !== undefined && previous.range.start >= table.range.start;
      if (previous && previous.layout === "table" && (!titledByBars || sameTable)) {
        // A continuation row: a vertically merged area cell, or an area split over two rows.
        addCollected(previous, collected);
        previous.range = span(previous.range.start, row.range.end);
        continue;
      }
    }
    const head = titleLine ? titleOf(titleLine, config) : { number: null, title: "", description: null };
    if (numberColumn !== undefined) {
      const number = Number.parseInt(cellText(cellAt(row, numberColumn)), 10);
      if (Number.isInteger(number)) head.number = number;
    }
    const area = newArea(
      head,
      titleLine ? span(titleLine.index, titleLine.index) : span(row.range.start, row.range.start),
      row.range,
      "table",
    );
    addCollected(area, collected);
    areas.push(area);
  }
  return roles;
}

/** Result areas written in tables: grids (one row per area) and records (a labelled row per part). */
export function parseAreaTables(
  tables: TableView[],
  config: ResultAreasConfig,
  fallback: Unlabelled,
): ResultArea[] {
  const areas: ResultArea[] = [];
  let roles: Map<number, Role> | null = null;
  for (const table of tables) {
    if (isRecordTable(table, config)) areas.push(...parseRecords(table, config, fallback));
    else roles = parseGrid(table, roles, config, fallback, areas);
  }
  return areas;
}

/** Whether a line continues the Word list the previous item belongs to (same list, same level). */
function continuesList(line: Line, previous: Line | undefined): boolean {
  const list = line.block.list;
  const before = previous?.block.list;
  return (
    list !== null &&
    before != null &&
    list.listId !== null &&
    list.listId === before.listId &&
    list.level === before.level
  );
}

function typedNumberOf(line: Line): boolean {
  return splitNumber(line.block.text).number !== null && !/^[\t ]*[-–•]/u.test(line.block.text);
}

/**
 * A line dressed as the current area's title (the same heading level, the same numbered list and
 * level, a typed bold number like it, or a title label like it) opens the next area, even straight
 * after a label whose list was left empty (`Prestatie-indicatoren:` with nothing under it).
 */
function dressedLikeTitle(line: Line, title: Line | undefined, config: ResultAreasConfig): boolean {
  if (!title) return false;
  const a = line.block;
  const b = title.block;
  if (a.headingLevel !== null) return a.headingLevel === b.headingLevel;
  if (a.list?.ordered && b.list?.ordered)
    return a.list.listId !== null && a.list.listId === b.list.listId && a.list.level === b.list.level;
  if (typedNumberOf(line) && typedNumberOf(title)) return a.bold && b.bold;
  const label = (candidate: Line) => (readTitleLabel(candidate.text, config)?.rest ?? "") !== "";
  return label(line) && label(title);
}

/**
 * A line that opens an area in paragraph form. `previous` is the line before it inside the current
 * area (not the area's own title): the first line after a `Taken` label, or a numbered task that
 * continues its list, is an item even when the indicator label follows it — unless it is dressed
 * like the area's title.
 */
function isAreaTitle(
  line: Line,
  next: Line | undefined,
  config: ResultAreasConfig,
  previous?: Line,
  title?: Line,
): boolean {
  if (line.empty || readItemLabel(line.text, config)) return false;
  const titleLabel = readTitleLabel(cleanLabel(stripListMarker(line.text)), config);
  // "Resultaatgebied 2" alone (the title follows, often in the next cell) always opens the next area.
  if (titleLabel && (titleLabel.rest !== "" || titleLabel.number !== null)) return true;
  const afterLabel = previous !== undefined && readItemLabel(previous.text, config)?.rest.trim() === "";
  if (
    line.block.headingLevel === null &&
    (afterLabel || continuesList(line, previous)) &&
    !dressedLikeTitle(line, title, config)
  )
    return false;
  // "1. Beleidsontwikkeling: Beleid dat …": a bold title leads its description sentence; judge the title.
  const raw = line.block.text;
  const boldLead = hasBoldLead(line);
  const head = boldLead ? collapseSpace(raw.slice(0, line.block.boldPrefix)) : line.text;
  const typedNumber = typedNumberOf(line);
  const nextIsBullet =
    next !== undefined &&
    (next.block.list?.ordered === false ||
      /^[\t ]*(?:[-–•*]|o[\t ]+\p{Ll}|\d{1,2}\.\d{1,2}\.?[\t ])/u.test(next.block.text));
  // "1. Beheer van het gebouw, volgens de huisregels." over a bulleted list: a sentence can be a title.
  const sentenceTitle = typedNumber && nextIsBullet && wordCount(head) <= 30 && !/[;,]$/.test(head);
  if (!sentenceTitle && (wordCount(head) > 14 || /[.;,]$/.test(head))) return false;
  if (config.standardAreas.length > 0 && matchesHeading(line.text, config.standardAreas)) return true;
  const nextIsLabel = next ? readItemLabel(next.text, config) !== null : false;
  const numbered = typedNumber || (line.block.list?.ordered === true && line.block.list.level === 0);
  const bulleted = line.block.list !== null && !line.block.list.ordered;
  if (bulleted || (!typedNumber && listMarkerOf(line.block.text) !== null)) return false;
  if (line.block.headingLevel !== null || line.block.bold || boldLead || nextIsLabel) return true;
  // A numbered line followed by dash or bullet items heads those items, even without formatting.
  return numbered && nextIsBullet;
}

/**
 * Result areas written as paragraphs: a title line, then `Taken:` and `Resultaatindicatoren:` labels
 * each followed by their items. Text before the first label is the area's description.
 */
export function parseAreaParagraphs(
  lines: Line[],
  config: ResultAreasConfig,
  fallback: Unlabelled,
): { areas: ResultArea[]; stray: Line[] } {
  const areas: ResultArea[] = [];
  const stray: Line[] = [];
  // "Resultaatgebied 1: Onderwijs<br>- bereidt lessen voor;<br>- …": a title and its items in one paragraph.
  const filled = lines
    .flatMap(brokenLines)
    .flatMap(inlineItems)
    .filter((line) => !line.empty);
  let start = 0;
  while (start < filled.length) {
    const first = filled[start]!;
    if (!isAreaTitle(first, filled[start + 1], config)) {
      stray.push(first);
      start++;
      continue;
    }
    // A bare title label on its own line ("Kernactiviteit", "Resultaatgebied 2") with the title below it.
    const next = filled[start + 1];
    const bare = readTitleLabel(cleanLabel(first.text), config)?.rest === "" && next !== undefined;
    if (bare && !readItemLabel(next.text, config)) start++;
    const title = filled[start]!;
    const opening = bare ? first : title;
    let end = start + 1;
    while (
      end < filled.length &&
      !isAreaTitle(
        filled[end]!,
        filled[end + 1],
        config,
        end - 1 > start ? filled[end - 1] : undefined,
        title,
      )
    )
      end++;
    const body = filled.slice(start + 1, end);
    const head = titleOf(title, config);
    const area = newArea(
      { ...head, number: head.number ?? readTitleLabel(cleanLabel(opening.text), config)?.number ?? null },
      span(title.index, title.index),
      span(opening.index, (body[body.length - 1] ?? title).index),
      "paragraphs",
    );
    addCollected(area, collectItems(body, "description", config, fallback));
    areas.push(area);
    start = end;
  }
  return { areas, stray };
}

/** Whether a line only announces an area's tasks or indicators (`Activiteiten:`, `Resultaatindicatoren`). */
export function isAreaItemsLabel(text: string, config: ResultAreasConfig): boolean {
  const label = readItemLabel(text, config);
  return (
    label !== null && label.rest.trim() === "" && (label.role === "tasks" || label.role === "indicators")
  );
}

/** Whether a heading-like line is one of an area's labels (`Taken`, `Resultaten:`, `Kader`, `Kernactiviteit 2`). */
export function isAreaPartLabel(text: string, config: ResultAreasConfig): boolean {
  return labelRole(text, config) !== null;
}
