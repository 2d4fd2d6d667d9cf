import type { DocumentSnapshot } from "../../core/snapshot/schema";
import { EXACT_SEARCH, WORD_SEARCH_LIMIT, countOccurrences, escapeWordSearch } from "./text";

/**
 * How the apply batch reaches an anchor paragraph and proves it is still the paragraph that was read,
 * without loading the paragraph list first (which would cost a sync of its own).
 *
 * Fixed points are paragraphs with a piece of text that occurred exactly once in the document when it
 * was read (found by search), and the first and last paragraph (`getFirst()`/`getLast()`). A route
 * starts at a fixed point at or on one side of the anchor and walks with `getNext()`/`getPrevious()`
 * through the anchor to the nearest paragraph with unique text on the other side, so the paragraphs
 * between two fixed points are counted as well as read. Every paragraph on the walk, and the anchor's neighbours in
 * the same table cell (or outside tables), must still contain their text: each guard is a search whose
 * `getFirst()` throws ItemNotFound when the text is gone. Office runs a batch in order and stops at the
 * first failure, so with every guard queued before the first write, a changed document fails the batch
 * before anything is written.
 *
 * What the guards cannot see: text added to a paragraph that still contains its old text, an empty
 * paragraph that got text, a copy of the stretch between two fixed points pasted above the original,
 * and changes on the far side of an anchor with unique text when no other paragraph has unique text.
 */

export interface AnchorRoute {
  target: number;
  /** Block where the walk starts. */
  start: number;
  /** How the batch finds the start: by a piece of its text that occurred once, or as the first or last paragraph. */
  from: { kind: "text"; text: string } | { kind: "first" } | { kind: "last" };
  /** Block where the walk ends: the target or a block past it, seen from the start. */
  end: number;
  /** Pieces of text each block's paragraph must still contain, by block. */
  guards: Map<number, string[]>;
}

/** How far to look for a paragraph with unique text before using the document's first or last one. */
const LANDMARK_DISTANCE = 300;
/** Search windows tried inside a long paragraph, this many characters apart. */
const WINDOW_STEP = 64;

export function planAnchorRoutes(snapshot: DocumentSnapshot, targets: Iterable<number>): AnchorRoute[] {
  const texts = snapshot.blocks.map((block) => block.text);
  // One string for counting occurrences; U+0000 never occurs in a search text, so no hit spans two blocks.
  const whole = texts.join("\u0000");
  const windows = new Map<number, string | null>();
  const uniqueWindowOf = (block: number): string | null => {
    if (!windows.has(block)) windows.set(block, uniqueWindow(texts[block] ?? "", whole));
    return windows.get(block) ?? null;
  };
  const nearest = (target: number, direction: 1 | -1): number | null => {
    for (let distance = 1; distance <= LANDMARK_DISTANCE; distance += 1) {
      const block = target + direction * distance;
      if (block < 0 || block >= texts.length) return null;
      if (uniqueWindowOf(block) !== null) return block;
    }
    return null;
  };
  const containers = snapshot.blocks.map((block) =>
    block.table ? `${block.table.table}/${block.table.row}/${block.table.column}` : "body",
  );

  return [...new Set(targets)].map((target) => {
    const route = chooseRoute(target, texts.length, uniqueWindowOf, nearest);
    const guards = new Map<number, string[]>();
    const guard = (block: number) => {
      const pieces = piecesOf(texts[block] ?? "");
      // The end proves the walk ended where it should: it must hold its unique piece. The start's unique
      // piece is checked by the search that finds it.
      const unique = block === route.end && block !== route.start ? uniqueWindowOf(block) : null;
      const all = [...new Set(unique ? [unique, ...pieces] : pieces)].filter(
        (piece) => route.from.kind !== "text" || block !== route.start || piece !== route.from.text,
      );
      if (all.length > 0) guards.set(block, all);
    };
    const step = Math.sign(route.end - route.start);
    for (let block = route.start; ; block += step) {
      guard(block);
      if (block === route.end) break;
    }
    for (const neighbour of [target - 1, target + 1]) {
      if (neighbour < 0 || neighbour >= texts.length || guards.has(neighbour)) continue;
      if (containers[neighbour] === containers[target]) guard(neighbour);
    }
    return { ...route, target, guards };
  });
}

