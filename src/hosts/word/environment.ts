import type { Message } from "../../core/common";

/**
 * Everything the Word adapter takes from Office, injected so it can run against a fake in tests.
 * `createOfficeWordEnvironment()` (office-environment.ts) builds the real one inside `Office.onReady`.
 */
export interface WordEnvironment {
  /** `Word.run`. */
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported: (set: string, version: string) => boolean;
  /** `Office.context.document.settings`, used to keep ignored findings where WordApi 1.4 is missing. */
  legacySettings?: LegacySettingsStore | null;
  /** Registers a handler for Office's DocumentSelectionChanged event; returns a function that removes it. */
  addSelectionHandler?: ((handler: () => void) => () => void) | null;
  /** File name or title of the open document, for messages. */
  documentName?: (() => string | null) | null;
  /**
   * Receives messages that have no place in a HostAdapter return value (a damaged list of ignored
   * findings, a failed selection lookup), so the task pane can show them.
   */
  onMessage?: ((message: Message) => void) | null;
  /** Quiet time after the last selection change before the adapter looks it up; default 200 ms. */
  selectionDebounceMs?: number;
}

/** The part of `Office.Settings` the adapter uses, with `saveAsync` as a promise. */
export interface LegacySettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

/** Word's requirement sets the adapter relies on. */
export const WORD_API = {
  /** Reading and writing: styleBuiltIn, isListItem, tableNestingLevel, the …OrNullObject parents, lists. */
  base: "1.3",
  /** Comments and document.settings. */
  comments: "1.4",
  settings: "1.4",
} as const;

export function supportsWordApi(env: WordEnvironment, version: string): boolean {
  try {
    return env.isSetSupported("WordApi", version);
  } catch {
    return false;
  }
}
