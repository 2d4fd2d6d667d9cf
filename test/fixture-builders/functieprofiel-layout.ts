import {
  AlignmentType,
  Bookmark,
  HeightRule,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlignTable,
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
  DASH_ITEM_LAYOUT,
  ListInstances,
  NO_BORDERS,
  packDocument,
  SHADING,
  TEXT_WIDTH,
  type DocumentMeta,
  type ParagraphOptions,
  type RunProps,
  type StyleIds,
} from "./docx-kit";
import {
  formatCompetencyLine,
  stripListMarker,
  type FieldLine,
  type FunctieprofielContent,
  type ResultAreaContent,
  type SignatureParty,
} from "./functieprofiel-content";

/**
 * The layout of seed 000 (template `functieprofiel`): a header table, section headings as shaded one-cell
 * tables, a three-column result-area table, a signature table, and after a page break the competency
 * profile. Options switch the headings to Word heading styles and the lists to real Word lists, which is
 * how the variants differ from the seed.
 */
export interface FunctieprofielLayoutOptions {
  /** `bars`: shaded one-cell tables, as the seed; `styles`: Heading 1/2 paragraphs. */
  headings: "bars" | "styles";
  /** `typed`: `-<tab>item` paragraphs, as the seed; `word`: real Word bullet lists. */
  lists: "typed" | "word";
  ids: StyleIds;
  /** Whether the competency line at this index ends with a colon (the seed always writes one). */
  competencyColon?: (index: number) => boolean;
  /** `lines` (default): `Naam (niveau):` and a list each; `table`: Competentie | Niveau | Gedragsvoorbeelden. */
  competencies?: "lines" | "table";
}

/** Column widths of the competency table: name, level, behaviour examples. */
const COMPETENCY_COLUMNS = [2835, 1000, TEXT_WIDTH - 3835];

const CELL_MARGINS = { top: 57, bottom: 57, left: 108, right: 108 };

/** Column widths of the result-area table: area title, tasks, indicators. */
const AREA_COLUMNS = [2694, 3188, 3188];
const HALF = [TEXT_WIDTH / 2, TEXT_WIDTH / 2];

