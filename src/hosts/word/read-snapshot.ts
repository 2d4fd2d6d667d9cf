import { type Message, type Result, message } from "../../core/common";
import type {
  Block,
  CellRef,
  ContentControlInfo,
  DocumentSnapshot,
  ListInfo,
} from "../../core/snapshot/schema";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { mapWordError, requirementMissingError } from "./errors";
import { isWordPlaceholderText, normaliseWordText } from "./text";

/**
 * Reads the whole body into a DocumentSnapshot, one block per `body.paragraphs` item, in at most two
 * syncs whatever the length: batch 1 loads the cheap paragraph properties for every paragraph; batch 2
 * asks only about what batch 1 shows is there (list items, table paragraphs, content controls,
 * paragraphs with mixed bold). A document without any of those needs one sync.
 *
 * One exception: loading `cellIndex` of a vertically merged cell throws GeneralException (office-js
 * #3200) and fails the whole batch. Then batch 2 is sent once more without `cellIndex`, and columns are
 * counted from the order of the cells in each row (a third sync, only for such documents).
 */

const PARAGRAPH_PROPERTIES = [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "tableNestingLevel",
  "font/bold",
]
  .map((property) => `items/${property}`)
  .join(",");

/** Up to this length a mixed-bold paragraph is read per character; longer ones per word. */
const CHARACTER_BOLD_LIMIT = 1000;

/** office-js reports body text as outline level 10; 1–9 are real levels. */
const MAX_OUTLINE_LEVEL = 9;

interface BaseParagraph {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  isListItem: boolean;
  nesting: number;
  bold: boolean | null;
}

interface ListProbe {
  item: Word.ListItem;
  list: Word.List;
}

interface CellProbe {
  /** From the top-level table's cell to the paragraph's own cell. */
  levels: Word.TableCell[];
}

interface BoldProbe {
  ranges: Word.RangeCollection;
}

interface DetailProbes {
  lists: Map<number, ListProbe>;
  listCollection: Word.ListCollection | null;
  cells: Map<number, CellProbe>;
  /** Degraded table reading: is level d of paragraph i the same cell as of paragraph i - 1? */
  sameCell: Map<number, OfficeExtension.ClientResult<string>[]>;
  controls: Map<number, Word.ContentControl>;
  bold: Map<number, BoldProbe>;
  withCellIndex: boolean;
}

export async function readWordSnapshot(env: WordEnvironment): Promise<Result<DocumentSnapshot>> {
  if (!supportsWordApi(env, WORD_API.base)) {
    throw requirementMissingError(WORD_API.base, {
      nl: "Het lezen van het document",
      en: "Reading the document",
    });
  }
  const name = env.documentName?.() ?? null;
  try {
    return await env.run((context) => readInContext(context, name));
  } catch (error) {
    throw mapWordError(error, "read");
  }
}

async function readInContext(
  context: Word.RequestContext,
  name: string | null,
): Promise<Result<DocumentSnapshot>> {
  const messages: Message[] = [];
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(PARAGRAPH_PROPERTIES);
  const controls = body.contentControls.load("items/text");
  await context.sync();

  const items = paragraphs.items;
  const base = items.map(readBase);
  const controlTexts = controls.items.map((control) => normaliseWordText(control.text));

  let probes = queueDetails(context, items, base, controlTexts, true);
  if (isEmpty(probes)) return { value: buildSnapshot(name, base, probes), messages };
  try {
    await context.sync();
  } catch (error) {
    if (probes.cells.size === 0 || wordErrorCode(error) !== "GeneralException") throw error;
    probes = queueDetails(context, items, base, controlTexts, false);
    await context.sync();
    messages.push(
      message(
        "warning",
        "table-merged-cells",
        "Een tabel heeft verticaal samengevoegde cellen. Word gaf daarvan geen kolomnummers; de kolommen zijn afgeleid uit de volgorde van de cellen in elke rij.",
        "A table has vertically merged cells. Word gave no column numbers for them; the columns were derived from the order of the cells in each row.",
      ),
    );
  }
  return { value: buildSnapshot(name, base, probes), messages };
}

