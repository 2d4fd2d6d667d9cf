import type { BlockRange } from "../common";
import type { Profile } from "../profile/schema";
import type { Block, DocumentSnapshot } from "../snapshot/schema";
import { isGuidance } from "../text/guidance";
import { listMarkerOf } from "../text/normalise";
import type { Anchor, NewParagraph, Run } from "./schema";

/**
 * How this document writes things, read from what it already contains, so inserted text looks like
 * its neighbours: which paragraph to copy for headings, body text and list items, and whether items
 * are Word list items or typed `-<tab>` lines.
 */
export interface DocumentFormat {
  /** A section heading outside tables to copy (Heading style or bold body text), or null. */
  heading: number | null;
  /** A plain body paragraph to copy, or null. */
  body: number | null;
  /** A list item outside tables to copy, or null. */
  item: number | null;
  /** The typed marker items use (`-\t`), or "" when items are real Word list items. */
  marker: string;
  /** Sections are set apart by an empty paragraph before their heading. */
  spacedSections: boolean;
}

export function anchorAt(snapshot: DocumentSnapshot, block: number): Anchor {
  return { block, text: snapshot.blocks[block]?.text ?? "" };
}

/** Styles that make a paragraph a title or heading whatever its text: never a model for body text or items. */
const DISPLAY_STYLES = /^(?:Title|Subtitle|Heading\d)$/;

/** The paragraph is a heading or title by its style or outline level (LibreOffice numbers headings as a list). */
function isDisplay(block: Block): boolean {
  return block.headingLevel !== null || DISPLAY_STYLES.test(block.style.builtIn ?? "");
}

/** A list item to copy: a Word list item, or a typed dash or bullet (a typed "1." is a title, not an item). */
function isItem(block: Block): boolean {
  if (isDisplay(block)) return false;
  const marker = listMarkerOf(block.text);
  return block.list !== null || (marker !== null && !/\d/.test(marker));
}

/** The typed marker of an item block ("-\t", "- \t", "•\t"), or "" for a Word list item. */
export function markerOf(block: Block): string {
  if (block.list) return "";
  const marker = listMarkerOf(block.text);
  return marker && !/\d/.test(marker) ? marker : "";
}

/** The first of the heading blocks at the level most of them have (a one-off Heading 1 is no model). */
function commonestLevel(indices: readonly number[], blocks: readonly Block[]): number | null {
  const counts = new Map<number, number>();
  for (const index of indices) {
    const level = blocks[index]!.headingLevel;
    if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  if (counts.size === 0) return indices[0] ?? null;
  const [level] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return indices.find((index) => blocks[index]!.headingLevel === level)!;
}

export function readFormat(
  profile: Profile,
  snapshot: DocumentSnapshot,
  guidance: readonly string[] = [],
): DocumentFormat {
  const blocks = snapshot.blocks;
  const headings = profile.sections
    .map((section) => section.heading?.range.start)
    .filter((index): index is number => index !== undefined && blocks[index]?.table === null);
  // The profile's title is often the only Heading 1 (or Title): a section heading copies a section's heading.
  const titleStart = profile.title?.range.start ?? null;
  const sectionHeadings = headings.filter((index) => index !== titleStart);
  const heading =
    commonestLevel(sectionHeadings, blocks) ?? commonestLevel(headings, blocks) ?? headings[0] ?? null;
  const taken = new Set(headings);
  if (titleStart !== null) taken.add(titleStart);
  const body = blocks.findIndex(
    (block, index) =>
      !taken.has(index) &&
      block.table === null &&
      block.text.trim().length > 20 &&
      !isItem(block) &&
      !block.bold &&
      !isDisplay(block) &&
      // The template's instructions are often styled differently (italic): never copy them.
      !isGuidance(block.text, guidance),
  );
  const items = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => isItem(block) && block.text.trim() !== "");
  const item = items.find(({ block }) => block.table === null) ?? items[0];
  const starts = profile.sections.map((section) => section.range.start).filter((start) => start > 0);
  const spaced = starts.filter(
    (start) => blocks[firstOfTable(snapshot, start) - 1]?.text.trim() === "",
  ).length;
  return {
    spacedSections: starts.length > 0 && spaced * 2 >= starts.length,
    heading,
    body: body >= 0 ? body : null,
    item: item?.index ?? null,
    marker: item ? markerOf(item.block) : "-\t",
  };
}

export function runs(text: string, bold = false): Run[] {
  return [{ text, bold }];
}

/** A paragraph that copies the formatting of `from`, or falls back to a built-in style. */
export function paragraph(
  text: string,
  from: number | null,
  options: { bold?: boolean; style?: string } = {},
): NewParagraph {
  return {
    runs: runs(text, options.bold ?? false),
    formatFrom: from,
    style: from === null ? (options.style ?? "Normal") : null,
    list: null,
  };
}

/**
 * A list item written the way the sample item is written: same typed marker, or a Word list item that
 * copies the sample's numbering. Without a sample, a typed dash and tab (needs no numbering definition).
 */
