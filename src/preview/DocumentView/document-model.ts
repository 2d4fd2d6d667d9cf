import type { Block, DocumentSnapshot } from "../../core/snapshot/schema";

/** A paragraph of the document with its block index (the address "Ga naar" uses). */
export interface ParagraphPart {
  kind: "paragraph";
  index: number;
  block: Block;
}

export interface TableCellPart {
  column: number;
  columnSpan: number;
  paragraphs: ParagraphPart[];
}

export interface TablePart {
  kind: "table";
  /** The top-level table's ordinal. */
  table: number;
  rows: TableCellPart[][];
}

export type DocumentPart = ParagraphPart | TablePart;

/**
 * Groups the snapshot's blocks into what a reader sees: paragraphs, and tables of rows of cells. Nested
 * tables are flattened into the top-level cell that holds them (their text stays in reading order).
 */
export function groupBlocks(snapshot: DocumentSnapshot): DocumentPart[] {
  const parts: DocumentPart[] = [];
  let current: { part: TablePart; rows: Map<number, Map<number, TableCellPart>> } | null = null;

  snapshot.blocks.forEach((block, index) => {
    const paragraph: ParagraphPart = { kind: "paragraph", index, block };
    const cell = block.table;
    if (!cell) {
      current = null;
      parts.push(paragraph);
      return;
    }
    const place =
      cell.depth > 1 && cell.outer ? cell.outer : { table: cell.table, row: cell.row, column: cell.column };
    const span = cell.depth > 1 ? 1 : cell.columnSpan;
    if (!current || current.part.table !== place.table) {
      current = { part: { kind: "table", table: place.table, rows: [] }, rows: new Map() };
      parts.push(current.part);
    }
    let row = current.rows.get(place.row);
    if (!row) {
      row = new Map();
      current.rows.set(place.row, row);
      current.part.rows.push([]);
    }
    let target = row.get(place.column);
    if (!target) {
      target = { column: place.column, columnSpan: span, paragraphs: [] };
      row.set(place.column, target);
      const rowIndex = [...current.rows.keys()].indexOf(place.row);
      current.part.rows[rowIndex]!.push(target);
    }
    target.paragraphs.push(paragraph);
  });
  for (const part of parts) {
    if (part.kind === "table") for (const row of part.rows) row.sort((a, b) => a.column - b.column);
  }
  return parts;
}