/**
 * Where to start and end. A search finds the first paragraph holding a text, so a paragraph that
 * wrongly matches always lies before the right one; walking forward from it to the next fixed point
 * shows the mismatch. So walks go forward where they can: from the anchor (when its text is unique) or
 * the nearest unique paragraph before it (else the first paragraph) to the nearest unique paragraph
 * after it. Without one after it, the walk starts at the last paragraph, which `getLast()` finds
 * exactly, and goes back through the anchor to the nearest unique paragraph before it.
 */
function chooseRoute(
  target: number,
  count: number,
  uniqueWindowOf: (block: number) => string | null,
  nearest: (target: number, direction: 1 | -1) => number | null,
): Omit<AnchorRoute, "target" | "guards"> {
  const fromText = (start: number, end: number) => {
    const text = uniqueWindowOf(start);
    return text === null ? null : { start, from: { kind: "text" as const, text }, end };
  };
  const fromFirst = (end: number) => ({ start: 0, from: { kind: "first" as const }, end });
  const fromLast = (end: number) => ({ start: count - 1, from: { kind: "last" as const }, end });
  const after = nearest(target, 1);
  const before = nearest(target, -1);
  const nearFirst = target <= LANDMARK_DISTANCE;
  const nearLast = count - 1 - target <= LANDMARK_DISTANCE;
  if (after !== null) {
    const route = fromText(target, after) ?? (before !== null ? fromText(before, after) : null);
    if (route) return route;
    if (nearFirst) return fromFirst(after);
  }
  if (nearLast) return fromLast(before ?? target);
  return (
    fromText(target, before ?? target) ??
    (before !== null ? fromText(before, target) : null) ??
    (nearFirst ? fromFirst(target) : fromLast(target))
  );
}

/** The whole text when it fits in one search, else its first and last 255 search characters. */
export function piecesOf(text: string): string[] {
  if (text.trim().length === 0) return [];
  const head = fitting(text, 0);
  if (head.length === text.length) return [text];
  return [head, fittingEnd(text)];
}

/** A piece of `text` that occurs once in `whole`, preferring the whole text, then its start and end. */
function uniqueWindow(text: string, whole: string): string | null {
  if (text.trim().length === 0) return null;
  const candidates = [fitting(text, 0), fittingEnd(text)];
  for (let from = WINDOW_STEP; from < text.length; from += WINDOW_STEP) candidates.push(fitting(text, from));
  for (const candidate of candidates) {
    if (candidate.trim().length > 0 && countOccurrences(whole, candidate, 2) === 1) return candidate;
  }
  return null;
}

/** The longest piece of `text` from `from` whose escaped search string fits Word's limit. */
function fitting(text: string, from: number): string {
  let end = Math.min(text.length, from + WORD_SEARCH_LIMIT);
  while (end > from && escapeWordSearch(text.slice(from, end)).length > WORD_SEARCH_LIMIT) end -= 1;
  return text.slice(from, end);
}

function fittingEnd(text: string): string {
  let start = Math.max(0, text.length - WORD_SEARCH_LIMIT);
  while (start < text.length && escapeWordSearch(text.slice(start)).length > WORD_SEARCH_LIMIT) start += 1;
  return text.slice(start);
}

/**
 * Queues a route: the searches, the walk and the guards, and a load of the anchor that makes Word run the
 * walk at this point of the batch. Returns the anchor paragraph for the writes that follow.
 */
export function queueAnchorRoute(body: Word.Body, route: AnchorRoute): Word.Paragraph {
  const visited = new Map<number, Word.Paragraph>();
  let paragraph =
    route.from.kind === "first"
      ? body.paragraphs.getFirst()
      : route.from.kind === "last"
        ? body.paragraphs.getLast()
        : body.search(escapeWordSearch(route.from.text), EXACT_SEARCH).getFirst().paragraphs.getFirst();
  visited.set(route.start, paragraph);
  const step = Math.sign(route.end - route.start);
  for (let block = route.start; block !== route.end;) {
    paragraph = step > 0 ? paragraph.getNext() : paragraph.getPrevious();
    block += step;
    visited.set(block, paragraph);
  }
  const anchor = visited.get(route.target);
  if (!anchor) throw new Error(`The route to block ${route.target} does not pass it.`);
  for (const [block, pieces] of route.guards) {
    const guarded = visited.get(block) ?? (block < route.target ? anchor.getPrevious() : anchor.getNext());
    for (const piece of pieces)
      guarded.search(escapeWordSearch(piece), EXACT_SEARCH).getFirst().load("isEmpty");
  }
  // Loading the walk's last paragraph makes Word run the whole walk here, before any write.
  paragraph.load("isListItem");
  return anchor;
}
