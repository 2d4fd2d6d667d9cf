import { z } from "zod";
import { LocalisedTextSchema, SeveritySchema } from "../core/common";
import vocabulary from "./vocabulary.json";

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
  /**
   * What the writer still has to do with the inserted text, so a check keeps asking until it is done:
   * `placeholder` — the whole paragraph stands in for text to write (`Functienaam`), reported as
   * `placeholder` while the document holds it; `tailor` — a suggestion that fits some jobs only (the
   * traffic-risk line), reported by `template-guidance-left` until the writer changed or removed it.
   */
  mark: z.enum(["placeholder", "tailor"]).optional(),
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

/** Per-rule override: switch a rule off or give it another severity (as PerfectIt's house styles do). */
export const RuleSettingSchema = z.union([z.literal("off"), SeveritySchema]);
export const RuleSettingsSchema = z.record(z.string(), RuleSettingSchema);

export const TemplateSectionSchema = z.strictObject({
  id: IdSchema,
  name: LocalisedTextSchema,
  kind: SectionKindSchema,
  /**
   * Accepted headings, the first one canonical. Matched ignoring case, spacing, punctuation at the end
   * and the difference between `/`, `en` and `&`. Empty for sections recognised by their content.
   */
  headings: z.array(z.string().min(1)),
  /**
   * Headings with a variable part: `{…}` (any name in braces) stands for any text, so
   * `Functiereeks {naam}` accepts "Functiereeks Beleid" and `Functieprofiel {functie}` a heading that
   * holds the job title. Matched like `headings`, the whole heading.
   */
  headingPatterns: z.array(z.string().regex(/\S/, "een patroon mag niet leeg zijn")).default([]),
  required: z.boolean(),
  /**
   * The section may be kept in an appendix (`NOK-bijlage`): a line that refers to it together with
   * the word "bijlage" counts as the section being there.
   */
  appendix: z.boolean().default(false),
  /** Rule settings that hold for findings about this section only (`"section-empty": "off"`). */
  rules: RuleSettingsSchema.default({}),
  fields: z.array(FieldDefSchema).default([]),
  /** Paragraphs inserted when the section is missing (heading first). */
  standardText: z.array(StandardParagraphSchema).default([]),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

const Labels = (defaults: string[]) => z.array(z.string().min(1)).default(defaults);

export const ResultAreasConfigSchema = z.strictObject({
  /** Labels of the table's header cells or of the sub-lists in paragraph form. */
  taskLabels: Labels(vocabulary.taskLabels),
  indicatorLabels: Labels(vocabulary.indicatorLabels),
  /**
   * Labels whose value is an area's title (`Kernactiviteit: Onderwijs`, `Resultaatgebied 2: …`, a
   * record table's first row) or that head a grid's area column.
   */
  titleLabels: Labels(vocabulary.titleLabels),
  /** Labelled attributes of an area that describe it (`Kader`, `Omschrijving`): never an area of their own. */
  descriptionLabels: Labels(vocabulary.descriptionLabels),
  /** Labelled parts of an area that are neither tasks nor indicators (`Gedragsindicatoren` per area in FGR). */
  otherLabels: Labels(vocabulary.otherLabels),
  numberLabels: Labels(vocabulary.numberLabels),
  /**
   * Areas that follow this section without a result-areas heading of their own (a house style that
   * lists its areas straight after the description). Null: only under a result-areas heading.
   */
  after: IdSchema.nullable().default(null),
  /** Each area must list tasks (`functieprofiel`); a `resultaatprofiel` area has a description instead. */
  requireTasks: z.boolean(),
  /**
   * What an area's items are when no label or column says so: `tasks`, `indicators`, or `guess`
   * (judged from their wording: "Stelt … op" is a task, "… is tijdig opgesteld" a result).
   */
  unlabelledItems: z.enum(["tasks", "indicators", "guess"]).default("guess"),
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
  /** Lines that only announce the examples (`Gedragsindicatoren:`), never examples themselves. */
  exampleLabels: Labels(vocabulary.exampleLabels),
});
export type CompetenciesConfig = z.infer<typeof CompetenciesConfigSchema>;

export const LevelTableConfigSchema = z.strictObject({
  /** Rows that must be there (matched like headings). */
  requiredRows: z.array(z.string().min(1)),
  /** Rows inserted in a new table, in order. */
  standardRows: z.array(z.string().min(1)),
});
export type LevelTableConfig = z.infer<typeof LevelTableConfigSchema>;

/**
 * A variant of a house style (an ORBA sector format without an indicator column): when every phrase
 * of `when` starts a line and none of `unless` does, its rule settings apply on top of the template's.
 */
export const TemplateVariantSchema = z.strictObject({
  id: IdSchema,
  name: LocalisedTextSchema,
  when: z.array(z.string().min(1)).default([]),
  unless: z.array(z.string().min(1)).default([]),
  rules: RuleSettingsSchema,
});
export type TemplateVariant = z.infer<typeof TemplateVariantSchema>;

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
    /** Phrases that start a line (a heading, a label). */
    markers: z.array(z.string().min(1)),
    /** Words or phrases found anywhere in the text (`referentiefunctie`, `FUWASYS`). */
    words: z.array(z.string().min(1)).default([]),
    /**
     * The system's own names (`FWG`, `FUWA-VO`, `ORBA`, `UFO`): found anywhere, they tip the balance
     * towards this template over one whose sections fit as well, and count as `words`.
     */
    names: z.array(z.string().min(1)).default([]),
    /** How many of `words` must occur before the template can match at all (a system's own terms). */
    minimumWords: z.number().int().min(0).default(0),
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
  rules: RuleSettingsSchema.default({}),
  variants: z.array(TemplateVariantSchema).default([]),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/**
 * An own template that is a built-in (or another loaded template) plus a few changes. Only what
 * changes is given: sections are matched by `id` (a new id adds a section after `after`, or at the
 * end; `"remove": true` drops one); objects merge key by key; a list of words (headings, labels,
 * markers, placeholders, guidance) is added to the base's list, so aliases extend instead of
 * replacing. Everything else given replaces the base's value.
 */
export const TemplateExtensionSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: IdSchema,
  id: IdSchema,
  version: z.string().min(1),
  name: LocalisedTextSchema,
  description: LocalisedTextSchema.optional(),
  detect: TemplateSchema.shape.detect.partial().optional(),
  sections: z
    .array(
      TemplateSectionSchema.partial().extend({
        id: IdSchema,
        remove: z.boolean().optional(),
        after: IdSchema.optional(),
      }),
    )
    .default([]),
  resultAreas: ResultAreasConfigSchema.partial().nullable().optional(),
  competencies: CompetenciesConfigSchema.partial().nullable().optional(),
  levelTable: LevelTableConfigSchema.partial().nullable().optional(),
  placeholders: z.array(z.string().min(1)).optional(),
  guidance: z.array(z.string().min(10)).optional(),
  rules: RuleSettingsSchema.optional(),
  variants: z.array(TemplateVariantSchema).optional(),
});
export type TemplateExtension = z.infer<typeof TemplateExtensionSchema>;
