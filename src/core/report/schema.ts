import { z } from "zod";
import { LocationSchema, SeveritySchema } from "../common";
import { IGNORE_REASONS, VERDICTS } from "../findings/schema";

/** The CLI's JSON report (docs/cli.md): one object per file. This shape is a public contract. */
export const ReportEntrySchema = z.strictObject({
  file: z.string(),
  template: z.string().nullable(),
  title: z.string().nullable(),
  resultAreas: z.array(
    z.strictObject({
      title: z.string(),
      tasks: z.array(z.string()),
      indicators: z.array(z.string()),
    }),
  ),
  competencies: z.array(
    z.strictObject({
      name: z.string(),
      level: z.string().nullable(),
      behaviours: z.array(z.string()),
    }),
  ),
  findings: z.array(
    z.strictObject({
      rule: z.string(),
      severity: SeveritySchema,
      message: z.string(),
      section: z.string().optional(),
      location: LocationSchema,
    }),
  ),
  /** The one verdict the pane gives too (a later, additive field; absent when the file could not be read). */
  verdict: z
    .strictObject({
      code: z.enum(VERDICTS),
      complete: z.boolean(),
      text: z.string(),
    })
    .optional(),
  /** The findings ignored in the document, with the reason kept there (additive; `--all` shows them as open). */
  ignored: z
    .array(
      z.strictObject({
        rule: z.string(),
        severity: SeveritySchema,
        message: z.string(),
        location: LocationSchema,
        reason: z.enum(IGNORE_REASONS).nullable(),
        note: z.string(),
        at: z.string().nullable(),
      }),
    )
    .optional(),
  error: z.string().optional(),
});
export type ReportEntry = z.infer<typeof ReportEntrySchema>;

/**
 * The last entry when two or more profiles were read (docs/cli.md, the folder entry): the folder as one function
 * house, its series and the findings across files, each naming the file it also appears on.
 */
export const FolderReportEntrySchema = z.strictObject({
  folder: z.strictObject({
    files: z.number().int().min(0),
    /** Files that form a series, each series in the order of its level table's columns. */
    series: z.array(z.array(z.string())),
    findings: z.array(
      z.strictObject({
        file: z.string(),
        rule: z.string(),
        severity: SeveritySchema,
        message: z.string(),
        location: LocationSchema,
      }),
    ),
  }),
});
export type FolderReportEntry = z.infer<typeof FolderReportEntrySchema>;

export const ReportSchema = z.array(z.union([ReportEntrySchema, FolderReportEntrySchema]));
export type Report = z.infer<typeof ReportSchema>;

/** One row of `profielwijzer overview`: a profile of the function house at a glance. */
export const OverviewRowSchema = z.strictObject({
  file: z.string(),
  title: z.string().nullable(),
  functionNumber: z.string().nullable(),
  /** The template's name (in the report's language), as a person reads it. */
  template: z.string().nullable(),
  /** Functiegroep, schaal or FWG-groep as the profile gives it. */
  grade: z.string().nullable(),
  /** The series the profile belongs to (its level table names the others), by its members' shared name. */
  series: z.string().nullable(),
  resultAreas: z.number().int().min(0),
  /** "Klantgerichtheid (3); Samenwerken (2)". */
  competencies: z.string(),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  complete: z.boolean(),
  ignored: z.number().int().min(0),
  /** Why the file could not be read; the other columns are then empty. */
  error: z.string().nullable(),
});
export type OverviewRow = z.infer<typeof OverviewRowSchema>;

/** A parsed report split into its file entries and, when there is one, its folder entry. */
export function readReport(json: unknown): { files: ReportEntry[]; folder: FolderReportEntry | null } {
  const report = ReportSchema.parse(json);
  const files = report.filter((entry): entry is ReportEntry => !("folder" in entry));
  const folder = report.find((entry): entry is FolderReportEntry => "folder" in entry) ?? null;
  return { files, folder };
}
