import { z } from "zod";
import { LocalisedTextSchema, LocationSchema, SeveritySchema } from "../common";
import { AnchorSchema, EditPlanSchema } from "../plans/schema";

/**
 * How a finding can be fixed: a ready plan (a missing section, a missing row), or a placeholder that
 * needs the user's text before a plan can be made.
 */
export const FixSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("plan"),
    title: LocalisedTextSchema,
    /** Safe fixes only insert standard text and may be applied in bulk (`profielwijzer fix`). */
    safe: z.boolean(),
    plan: EditPlanSchema,
  }),
  z.strictObject({
    kind: z.literal("replace-placeholder"),
    title: LocalisedTextSchema,
    anchor: AnchorSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    expected: z.string(),
    /** What to ask the user ("Naam van de direct leidinggevende"). */
    prompt: LocalisedTextSchema,
  }),
]);
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.strictObject({
  /**
   * Stable across re-reads of an unchanged passage (rule, section and the text it is about, plus an
   * occurrence number), so "Negeer" survives editing elsewhere in the document.
   */
  id: z.string(),
  rule: z.string(),
  severity: SeveritySchema,
  message: LocalisedTextSchema,
  section: z.string().nullable(),
  location: LocationSchema,
  /** The text the finding is about (shortened for display). */
  text: z.string(),
  fix: FixSchema.nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ReadinessSchema = z.strictObject({
  counts: z.strictObject({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
  }),
  /** Share (0–1) of the template's checks that hold. */
  completeness: z.number().min(0).max(1),
  /** No error findings. */
  readyToSign: z.boolean(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
