import { z } from "zod";
import { LocationSchema, SeveritySchema } from "../common";

/** The CLI's JSON report (SPEC §5): one object per file. This shape is a public contract. */
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
  error: z.string().optional(),
});
export type ReportEntry = z.infer<typeof ReportEntrySchema>;

export const ReportSchema = z.array(ReportEntrySchema);
export type Report = z.infer<typeof ReportSchema>;
