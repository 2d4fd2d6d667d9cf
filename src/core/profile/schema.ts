import { z } from "zod";
import { BlockRangeSchema, LocalisedTextSchema } from "../common";

/**
 * The profile as the parser understands it. Every element carries the block range it came from, so
 * the task pane can point at it and edit plans can anchor on it. Texts are clean: no list dashes, no
 * leading "1.", no trailing colon, no "(5)" level.
 */

/** A piece of text in the document: a task, an indicator, a behaviour example, a title. */
export const TextItemSchema = z.strictObject({
  text: z.string(),
  range: BlockRangeSchema,
  /** The item is an unfinished placeholder (`xxx.`, `(“datum”)`); it stays in the structure. */
  placeholder: z.boolean(),
});
export type TextItem = z.infer<typeof TextItemSchema>;

/** A labelled value: `Functienummer: xxx`, `Direct leidinggevende : …`, `Datum: …`. */
export const FieldSchema = z.strictObject({
  /** The template's field key (`functienummer`, `direct-leidinggevende`, …). */
  key: z.string(),
  /** The label as written in the document. */
  label: z.string(),
  value: z.string(),
  range: BlockRangeSchema,
  /** Where the value sits in the block's text (for replacing a placeholder value). */
  valueChars: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  placeholder: z.boolean(),
});
export type Field = z.infer<typeof FieldSchema>;

export const SectionSchema = z.strictObject({
  /** The template's section id, or null for a heading the template does not know. */
  id: z.string().nullable(),
  /** The heading as written, or null for a section recognised without one (header table, title). */
  heading: TextItemSchema.nullable(),
  /** Heading and content together. */
  range: BlockRangeSchema,
  /**
   * The heading is not one of the template's wordings but one Dutch profiles commonly use for this
   * section (`Resultaten` where the template says `Resultaatgebieden`): reported as info only.
   */
  worded: z.literal(true).optional(),
  /** The content after the heading; null when the section has no content at all. */
  content: BlockRangeSchema.nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

export const ResultAreaLayoutSchema = z.enum(["table", "paragraphs"]);
export type ResultAreaLayout = z.infer<typeof ResultAreaLayoutSchema>;

export const ResultAreaSchema = z.strictObject({
  /** The number the document gives the area (`1.`), or null when it has none. */
  number: z.number().int().nullable(),
  title: z.string(),
  titleRange: BlockRangeSchema,
  /** The sentence describing the result (template `resultaatprofiel`), or null. */
  description: z.string().nullable(),
  tasks: z.array(TextItemSchema),
  indicators: z.array(TextItemSchema),
  range: BlockRangeSchema,
  layout: ResultAreaLayoutSchema,
  placeholder: z.boolean(),
});
export type ResultArea = z.infer<typeof ResultAreaSchema>;

export const CompetencySchema = z.strictObject({
  name: z.string(),
  /** `5`, `4/5`, or null when the line gives no level. */
  level: z.string().nullable(),
  /** The `Naam (niveau):` line. */
  nameRange: BlockRangeSchema,
  behaviours: z.array(TextItemSchema),
  range: BlockRangeSchema,
  placeholder: z.boolean(),
  /** Set when the competency was inserted from a library and still carries its content-control tag. */
  libraryTag: z.string().nullable(),
});
export type Competency = z.infer<typeof CompetencySchema>;

export const LevelTableCellSchema = z.strictObject({
  text: z.string(),
  /** The cell's list items, when it is a list; otherwise its paragraphs. */
  items: z.array(z.string()),
  range: BlockRangeSchema.nullable(),
});
export type LevelTableCell = z.infer<typeof LevelTableCellSchema>;

/** Niveau-onderscheidende kenmerken: columns are adjacent levels, rows the aspects that set them apart. */
export const LevelTableSchema = z.strictObject({
  range: BlockRangeSchema,
  /** Headings of the level columns, left to right (the aspect column is not included). */
  columns: z.array(z.strictObject({ heading: z.string(), range: BlockRangeSchema.nullable() })),
  /** Index into `columns` of the function's own level (the column headed by its title), or null. */
  ownColumn: z.number().int().min(0).nullable(),
  rows: z.array(
    z.strictObject({
      aspect: z.string(),
      range: BlockRangeSchema,
      /** One cell per entry of `columns`. */
      cells: z.array(LevelTableCellSchema),
    }),
  ),
});
export type LevelTable = z.infer<typeof LevelTableSchema>;

export const SignatureSchema = z.strictObject({
  range: BlockRangeSchema,
  /** One per signing party, left to right: `Handtekening leidinggevende (voor akkoord)`, … */
  parties: z.array(
    z.strictObject({
      label: z.string(),
      date: TextItemSchema.nullable(),
      name: TextItemSchema.nullable(),
    }),
  ),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const TemplateMatchSchema = z.strictObject({
  /** The matched template, or null when none matches well enough (never a forced guess). */
  id: z.string().nullable(),
  /** 0–1: how well the best template matches. */
  confidence: z.number().min(0).max(1),
  /**
   * Every template's score, best first, with the section ids found and the required ones missed. The name
   * is what a person is shown (the id stays for JSON and settings).
   */
  candidates: z.array(
    z.strictObject({
      id: z.string(),
      name: LocalisedTextSchema,
      score: z.number().min(0).max(1),
      found: z.array(z.string()).optional(),
      missed: z.array(z.string()).optional(),
    }),
  ),
});
export type TemplateMatch = z.infer<typeof TemplateMatchSchema>;

export const ProfileSchema = z.strictObject({
  template: TemplateMatchSchema,
  title: TextItemSchema.nullable(),
  fields: z.array(FieldSchema),
  sections: z.array(SectionSchema),
  resultAreas: z.array(ResultAreaSchema),
  competencies: z.array(CompetencySchema),
  /** Kennis en (betekenisvolle) ervaring. */
  knowledge: z.array(TextItemSchema),
  /** Bezwarende omstandigheden. */
  conditions: z.array(TextItemSchema),
  levelTable: LevelTableSchema.nullable(),
  signature: SignatureSchema.nullable(),
  /** Stretches of text the parser could not place in any section (also reported as messages). */
  unplaced: z.array(BlockRangeSchema),
});
export type Profile = z.infer<typeof ProfileSchema>;
