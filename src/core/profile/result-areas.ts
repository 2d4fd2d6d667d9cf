import type { ResultAreasConfig } from "../../data/template-schema";
import type { BlockRange } from "../common";
import {
  cleanItemText,
  cleanLabel,
  collapseSpace,
  foldText,
  listMarkerOf,
  wordCount,
} from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import { matchesHeading } from "./headings";
import type { Line, RowView, TableView } from "./lines";
import { cellAt, cellText, firstFilled } from "./lines";
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
type Role = "area" | ItemRole | "description" | "number";

/** Words that head the area column of a grid ("Resultaatgebieden", "Toegevoegde waarde"). */
const AREA_LABELS = [
  "Resultaatgebieden",
  "Resultaatgebied",
  "Resultaat",
  "Toegevoegde waarde",
  "Resultaatprofiel",
];
/** Row or column labels for the sentence that describes a result. */
const DESCRIPTION_LABELS = ["Omschrijving", "Beschrijving", "Toelichting", "Doel", "Toegevoegde waarde"];
const NUMBER_LABELS = ["Nr", "Nr.", "Nummer", "No", "#"];

export function item(line: Line, text: string = cleanItemText(line.block.text)): TextItem {
  return { text, range: { start: line.index, end: line.index }, placeholder: isPlaceholderOnly(text) };
}

function span(start: number, end: number): BlockRange {
  return { start, end };
}

/** A label for a list of tasks or indicators, alone (`Taken:`) or with items after it (`Taken: a; b`). */
function readItemLabel(text: string, config: ResultAreasConfig): { role: ItemRole; rest: string } | null {
  const colon = text.indexOf(":");
  const candidates = colon > 0 ? [text, text.slice(0, colon)] : [text];
  for (const candidate of candidates) {
    const role = matchesHeading(candidate, config.taskLabels)
      ? "tasks"
      : matchesHeading(candidate, config.indicatorLabels)
        ? "indicators"
        : null;
    if (role) return { role, rest: candidate === text ? "" : text.slice(colon + 1) };
  }
  return null;
}

/** The role a header cell or a record row's label gives. */
function labelRole(text: string, config: ResultAreasConfig): Role | null {
  const itemLabel = readItemLabel(text, config);
  if (itemLabel && itemLabel.rest.trim() === "") return itemLabel.role;
  if (matchesHeading(text, NUMBER_LABELS)) return "number";
  if (matchesHeading(text, AREA_LABELS) || /^resultaat(?:gebied)?\s*\d{1,2}\s*:?\s*$/i.test(text.trim()))
    return "area";
  if (matchesHeading(text, DESCRIPTION_LABELS)) return "description";
  return null;
}

/** Splits "1.\tJaarplan account(s)" into number and title; also "Resultaatgebied 2: …". */
export function splitNumber(text: string): { number: number | null; rest: string } {
  const match = /^\s*(?:resultaat(?:gebied)?\s+)?(\d{1,2})\s*[.):]?[\t ]+(.*)$/isu.exec(text);
  if (match) return { number: Number(match[1]), rest: match[2]! };
  return { number: null, rest: text };
}

function numberFromLabel(label: string | null): number | null {
  const match = label ? /(\d+)/.exec(label) : null;
  return match ? Number(match[1]) : null;
}

/** The title (and description) an area's first line gives: a bold lead run is the title. */
function titleOf(line: Line): { number: number | null; title: string; description: string | null } {
  const raw = line.block.text;
  const prefix = line.block.boldPrefix;
  const labelled = line.block.list?.ordered ? line.block.list.label : null;
  if (prefix > 0 && prefix < raw.trimEnd().length) {
    const { number, rest } = splitNumber(raw.slice(0, prefix));
    const description = collapseSpace(raw.slice(prefix)).replace(/^[:.–-]\s*/, "");
    return {
      number: number ?? numberFromLabel(labelled),
      title: cleanLabel(rest),
      description: description === "" ? null : description,
    };
  }
  const { number, rest } = splitNumber(raw);
  return { number: number ?? numberFromLabel(labelled), title: cleanLabel(rest), description: null };
}

function isItemsLine(line: Line): boolean {
  return line.block.list !== null || listMarkerOf(line.block.text) !== null;
}

interface Collected {
  tasks: TextItem[];
  indicators: TextItem[];
  description: string[];
}

