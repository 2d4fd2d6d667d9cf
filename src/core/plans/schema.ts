import { z } from "zod";
import { LocalisedTextSchema } from "../common";

/**
 * Edit plans are data (as ESLint's fixes are): the core composes them, a host adapter applies them.
 * A plan only inserts, replaces the exact placeholder it was made for, or removes a placeholder line
 * (nothing else in that plan). Every operation names an
 * anchor block with the text it held when the document was read; an adapter applies nothing when any
 * anchor no longer holds its text.
 */

export const AnchorSchema = z.strictObject({
  block: z.number().int().min(0),
  text: z.string(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const RunSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean(),
});
export type Run = z.infer<typeof RunSchema>;

export const NewParagraphSchema = z.strictObject({
  runs: z.array(RunSchema).min(1),
  /**
   * The block whose paragraph formatting (style, list membership, indentation, spacing) the new
   * paragraph copies, so it looks like its neighbours. When null, `style` and `list` apply.
   */
  formatFrom: z.number().int().min(0).nullable(),
  /** A built-in style name (`Heading2`, `ListParagraph`, `Normal`) used when `formatFrom` is null. */
  style: z.string().nullable(),
  /** Make it a Word list item (used when `formatFrom` is null). */
  list: z.strictObject({ ordered: z.boolean(), level: z.number().int().min(0).max(8) }).nullable(),
});
export type NewParagraph = z.infer<typeof NewParagraphSchema>;

/** Wraps inserted library content so later checks can tell where it came from and which version. */
export const ContentTagSchema = z.strictObject({
  tag: z.string(),
  title: z.string(),
});
export type ContentTag = z.infer<typeof ContentTagSchema>;

export const NewCellSchema = z.strictObject({
  paragraphs: z.array(NewParagraphSchema).min(1),
  /** Wraps the cell's paragraphs (library content in a table row: the competency's name). */
  contentControl: ContentTagSchema.nullable().optional(),
});
export type NewCell = z.infer<typeof NewCellSchema>;

export const InsertParagraphsSchema = z.strictObject({
  kind: z.literal("insert-paragraphs"),
  anchor: AnchorSchema,
  position: z.enum(["before", "after"]),
  paragraphs: z.array(NewParagraphSchema).min(1),
  contentControl: ContentTagSchema.nullable(),
});

/** A new row in the table that holds the anchor block, formatted like the anchor's row. */
export const InsertTableRowSchema = z.strictObject({
  kind: z.literal("insert-table-row"),
  anchor: AnchorSchema,
  position: z.enum(["before", "after"]),
  cells: z.array(NewCellSchema).min(1),
});

/** A new table (for skeletons of empty documents and sections whose standard layout is a table). */
export const InsertTableSchema = z.strictObject({
  kind: z.literal("insert-table"),
  anchor: AnchorSchema,
  position: z.enum(["before", "after"]),
  /** Rows of cells; the first row is the header row when `header` is set. */
  rows: z.array(z.array(NewCellSchema).min(1)).min(1),
  header: z.boolean(),
});

/** Replaces characters [start, end) of the anchor block, which must read `expected`. */
export const ReplaceTextSchema = z.strictObject({
  kind: z.literal("replace-text"),
  anchor: AnchorSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  expected: z.string(),
  text: z.string(),
});

/**
 * Removes the anchor paragraph: a placeholder line the profile does not need (`- xxx.`). A plan that
 * removes does nothing else, so no other operation's anchor or location depends on the removed line.
 */
export const RemoveParagraphSchema = z.strictObject({
  kind: z.literal("remove-paragraph"),
  anchor: AnchorSchema,
});

export const EditOperationSchema = z.discriminatedUnion("kind", [
  InsertParagraphsSchema,
  InsertTableRowSchema,
  InsertTableSchema,
  ReplaceTextSchema,
  RemoveParagraphSchema,
]);
export type EditOperation = z.infer<typeof EditOperationSchema>;
export type InsertParagraphs = z.infer<typeof InsertParagraphsSchema>;
export type InsertTableRow = z.infer<typeof InsertTableRowSchema>;
export type InsertTable = z.infer<typeof InsertTableSchema>;
export type ReplaceText = z.infer<typeof ReplaceTextSchema>;
export type RemoveParagraph = z.infer<typeof RemoveParagraphSchema>;

/** Every new paragraph an operation writes, in table cells too (a replacement or removal writes none). */
export function newParagraphsOf(operation: EditOperation): NewParagraph[] {
  switch (operation.kind) {
    case "insert-paragraphs":
      return operation.paragraphs;
    case "insert-table-row":
      return operation.cells.flatMap((cell) => cell.paragraphs);
    case "insert-table":
      return operation.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs));
    case "replace-text":
    case "remove-paragraph":
      return [];
  }
}

export const EditPlanSchema = z.strictObject({
  /** Stable for the same edit on the same document (used by the UI as a key). */
  id: z.string(),
  title: LocalisedTextSchema,
  /** Applied in order; anchors refer to the document as it was read, before any operation. */
  operations: z.array(EditOperationSchema).min(1),
  /** Ids of the findings this plan resolves. */
  fixes: z.array(z.string()),
  /** Things the user should know before applying ("this makes 6 competencies; the template allows 5"). */
  warnings: z.array(LocalisedTextSchema),
});
export type EditPlan = z.infer<typeof EditPlanSchema>;
