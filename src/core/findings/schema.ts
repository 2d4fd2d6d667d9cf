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
    /** Where the placeholder is a whole line the profile may not need (`- xxx.`): the plan that removes it. */
    remove: EditPlanSchema.optional(),
  }),
]);
export type Fix = z.infer<typeof FixSchema>;

/** Why a reviewer set a finding aside: the short choice the pane offers. */
export const IGNORE_REASONS = ["niet-van-toepassing", "bewust-afwijkend", "anders"] as const;

/**
 * A finding the user chose to ignore, as the document keeps it: the finding's id, why, and when. Lists
 * written before reasons were asked hold ids only; they read with `reason: null` and `at: null`.
 */
export const IgnoreSchema = z.strictObject({
  id: z.string().min(1),
  reason: z.enum(IGNORE_REASONS).nullable(),
  /** The reviewer's own words, may be empty. */
  note: z.string().max(500),
  /** When it was ignored (ISO 8601). */
  at: z.string().nullable(),
});
export type Ignore = z.infer<typeof IgnoreSchema>;
/** What the reviewer chooses when ignoring: the reason and their own words. */
export type IgnoreChoice = Pick<Ignore, "reason" | "note">;

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
  /** Set on the findings the user ignored: the reason kept in the document. */
  ignored: IgnoreSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * The one verdict the pane, the CLI and the reports give: the profile's form against its template (not its
 * content). An ignored error never makes a profile plainly complete: it is complete *with* ignored points.
 */
export const VERDICTS = ["complete", "complete-with-ignored", "incomplete", "no-template"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ReadinessSchema = z.strictObject({
  counts: z.strictObject({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
  }),
  /** Share (0–1) of the template's checks that hold. */
  completeness: z.number().min(0).max(1),
  /** A template was found and no error is open (ignored ones aside). */
  complete: z.boolean(),
  verdict: z.enum(VERDICTS),
  /** The ignored findings per severity. */
  ignored: z.strictObject({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
  }),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