function readBase(paragraph: Word.Paragraph): BaseParagraph {
  return {
    text: normaliseWordText(paragraph.text),
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: paragraph.outlineLevel,
    isListItem: paragraph.isListItem,
    nesting: paragraph.tableNestingLevel,
    bold: paragraph.font.bold,
  };
}

function isEmpty(probes: DetailProbes): boolean {
  return (
    probes.lists.size === 0 && probes.cells.size === 0 && probes.controls.size === 0 && probes.bold.size === 0
  );
}

function queueDetails(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  base: BaseParagraph[],
  controlTexts: string[],
  withCellIndex: boolean,
): DetailProbes {
  const probes: DetailProbes = {
    lists: new Map(),
    listCollection: null,
    cells: new Map(),
    sameCell: new Map(),
    controls: new Map(),
    bold: new Map(),
    withCellIndex,
  };
  items.forEach((paragraph, index) => {
    const info = base[index];
    if (!info) return;
    if (info.isListItem) {
      const item = paragraph.listItemOrNullObject.load("level,listString");
      const list = paragraph.listOrNullObject.load("id");
      probes.lists.set(index, { item, list });
    }
    if (info.nesting > 0) {
      const levels = queueCellLevels(paragraph, info.nesting, withCellIndex);
      probes.cells.set(index, { levels });
      const previous = probes.cells.get(index - 1);
      if (!withCellIndex && previous) {
        const shared = Math.min(levels.length, previous.levels.length);
        const comparisons: OfficeExtension.ClientResult<string>[] = [];
        for (let level = 0; level < shared; level += 1) {
          const mine = levels[level];
          const theirs = previous.levels[level];
          if (!mine || !theirs) continue;
          comparisons.push(mine.body.getRange("Whole").compareLocationWith(theirs.body.getRange("Whole")));
        }
        probes.sameCell.set(index, comparisons);
      }
    }
    if (isControlCandidate(info.text, controlTexts)) {
      probes.controls.set(
        index,
        paragraph.parentContentControlOrNullObject.load("id,tag,title,placeholderText"),
      );
    }
    if (info.bold === null && info.text.length > 0) {
      const ranges =
        info.text.length <= CHARACTER_BOLD_LIMIT
          ? paragraph.search("?", { matchWildcards: true })
          : paragraph.split([" "], true, false);
      probes.bold.set(index, { ranges: ranges.load("items/text,items/font/bold") });
    }
  });
  if (probes.lists.size > 0)
    probes.listCollection = context.document.body.lists.load("items/id,items/levelTypes");
  return probes;
}

function queueCellLevels(
  paragraph: Word.Paragraph,
  nesting: number,
  withCellIndex: boolean,
): Word.TableCell[] {
  const properties = withCellIndex ? "rowIndex,cellIndex" : "rowIndex";
  const levels: Word.TableCell[] = [paragraph.parentTableCellOrNullObject.load(properties)];
  let table = paragraph.parentTableOrNullObject;
  for (let depth = nesting - 1; depth >= 1; depth -= 1) {
    const holder = table.parentTableCellOrNullObject.load(properties);
    levels.unshift(holder);
    table = holder.parentTable;
  }
  return levels;
}

/**
 * `body.contentControls` lists rich-text controls; a paragraph can only be in one when its text is part
 * of a control's text. Paragraphs showing Word's placeholder text are asked about too, since plain-text
 * and date controls may be missing from that collection.
 */
function isControlCandidate(text: string, controlTexts: string[]): boolean {
  if (isWordPlaceholderText(text)) return true;
  if (controlTexts.length === 0) return false;
  if (text.length === 0) {
    return controlTexts.some((control) => control.length === 0 || /\n\n|^\n|\n$/.test(control));
  }
  return controlTexts.some((control) => control.includes(text));
}

function wordErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

// --- building the snapshot -------------------------------------------------------------------------

function buildSnapshot(name: string | null, base: BaseParagraph[], probes: DetailProbes): DocumentSnapshot {
  const levelTypes = readLevelTypes(probes.listCollection);
  const tables = assignTables(base, probes);
  const blocks: Block[] = base.map((info, index) => {
    const { bold, boldPrefix } = readBold(info, probes.bold.get(index));
    return {
      text: info.text,
      style: {
        name: info.style ? info.style : null,
        builtIn: info.styleBuiltIn && info.styleBuiltIn !== "Other" ? info.styleBuiltIn : null,
      },
      headingLevel: readHeadingLevel(info),
      bold,
      boldPrefix,
      list: info.isListItem ? readList(probes.lists.get(index), levelTypes) : null,
      table: tables.get(index) ?? null,
      contentControl: readControl(info, probes.controls.get(index)),
    };
  });
  return { source: { kind: "word", name }, blocks };
}

function readHeadingLevel(info: BaseParagraph): number | null {
  const heading = /^Heading([1-9])$/.exec(info.styleBuiltIn);
  if (heading) return Number(heading[1]);
  const level = info.outlineLevel;
  return Number.isInteger(level) && level >= 1 && level <= MAX_OUTLINE_LEVEL ? level : null;
}

function readLevelTypes(collection: Word.ListCollection | null): Map<number, string[]> {
  const types = new Map<number, string[]>();
  for (const list of collection?.items ?? []) types.set(list.id, list.levelTypes);
  return types;
}

function readList(probe: ListProbe | undefined, levelTypes: Map<number, string[]>): ListInfo | null {
  if (!probe || probe.item.isNullObject) return null;
  const level = Math.min(Math.max(probe.item.level, 0), 8);
  const listId = probe.list.isNullObject ? null : probe.list.id;
  const label = normaliseListLabel(probe.item.listString);
  const type = listId === null ? undefined : levelTypes.get(listId)?.[level];
  const ordered = type !== undefined ? type === "Number" : label !== null && /[0-9A-Za-z]/.test(label);
  return { level, ordered, label, listId: listId === null ? null : String(listId) };
}

/** Bullets from symbol fonts come as private-use characters; show them as "•". */
function normaliseListLabel(label: string): string | null {
  if (!label) return null;
  const cleaned = label.replace(/[\uf000-\uf0ff]/g, "\u2022").trim();
  return cleaned.length > 0 ? cleaned : null;
}

function readControl(
  info: BaseParagraph,
  control: Word.ContentControl | undefined,
): ContentControlInfo | null {
  if (!control || control.isNullObject) return null;
  const placeholder = normaliseWordText(control.placeholderText ?? "");
  return {
    tag: control.tag ? control.tag : null,
    title: control.title ? control.title : null,
    showingPlaceholder:
      (placeholder.length > 0 && info.text === placeholder) || isWordPlaceholderText(info.text),
  };
}

/**
 * Bold as the snapshot wants it: `bold` when every visible character is bold, `boldPrefix` the length
 * of the bold text the paragraph starts with. Whitespace that is not bold neither ends nor extends the
 * prefix; a piece whose bold is mixed (a long paragraph read per word) ends it.
 */
function readBold(info: BaseParagraph, probe: BoldProbe | undefined): { bold: boolean; boldPrefix: number } {
  if (info.bold === true) return { bold: true, boldPrefix: info.text.length };
  if (info.bold === false || !probe) return { bold: false, boldPrefix: 0 };
  let position = 0;
  let prefix = 0;
  let prefixOpen = true;
  let everyVisibleBold = true;
  for (const range of probe.ranges.items) {
    const piece = normaliseWordText(range.text);
    if (piece.length === 0) continue;
    const at = info.text.indexOf(piece, position);
    if (at < 0) continue;
    const visible = /\S/.test(piece);
    const bold = range.font.bold;
    if (visible && bold !== true) everyVisibleBold = false;
    if (prefixOpen) {
      if (bold === true) prefix = at + piece.length;
      else if (visible) prefixOpen = false;
    }
    position = at + piece.length;
  }
  if (everyVisibleBold && /\S/.test(info.text)) return { bold: true, boldPrefix: info.text.length };
  return { bold: false, boldPrefix: prefix };
}