export function itemParagraph(
  text: string,
  sample: Block | undefined,
  sampleIndex: number | null,
): NewParagraph {
  const marker = sample ? markerOf(sample) : "-\t";
  return paragraph(`${marker}${text}`, sampleIndex, { style: "Normal" });
}

/** The top-level table a block sits in, or null. */
function tableOf(snapshot: DocumentSnapshot, index: number): number | null {
  const cell = snapshot.blocks[index]?.table;
  if (!cell) return null;
  return cell.depth > 1 && cell.outer ? cell.outer.table : cell.table;
}

/** The first block of the table a block sits in (the block itself outside tables). */
function firstOfTable(snapshot: DocumentSnapshot, index: number): number {
  const table = tableOf(snapshot, index);
  let start = index;
  while (table !== null && start > 0 && tableOf(snapshot, start - 1) === table) start--;
  return start;
}

/**
 * Where content goes before a block. Before a table's first paragraph the hosts would disagree (Word puts
 * it inside the first cell), so such content is anchored after the paragraph in front of the table.
 */
export function beforeBlock(
  snapshot: DocumentSnapshot,
  index: number,
): { anchor: Anchor; position: "before" | "after" } {
  if (tableOf(snapshot, index) !== null) {
    const start = firstOfTable(snapshot, index);
    if (start > 0 && tableOf(snapshot, start - 1) === null)
      return { anchor: anchorAt(snapshot, start - 1), position: "after" };
  }
  return { anchor: anchorAt(snapshot, index), position: "before" };
}

/** Where content goes after a range: after its last block, or after its table when it ends in one. */
export function afterRange(
  snapshot: DocumentSnapshot,
  range: BlockRange,
): { anchor: Anchor; position: "before" | "after" } {
  const last = snapshot.blocks[range.end];
  if (last?.table) {
    const tableId = last.table.depth > 1 && last.table.outer ? last.table.outer.table : last.table.table;
    let next = range.end + 1;
    while (next < snapshot.blocks.length) {
      const cell = snapshot.blocks[next]!.table;
      const outerId = cell ? (cell.depth > 1 && cell.outer ? cell.outer.table : cell.table) : null;
      if (outerId !== tableId) break;
      next++;
    }
    if (next < snapshot.blocks.length) return { anchor: anchorAt(snapshot, next), position: "before" };
  }
  return { anchor: anchorAt(snapshot, range.end), position: "after" };
}

/**
 * Where a sibling goes after an item written as paragraphs (a result area, a competency): inside the
 * table cell when its own lines (`core`: title or name to its last list item) all sit in one cell — a
 * profile laid out as a "kop | tekst" table keeps them in the text cell — otherwise after its `range`.
 */
export function afterSiblings(
  snapshot: DocumentSnapshot,
  core: BlockRange,
  range: BlockRange,
): { anchor: Anchor; position: "before" | "after" } {
  const first = snapshot.blocks[core.start]?.table;
  const last = snapshot.blocks[core.end]?.table;
  const sameCell =
    first &&
    last &&
    first.table === last.table &&
    first.row === last.row &&
    first.column === last.column &&
    first.depth === last.depth;
  return sameCell ? { anchor: anchorAt(snapshot, core.end), position: "after" } : afterRange(snapshot, range);
}

/** Adds `;` to all items but the last and `.` to the last, as profiles punctuate lists. */
export function punctuate(
  items: readonly string[],
  style: ListPunctuation = { separator: ";", final: ".", capital: false },
): string[] {
  return items.map((text, index) => {
    const trimmed = text.replace(/[;.,]+$/, "");
    const bare = style.capital ? trimmed.replace(/\p{L}/u, (letter) => letter.toUpperCase()) : trimmed;
    return `${bare}${index === items.length - 1 ? style.final : style.separator}`;
  });
}

/** How a document ends its list items and whether it starts them with a capital (sentences). */
export interface ListPunctuation {
  separator: string;
  final: string;
  capital: boolean;
}

/** The punctuation a list of item blocks uses (`;` between, `.` at the end), or none. */
export function punctuationOf(blocks: readonly Block[]): ListPunctuation {
  const texts = blocks.map((block) => block.text.trim()).filter((text) => text !== "");
  if (texts.length === 0) return { separator: ";", final: ".", capital: false };
  const last = texts[texts.length - 1]!;
  const before = texts.slice(0, -1);
  const separator = before.some((text) => text.endsWith(";"))
    ? ";"
    : before.length > 0 && before.every((text) => text.endsWith("."))
      ? "."
      : "";
  // Past a typed marker ("-\t"), the first letter tells whether items are written as sentences.
  const capital = texts.every((text) => {
    const letter = /\p{L}/u.exec(text)?.[0];
    return letter !== undefined && letter !== letter.toLowerCase();
  });
  return { separator, final: last.endsWith(".") ? "." : "", capital };
}