function createCell(
  children: Paragraph[],
  width: number,
  extra: { shaded?: boolean; columnSpan?: number; verticalAlign?: "center" } = {},
): TableCell {
  return new TableCell({
    children: children.length === 0 ? [createEmptyParagraph()] : children,
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    ...(extra.shaded ? { shading: SHADING } : {}),
    ...(extra.columnSpan !== undefined ? { columnSpan: extra.columnSpan } : {}),
    ...(extra.verticalAlign ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
  });
}

function createTable(rows: TableRow[], columnWidths: number[], borders = ALL_BORDERS): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/** Row 1: organisation · title · function number; row 2: `FUNCTIEPROFIEL` across all three columns. */
export function createHeaderTable(header: FunctieprofielContent["header"]): Table {
  const widths = [2835, 3685, 2550];
  return createTable(
    [
      new TableRow({
        height: { value: 680, rule: HeightRule.ATLEAST },
        children: [
          createCell([createParagraph(header.organisation)], widths[0] ?? 0, { verticalAlign: "center" }),
          createCell(
            [createParagraph(header.title, { bold: true, size: 14 }, { alignment: AlignmentType.CENTER })],
            widths[1] ?? 0,
            { verticalAlign: "center" },
          ),
          createCell([createParagraph(header.number)], widths[2] ?? 0, { verticalAlign: "center" }),
        ],
      }),
      new TableRow({
        children: [
          createCell(
            [createParagraph(header.banner, { bold: true, size: 12 }, { alignment: AlignmentType.CENTER })],
            TEXT_WIDTH,
            { shaded: true, columnSpan: 3 },
          ),
        ],
      }),
    ],
    widths,
  );
}

/** A section heading as the seed writes it: bold text in a shaded one-cell table. */
export function createHeadingBar(text: string): Table {
  return createTable(
    [
      new TableRow({
        children: [createCell([createParagraph(text, { bold: true })], TEXT_WIDTH, { shaded: true })],
      }),
    ],
    [TEXT_WIDTH],
  );
}

/** `Direct leidinggevende<tab>:<tab>value`, with tab stops so the colons line up. */
export function createFieldLine(field: FieldLine): Paragraph {
  return createParagraph(
    `${field.label}\t:\t${field.value}`,
    {},
    {
      spacing: { before: 40 },
      tabStops: [
        { type: TabStopType.LEFT, position: 2268 },
        { type: TabStopType.LEFT, position: 2552 },
      ],
    },
  );
}

/** Writes list items as typed `-<tab>` paragraphs or as a real Word list, as the layout asks. */
export class ListWriter {
  private readonly instances = new ListInstances();

  constructor(
    private readonly mode: "typed" | "word",
    private readonly ids: StyleIds,
  ) {}

  write(items: string[], reference: "dash" | "bullet" = "dash", options: ParagraphOptions = {}): Paragraph[] {
    if (this.mode === "typed") {
      return items.map((item) => createParagraph(item, {}, { ...DASH_ITEM_LAYOUT, ...options }));
    }
    const list = { reference, instance: this.instances.take(), style: this.ids.listParagraph };
    return items.map((item) => createListItem(stripListMarker(item), list, {}, options));
  }
}

function createAreaRow(area: ResultAreaContent, lists: ListWriter): TableRow {
  const title = createParagraph(
    `${area.number}.\t${area.title}`,
    { bold: true },
    { indent: { left: 340, hanging: 340 }, tabStops: [{ type: TabStopType.LEFT, position: 340 }] },
  );
  const firstCell = area.emptyParagraphAfterTitle ? [title, createEmptyParagraph()] : [title];
  return new TableRow({
    children: [
      createCell(firstCell, AREA_COLUMNS[0] ?? 0),
      createCell(lists.write(area.tasks), AREA_COLUMNS[1] ?? 0),
      createCell(lists.write(area.indicators), AREA_COLUMNS[2] ?? 0),
    ],
  });
}

/** Header row `Resultaatgebieden · Taken · Resultaatindicatoren` (repeated on each page), one row per area. */
export function createResultAreaTable(
  content: FunctieprofielContent["resultAreas"],
  lists: ListWriter,
): Table {
  const header = new TableRow({
    tableHeader: true,
    children: content.columns.map((column, index) =>
      createCell([createParagraph(column, { bold: true })], AREA_COLUMNS[index] ?? 0, { shaded: true }),
    ),
  });
  return createTable([header, ...content.areas.map((area) => createAreaRow(area, lists))], AREA_COLUMNS);
}

/** A borderless two-cell line: `Datum: …` and an empty cell, as in the seed. */
export function createDateTable(date: string): Table {
  return createTable(
    [
      new TableRow({
        children: [createCell([createParagraph(date)], HALF[0] ?? 0), createCell([], HALF[1] ?? 0)],
      }),
    ],
    HALF,
    NO_BORDERS,
  );
}

/** Labels, `dd. …` dates, a tall empty row to sign in, and the names. */
export function createSignatureTable(parties: SignatureParty[]): Table {
  // Rows keep with the next one so the block never splits over two pages.
  const row = (texts: string[], props: RunProps = {}, keepNext = true) =>
    new TableRow({
      cantSplit: true,
      keepNext,
      children: texts.map((text, index) => createCell([createParagraph(text, props)], HALF[index] ?? 0)),
    });
  const signingRow = new TableRow({
    cantSplit: true,
    keepNext: true,
    height: { value: 1134, rule: HeightRule.ATLEAST },
    children: [
      createCell([createEmptyParagraph(), createEmptyParagraph(), createEmptyParagraph()], HALF[0] ?? 0),
      createCell([createEmptyParagraph()], HALF[1] ?? 0),
    ],
  });
  return createTable(
    [
      row(
        parties.map((party) => party.label),
        { bold: true },
      ),
      row(parties.map((party) => party.date)),
      signingRow,
      row(
        parties.map((party) => party.name),
        {},
        false,
      ),
    ],
    HALF,
  );
}

function createHeading(
  text: string,
  level: 1 | 2,
  options: FunctieprofielLayoutOptions,
  pageBreakBefore = false,
) {
  const style = level === 1 ? options.ids.heading1 : options.ids.heading2;
  return createParagraph(text, {}, { style, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
}

/** Every body element of a `functieprofiel` in the seed's order. */
export function renderFunctieprofiel(
  content: FunctieprofielContent,
  options: FunctieprofielLayoutOptions,
): FileChild[] {
  const lists = new ListWriter(options.lists, options.ids);
  const bars = options.headings === "bars";
  const out: FileChild[] = [];
  const heading = (text: string) => out.push(bars ? createHeadingBar(text) : createHeading(text, 2, options));

  out.push(createHeaderTable(content.header), createEmptyParagraph());

  heading(content.characteristics.heading);
  if (content.characteristics.guidance !== null) {
    out.push(
      createParagraph(content.characteristics.guidance, { italics: true }, { spacing: { before: 80 } }),
    );
  }
  for (const text of content.characteristics.text) {
    out.push(createParagraph(text, {}, { alignment: AlignmentType.JUSTIFIED, spacing: { before: 80 } }));
  }
  out.push(createEmptyParagraph());

  heading(content.organisation.heading);
  out.push(...content.organisation.fields.map((field) => createFieldLine(field)), createEmptyParagraph());

  if (!bars) heading(content.resultAreas.heading);
  out.push(createResultAreaTable(content.resultAreas, lists), createEmptyParagraph());

  if (bars) {
    out.push(
      createTable(
        [
          new TableRow({
            children: [
              createCell([createParagraph(content.conditions.heading, { bold: true })], TEXT_WIDTH, {
                shaded: true,
              }),
            ],
          }),
          new TableRow({ children: [createCell(lists.write(content.conditions.items), TEXT_WIDTH)] }),
        ],
        [TEXT_WIDTH],
      ),
    );
  } else {
    heading(content.conditions.heading);
    out.push(...lists.write(content.conditions.items));
  }
  out.push(createEmptyParagraph());

  out.push(createDateTable(content.date), createEmptyParagraph());
  out.push(createParagraph(content.nb, {}, { keepNext: true }), createEmptyParagraph({ keepNext: true }));
  out.push(createSignatureTable(content.signature), createEmptyParagraph());

  if (bars) {
    out.push(new Paragraph({ children: [new PageBreak()] }));
    out.push(createParagraph(content.competencyProfile, { bold: true, size: 12 }), createEmptyParagraph());
    out.push(
      createTable(
        [
          new TableRow({
            children: [
              createCell(
                [
                  createParagraph(content.knowledge.heading, { bold: true }),
                  ...lists.write(content.knowledge.items),
                ],
                TEXT_WIDTH,
              ),
            ],
          }),
        ],
        [TEXT_WIDTH],
      ),
      createEmptyParagraph(),
    );
    out.push(createParagraph(content.competencies.heading, { bold: true }), createEmptyParagraph());
  } else {
    out.push(createHeading(content.competencyProfile, 1, options, true));
    heading(content.knowledge.heading);
    out.push(...lists.write(content.knowledge.items, "bullet"));
    heading(content.competencies.heading);
  }

  if (content.competencies.guidance !== null) {
    // Word leaves its `_GoBack` bookmark where the last edit was; the seed shows it at this paragraph.
    out.push(
      new Paragraph({
        children: [
          new Bookmark({ id: "_GoBack", children: [] }),
          createRun(content.competencies.guidance, { italics: true }),
        ],
      }),
      createEmptyParagraph(),
    );
  }

  if (options.competencies === "table") {
    out.push(createCompetencyTable(content.competencies.items, lists), createEmptyParagraph());
    if (content.competencies.closing !== null) out.push(createParagraph(content.competencies.closing));
    return out;
  }
  content.competencies.items.forEach((competency, index) => {
    const colon = options.competencyColon ? options.competencyColon(index) : true;
    out.push(
      createParagraph(formatCompetencyLine(competency, { colon }), { bold: true }, { keepNext: true }),
    );
    out.push(...lists.write(competency.behaviours, "bullet"));
    out.push(createEmptyParagraph());
  });
  if (content.competencies.closing !== null) out.push(createParagraph(content.competencies.closing));
  return out;
}

/** The competencies as a table with a shaded header row: bold name, level, the examples as a list. */
function createCompetencyTable(
  items: FunctieprofielContent["competencies"]["items"],
  lists: ListWriter,
): Table {
  const [name = 0, level = 0, examples = 0] = COMPETENCY_COLUMNS;
  const header = new TableRow({
    tableHeader: true,
    children: ["Competentie", "Niveau", "Gedragsvoorbeelden"].map((text, column) =>
      createCell([createParagraph(text, { bold: true })], COMPETENCY_COLUMNS[column] ?? 0, { shaded: true }),
    ),
  });
  const rows = items.map(
    (competency) =>
      new TableRow({
        children: [
          createCell([createParagraph(competency.name, { bold: true })], name),
          createCell(
            [createParagraph(competency.level ?? "", {}, { alignment: AlignmentType.CENTER })],
            level,
          ),
          createCell(lists.write(competency.behaviours, "bullet"), examples),
        ],
      }),
  );
  return createTable([header, ...rows], COMPETENCY_COLUMNS);
}

/** Packs a `functieprofiel` in this layout into a .docx. */
export async function buildFunctieprofielDocx(
  content: FunctieprofielContent,
  options: FunctieprofielLayoutOptions,
  meta: DocumentMeta,
): Promise<Uint8Array> {
  return packDocument(createDocument(meta, renderFunctieprofiel(content, options)), meta);
}
