import { type Message, message } from "../common";
import { type Ignore, IgnoreSchema } from "./schema";

/**
 * The list of ignored findings as a document keeps it: a JSON array (or the array itself where Office's
 * settings store JSON values) of entries `{ id, reason, note, at }`, or of bare ids as written before
 * reasons were asked. Both hosts read and write it here, so a damaged value means the same everywhere:
 * nothing ignored and a message, never an error that would hide the findings.
 */
export interface StoredIgnores {
  ignores: Ignore[];
  messages: Message[];
}

const partlyDamaged = () =>
  message(
    "warning",
    "ignored-setting-damaged",
    "Een deel van de lijst met genegeerde bevindingen in dit document is beschadigd en is overgeslagen.",
    "Part of the list of ignored findings in this document is damaged and was skipped.",
  );

function entryOf(value: unknown): Ignore | null {
  if (typeof value === "string")
    return value.length > 0 ? { id: value, reason: null, note: "", at: null } : null;
  const parsed = IgnoreSchema.safeParse(
    typeof value === "object" && value !== null ? { note: "", at: null, reason: null, ...value } : value,
  );
  return parsed.success ? parsed.data : null;
}

export function parseIgnores(raw: unknown): StoredIgnores {
  if (raw === null || raw === undefined || raw === "") return { ignores: [], messages: [] };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return ignoredListDamaged();
    }
  }
  if (!Array.isArray(value)) return ignoredListDamaged();
  const entries = value.map(entryOf);
  const byId = new Map<string, Ignore>();
  for (const entry of entries) if (entry && !byId.has(entry.id)) byId.set(entry.id, entry);
  return {
    ignores: [...byId.values()],
    messages: entries.every((entry) => entry !== null) ? [] : [partlyDamaged()],
  };
}

/** The text a document keeps: one entry per id, the last one given winning. */
export function serialiseIgnores(ignores: readonly Ignore[]): string {
  const byId = new Map(ignores.map((ignore) => [ignore.id, ignore]));
  return JSON.stringify([...byId.values()]);
}

export function ignoredListDamaged(): StoredIgnores {
  return {
    ignores: [],
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
