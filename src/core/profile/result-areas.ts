import type { ResultAreasConfig } from "../../data/template-schema";
import type { BlockRange } from "../common";
import { cleanItemText, cleanLabel, collapseSpace, listMarkerOf, wordCount } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import { matchesHeading } from "./headings";
import type { Line, RowView, TableView } from "./lines";
import { cellAt, firstFilled } from "./lines";
import type { ResultArea, TextItem } from "./schema";

type Role = "area" | "tasks" | "indicators";

/** Words that head the area column ("Resultaatgebieden", "Toegevoegde waarde"). */
const AREA_LABELS = [
  "Resultaatgebieden",
  "Resultaatgebied",
  "Resultaat",
  "Toegevoegde waarde",
  "Resultaatprofiel",
];

export function item(line: Line, text: string = cleanItemText(line.block.text)): TextItem {
  return { text, range: { start: line.index, end: line.index }, placeholder: isPlaceholderOnly(text) };
}

function labelRole(text: string, config: ResultAreasConfig): Role | null {
  if (matchesHeading(text, config.taskLabels)) return "tasks";
  if (matchesHeading(text, config.indicatorLabels)) return "indicators";
  if (matchesHeading(text, AREA_LABELS)) return "area";
  return null;
}

/** Splits "1.\tJaarplan account(s)" into number and title; also "Resultaatgebied 2: …". */
export function splitNumber(text: string): { number: number | null; rest: string } {
  const match = /^\s*(?:resultaatgebied\s+)?(\d{1,2})\s*[.):]?[\t ]+(.*)$/isu.exec(text);
  if (match) return { number: Number(match[1]), rest: match[2]! };
  return { number: null, rest: text };
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

function numberFromLabel(label: string | null): number | null {
  const match = label ? /(\d+)/.exec(label) : null;
  return match ? Number(match[1]) : null;
}

function span(start: number, end: number): BlockRange {
  return { start, end };
}

function isItemsLine(line: Line): boolean {
  return line.block.list !== null || listMarkerOf(line.block.text) !== null;
}

/** Column roles from the header row, or from the column count when there is no header. */
function columnRoles(
  table: TableView,
  config: ResultAreasConfig,
): { roles: Map<number, Role>; header: boolean } {
  const roles = new Map<number, Role>();
  const first = table.rows[0];
  if (first) {
    for (const cell of first.cells) {
      const line = firstFilled(cell.lines);
      const role = line ? labelRole(line.text, config) : null;
      if (role) roles.set(cell.column, role);
    }
  }
  if (roles.size > 0) {
    if (![...roles.values()].includes("area")) {
      const free = first!.cells.find((cell) => !roles.has(cell.column));
      roles.set(free?.column ?? 0, "area");
    }
    return { roles, header: true };
  }
  roles.set(0, "area");
  if (table.columns >= 3) {
    roles.set(1, "tasks");
    roles.set(2, "indicators");
  } else {
    roles.set(1, config.requireTasks ? "tasks" : "indicators");
  }
  return { roles, header: false };
}

/** Whether a table has the shape of a result-area table (a header naming tasks or indicators). */
export function isResultAreaTable(table: TableView, config: ResultAreasConfig): boolean {
  if (table.columns < 2) return false;
  const first = table.rows[0];
  return (
    first?.cells.some((cell) => {
      const line = firstFilled(cell.lines);
      const role = line ? labelRole(line.text, config) : null;
      return role === "tasks" || role === "indicators";
    }) ?? false
  );
}

function rowIsHeader(row: RowView, roles: Map<number, Role>, config: ResultAreasConfig): boolean {
  return row.cells.every((cell) => {
    const line = firstFilled(cell.lines);
    return !line || (roles.has(cell.column) && labelRole(line.text, config) !== null);
  });
}

function itemsOf(lines: Line[], config: ResultAreasConfig): TextItem[] {
  return lines
    .filter((line) => !line.empty && labelRole(line.text, config) === null)
    .map((line) => item(line))
    .filter((entry) => entry.text !== "");
}

