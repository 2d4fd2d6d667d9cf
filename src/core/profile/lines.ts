import type { BlockRange } from "../common";
import type { Block, DocumentSnapshot } from "../snapshot/schema";
import { collapseSpace, listMarkerOf } from "../text/normalise";

/**
 * The parser's view of a block: its text in a few handy forms and the top-level table cell it sits in.
 * Nested tables are read as part of the top-level cell that holds them: profiles use tables for layout,
 * and a table inside a cell belongs to what that cell says.
 */
export interface Line {
  index: number;
  block: Block;
  /** Text with white space collapsed. */
  text: string;
  empty: boolean;
  cell: { table: number; row: number; column: number; span: number } | null;
}

export function toLines(snapshot: DocumentSnapshot): Line[] {
  return snapshot.blocks.map((block, index) => {
    const text = collapseSpace(block.text);
    const table = block.table;
    let cell: Line["cell"] = null;
    if (table) {
      cell =
        table.depth > 1 && table.outer
          ? { table: table.outer.table, row: table.outer.row, column: table.outer.column, span: 1 }
          : { table: table.table, row: table.row, column: table.column, span: table.columnSpan };
    }
    return { index, block, text, empty: text === "" || isPageMarker(text), cell };
  });
}

/**
 * A running header or footer typed into the body ("Pagina 2 van 3", "Functiebeschrijving Verpleegkundige –
 * FWG 45 – pagina 2 van 3", "Blz. 1"), where a PDF or a copy from a printout left it: no content.
 */
const PAGE_MARKER = /(?:^|[\s|–—-])(?:pagina|blz\.?|page|p\.)\s*\d{1,3}(?:\s*(?:van|of|\/)\s*\d{1,3})?\s*$/iu;

function isPageMarker(text: string): boolean {
  return text.length <= 120 && PAGE_MARKER.test(text) && !/[.;:]\s*$/u.test(text);
}

export interface CellView {
  column: number;
  span: number;
  lines: Line[];
}

export interface RowView {
  row: number;
  cells: CellView[];
  range: BlockRange;
}

export interface TableView {
  table: number;
  rows: RowView[];
  range: BlockRange;
  /** Number of grid columns the table uses. */
  columns: number;
}

/** Groups the lines of every top-level table into rows and cells. */
export function buildTables(lines: Line[]): Map<number, TableView> {
  const tables = new Map<number, TableView>();
  for (const line of lines) {
    if (!line.cell) continue;
    const { table: id, row: rowIndex, column, span } = line.cell;
    let table = tables.get(id);
    if (!table) {
      table = { table: id, rows: [], range: { start: line.index, end: line.index }, columns: 0 };
      tables.set(id, table);
    }
    table.range.end = line.index;
    let row = table.rows.find((candidate) => candidate.row === rowIndex);
    if (!row) {
      row = { row: rowIndex, cells: [], range: { start: line.index, end: line.index } };
      table.rows.push(row);
    }
    row.range.end = line.index;
    let cell = row.cells.find((candidate) => candidate.column === column);
    if (!cell) {
      cell = { column, span, lines: [] };
      row.cells.push(cell);
    }
    cell.lines.push(line);
    table.columns = Math.max(table.columns, column + span);
  }
  for (const table of tables.values()) {
    table.rows.sort((a, b) => a.row - b.row);
    for (const row of table.rows) row.cells.sort((a, b) => a.column - b.column);
  }
  return tables;
}

/**
 * The rows of a table that overlap a range, without a leading bar (one cell across the table) that
 * holds one of the given heading lines: a table that opens with its section's heading ("3.
 * RESULTAATGEBIEDEN" over "Resultaatgebied | Taken | …") is read from its own header row.
 */
export function clipTable(
  table: TableView,
  range: BlockRange,
  headings: ReadonlySet<number>,
): TableView | null {
  const rows = table.rows.filter((row) => row.range.end >= range.start && row.range.start <= range.end);
  while (rows.length > 1 && rows[0]!.cells.length === 1) {
    const first = firstFilled(rows[0]!.cells[0]!.lines);
    if (!first || !headings.has(first.index)) break;
    rows.shift();
  }
  if (rows.length === 0) return null;
  if (rows.length === table.rows.length) return table;
  return {
    ...table,
    rows,
    range: { start: rows[0]!.range.start, end: rows[rows.length - 1]!.range.end },
  };
}

/** A row of one cell across a table of two or more columns. */
export function isBar(row: RowView, table: TableView): boolean {
  return table.columns >= 2 && row.cells.length === 1 && row.cells[0]!.span >= table.columns;
}

/** A remark under a grid ("Opmerking: …", "NB …", a legend "Niveau 1 = basis, 2 = …"), not a row of it. */
export function isTableRemark(row: RowView, table: TableView): boolean {
  if (!isBar(row, table)) return false;
  const text = cellText(row.cells[0]).trim();
  return (
    row === table.rows[table.rows.length - 1] ||
    /^(?:\*|opmerking|toelichting|nb\b|n\.b\.|let op|noot|legenda)/iu.test(text) ||
    /\b\w+\s*=\s*\w+/u.test(text)
  );
}

/** A table of two or more columns without the rows of one cell across it that open it. */
export function withoutLeadingBars(table: TableView): TableView {
  if (table.columns < 2) return table;
  const start = table.rows.findIndex((row) => row.cells.length > 1);
  return start <= 0 ? table : { ...table, rows: table.rows.slice(start) };
}

/** The non-empty lines of a cell, joined with line breaks. */
export function cellText(cell: CellView | undefined): string {
  if (!cell) return "";
  return cell.lines
    .filter((line) => !line.empty)
    .map((line) => line.text)
    .join("\n");
}

export function firstFilled(lines: Line[]): Line | undefined {
  return lines.find((line) => !line.empty);
}

export function rangeOf(lines: Line[]): BlockRange | null {
  if (lines.length === 0) return null;
  return { start: lines[0]!.index, end: lines[lines.length - 1]!.index };
}

/** The cell of a row that covers a grid column (merged cells cover several). */
export function cellAt(row: RowView, column: number): CellView | undefined {
  return row.cells.find((cell) => column >= cell.column && column < cell.column + cell.span);
}

/** A list item: a real Word list paragraph, or one typed with a marker (`-\t`, `• `, `1. `). */
export function isListedLine(line: Line): boolean {
  return line.block.list !== null || listMarkerOf(line.block.text) !== null;
}

/**
 * A paragraph whose items are separated by soft line breaks (Shift+Enter, or `<br>` in a converted
 * web page) holds one item per line: read as lines of their own, at the paragraph's place. A bold
 * first line ("**Stevigheid (3)**" above its examples) stays bold.
 */
export function brokenLines(line: Line): Line[] {
  const raw = line.block.text;
  if (!raw.includes("\n")) return [line];
  const parts = raw.split("\n").filter((part) => part.trim() !== "");
  if (parts.length < 2) return [line];
  const firstBold =
    line.block.boldPrefix >= raw.indexOf("\n") && raw.slice(0, raw.indexOf("\n")).trim() !== "";
  return parts.map((part, index) => ({
    ...line,
    text: collapseSpace(part),
    block: { ...line.block, text: part, boldPrefix: 0, bold: line.block.bold || (index === 0 && firstBold) },
  }));
}
