import { z } from "zod";
import { LocalisedTextSchema, SeveritySchema } from "../core/common";

/**
 * A template describes one house style of job profile: its sections, how their headings may be
 * worded, what each holds, its limits, its placeholders and guidance texts, and the standard text a
 * section gets when it is inserted. Built-in templates live in `src/data/templates/*.json`; an
 * organisation loads its own file of the same shape. Strict objects: a misspelt key is an error.
 */

const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes");

/** A paragraph of standard text, in the role it plays; the composer renders it in the document's layout. */
export const StandardParagraphSchema = z.strictObject({
  role: z.enum(["heading", "body", "list-item", "field"]),
  text: z.string(),
});
export type StandardParagraph = z.infer<typeof StandardParagraphSchema>;

export const FieldDefSchema = z.strictObject({
  key: IdSchema,
  /** Accepted labels, the first one canonical (`Direct leidinggevende`, `Leidinggevende`). */
  labels: z.array(z.string().min(1)).min(1),
  required: z.boolean(),
  /** What the task pane asks when the user fills in the field. */
  prompt: LocalisedTextSchema,
});
export type FieldDef = z.infer<typeof FieldDefSchema>;

export const SectionKindSchema = z.enum([
  /** The header table (company, title, function number) at the top. */
  "header",
  /** The function title on a line of its own. */
  "title",
  /** Free text. */
  "text",
  /** Labelled fields (`Direct leidinggevende : …`). */
  "fields",
  "result-areas",
  "competencies",
  /** A list of items (bezwarende omstandigheden, kennis en ervaring). */
  "list",
  "level-table",
  "signature",
  /** A heading that only groups other sections (`COMPETENTIEPROFIEL`); never reported. */
  "divider",
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const TemplateSectionSchema = z.strictObject({
  id: IdSchema,
  name: LocalisedTextSchema,
  kind: SectionKindSchema,
  /**
   * Accepted headings, the first one canonical. Matched ignoring case, spacing, punctuation at the end
   * and the difference between `/`, `en` and `&`. Empty for sections recognised by their content.
   */
  headings: z.array(z.string().min(1)),
  required: z.boolean(),
  fields: z.array(FieldDefSchema).default([]),
  /** Paragraphs inserted when the section is missing (heading first). */
  standardText: z.array(StandardParagraphSchema).default([]),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

export const ResultAreasConfigSchema = z.strictObject({
  /** Labels of the table's header cells or of the sub-lists in paragraph form. */
  taskLabels: z.array(z.string().min(1)),
  indicatorLabels: z.array(z.string().min(1)),
  /** Each area must list tasks (`functieprofiel`); a `resultaatprofiel` area has a description instead. */
  requireTasks: z.boolean(),
  /** Each area has a sentence describing the result. */
  hasDescription: z.boolean(),
  /** The table layout's header row (as inserted), left to right. */
  tableHeader: z.array(z.string()).min(2),
  /** Areas every profile of this template has (Rijksoverheid: Opdracht(gever), Omgeving, …); may be empty. */
  standardAreas: z.array(z.string()).default([]),
  /** A new, empty area as inserted. */
  newArea: z.strictObject({
    title: z.string(),
    description: z.string().nullable(),
    tasks: z.array(z.string()),
    indicators: z.array(z.string()),
  }),
  /** Words in an area's title or tasks that mean it covers leading people (for `leadership-consistency`). */
  leadershipKeywords: z.array(z.string().min(1)),
});
export type ResultAreasConfig = z.infer<typeof ResultAreasConfigSchema>;

export const CompetenciesConfigSchema = z.strictObject({
  max: z.number().int().min(1).nullable(),
  levels: z.strictObject({
    min: z.number().int(),
    max: z.number().int(),
    /** `4/5` style ranges of two adjacent levels are allowed. */
    ranges: z.boolean(),
  }),
  /** Whether a level is expected on every competency line. */
  requireLevel: z.boolean(),
  /** How many behaviour examples the composer pre-selects when inserting from the library. */
  defaultBehaviours: z.number().int().min(1),
});
export type CompetenciesConfig = z.infer<typeof CompetenciesConfigSchema>;

export const LevelTableConfigSchema = z.strictObject({
  /** Rows that must be there (matched like headings). */
  requiredRows: z.array(z.string().min(1)),
  /** Rows inserted in a new table, in order. */
  standardRows: z.array(z.string().min(1)),
});
export type LevelTableConfig = z.infer<typeof LevelTableConfigSchema>;

/** Per-rule override: switch a rule off or give it another severity (as PerfectIt's house styles do). */
export const RuleSettingSchema = z.union([z.literal("off"), SeveritySchema]);

export const TemplateSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.string().min(1),
  name: LocalisedTextSchema,
  description: LocalisedTextSchema,
  /**
   * Detection: phrases that are typical of this template (beyond its headings). A document matches when
   * its score reaches `threshold` (0–1).
   */
  detect: z.strictObject({
    markers: z.array(z.string().min(1)),
    threshold: z.number().min(0).max(1),
  }),
  sections: z.array(TemplateSectionSchema).min(1),
  resultAreas: ResultAreasConfigSchema.nullable(),
  competencies: CompetenciesConfigSchema.nullable(),
  levelTable: LevelTableConfigSchema.nullable(),
  /** Extra placeholder patterns (JavaScript regular expressions, matched case-sensitively). */
  placeholders: z.array(z.string().min(1)).default([]),
  /** The template's instruction texts that must not remain (matched from their start, ignoring case). */
  guidance: z.array(z.string().min(10)).default([]),
  rules: z.record(z.string(), RuleSettingSchema).default({}),
});
export type Template = z.infer<typeof TemplateSchema>;
