import type { Location } from "../../core/common";

/**
 * Where the paragraphs an edit plan inserted end up, in block indices of the changed document. Anchors
 * refer to the document as it was read; every operation inserts its paragraphs at a boundary between
 * two old blocks. At one boundary, what was inserted after the block before it comes first (inside its
 * cell, for a table paragraph), then new table rows, then what was inserted before the block after it;
 * within each of those, operations keep their order.
 */

export type InsertionRank = 0 | 1 | 2;
export const RANK_AFTER_BLOCK: InsertionRank = 0;
export const RANK_TABLE_ROW: InsertionRank = 1;
export const RANK_BEFORE_BLOCK: InsertionRank = 2;

export interface InsertionGroup {
  /** Index of the operation in the plan. */
  operation: number;
  /** Number of new paragraphs (blocks) the operation adds. */
  count: number;
  /** The old block index the new paragraphs go before (blockCount for the end); null when unknown. */
  boundary: number | null;
  rank: InsertionRank;
  /** When the boundary is unknown: the old boundaries it must lie between (both inclusive). */
  span: { low: number; high: number } | null;
}

export interface TextChange {
  operation: number;
  block: number;
  /** Start of the new text in the changed paragraph, and its length. */
  start: number;
  length: number;
}

type Order = "before" | "after" | "unknown";

/** Returns one location per operation, in plan order, leaving out the ones that cannot be computed. */
export function layoutInsertions(groups: InsertionGroup[], changes: TextChange[]): Location[] {
  const located = new Map<number, Location>();
  for (const group of groups) {
    if (group.boundary === null || group.count === 0) continue;
    let shift = 0;
    let known = true;
    for (const other of groups) {
      if (other === group) continue;
      const order = compareGroups(other, group);
      if (order === "unknown") known = false;
      else if (order === "before") shift += other.count;
    }
    if (!known) continue;
    const start = group.boundary + shift;
    located.set(group.operation, { start, end: start + group.count - 1 });
  }
  for (const change of changes) {
    let shift = 0;
    let known = true;
    for (const group of groups) {
      const order = groupBeforeBlock(group, change.block);
      if (order === "unknown") known = false;
      else if (order === "before") shift += group.count;
    }
    if (!known) continue;
    const block = change.block + shift;
    located.set(change.operation, {
      start: block,
      end: block,
      chars: { start: change.start, end: change.start + change.length },
    });
  }
  return [...located.entries()].sort(([a], [b]) => a - b).map(([, location]) => location);
}

/** Is `other` placed before `group`? */
function compareGroups(other: InsertionGroup, group: InsertionGroup): Order {
  const target = group.boundary;
  if (target === null) return "unknown";
  if (other.boundary !== null) {
    if (other.boundary !== target) return other.boundary < target ? "before" : "after";
    if (other.rank !== group.rank) return other.rank < group.rank ? "before" : "after";
    return other.operation < group.operation ? "before" : "after";
  }
  if (!other.span) return "unknown";
  // The unknown boundary is somewhere in [low, high], at table-row rank.
  const { low, high } = other.span;
  if (high < target || (high === target && group.rank > other.rank)) return "before";
  if (low > target || (low === target && group.rank < other.rank)) return "after";
  return "unknown";
}

/** Are the paragraphs of `group` placed before old block `block`? */
function groupBeforeBlock(group: InsertionGroup, block: number): Order {
  if (group.boundary !== null) return group.boundary <= block ? "before" : "after";
  if (!group.span) return "unknown";
  if (group.span.high <= block) return "before";
  if (group.span.low > block) return "after";
  return "unknown";
}
