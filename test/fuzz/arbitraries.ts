import fc from "fast-check";
import type {
  Block,
  CellRef,
  ContentControlInfo,
  DocumentSnapshot,
  ListInfo,
} from "../../src/core/snapshot/schema";
import { CONTENT_CONTROL_PLACEHOLDERS } from "../../src/core/text/placeholders";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../src/data";

/**
 * fast-check arbitraries for document snapshots. Everything generated is valid per `SnapshotSchema`;
 * most of it is also shaped like what a host adapter hands the core (tables in document order, cells
 * with paragraphs, nested tables up to depth 5), with some deliberately odd but schema-valid values
 * (bold prefixes past the end of the text, far-away table columns) mixed in.
 */

/** Text a profile is made of: the templates' own headings, labels, markers and guidance, and the library. */
const PROFILE_WORDS: readonly string[] = [
  ...new Set([
    ...BUILT_IN_TEMPLATES.flatMap((template) => [
      ...template.sections.flatMap((section) => [
        ...section.headings,
        ...section.fields.flatMap((field) => field.labels.map((label) => `${label} : xxx`)),
        ...section.standardText.map((paragraph) => paragraph.text),
      ]),
      ...template.detect.markers,
      ...template.guidance,
      ...(template.resultAreas
        ? [
            ...template.resultAreas.taskLabels.map((label) => `${label}:`),
            ...template.resultAreas.indicatorLabels.map((label) => `${label}:`),
            ...template.resultAreas.tableHeader,
            ...template.resultAreas.standardAreas,
          ]
        : []),
      ...(template.levelTable ? template.levelTable.requiredRows : []),
    ]),
    ...BUILT_IN_LIBRARY.competencies
      .slice(0, 12)
      .flatMap((competency) => [
        `${competency.name} (5):`,
        `${competency.name} (4/5)`,
        `${competency.name}:`,
        competency.levels["3"][0]!,
      ]),
    "1.\tJaarplan account(s)",
    "2. Accountmanagement",
    "Resultaatgebied 3: Personeelsbeheer",
    "-\tvolgen van ontwikkelingen in het eigen afzetgebied;",
    "- \tklanttevredenheid.",
    "•\tbehoud van de omzet",
    "xxx.",
    "Xxx",
    "XXX",
    "(“datum”)",
    "dd. (“datum”)",
    "(“naam leidinggevende”)",
    "“Bedrijfsnaam”/”Afdeling”",
    "[naam]",
    "<datum>",
    "________",
    "Functienummer: xxx",
    "Datum: xxx",
    "NB: Het functieniveau is uitsluitend gebaseerd op het functieprofiel",
    "Handtekening leidinggevende (voor akkoord)",
    "Handtekening medewerker (voor gezien)",
    "ACCOUNTMANAGER I",
    "ACCOUNTMANAGER II",
    "Functiegroep",
    "+",
    "-",
    ...CONTENT_CONTROL_PLACEHOLDERS,
  ]),
];

/** Characters that break naive text handling: right-to-left, combining marks, emoji, controls, odd spaces. */
const TRICKY_PIECES: readonly string[] = [
  "مرحبا بالعالم",
  "שלום",
  "\u200f",
  "\u202e",
  "\u2066",
  "e\u0301",
  "\u0300\u0301\u0302\u0303",
  "A\u030a",
  "👩‍👩‍👧",
  "🇳🇱",
  "😀",
  "\ud83d",
  "\udc00",
  "\u0000",
  "\u0007",
  "\u000b",
  "\u000c",
  "\r\n",
  "\r",
  "\t",
  "\n",
  "\u00a0",
  "\u2007",
  "\u202f",
  "\u200b",
  "\ufeff",
  "\uffff",
  "ﬁ",
  "İ",
  "ß",
  "ǅ",
  "(",
  ")",
  ":",
  ";",
  "/",
  "&",
  "“",
  "”",
  "%",
  "$&",
  "{{name}}",
  "\\",
  "(5)",
  "(4/5)",
  "(niveau 9)",
  "(0)",
];

const textPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PROFILE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

/** The text of one paragraph: usually short, sometimes empty, now and then very long. */
export const paragraphText: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.array(textPiece, { maxLength: 5 }).map((pieces) => pieces.join("")) },
  { weight: 8, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc
      .tuple(textPiece, fc.integer({ min: 100, max: 2000 }))
      .map(([piece, times]) => (piece === "" ? "x" : piece).repeat(times).slice(0, 20_000)),
  },
);

