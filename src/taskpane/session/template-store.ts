/**
 * The organisation's own templates, kept in the add-in's own storage (the task pane's origin), so a
 * template loaded under Instellingen takes part in detection for every document from then on, not
 * only for the one open. Stored as the JSON texts the user loaded: they are validated again on every
 * start, so a template that no longer fits the schema is reported instead of half used.
 */
export interface TemplateStore {
  read(): string[];
  write(texts: readonly string[]): void;
}

const KEY = "profielwijzer.templates.v1";

/** A store over Web Storage; where there is none (private mode, an old host) it keeps nothing. */
export function localTemplateStore(storage: Storage | null = defaultStorage()): TemplateStore {
  return {
    read() {
      const text = storage?.getItem(KEY) ?? null;
      if (text === null) return [];
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
    },
    write(texts) {
      if (!storage) return;
      if (texts.length === 0) storage.removeItem(KEY);
      else storage.setItem(KEY, JSON.stringify(texts));
    },
  };
}

/** The add-in's Web Storage, or null where there is none or touching it throws. */
export function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some hosts throw on the mere access when storage is disabled.
    return null;
  }
}

/** A store that remembers nothing (tests, hosts without storage). */
export const NO_TEMPLATE_STORE: TemplateStore = { read: () => [], write: () => undefined };
