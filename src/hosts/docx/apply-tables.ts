import type { ContentTag, InsertTable, InsertTableRow, NewCell } from "../../core/plans/schema";
import type { ParagraphFormatter } from "./apply-format";
import type { DocumentStructure, StructureNode } from "./apply-structure";
import { type ContentControlIds, wrapInContentControl } from "./content-controls";
import { copyWithout, escapeXmlAttribute, parseFragment, type XmlElement } from "./write-xml";

/**
 * insert-table-row copies the anchor's row (its row properties and each cell's properties, so borders,
 * shading, widths and spans match) and fills the cells with the plan's paragraphs; insert-table writes a
 * simple full-width grid. Both return XML and how many paragraphs (blocks) they add.
 */

export interface RenderedRows {
  xml: string;
  paragraphs: number;
}

/** Row properties a copy must not keep: a copied header row must not repeat as a header; revisions. */
const ROW_PROPERTIES_NOT_COPIED = new Set(["w:tblHeader", "w:ins", "w:del", "w:trPrChange", "w:cnfStyle"]);
/** Cell properties a copy must not keep: vertical merges (the new cell stands alone), revisions. */
const CELL_PROPERTIES_NOT_COPIED = new Set([
  "w:vMerge",
  "w:cellIns",
  "w:cellDel",
  "w:cellMerge",
  "w:tcPrChange",
  "w:cnfStyle",
]);

interface SourceCell {
  element: XmlElement;
  /** Offset of the cell's first paragraph (to copy its look), if it has one. */
  firstParagraph: number | null;
}

/** The cells of a row, including cells wrapped in cell-level content controls. */
function rowCells(row: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === "w:tc") cells.push(child);
      else if (child.name === "w:sdt" || child.name === "w:sdtContent" || child.name === "w:customXml")
        visit(child);
    }
  };
  visit(row);
  return cells;
}

function firstParagraphOf(cell: XmlElement): number | null {
  for (const child of cell.children) if (child.name === "w:p") return child.start;
  return null;
}

export function renderTableRow(
  xml: string,
  row: StructureNode,
  structure: DocumentStructure,
  op: InsertTableRow,
  operation: number,
  formatter: ParagraphFormatter,
  blockAt: (paragraphStart: number) => number | null,
  ids: ContentControlIds,
): RenderedRows {
  const element = parseFragment(xml, row, structure.fragment);
  const sources: SourceCell[] = rowCells(element).map((cell) => ({
    element: cell,
    firstParagraph: firstParagraphOf(cell),
  }));
  const exceptions = element.children.filter((child) => child.name === "w:tblPrEx");
  const rowProperties = element.children.find((child) => child.name === "w:trPr");
  let out = "<w:tr>";
  for (const exception of exceptions)
    out += copyWithout(xml, exception, (child) => child.name === "w:tblPrExChange");
  if (rowProperties) {
    const kept = copyWithout(xml, rowProperties, (child) => ROW_PROPERTIES_NOT_COPIED.has(child.name), {
      inner: true,
    });
    if (kept.trim() !== "") out += `<w:trPr>${kept}</w:trPr>`;
  }
  // More cells than the row has: the extra ones join the last cell. Fewer: the rest stay empty.
  const cells: NewCell[][] = sources.map((_, index) => {
    if (index < sources.length - 1) return op.cells[index] ? [op.cells[index]] : [];
    return op.cells.slice(index);
  });
  let paragraphs = 0;
  sources.forEach((source, index) => {
    const cellProperties = source.element.children.find((child) => child.name === "w:tcPr");
    out += "<w:tc>";
    if (cellProperties) {
      out += `<w:tcPr>${copyWithout(xml, cellProperties, (child) => CELL_PROPERTIES_NOT_COPIED.has(child.name), { inner: true })}</w:tcPr>`;
    }
    const fallbackFrom = source.firstParagraph === null ? null : blockAt(source.firstParagraph);
    const content = cells[index]!.flatMap((cell) => cell.paragraphs);
    if (content.length === 0) {
      out += emptyCellParagraph(formatter, fallbackFrom, operation);
      paragraphs += 1;
    } else {
      const body = content
        .map((paragraph) => formatter.renderParagraph(paragraph, { fallbackFrom, group: operation }))
        .join("");
      out += tagged(cells[index]![0]?.contentControl ?? null, body, ids);
      paragraphs += content.length;
    }
    out += "</w:tc>";
  });
  if (sources.length === 0) {
    // A row without cells cannot hold the plan's text; give it one cell.
    out += "<w:tc>";
    const content = op.cells.flatMap((cell) => cell.paragraphs);
    for (const paragraph of content) out += formatter.renderParagraph(paragraph, { group: operation });
    paragraphs += content.length;
    out += "</w:tc>";
  }
  return { xml: `${out}</w:tr>`, paragraphs };
}

function tagged(control: ContentTag | null, body: string, ids: ContentControlIds): string {
  return control ? wrapInContentControl(control, body, ids) : body;
}

function emptyCellParagraph(
  formatter: ParagraphFormatter,
  fallbackFrom: number | null,
  operation: number,
): string {
  return formatter.renderParagraph(
    { runs: [{ text: "", bold: false }], formatFrom: null, style: "Normal", list: null },
    { fallbackFrom, group: operation },
  );
}

/** A full-width table with single-line borders; the header row repeats on each page and is bold. */
export function renderTable(
  op: InsertTable,
  operation: number,
  width: number,
  formatter: ParagraphFormatter,
  ids: ContentControlIds,
): RenderedRows {
  const columns = Math.max(...op.rows.map((row) => row.length));
  const column = Math.floor(width / columns);
  const style = formatter.tableGridStyleId();
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  let out =
    "<w:tbl><w:tblPr>" +
    (style ? `<w:tblStyle w:val="${escapeXmlAttribute(style)}"/>` : "") +
    `<w:tblW w:w="${column * columns}" w:type="dxa"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${`<w:gridCol w:w="${column}"/>`.repeat(columns)}</w:tblGrid>`;
  let paragraphs = 0;
  op.rows.forEach((row, rowIndex) => {
    const header = op.header && rowIndex === 0;
    out += header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (let index = 0; index < columns; index++) {
      const cell = row[index];
      out += `<w:tc><w:tcPr><w:tcW w:w="${column}" w:type="dxa"/></w:tcPr>`;
      const content = cell?.paragraphs ?? [];
      if (content.length === 0) {
        out += emptyCellParagraph(formatter, null, operation);
        paragraphs += 1;
      }
      const body = content
        .map((paragraph) => formatter.renderParagraph(paragraph, { bold: header, group: operation }))
        .join("");
      out += tagged(cell?.contentControl ?? null, body, ids);
      paragraphs += content.length;
      out += "</w:tc>";
    }
    out += "</w:tr>";
  });
  return { xml: `${out}</w:tbl>`, paragraphs };
}
