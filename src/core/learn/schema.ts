import { z } from "zod";
import { LocalisedTextSchema, MessageSchema } from "../common";

/** One choice the learner made, with how many of the profiles support it (`5 van 6`). */
export const LearnedChoiceSchema = z.strictObject({
  /** What was chosen, in words a user reads ("Doel van de functie: verplicht"). */
  text: LocalisedTextSchema,
  support: z.number().int().min(0),
  of: z.number().int().min(1),
});
export type LearnedChoice = z.infer<typeof LearnedChoiceSchema>;

/** What `learn-template` tells the user next to the template it writes. */
export const LearnReportSchema = z.strictObject({
  files: z.array(z.string()),
  choices: z.array(LearnedChoiceSchema),
  /** Where the profiles disagree (a section in half of them, two area layouts, two house styles). */
  warnings: z.array(MessageSchema),
  /** Set when the profiles look like two or more house styles: the files of each, to learn apart. */
  groups: z.array(z.array(z.string())).nullable(),
});
export type LearnReport = z.infer<typeof LearnReportSchema>;
