import { type Message, message } from "../common";

/**
 * The list of ignored findings as a document keeps it (a JSON array of finding ids, or the array itself
 * where Office's settings store JSON values). Both hosts read it here, so a damaged value means the same
 * everywhere: nothing ignored and a message, never an error that would hide the findings.
 */
export interface IgnoredIds {
  ids: string[];
  messages: Message[];
}

export function parseIgnoredIds(raw: unknown): IgnoredIds {
  if (raw === null || raw === undefined || raw === "") return { ids: [], messages: [] };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return ignoredListDamaged();
    }
  }
  if (!Array.isArray(value)) return ignoredListDamaged();
  const ids = value.filter((id): id is string => typeof id === "string" && id.length > 0);
  const messages =
    ids.length === value.length
      ? []
      : [
          message(
            "warning",
            "ignored-setting-damaged",
            "Een deel van de lijst met genegeerde bevindingen in dit document is beschadigd en is overgeslagen.",
            "Part of the list of ignored findings in this document is damaged and was skipped.",
          ),
        ];
  return { ids: [...new Set(ids)], messages };
}

export function ignoredListDamaged(): IgnoredIds {
  return {
    ids: [],
    messages: [
      message(
        "warning",
        "ignored-setting-damaged",
        "De lijst met genegeerde bevindingen in dit document is beschadigd en is genegeerd. Alle bevindingen worden weer getoond; negeer ze zo nodig opnieuw.",
        "The list of ignored findings in this document is damaged and was skipped. All findings are shown again; ignore them again where needed.",
      ),
    ],
  };
}
