import type { Block, CellRef, DocumentSnapshot } from "../../src/core/snapshot/schema";

/**
 * Builds snapshots in memory for core tests: the smallest input that shows a behaviour. Blocks are
 * plain paragraphs unless options say otherwise; tables are given as rows of cells of paragraphs.
 */
export type BlockOptions = Partial<Omit<Block, "text" | "style">> & {
  style?: string | null;
  styleName?: string;
};

export function p(text: string, options: BlockOptions = {}): Block {
  const { style = null, styleName, ...rest } = options;
  const bold = rest.bold ?? false;
  const heading = style && /^Heading([1-9])$/.exec(style);
  return {
    text,
    style: { name: styleName ?? style, builtIn: style },
    headingLevel: heading ? Number(heading[1]) : null,
    bold,
    boldPrefix: bold ? text.trimEnd().length : 0,
    list: null,
    table: null,
    contentControl: null,
    ...rest,
  };
}

export const b = (text: string, options: BlockOptions = {}): Block => p(text, { ...options, bold: true });
export const h = (level: number, text: string, options: BlockOptions = {}): Block =>
  p(text, { ...options, style: `Heading${level}` });
export const li = (text: string, options: BlockOptions = {}): Block =>
  p(text, { ...options, list: { level: 0, ordered: false, label: "•", listId: "1" } });

/** A cell is a string (one paragraph) or a list of blocks. */
export type CellSpec = string | Block | Block[];

let tableCounter = 0;

/** A top-level table; `table` ordinals must grow in document order, so pass them when mixing. */
export function table(rows: CellSpec[][], id: number = tableCounter++): Block[] {
  const blocks: Block[] = [];
  rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      const paragraphs = typeof cell === "string" ? [p(cell)] : Array.isArray(cell) ? cell : [cell];
      const ref: CellRef = { table: id, row, column, columnSpan: 1, depth: 1, outer: null };
      for (const paragraph of paragraphs.length > 0 ? paragraphs : [p("")]) {
        blocks.push({ ...paragraph, table: ref });
      }
      column++;
    }
  });
  return blocks;
}

export function resetTables(): void {
  tableCounter = 0;
}

export function snapshot(...parts: Array<Block | Block[]>): DocumentSnapshot {
  return { source: { kind: "memory", name: null }, blocks: parts.flat() };
}

/** Literal dash-tab items as the seeds write them. */
export const dashes = (...items: string[]): Block[] => items.map((text) => p(`-\t${text}`));