/**
 * Items of a cell or a run of paragraphs: they go to `role` until a label line switches the list.
 * With role "description", plain lines are description and listed lines go to `fallback`.
 */
function collectItems(
  lines: Line[],
  role: ItemRole | "description",
  config: ResultAreasConfig,
  fallback: ItemRole,
): Collected {
  const collected: Collected = { tasks: [], indicators: [], description: [] };
  let target = role;
  for (const line of lines) {
    if (line.empty) continue;
    const label = readItemLabel(line.text, config);
    if (label) {
      target = label.role;
      for (const part of label.rest
        .split(";")
        .map((piece) => cleanItemText(piece))
        .filter(Boolean)) {
        collected[label.role].push(item(line, part));
      }
      continue;
    }
    if (target === "description" && !isItemsLine(line)) {
      collected.description.push(line.text);
      continue;
    }
    const entry = item(line);
    if (entry.text !== "") collected[target === "description" ? fallback : target].push(entry);
  }
  return collected;
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
  const exact = labelRole(text, config);
  if (exact || wordCount(text) > 6 || listMarkerOf(text) !== null) return exact;
  const words = ` ${foldText(text).replace(/[^a-z0-9]+/g, " ")} `;
  const mentions = (labels: readonly string[]) =>
    labels.some((label) => words.includes(` ${foldText(label)} `));
  if (mentions(config.taskLabels)) return "tasks";
  if (mentions(config.indicatorLabels)) return "indicators";
  return null;
}

/** The role of each column of a grid, from its header row or, without one, from the column count. */
function columnRoles(
  table: TableView,
  config: ResultAreasConfig,
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
      const free = first!.cells.find((cell) => !roles.has(cell.column));
      roles.set(free?.column ?? 0, "area");
    }
    return { roles, header: true };
  }
  roles.clear();
  roles.set(0, "area");
  if (table.columns >= 3) {
    roles.set(1, "tasks");
    roles.set(2, "indicators");
  } else {
    roles.set(1, config.requireTasks ? "tasks" : "indicators");
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
  if (!first || first.column !== 0 || row.cells.length < 2) return null;
  const line = firstFilled(first.lines);
  return line ? labelRole(line.text, config) : null;
}

/** A table whose first column labels its rows (`Taken`, `Resultaatindicatoren`): one record per area. */
export function isRecordTable(table: TableView, config: ResultAreasConfig): boolean {
  const labels = table.rows.map((row) => recordLabel(row, config));
  return (
    labels.some((role) => role === "tasks" || role === "indicators") &&
    labels[0] !== null &&
    !isResultAreaTable(table, config)
  );
}

function parseRecords(table: TableView, config: ResultAreasConfig): ResultArea[] {
  const areas: ResultArea[] = [];
  let current: ResultArea | null = null;
  for (const row of table.rows) {
    const role = recordLabel(row, config);
    const labelLine = firstFilled(row.cells[0]?.lines ?? []);
    const valueLines = row.cells.slice(1).flatMap((cell) => cell.lines);
    if (role === "area" || (role === null && !current)) {
      const valueLine = firstFilled(valueLines);
      const fromLabel = labelLine
        ? splitNumber(labelLine.text.replace(/:\s*$/, ""))
        : { number: null, rest: "" };
      const titleLine = valueLine ?? labelLine;
      if (!titleLine) continue;
      const head = valueLine ? titleOf(valueLine) : titleOf(labelLine!);
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
          "tasks",
        ),
      );
      continue;
    }
    if (!current) continue;
    current.range = span(current.range.start, row.range.end);
    const target = role === "tasks" || role === "indicators" ? role : "description";
    addCollected(
      current,
      collectItems(valueLines, target, config, config.requireTasks ? "tasks" : "indicators"),
    );
  }
  return areas;
}