/** Result areas written as a table: one row per area. */
export function parseAreaTables(tables: TableView[], config: ResultAreasConfig): ResultArea[] {
  const areas: ResultArea[] = [];
  let roles: Map<number, Role> | null = null;
  for (const table of tables) {
    const detected = columnRoles(table, config);
    if (detected.header || !roles) roles = detected.roles;
    const columnOf = (role: Role) => [...roles!.entries()].find(([, value]) => value === role)?.[0];
    const areaColumn = columnOf("area") ?? 0;
    for (const row of table.rows) {
      if (rowIsHeader(row, roles, config)) continue;
      const areaCell = cellAt(row, areaColumn);
      const taskColumn = columnOf("tasks");
      const indicatorColumn = columnOf("indicators");
      const tasks = taskColumn === undefined ? [] : itemsOf(cellAt(row, taskColumn)?.lines ?? [], config);
      const indicators =
        indicatorColumn === undefined ? [] : itemsOf(cellAt(row, indicatorColumn)?.lines ?? [], config);
      const titleLine = firstFilled(areaCell?.lines ?? []);
      if (!titleLine) {
        if (tasks.length === 0 && indicators.length === 0) continue;
        const previous = areas[areas.length - 1];
        if (previous && previous.layout === "table") {
          // A continuation row: a vertically merged area cell, or an area split over two rows.
          previous.tasks.push(...tasks);
          previous.indicators.push(...indicators);
          previous.range = span(previous.range.start, row.range.end);
          continue;
        }
      }
      const head = titleLine ? titleOf(titleLine) : { number: null, title: "", description: null };
      const rest = (areaCell?.lines ?? []).filter((line) => !line.empty && line !== titleLine);
      const description = [head.description, ...rest.map((line) => line.text)].filter(Boolean).join(" ");
      areas.push({
        number: head.number,
        title: head.title,
        titleRange: titleLine
          ? span(titleLine.index, titleLine.index)
          : span(row.range.start, row.range.start),
        description: description === "" ? null : description,
        tasks,
        indicators,
        range: row.range,
        layout: "table",
        placeholder: head.title === "" || isPlaceholderOnly(head.title),
      });
    }
  }
  return areas;
}

/** A line that opens an area in paragraph form. */
function isAreaTitle(line: Line, next: Line | undefined, config: ResultAreasConfig): boolean {
  if (
    line.empty ||
    labelRole(line.text, config) === "tasks" ||
    labelRole(line.text, config) === "indicators"
  ) {
    return false;
  }
  if (wordCount(line.text) > 14 || /[.;]$/.test(line.text.trim())) return false;
  if (config.standardAreas.length > 0 && matchesHeading(line.text, config.standardAreas)) return true;
  const nextIsLabel = next ? labelRole(next.text, config) !== null : false;
  const typedNumber = splitNumber(line.block.text).number !== null && !/^[\t ]*[-–•]/u.test(line.block.text);
  const orderedTop = line.block.list?.ordered === true && line.block.list.level === 0;
  const bulleted = line.block.list !== null && !line.block.list.ordered;
  if (bulleted || (!typedNumber && listMarkerOf(line.block.text) !== null)) return false;
  if (line.block.headingLevel !== null) return true;
  if (typedNumber || orderedTop) return line.block.bold || nextIsLabel;
  return line.block.bold || nextIsLabel;
}

/**
 * Result areas written as paragraphs: a title line (numbered, bold or a heading), then `Taken:` and
 * `Resultaatindicatoren:` labels each followed by their items. Text before the first label is the
 * area's description.
 */
export function parseAreaParagraphs(
  lines: Line[],
  config: ResultAreasConfig,
): { areas: ResultArea[]; stray: Line[] } {
  const areas: ResultArea[] = [];
  const stray: Line[] = [];
  const filled = lines.filter((line) => !line.empty);
  let current: ResultArea | null = null;
  let target: Role | null = null;
  filled.forEach((line, position) => {
    const next = filled[position + 1];
    if (isAreaTitle(line, next, config)) {
      const head = titleOf(line);
      current = {
        number: head.number,
        title: head.title,
        titleRange: span(line.index, line.index),
        description: head.description,
        tasks: [],
        indicators: [],
        range: span(line.index, line.index),
        layout: "paragraphs",
        placeholder: head.title === "" || isPlaceholderOnly(head.title),
      };
      areas.push(current);
      target = null;
      return;
    }
    if (!current) {
      stray.push(line);
      return;
    }
    const area: ResultArea = current;
    area.range = span(area.range.start, line.index);
    const role = labelRole(line.text, config);
    if (role === "tasks" || role === "indicators") {
      target = role;
      // Items written on the label's own line: "Taken: a; b; c".
      const colon = line.block.text.indexOf(":");
      const inline = colon >= 0 ? line.block.text.slice(colon + 1) : "";
      for (const part of inline
        .split(";")
        .map((piece) => cleanItemText(piece))
        .filter(Boolean)) {
        area[role].push(item(line, part));
      }
      return;
    }
    if (target === null && !isItemsLine(line)) {
      area.description = [area.description, line.text].filter(Boolean).join(" ");
      return;
    }
    const role2: "tasks" | "indicators" =
      target === "tasks"
        ? "tasks"
        : target === "indicators"
          ? "indicators"
          : config.requireTasks
            ? "tasks"
            : "indicators";
    const entry = item(line);
    if (entry.text !== "") area[role2].push(entry);
  });
  return { areas, stray };
}
