import type { Language } from "../../core/common";
import { defaultStorage } from "./template-store";

/**
 * The pane language the user chose under Instellingen, kept in the add-in's own storage so it holds for
 * every document and every start. Nothing stored means: follow Office's display language.
 */
export interface LanguageStore {
  read(): Language | null;
  write(preference: Language | null): void;
}

const KEY = "profielwijzer.language.v1";

/** A store over Web Storage; where there is none (private mode, an old host) it keeps nothing. */
export function localLanguageStore(storage: Storage | null = defaultStorage()): LanguageStore {
  return {
    read() {
      try {
        const value = storage?.getItem(KEY) ?? null;
        return value === "nl" || value === "en" ? value : null;
      } catch {
        return null;
      }
    },
    write(preference) {
      try {
        if (preference === null) storage?.removeItem(KEY);
        else storage?.setItem(KEY, preference);
      } catch {
        // Storage full or switched off: the choice holds while the pane is open.
      }
    },
  };
}
