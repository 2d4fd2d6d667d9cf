import { z } from "zod";
import { LocalisedTextSchema } from "../core/common";

const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes");
const Examples = z.array(z.string().min(10)).min(3);

/** One competency: its names, definition, cluster and behaviour examples for each level 1–5. */
export const LibraryCompetencySchema = z.strictObject({
  id: IdSchema,
  /** Dutch name as written in profiles (`Klantgerichtheid`). */
  name: z.string().min(2),
  /** Other names that mean the same competency (`Klantgericht`, `Op de behoefte … richten`). */
  aliases: z.array(z.string().min(2)),
  /** English name. */
  en: z.string().min(2),
  /** One sentence: what the competency is. */
  definition: LocalisedTextSchema,
  /** Id of a cluster in the library's `clusters`. */
  cluster: IdSchema,
  /** Observable behaviour in the present tense, third person, per level (1 = basic, 5 = highest). */
  levels: z.strictObject({ "1": Examples, "2": Examples, "3": Examples, "4": Examples, "5": Examples }),
});
export type LibraryCompetency = z.infer<typeof LibraryCompetencySchema>;

export const LibrarySchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.string().min(1),
  name: LocalisedTextSchema,
  clusters: z.array(z.strictObject({ id: IdSchema, name: LocalisedTextSchema })).min(1),
  competencies: z.array(LibraryCompetencySchema).min(1),
});
export type Library = z.infer<typeof LibrarySchema>;

/** Ready-made texts a writer can insert: conditions, the signature block, knowledge skeletons, NOK rows. */
export const StandardTextsSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().min(1),
  /** Common bezwarende omstandigheden. */
  conditions: z
    .array(
      z.strictObject({
        id: IdSchema,
        name: LocalisedTextSchema,
        text: z.string().min(10),
      }),
    )
    .min(1),
  /** The NB line above the signatures. */
  nb: z.string().min(10),
  signature: z.strictObject({
    parties: z.array(z.strictObject({ label: z.string(), date: z.string(), name: z.string() })).min(1),
  }),
  /** Kennis en ervaring skeletons by education level. */
  knowledge: z
    .array(
      z.strictObject({
        id: IdSchema,
        name: LocalisedTextSchema,
        items: z.array(z.string().min(5)).min(2),
      }),
    )
    .min(1),
  /** Standard rows of the niveau-onderscheidende kenmerken table, with what each row describes. */
  levelTableRows: z.array(z.strictObject({ aspect: z.string(), hint: LocalisedTextSchema })).min(1),
});
export type StandardTexts = z.infer<typeof StandardTextsSchema>;
