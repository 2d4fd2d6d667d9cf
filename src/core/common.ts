import { z } from "zod";

/** User-facing text always comes in both languages; the UI and CLI pick one. */
export const LocalisedTextSchema = z.strictObject({
  nl: z.string(),
  en: z.string(),
});
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

export const LanguageSchema = z.enum(["nl", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * A stretch of the document in block indices (both ends inclusive). Blocks are the snapshot's
 * paragraphs in reading order, so a range means the same thing to every host adapter.
 */
export const BlockRangeSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type BlockRange = z.infer<typeof BlockRangeSchema>;

/** A place to point a user at: a block range, optionally narrowed to characters of its first block. */
export const LocationSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  chars: z
    .strictObject({
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    })
    .optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Something a reader or loader wants the user to know about the input itself (not about the profile):
 * "a text box was skipped", "the style X is unknown". Findings are about the profile; messages are
 * about reading it. They are kept apart everywhere.
 */
export const MessageSchema = z.strictObject({
  severity: SeveritySchema,
  code: z.string(),
  text: LocalisedTextSchema,
  location: LocationSchema.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** mammoth-style result: a value plus what the producer wants to say about how it got it. */
export interface Result<T> {
  value: T;
  messages: Message[];
}

/** Helper to build a message without repeating the object shape at every call site. */
export function message(
  severity: Severity,
  code: string,
  nl: string,
  en: string,
  location?: Location,
): Message {
  return location ? { severity, code, text: { nl, en }, location } : { severity, code, text: { nl, en } };
}

/**
 * An input that cannot be used at all (a corrupt or encrypted file, a wrong JSON file). The code is
 * stable for tests and tools; the text says, in the user's language, what is wrong and what to do.
 */
export class ProfielwijzerError extends Error {
  readonly code: string;
  readonly text: LocalisedText;
  constructor(code: string, text: LocalisedText, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = "ProfielwijzerError";
    this.code = code;
    this.text = text;
  }
}

export function isProfielwijzerError(error: unknown): error is ProfielwijzerError {
  return error instanceof ProfielwijzerError;
}