function parseGrid(
  table: TableView,
  inherited: Map<number, Role> | null,
  config: ResultAreasConfig,
  areas: ResultArea[],
): Map<number, Role> {
  const detected = columnRoles(table, config);
  const roles = detected.header || !inherited ? detected.roles : inherited;
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
    if (isHeader) continue;
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
        merge(collectItems(cell.lines, role, config, role === "description" ? "tasks" : role));
    }
    const areaCell = cellAt(row, areaColumn);
    const titleLine = firstFilled(areaCell?.lines ?? []);
    if (titleLine)
      merge(
        collectItems(
          (areaCell?.lines ?? []).filter((line) => line !== titleLine),
          "description",
          config,
          config.requireTasks ? "tasks" : "indicators",
        ),
      );
    if (!titleLine) {
      if (collected.tasks.length + collected.indicators.length === 0) continue;
      const previous = areas[areas.length - 1];
      if (previous && previous.layout === "table") {
        // A continuation row: a vertically merged area cell, or an area split over two rows.
        addCollected(previous, collected);
        previous.range = span(previous.range.start, row.range.end);
        continue;
      }
    }
    const head = titleLine ? titleOf(titleLine) : { number: null, title: "", description: null };
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
export function parseAreaTables(tables: TableView[], config: ResultAreasConfig): ResultArea[] {
  const areas: ResultArea[] = [];
  let roles: Map<number, Role> | null = null;
  for (const table of tables) {
    if (isRecordTable(table, config)) areas.push(...parseRecords(table, config));
    else roles = parseGrid(table, roles, config, areas);
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

/**
 * A line that opens an area in paragraph form. `previous` is the line before it inside the current
 * area (not the area's own title): the first line after a `Taken` label, or a numbered task that
 * continues its list, is an item even when the indicator label follows it.
 */
function isAreaTitle(
  line: Line,
  next: Line | undefined,
  config: ResultAreasConfig,
  previous?: Line,
): boolean {
  if (line.empty || readItemLabel(line.text, config)) return false;
  const afterLabel = previous !== undefined && readItemLabel(previous.text, config)?.rest.trim() === "";
  if (line.block.headingLevel === null && (afterLabel || continuesList(line, previous))) return false;
  // "1. Beleidsontwikkeling: Beleid dat …": a bold title leads its description sentence; judge the title.
  const raw = line.block.text;
  const boldLead = line.block.boldPrefix > 0 && line.block.boldPrefix < raw.trimEnd().length;
  const head = boldLead ? collapseSpace(raw.slice(0, line.block.boldPrefix)) : line.text;
  if (wordCount(head) > 14 || /[.;,]$/.test(head)) return false;
  if (config.standardAreas.length > 0 && matchesHeading(line.text, config.standardAreas)) return true;
  const nextIsLabel = next ? readItemLabel(next.text, config) !== null : false;
  const typedNumber = splitNumber(line.block.text).number !== null && !/^[\t ]*[-–•]/u.test(line.block.text);
  const numbered = typedNumber || (line.block.list?.ordered === true && line.block.list.level === 0);
  const bulleted = line.block.list !== null && !line.block.list.ordered;
  if (bulleted || (!typedNumber && listMarkerOf(line.block.text) !== null)) return false;
  if (line.block.headingLevel !== null || line.block.bold || boldLead || nextIsLabel) return true;
  // A numbered line followed by dash or bullet items heads those items, even without formatting.
  const nextIsBullet =
    next !== undefined && (next.block.list?.ordered === false || /^[\t ]*[-–•]/u.test(next.block.text));
  return numbered && nextIsBullet;
}

/**
 * Result areas written as paragraphs: a title line, then `Taken:` and `Resultaatindicatoren:` labels
 * each followed by their items. Text before the first label is the area's description.
 */
export function parseAreaParagraphs(
  lines: Line[],
  config: ResultAreasConfig,
): { areas: ResultArea[]; stray: Line[] } {
  const areas: ResultArea[] = [];
  const stray: Line[] = [];
  const filled = lines.filter((line) => !line.empty);
  let start = 0;
  while (start < filled.length) {
    const title = filled[start]!;
    if (!isAreaTitle(title, filled[start + 1], config)) {
      stray.push(title);
      start++;
      continue;
    }
    let end = start + 1;
    while (
      end < filled.length &&
      !isAreaTitle(filled[end]!, filled[end + 1], config, end - 1 > start ? filled[end - 1] : undefined)
    )
      end++;
    const body = filled.slice(start + 1, end);
    const area = newArea(
      titleOf(title),
      span(title.index, title.index),
      span(title.index, (body[body.length - 1] ?? title).index),
      "paragraphs",
    );
    addCollected(
      area,
      collectItems(body, "description", config, config.requireTasks ? "tasks" : "indicators"),
    );
    areas.push(area);
    start = end;
  }
  return { areas, stray };
}
