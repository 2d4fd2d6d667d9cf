import { ProfielwijzerError, isProfielwijzerError } from "../../core/common";
import { documentChangedError } from "../../core/plans/apply-checks";

export { documentChangedError, planInvalidError } from "../../core/plans/apply-checks";

/**
 * Word's errors turned into ProfielwijzerErrors with a Dutch (and English) text that says what happened
 * and what to do. Word reports errors as `OfficeExtension.Error` with a `code`
 * (`Word.ErrorCodes`: AccessDenied, NotAllowed, GeneralException, ItemNotFound, InvalidArgument…) and
 * `debugInfo`; only those fields are read, so any object of that shape maps the same way.
 */

export type WordErrorPhase = "read" | "write";

interface WordErrorLike {
  code: string;
  message: string;
  detail: string;
}

export function requirementMissingError(
  version: string,
  feature: { nl: string; en: string },
): ProfielwijzerError {
  return new ProfielwijzerError("requirement-missing", {
    nl: `${feature.nl} vraagt een nieuwere versie van Word (WordApi ${version}). Werk Office bij of gebruik Word op het web.`,
    en: `${feature.en} needs a newer version of Word (WordApi ${version}). Update Office or use Word on the web.`,
  });
}

export function locationMissingError(): ProfielwijzerError {
  return new ProfielwijzerError("location-missing", {
    nl: "Deze plek bestaat niet meer in het document. Controleer opnieuw.",
    en: "This place no longer exists in the document. Check again.",
  });
}

const PARTIAL_WRITE_NOTE = {
  nl: " Mogelijk is een deel van de wijziging al aangebracht; gebruik zo nodig Ongedaan maken (Ctrl+Z) in Word.",
  en: " Part of the change may already have been made; use Undo (Ctrl+Z) in Word if needed.",
};

/**
 * Maps anything Word threw to a ProfielwijzerError. In the write phase Word has already applied the
 * operations before the failing one (a batch is not rolled back), so the text says so, except for a
 * read-only document, where the first write already fails.
 */
export function mapWordError(error: unknown, phase: WordErrorPhase = "read"): ProfielwijzerError {
  if (isProfielwijzerError(error)) return error;
  const word = describeWordError(error);
  const mapped = mapKnownError(word, error);
  if (phase === "write" && mapped.code !== "read-only") {
    return new ProfielwijzerError(
      mapped.code,
      { nl: mapped.text.nl + PARTIAL_WRITE_NOTE.nl, en: mapped.text.en + PARTIAL_WRITE_NOTE.en },
      { cause: error },
    );
  }
  return mapped;
}

function mapKnownError(word: WordErrorLike, cause: unknown): ProfielwijzerError {
  const mentionsControl = /content ?control|inhoudsbesturingselement|cannotEdit|cannotDelete/i.test(
    word.detail,
  );
  if (
    (word.code === "AccessDenied" || word.code === "NotAllowed" || word.code === "GeneralException") &&
    mentionsControl
  ) {
    return new ProfielwijzerError(
      "locked-content-control",
      {
        nl: "Een deel van het document staat in een vergrendeld inhoudsbesturingselement en kan niet worden gewijzigd. Ontgrendel het besturingselement (Ontwikkelaars > Eigenschappen) en probeer het opnieuw.",
        en: "Part of the document is in a locked content control and cannot be changed. Unlock the control (Developer > Properties) and try again.",
      },
      { cause },
    );
  }
  switch (word.code) {
    case "AccessDenied":
    case "NotAllowed":
      return new ProfielwijzerError(
        "read-only",
        {
          nl: "Het document is alleen-lezen of beveiligd, dus Profielwijzer kan er niets in wijzigen. Kies Document bewerken (of hef de beveiliging op) en probeer het opnieuw.",
          en: "The document is read-only or protected, so Profielwijzer cannot change it. Choose Edit Document (or remove the protection) and try again.",
        },
        { cause },
      );
    case "ItemNotFound":
    case "InvalidObjectPath":
      return documentChangedError(cause);
    case "GeneralException":
      return new ProfielwijzerError(
        "word-general",
        {
          nl: "Word kon de bewerking niet uitvoeren (algemene fout). Probeer het opnieuw; helpt dat niet, sla het document op, sluit het en open het opnieuw.",
          en: "Word could not carry out the operation (general exception). Try again; if that does not help, save, close and reopen the document.",
        },
        { cause },
      );
    case "ApiNotFound":
    case "NotImplemented":
      return new ProfielwijzerError(
        "requirement-missing",
        {
          nl: "Deze functie wordt door deze versie van Word niet ondersteund. Werk Office bij of gebruik Word op het web.",
          en: "This version of Word does not support this function. Update Office or use Word on the web.",
        },
        { cause },
      );
    default:
      return new ProfielwijzerError(
        "word-unexpected",
        {
          nl: `Word meldde een onverwachte fout: ${word.message}`,
          en: `Word reported an unexpected error: ${word.message}`,
        },
        { cause },
      );
  }
}

function describeWordError(error: unknown): WordErrorLike {
  if (typeof error === "object" && error !== null) {
    const record = error as {
      code?: unknown;
      message?: unknown;
      debugInfo?: { message?: unknown; errorLocation?: unknown };
    };
    const code = typeof record.code === "string" ? record.code : "";
    const message =
      typeof record.message === "string" && record.message ? record.message : code || "onbekend";
    const debugMessage = typeof record.debugInfo?.message === "string" ? record.debugInfo.message : "";
    const location =
      typeof record.debugInfo?.errorLocation === "string" ? record.debugInfo.errorLocation : "";
    return { code, message, detail: [message, debugMessage, location].join(" ") };
  }
  const text = String(error);
  return { code: "", message: text, detail: text };
}