const styleArb = fc.constantFrom<[string | null, string | null, number | null]>(
  [null, null, null],
  ["Standaard", "Normal", null],
  ["Kop 1", "Heading1", 1],
  ["Kop 2", "Heading2", 2],
  ["Heading 3", "Heading3", 3],
  ["Titel", "Title", null],
  ["Lijstalinea", "ListParagraph", null],
  ["Eigen stijl", null, null],
  ["Kop 9", "Heading9", 9],
);

const listArb: fc.Arbitrary<ListInfo | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      level: fc.integer({ min: 0, max: 8 }),
      ordered: fc.boolean(),
      label: fc.constantFrom(null, "•", "-", "1.", "a)", "", "iv."),
      listId: fc.constantFrom(null, "1", "2", "7"),
    }),
  },
);

const contentControlArb: fc.Arbitrary<ContentControlInfo | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      tag: fc.constantFrom(
        null,
        "datum",
        "profielwijzer:competency:aansturen@profielwijzer-basis@0.9.0",
        "profielwijzer:competency:klantgerichtheid@profielwijzer-basis@1.0.0",
        "profielwijzer:",
      ),
      title: fc.constantFrom(null, "Datum", ""),
      showingPlaceholder: fc.boolean(),
    }),
  },
);

/** A paragraph outside any table. */
export const blockArb: fc.Arbitrary<Block> = fc
  .record({
    text: paragraphText,
    style: styleArb,
    headingLevel: fc.option(fc.integer({ min: 1, max: 9 }), { freq: 4 }),
    bold: fc.boolean(),
    boldPrefixKind: fc.constantFrom("none", "all", "some", "past-end"),
    boldPrefixCut: fc.nat(),
    list: listArb,
    contentControl: contentControlArb,
  })
  .map(({ text, style, headingLevel, bold, boldPrefixKind, boldPrefixCut, list, contentControl }) => {
    const boldPrefix =
      boldPrefixKind === "all" || bold
        ? text.length
        : boldPrefixKind === "some"
          ? boldPrefixCut % (text.length + 1)
          : boldPrefixKind === "past-end"
            ? text.length + 1 + (boldPrefixCut % 5)
            : 0;
    return {
      text,
      style: { name: style[0], builtIn: style[1] },
      headingLevel: style[2] ?? headingLevel,
      bold,
      boldPrefix,
      list,
      table: null,
      contentControl,
    };
  });

/** A table as rows of cells; a cell holds paragraphs and maybe a nested table. */
interface TableShape {
  rows: CellShape[][];
}
interface CellShape {
  span: number;
  paragraphs: Block[];
  nested: TableShape | null;
  /** The nested table comes after this many of the cell's paragraphs. */
  nestedAt: number;
}

function tableShape(depth: number, maxRows: number, maxCells: number): fc.Arbitrary<TableShape> {
  const cell: fc.Arbitrary<CellShape> = fc.record({
    span: fc.oneof(
      { weight: 6, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }) },
    ),
    paragraphs: fc.oneof(
      { weight: 40, arbitrary: fc.array(blockArb, { minLength: 1, maxLength: 4 }) },
      // Huge cells: hundreds of paragraphs in one cell.
      { weight: 1, arbitrary: fc.array(blockArb, { minLength: 50, maxLength: 200 }) },
    ),
    nested:
      depth >= 5
        ? fc.constant(null)
        : fc.oneof(
            { weight: 5, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: tableShape(depth + 1, 3, 3) },
          ),
    nestedAt: fc.nat({ max: 4 }),
  });
  return fc.record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: maxCells }), {
      minLength: 1,
      maxLength: maxRows,
    }),
  });
}

/** A far-away grid column now and then: schema-valid, even if no Word table is that wide. */
const columnOffsetArb = fc.oneof(
  { weight: 20, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constantFrom(60, 1_000, 1_000_000_000) },
);

/** Flattens a table shape into blocks, numbering tables in document order (outer before nested). */
function flattenTable(
  shape: TableShape,
  counter: { next: number },
  depth: number,
  outer: CellRef["outer"],
  columnOffset: number,
): Block[] {
  const id = counter.next++;
  const blocks: Block[] = [];
  shape.rows.forEach((cells, row) => {
    let column = columnOffset;
    for (const cell of cells) {
      const ref: CellRef = { table: id, row, column, columnSpan: cell.span, depth, outer };
      const at = Math.min(cell.nestedAt, cell.paragraphs.length);
      cell.paragraphs.slice(0, at).forEach((block) => blocks.push({ ...block, table: ref }));
      if (cell.nested) {
        const holder = outer ?? { table: id, row, column };
        blocks.push(...flattenTable(cell.nested, counter, depth + 1, holder, 0));
      }
      cell.paragraphs.slice(at).forEach((block) => blocks.push({ ...block, table: ref }));
      column += cell.span;
    }
  });
  return blocks;
}

