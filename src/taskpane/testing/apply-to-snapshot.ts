import { ProfielwijzerError } from "../../core/common";
import type { EditOperation, EditPlan, NewParagraph } from "../../core/plans/schema";
import type { Block, CellRef, DocumentSnapshot } from "../../core/snapshot/schema";

/**
 * Applies an edit plan to a snapshot in memory, the way a host adapter applies it to a document, for the
 * task pane's tests: anchors are verified first (nothing changes when one moved), then every operation is
 * placed relative to its anchor as read. Formatting is copied from `formatFrom` as far as a snapshot has it.
 */
export function applyToSnapshot(
  snapshot: DocumentSnapshot,
  plan: EditPlan,
): { snapshot: DocumentSnapshot; inserted: number[] } {
  for (const operation of plan.operations) {
    const block = snapshot.blocks[operation.anchor.block];
    if (!block || block.text !== operation.anchor.text) throw documentChanged();
    if (
      operation.kind === "replace-text" &&
      block.text.slice(operation.start, operation.end) !== operation.expected
    )
      throw documentChanged();
  }
  // Each original block keeps a slot; new blocks go before or after the slot of their anchor.
  const before = snapshot.blocks.map<Block[]>(() => []);
  const after = snapshot.blocks.map<Block[]>(() => []);
  const blocks = snapshot.blocks.map((block) => ({ ...block }));
  let nextTable = Math.max(-1, ...snapshot.blocks.map((block) => block.table?.table ?? -1)) + 1;
  const fresh = new Set<Block>();
  const removed = new Set<number>();

  for (const operation of plan.operations) {
    const anchor = snapshot.blocks[operation.anchor.block]!;
    const made = blocksFor(operation, anchor, snapshot, () => nextTable++);
    made.forEach((block) => fresh.add(block));
    if (operation.kind === "replace-text") {
      const target = blocks[operation.anchor.block]!;
      target.text = target.text.slice(0, operation.start) + operation.text + target.text.slice(operation.end);
      continue;
    }
    if (operation.kind === "remove-paragraph") {
      removed.add(operation.anchor.block);
      continue;
    }
    const slot =
      operation.kind === "insert-table-row"
        ? rowEnd(snapshot, operation.anchor.block, operation.position)
        : operation.anchor.block;
    (operation.position === "before" ? before : after)[slot]!.push(...made);
  }

  const result: Block[] = [];
  blocks.forEach((block, index) =>
    result.push(...before[index]!, ...(removed.has(index) ? [] : [block]), ...after[index]!),
  );
  const inserted = result.flatMap((block, index) => (fresh.has(block) ? [index] : []));
  return { snapshot: { ...snapshot, blocks: renumberTables(result) }, inserted };
}

function documentChanged(): ProfielwijzerError {
  return new ProfielwijzerError("document-changed", {
    nl: "Het document is gewijzigd sinds het werd gelezen. Controleer opnieuw en probeer het dan nog eens.",
    en: "The document changed since it was read. Check again and then try once more.",
  });
}

/** The last (or first) block of the anchor's table row, so a new row goes after (before) the whole row. */
function rowEnd(snapshot: DocumentSnapshot, index: number, position: "before" | "after"): number {
  const cell = snapshot.blocks[index]!.table;
  if (!cell) return index;
  const sameRow = (block: Block) => block.table?.table === cell.table && block.table.row === cell.row;
  let at = index;
  if (position === "after") while (snapshot.blocks[at + 1] && sameRow(snapshot.blocks[at + 1]!)) at++;
  else while (at > 0 && sameRow(snapshot.blocks[at - 1]!)) at--;
  return at;
}

function paragraphBlock(paragraph: NewParagraph, snapshot: DocumentSnapshot, table: CellRef | null): Block {
  const text = paragraph.runs.map((run) => run.text).join("");
  const model = paragraph.formatFrom === null ? null : snapshot.blocks[paragraph.formatFrom];
  const bold = paragraph.runs.every((run) => run.bold || run.text === "") && text !== "";
  let boldPrefix = 0;
  for (const run of paragraph.runs) {
    if (!run.bold) break;
    boldPrefix += run.text.length;
  }
  const heading = /^Heading([1-9])$/.exec(paragraph.style ?? "");
  return {
    text,
    style: model?.style ?? { name: paragraph.style, builtIn: paragraph.style },
    headingLevel: model ? model.headingLevel : heading ? Number(heading[1]) : null,
    bold,
    boldPrefix: bold ? text.length : boldPrefix,
    list: model
      ? model.list
      : paragraph.list
        ? { level: paragraph.list.level, ordered: paragraph.list.ordered, label: null, listId: "memory" }
        : null,
    table,
    contentControl: null,
  };
}

function blocksFor(
  operation: EditOperation,
  anchor: Block,
  snapshot: DocumentSnapshot,
  newTable: () => number,
): Block[] {
  switch (operation.kind) {
    case "insert-paragraphs": {
      const made = operation.paragraphs.map((paragraph) => paragraphBlock(paragraph, snapshot, anchor.table));
      if (operation.contentControl) {
        for (const block of made)
          block.contentControl = {
            tag: operation.contentControl.tag,
            title: operation.contentControl.title,
            showingPlaceholder: false,
          };
      }
      return made;
    }
    case "insert-table-row": {
      const cell = anchor.table;
      if (!cell)
        return operation.cells.flatMap((entry) =>
          entry.paragraphs.map((paragraph) => paragraphBlock(paragraph, snapshot, null)),
        );
      // Marked with a fractional row, renumbered with the rest of the table below.
      const row = cell.row + (operation.position === "after" ? 0.5 : -0.5);
      return operation.cells.flatMap((entry, column) =>
        entry.paragraphs.map((paragraph) =>
          paragraphBlock(paragraph, snapshot, { ...cell, row, column, columnSpan: 1 }),
        ),
      );
    }
    case "insert-table": {
      const table = newTable();
      return operation.rows.flatMap((cells, row) =>
        cells.flatMap((entry, column) =>
          entry.paragraphs.map((paragraph) => ({
            ...paragraphBlock(paragraph, snapshot, {
              table,
              row,
              column,
              columnSpan: 1,
              depth: 1,
              outer: null,
            }),
          })),
        ),
      );
    }
    case "replace-text":
    case "remove-paragraph":
      return [];
  }
}

/** Table ordinals in document order and rows 0..n per table, as a reader would give them. */
function renumberTables(blocks: Block[]): Block[] {
  const tables = new Map<number, number>();
  const rows = new Map<string, number>();
  const rowCount = new Map<number, number>();
  return blocks.map((block) => {
    if (!block.table) return block;
    if (!tables.has(block.table.table)) tables.set(block.table.table, tables.size);
    const table = tables.get(block.table.table)!;
    const key = `${block.table.table}:${block.table.row}`;
    if (!rows.has(key)) {
      rows.set(key, rowCount.get(table) ?? 0);
      rowCount.set(table, (rowCount.get(table) ?? 0) + 1);
    }
    return { ...block, table: { ...block.table, table, row: rows.get(key)! } };
  });
}
