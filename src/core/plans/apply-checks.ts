import { ProfielwijzerError } from "../common";
import type { EditPlan, ReplaceText } from "./schema";

/**
 * What both hosts refuse before they write anything, worded once: a plan made from a document that has
 * changed since, and a plan that cannot fit the document at all.
 */
export function documentChangedError(cause?: unknown): ProfielwijzerError {
  return new ProfielwijzerError(
    "document-changed",
    {
      nl: "Het document is gewijzigd sinds het werd gelezen. Controleer opnieuw en probeer het dan nog eens.",
      en: "The document has changed since it was read. Check again and then try once more.",
    },
    { cause },
  );
}

export function planInvalidError(nl: string, en: string): ProfielwijzerError {
  return new ProfielwijzerError("plan-invalid", {
    nl: `Deze wijziging past niet bij het document: ${nl} Er is niets gewijzigd.`,
    en: `This change does not fit the document: ${en} Nothing was changed.`,
  });
}

/** A replacement still finds exactly the characters it was made for in its paragraph's current text. */
export function checkReplacement(operation: ReplaceText, paragraphText: string): void {
  if (operation.end < operation.start) {
    throw planInvalidError(
      "het einde van de te vervangen tekst ligt voor het begin.",
      "the end of the text to replace lies before its start.",
    );
  }
  if (paragraphText.slice(operation.start, operation.end) !== operation.expected)
    throw documentChangedError();
}

/** A plan that removes lines does nothing else (see `RemoveParagraphSchema`); both hosts refuse it otherwise. */
export function checkRemovals(plan: EditPlan): void {
  const removals = plan.operations.filter((operation) => operation.kind === "remove-paragraph");
  if (removals.length === 0) return;
  const blocks = new Set(removals.map((operation) => operation.anchor.block));
  if (removals.length !== plan.operations.length || blocks.size !== removals.length) {
    throw planInvalidError(
      "een plan dat regels verwijdert, mag niets anders doen en elke regel één keer verwijderen.",
      "a plan that removes lines may do nothing else and must remove each line once.",
    );
  }
}