type Segment =
  | { kind: "paragraph"; block: Block }
  | { kind: "table"; shape: TableShape; columnOffset: number }
  | { kind: "competencies"; count: number; level: string };

/** The templates' section headings, as a heading paragraph of their own. */
const SECTION_HEADINGS: readonly string[] = [
  ...new Set(
    BUILT_IN_TEMPLATES.flatMap((template) => template.sections.flatMap((section) => section.headings)),
  ),
];

const tableSegmentArb: fc.Arbitrary<Segment> = fc
  .record({ shape: tableShape(1, 6, 4), columnOffset: columnOffsetArb })
  .map(({ shape, columnOffset }) => ({ kind: "table" as const, shape, columnOffset }));

const paragraphSegmentArb: fc.Arbitrary<Segment> = blockArb.map((block) => ({
  kind: "paragraph" as const,
  block,
}));

/** A section heading as Word or a writer makes one: a Heading style, or bold body text. */
const headingSegmentArb: fc.Arbitrary<Segment> = fc
  .tuple(fc.constantFrom(...SECTION_HEADINGS), fc.boolean())
  .map(([text, styled]) => ({
    kind: "paragraph" as const,
    block: styled
      ? { ...plainBlock(text, false), style: { name: "Kop 2", builtIn: "Heading2" }, headingLevel: 2 }
      : plainBlock(text, true),
  }));

/** One or more segments: mostly single paragraphs and tables, often a section heading with its content. */
const segmentsArb: fc.Arbitrary<Segment[]> = fc.oneof(
  { weight: 12, arbitrary: paragraphSegmentArb.map((segment) => [segment]) },
  { weight: 3, arbitrary: tableSegmentArb.map((segment) => [segment]) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        headingSegmentArb,
        fc.array(fc.oneof(tableSegmentArb, paragraphSegmentArb), { minLength: 1, maxLength: 4 }),
      )
      .map(([heading, content]) => [heading, ...content]),
  },
);

function competencyRun(count: number, level: string): Block[] {
  const names = BUILT_IN_LIBRARY.competencies.map((competency) => competency.name);
  const blocks: Block[] = [];
  for (let index = 0; index < count; index++) {
    const name = names[index % names.length]!;
    blocks.push(plainBlock(`${name} (${level}):`, true));
    blocks.push(plainBlock(`-\tgedragsvoorbeeld ${index};`, false));
  }
  return blocks;
}

function plainBlock(text: string, bold: boolean): Block {
  return {
    text,
    style: { name: null, builtIn: null },
    headingLevel: null,
    bold,
    boldPrefix: bold ? text.length : 0,
    list: null,
    table: null,
    contentControl: null,
  };
}

function assemble(segments: Segment[]): DocumentSnapshot {
  const counter = { next: 0 };
  const blocks: Block[] = [];
  for (const segment of segments) {
    if (segment.kind === "paragraph") blocks.push(segment.block);
    else if (segment.kind === "table")
      blocks.push(...flattenTable(segment.shape, counter, 1, null, segment.columnOffset));
    else blocks.push(...competencyRun(segment.count, segment.level));
  }
  // Word always has at least one paragraph (the final one, after a table too).
  if (blocks.length === 0 || blocks[blocks.length - 1]!.table) blocks.push(plainBlock("", false));
  return { source: { kind: "memory", name: null }, blocks };
}

/** A random snapshot: paragraphs and tables (nested up to depth 5) in any order. */
export const snapshotArb: fc.Arbitrary<DocumentSnapshot> = fc
  .array(segmentsArb, { minLength: 0, maxLength: 30 })
  .map((groups) => assemble(groups.flat()));

/** A snapshot with thousands of competency lines among random blocks. */
export const manyCompetenciesArb: fc.Arbitrary<DocumentSnapshot> = fc
  .tuple(
    fc.array(segmentsArb, { maxLength: 8 }),
    fc.integer({ min: 1_000, max: 3_000 }),
    fc.constantFrom("5", "4/5", "9", "0"),
    fc.array(segmentsArb, { maxLength: 4 }),
  )
  .map(([before, count, level, after]) =>
    assemble([...before.flat(), { kind: "competencies", count, level }, ...after.flat()]),
  );

