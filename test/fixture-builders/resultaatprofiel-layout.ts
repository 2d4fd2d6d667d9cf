import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from "docx";
import {
  ALL_BORDERS,
  createDocument,
  createEmptyParagraph,
  createListItem,
  createParagraph,
  createRun,
  ListInstances,
  packDocument,
  SHADING,
  PAGE,
  STYLE_IDS_EN,
  type DocumentMeta,
  type RunProps,
} from "./docx-kit";
import { splitBoldMarkers, type LevelCell, type ResultaatprofielContent } from "./resultaatprofiel-content";

/**
 * The layout of seed 001 (template `resultaatprofiel`): a title, bold section headings in body text, a
 * two-column result table whose first cell is one paragraph (bold title run, plain description run) and
 * whose second cell is a real bullet list, and a level table with one column per adjacent level.
 */

/** 2 cm side margins: the five-column level table needs the width. */
export const RESULTAATPROFIEL_SIDE_MARGIN = 1134;
const TEXT_WIDTH = PAGE.width - 2 * RESULTAATPROFIEL_SIDE_MARGIN;
const CELL_MARGINS = { top: 57, bottom: 57, left: 108, right: 108 };
/** The level table is dense: narrow cell margins and 8 pt text, so `functieomschrijving` fits a column. */
const LEVEL_CELL_MARGINS = { top: 57, bottom: 57, left: 57, right: 57 };
const RESULT_COLUMNS = [5102, TEXT_WIDTH - 5102];
/** Aspect · `-` · level I · level II · `+`. */
const LEVEL_COLUMNS = [1701, 1701, 2268, 2268, TEXT_WIDTH - 1701 - 1701 - 2268 - 2268];
const LEVEL_TEXT: RunProps = { size: 8 };

function createCell(children: Paragraph[], width: number, shaded = false, margins = CELL_MARGINS): TableCell {
  return new TableCell({
    children: children.length === 0 ? [createEmptyParagraph()] : children,
    width: { size: width, type: WidthType.DXA },
    margins,
    ...(shaded ? { shading: SHADING } : {}),
  });
}

function createTable(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_BORDERS,
  });
}

/** Renders every body element of a `resultaatprofiel` in the seed's order. */
export function renderResultaatprofiel(content: ResultaatprofielContent): FileChild[] {
  const instances = new ListInstances();
  const bulletList = (items: string[], props: RunProps = {}) => {
    const list = {
      reference: "dash" as const,
      instance: instances.take(),
      style: STYLE_IDS_EN.listParagraph,
    };
    return items.map((item) => createListItem(item, list, props));
  };
  // The heading and the empty line under it keep with what follows, so a heading never ends a page.
  const sectionHeading = (text: string) => [
    createParagraph(text, { bold: true, size: 11 }, { keepNext: true }),
    createEmptyParagraph({ keepNext: true }),
  ];

  const out: FileChild[] = [createEmptyParagraph(), createEmptyParagraph()];
  out.push(createParagraph(content.title, {}, { style: STYLE_IDS_EN.title }), createEmptyParagraph());

  out.push(...sectionHeading(content.context.heading));
  out.push(
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      children: splitBoldMarkers(content.context.text).map((run) => createRun(run.text, { bold: run.bold })),
    }),
    createEmptyParagraph(),
  );

  out.push(...sectionHeading(content.results.heading));
  const header = new TableRow({
    tableHeader: true,
    children: content.results.columns.map((column, index) =>
      createCell([createParagraph(column, { bold: true })], RESULT_COLUMNS[index] ?? 0, true),
    ),
  });
  const rows = content.results.rows.map(
    (row) =>
      new TableRow({
        children: [
          createCell(
            [
              new Paragraph({
                children: [createRun(row.title, { bold: true }), createRun(` ${row.description}`)],
              }),
            ],
            RESULT_COLUMNS[0] ?? 0,
          ),
          createCell(bulletList(row.indicators), RESULT_COLUMNS[1] ?? 0),
        ],
      }),
  );
  out.push(createTable([header, ...rows], RESULT_COLUMNS), createEmptyParagraph());

  out.push(...sectionHeading(content.conditions.heading));
  out.push(createParagraph(content.conditions.text), createEmptyParagraph());

  out.push(...sectionHeading(content.levelTable.heading));
  const levelCell = (cell: LevelCell, index: number) =>
    createCell(
      typeof cell === "string" ? [createParagraph(cell, LEVEL_TEXT)] : bulletList(cell, LEVEL_TEXT),
      LEVEL_COLUMNS[index + 1] ?? 0,
      false,
      LEVEL_CELL_MARGINS,
    );
  const levelHeader = new TableRow({
    tableHeader: true,
    children: content.levelTable.columns.map((column, index) =>
      createCell(
        [createParagraph(column, { ...LEVEL_TEXT, bold: true }, { alignment: AlignmentType.CENTER })],
        LEVEL_COLUMNS[index] ?? 0,
        true,
        LEVEL_CELL_MARGINS,
      ),
    ),
  });
  const levelRows = content.levelTable.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          createCell(
            [createParagraph(row.aspect, { ...LEVEL_TEXT, bold: true })],
            LEVEL_COLUMNS[0] ?? 0,
            false,
            LEVEL_CELL_MARGINS,
          ),
          ...row.cells.map(levelCell),
        ],
      }),
  );
  out.push(createTable([levelHeader, ...levelRows], LEVEL_COLUMNS), createEmptyParagraph());

  out.push(createParagraph(content.reference, { size: 7 }));
  return out;
}

export async function buildResultaatprofielDocx(
  content: ResultaatprofielContent,
  meta: DocumentMeta,
): Promise<Uint8Array> {
  const withMargins = { ...meta, sideMargin: RESULTAATPROFIEL_SIDE_MARGIN };
  return packDocument(createDocument(withMargins, renderResultaatprofiel(content)), withMargins);
}
