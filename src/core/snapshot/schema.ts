import { z } from "zod";

/**
 * What a host adapter hands the core: the document's paragraphs ("blocks") in reading order, one block
 * per paragraph, including every paragraph inside tables (nested too) and content controls, and the
 * empty ones. Block i is the i-th paragraph of the body in both hosts (Word's `body.paragraphs` and the
 * .docx reader agree on this), so a block index is an address both adapters understand.
 */

/**
 * A paragraph style. `builtIn` is locale-independent and uses the names of office-js
 * `Word.BuiltInStyleName` ("Heading1", "Title", "ListParagraph", "Normal"…); null for a custom style.
 * `name` is what the user sees and may be localised ("Kop 1").
 */
export const StyleRefSchema = z.strictObject({
  name: z.string().nullable(),
  builtIn: z.string().nullable(),
});
export type StyleRef = z.infer<typeof StyleRefSchema>;

/** Membership of a Word list (real numbering, not typed dashes). */
export const ListInfoSchema = z.strictObject({
  /** 0-based indentation level. */
  level: z.number().int().min(0).max(8),
  /** Numbers or letters (true) rather than bullets (false). */
  ordered: z.boolean(),
  /** The label Word shows ("1.", "a)", "•"), when the host can tell; null otherwise. */
  label: z.string().nullable(),
  /** Identifies the list the paragraph belongs to (numbering instance); equal ids count on together. */
  listId: z.string().nullable(),
});
export type ListInfo = z.infer<typeof ListInfoSchema>;

/** The table cell a block sits in. For nested tables this is the innermost cell. */
export const CellRefSchema = z.strictObject({
  /** Ordinal of the table in document order (outer tables before the tables nested in them). */
  table: z.number().int().min(0),
  row: z.number().int().min(0),
  /** Grid column where the cell starts (merged cells count their span). */
  column: z.number().int().min(0),
  columnSpan: z.number().int().min(1),
  /** 1 for a top-level table, 2 for a table inside a cell, … */
  depth: z.number().int().min(1),
  /** For nested tables: the top-level cell that holds the nested table. */
  outer: z
    .strictObject({
      table: z.number().int().min(0),
      row: z.number().int().min(0),
      column: z.number().int().min(0),
    })
    .nullable(),
});
export type CellRef = z.infer<typeof CellRefSchema>;

export const ContentControlSchema = z.strictObject({
  tag: z.string().nullable(),
  title: z.string().nullable(),
  /** True when the control still shows its placeholder text ("Klik of tik om tekst in te voeren."). */
  showingPlaceholder: z.boolean(),
});
export type ContentControlInfo = z.infer<typeof ContentControlSchema>;

export const BlockSchema = z.strictObject({
  /** Visible text. Tabs stay "\t"; manual line breaks become "\n". */
  text: z.string(),
  style: StyleRefSchema,
  /** 1–9 from a heading style or an outline level; null for body text. */
  headingLevel: z.number().int().min(1).max(9).nullable(),
  /** Every visible character is bold. */
  bold: z.boolean(),
  /** Length of the bold text the paragraph starts with (0 when it starts plain; text.length when bold). */
  boldPrefix: z.number().int().min(0),
  list: ListInfoSchema.nullable(),
  table: CellRefSchema.nullable(),
  contentControl: ContentControlSchema.nullable(),
});
export type Block = z.infer<typeof BlockSchema>;

export const SnapshotSchema = z.strictObject({
  source: z.strictObject({
    kind: z.enum(["docx", "word", "memory"]),
    /** File name or document title, for messages. */
    name: z.string().nullable(),
  }),
  blocks: z.array(BlockSchema),
});
export type DocumentSnapshot = z.infer<typeof SnapshotSchema>;