/**
 * What a mutation does to a real document, as a writer editing it could: whole paragraphs and whole tables
 * ("units") deleted, duplicated or moved; a paragraph inside a table cell deleted or added; text replaced,
 * extended or cut. Tables stay whole and in one piece, as every host adapter delivers them.
 */
export type Mutation =
  | { kind: "delete"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number; to: number }
  | { kind: "move"; at: number; count: number; to: number }
  | { kind: "delete-in-cell"; at: number }
  | { kind: "retext"; at: number; text: string }
  | { kind: "insert-text"; at: number; offset: number; text: string }
  | { kind: "truncate-text"; at: number; keep: number }
  | { kind: "insert-block"; at: number; block: Block };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 8 }),
    to: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("move" as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 8 }),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant("delete-in-cell" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("retext" as const), at: fc.nat(), text: paragraphText }),
  fc.record({
    kind: fc.constant("insert-text" as const),
    at: fc.nat(),
    offset: fc.nat(),
    text: paragraphText,
  }),
  fc.record({ kind: fc.constant("truncate-text" as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant("insert-block" as const), at: fc.nat(), block: blockArb }),
);

/** Consecutive blocks of one top-level table, or a single paragraph outside tables. */
function toUnits(blocks: readonly Block[]): Block[][] {
  const units: Block[][] = [];
  let tableId: number | null = null;
  for (const block of blocks) {
    const top = block.table ? (block.table.outer?.table ?? block.table.table) : null;
    const last = units[units.length - 1];
    if (top !== null && top === tableId && last) last.push(block);
    else units.push([block]);
    tableId = top;
  }
  return units;
}

/** Gives every table a fresh ordinal in document order (duplicated tables become tables of their own). */
function renumberTables(units: readonly Block[][]): Block[] {
  let next = 0;
  return units.flatMap((unit) => {
    if (!unit[0]?.table) return unit;
    const ids = new Map<number, number>();
    const idOf = (id: number) => {
      if (!ids.has(id)) ids.set(id, next++);
      return ids.get(id)!;
    };
    return unit.map((block) => {
      const table = block.table!;
      return {
        ...block,
        table: {
          ...table,
          table: idOf(table.table),
          outer: table.outer ? { ...table.outer, table: idOf(table.outer.table) } : null,
        },
      };
    });
  });
}

/** Applies mutations to a copy of the document; indices wrap around the current length. */
export function mutateSnapshot(snapshot: DocumentSnapshot, mutations: readonly Mutation[]): DocumentSnapshot {
  let blocks = snapshot.blocks.slice();
  for (const mutation of mutations) {
    if (blocks.length === 0) blocks.push(plainBlock("", false));
    const at = mutation.at % blocks.length;
    switch (mutation.kind) {
      case "delete":
      case "duplicate":
      case "move": {
        const units = toUnits(blocks);
        const first = mutation.at % units.length;
        const taken = units.slice(first, first + mutation.count);
        if (mutation.kind !== "duplicate") units.splice(first, mutation.count);
        if (mutation.kind !== "delete") units.splice(mutation.to % (units.length + 1), 0, ...taken);
        blocks = renumberTables(units);
        break;
      }
      case "delete-in-cell": {
        const inTables = blocks
          .map((block, index) => (block.table ? index : -1))
          .filter((index) => index >= 0);
        if (inTables.length > 0) blocks.splice(inTables[mutation.at % inTables.length]!, 1);
        break;
      }
      case "retext":
        blocks[at] = {
          ...blocks[at]!,
          text: mutation.text,
          boldPrefix: Math.min(blocks[at]!.boldPrefix, mutation.text.length),
        };
        break;
      case "insert-text": {
        const text = blocks[at]!.text;
        const offset = mutation.offset % (text.length + 1);
        blocks[at] = { ...blocks[at]!, text: text.slice(0, offset) + mutation.text + text.slice(offset) };
        break;
      }
      case "truncate-text": {
        const text = blocks[at]!.text;
        blocks[at] = { ...blocks[at]!, text: text.slice(0, mutation.keep % (text.length + 1)) };
        break;
      }
      case "insert-block":
        // A new paragraph beside an existing one, in the same table cell when that one is in a table.
        blocks.splice(at, 0, { ...mutation.block, table: blocks[at]!.table });
        break;
    }
  }
  if (blocks.length === 0) blocks = [plainBlock("", false)];
  return { ...snapshot, blocks };
}

/** A template id to force now and then (as the user can), including one that does not exist. */
export const templateChoiceArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...BUILT_IN_TEMPLATES.map((template) => template.id)) },
  { weight: 1, arbitrary: fc.constant("bestaat-niet") },
);