// --- tables ----------------------------------------------------------------------------------------

interface CellPosition {
  row: number;
  column: number;
}

/**
 * Gives every table paragraph its CellRef. Word has no table identity in WordApi 1.3, but it never puts
 * two tables back to back: consecutive table paragraphs belong to one top-level table, and a nested
 * table continues while the paragraphs stay in the same outer cell. Ordinals follow the order in which
 * tables start, so an outer table comes before the tables nested in it.
 */
function assignTables(base: BaseParagraph[], probes: DetailProbes): Map<number, CellRef> {
  const positions = readCellPositions(base, probes);
  const result = new Map<number, CellRef>();
  const open: { ordinal: number; parentKey: string }[] = [];
  let nextOrdinal = 0;
  let previousNesting = 0;
  base.forEach((info, index) => {
    if (info.nesting === 0) {
      open.length = 0;
      previousNesting = 0;
      return;
    }
    const path = positions.get(index);
    if (!path) return;
    for (let depth = 1; depth <= info.nesting; depth += 1) {
      const parentKey = depth === 1 ? "" : cellKey(open[depth - 2]?.ordinal, path[depth - 2]);
      const current = open[depth - 1];
      const continues = previousNesting >= depth && current !== undefined && current.parentKey === parentKey;
      if (!continues) {
        open[depth - 1] = { ordinal: nextOrdinal, parentKey };
        nextOrdinal += 1;
        open.length = depth;
      }
    }
    open.length = info.nesting;
    previousNesting = info.nesting;
    const own = path[info.nesting - 1];
    const table = open[info.nesting - 1];
    if (!own || !table) return;
    const top = path[0];
    const topTable = open[0];
    result.set(index, {
      table: table.ordinal,
      row: own.row,
      column: own.column,
      columnSpan: 1,
      depth: info.nesting,
      outer:
        info.nesting > 1 && top && topTable
          ? { table: topTable.ordinal, row: top.row, column: top.column }
          : null,
    });
  });
  return result;
}

function cellKey(ordinal: number | undefined, position: CellPosition | undefined): string {
  return `${ordinal ?? "?"}:${position?.row ?? "?"}:${position?.column ?? "?"}`;
}

function readCellPositions(base: BaseParagraph[], probes: DetailProbes): Map<number, CellPosition[]> {
  const positions = new Map<number, CellPosition[]>();
  // Degraded reading: count cells along each row, using "is this the same cell as the one before".
  const columnCounters: { row: number; column: number }[] = [];
  base.forEach((info, index) => {
    const probe = probes.cells.get(index);
    if (!probe || info.nesting === 0) {
      columnCounters.length = 0;
      return;
    }
    const comparisons = probes.sameCell.get(index) ?? [];
    const path: CellPosition[] = [];
    let enclosingSame = true;
    probe.levels.forEach((cell, level) => {
      if (cell.isNullObject) return;
      const row = cell.rowIndex;
      if (probes.withCellIndex) {
        path.push({ row, column: cell.cellIndex });
        return;
      }
      // A new cell in the same row is the next column; a new row or a new enclosing cell starts at 0.
      const counter = enclosingSame ? columnCounters[level] : undefined;
      const same = comparisons[level]?.value === "Equal";
      const column = !counter ? 0 : same ? counter.column : counter.row === row ? counter.column + 1 : 0;
      columnCounters[level] = { row, column };
      path.push({ row, column });
      if (!same) enclosingSame = false;
    });
    columnCounters.length = probe.levels.length;
    if (path.length === info.nesting) positions.set(index, path);
  });
  return positions;
}
