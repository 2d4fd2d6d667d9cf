import { ProfielwijzerError, type LocalisedText } from "../../core/common";

/**
 * Every way a file can be unusable as a .docx, with a stable code (for tests, the CLI and the task pane)
 * and a Dutch + English text that says what is wrong and what the user can do about it.
 */
export type DocxErrorCode =
  | "empty-file"
  | "encrypted"
  | "legacy-doc"
  | "not-docx"
  | "no-document"
  | "too-large"
  | "zip-invalid"
  | "xml-invalid"
  | "xml-doctype"
  /** A failure of the reader itself (a bug, or an engine limit such as the longest possible string). */
  | "read-failed";

function fail(code: DocxErrorCode, nl: string, en: string, cause?: unknown): ProfielwijzerError {
  return new ProfielwijzerError(code, { nl, en }, cause === undefined ? undefined : { cause });
}

/** "12,3 MB" / "12.3 MB": sizes in the user's own number format. */
function formatMegabytes(bytes: number, language: "nl" | "en"): string {
  const megabytes = bytes / (1024 * 1024);
  const digits = megabytes < 10 ? 1 : 0;
  return `${megabytes.toLocaleString(language === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: digits })} MB`;
}

export function failEmptyFile(): ProfielwijzerError {
  return fail(
    "empty-file",
    "Het bestand is leeg (0 bytes). Kies het bestand opnieuw, of vraag om een nieuw exemplaar.",
    "The file is empty (0 bytes). Choose the file again, or ask for a new copy.",
  );
}

export function failEncrypted(): ProfielwijzerError {
  return fail(
    "encrypted",
    "Het bestand is met een wachtwoord beveiligd en kan daarom niet worden gelezen. Open het in Word, " +
      "verwijder het wachtwoord (Bestand > Info > Document beveiligen > Versleutelen met wachtwoord) en sla het opnieuw op.",
    "The file is password-protected, so it cannot be read. Open it in Word, remove the password " +
      "(File > Info > Protect Document > Encrypt with Password) and save it again.",
  );
}

export function failLegacyDoc(): ProfielwijzerError {
  return fail(
    "legacy-doc",
    "Dit is een oud Word-document (.doc). Open het in Word en kies Opslaan als > Word-document (.docx).",
    "This is an old Word document (.doc). Open it in Word and choose Save As > Word Document (.docx).",
  );
}

/** What a non-.docx file looks like, when that is easy to tell. */
export interface FileKind {
  nl: string;
  en: string;
}

export function failNotDocx(kind: FileKind | null): ProfielwijzerError {
  const nlKind = kind ? ` Het lijkt ${kind.nl}.` : "";
  const enKind = kind ? ` It looks like ${kind.en}.` : "";
  return fail(
    "not-docx",
    `Dit is geen Word-document (.docx).${nlKind} Open het origineel in Word en sla het op als Word-document (.docx).`,
    `This is not a Word document (.docx).${enKind} Open the original in Word and save it as a Word Document (.docx).`,
  );
}

export function failNoDocument(kind: FileKind | null): ProfielwijzerError {
  const nlKind = kind ? ` Het lijkt ${kind.nl}.` : "";
  const enKind = kind ? ` It looks like ${kind.en}.` : "";
  return fail(
    "no-document",
    `Het bestand is een zip-pakket zonder Word-document erin.${nlKind} Kies een Word-document (.docx).`,
    `The file is a zip package without a Word document in it.${enKind} Choose a Word document (.docx).`,
  );
}

export function failFileTooLarge(size: number, limit: number): ProfielwijzerError {
  return fail(
    "too-large",
    `Het bestand is te groot om te lezen (${formatMegabytes(size, "nl")}; de grens is ${formatMegabytes(limit, "nl")}).`,
    `The file is too large to read (${formatMegabytes(size, "en")}; the limit is ${formatMegabytes(limit, "en")}).`,
  );
}

/** Inflating went past a limit: a zip bomb or a document far larger than any job profile. */
export function failUnpackedTooLarge(part: string, limit: number): ProfielwijzerError {
  return fail(
    "too-large",
    `Het bestand pakt uit tot meer dan ${formatMegabytes(limit, "nl")} (bij onderdeel ${part}). Zo groot is geen ` +
      "functieprofiel; het bestand is niet gelezen, want het is beschadigd of opzettelijk zo gemaakt.",
    `The file unpacks to more than ${formatMegabytes(limit, "en")} (at part ${part}). No job profile is that ` +
      "large; the file was not read, because it is damaged or was made that way on purpose.",
  );
}

export function failZipInvalid(reason: LocalisedText, cause?: unknown): ProfielwijzerError {
  return fail(
    "zip-invalid",
    `Het bestand is beschadigd: het .docx-pakket kan niet worden uitgepakt (${reason.nl}). ` +
      "Open het in Word en sla het opnieuw op, of vraag om een nieuw exemplaar.",
    `The file is damaged: the .docx package cannot be unpacked (${reason.en}). ` +
      "Open it in Word and save it again, or ask for a new copy.",
    cause,
  );
}

export function failXmlInvalid(
  part: string,
  position: { line: number; column: number } | null,
  reason: LocalisedText,
): ProfielwijzerError {
  const nlAt = position ? ` op regel ${position.line}, kolom ${position.column}` : "";
  const enAt = position ? ` at line ${position.line}, column ${position.column}` : "";
  return fail(
    "xml-invalid",
    `Het onderdeel ${part} van het bestand is beschadigd: ongeldige XML${nlAt} (${reason.nl}). ` +
      "Open het bestand in Word en sla het opnieuw op.",
    `The part ${part} of the file is damaged: invalid XML${enAt} (${reason.en}). ` +
      "Open the file in Word and save it again.",
  );
}

export function failXmlDoctype(part: string): ProfielwijzerError {
  return fail(
    "xml-doctype",
    `Het onderdeel ${part} bevat een DOCTYPE-declaratie. Word schrijft die nooit; om veiligheidsredenen is het ` +
      "bestand niet gelezen.",
    `The part ${part} contains a DOCTYPE declaration. Word never writes one; for safety the file was not read.`,
  );
}
