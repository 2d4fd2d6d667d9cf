import type { Message } from "../../core/common";
import type { LegacySettingsStore, WordEnvironment } from "./environment";

/**
 * Builds the WordEnvironment from the globals office.js provides. Call it after `Office.onReady`; it
 * is the only place that touches `Office.context.document` for the adapter.
 */
export function createOfficeWordEnvironment(
  options: { onMessage?: (message: Message) => void; selectionDebounceMs?: number } = {},
): WordEnvironment {
  const document = Office.context.document as Office.Document | undefined;
  const environment: WordEnvironment = {
    run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Word.run(batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    legacySettings: document?.settings ? wrapOfficeSettings(document.settings) : null,
    addSelectionHandler:
      document && typeof document.addHandlerAsync === "function" ? selectionRegistrar(document) : null,
    documentName: () => documentNameFromUrl(document?.url),
    onMessage: options.onMessage ?? null,
  };
  if (options.selectionDebounceMs !== undefined)
    environment.selectionDebounceMs = options.selectionDebounceMs;
  return environment;
}

/** `Office.Settings` with `saveAsync` as a promise that rejects with Office's error. */
export function wrapOfficeSettings(settings: Office.Settings): LegacySettingsStore {
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) reject(officeAsyncError(result.error));
          else resolve();
        });
      }),
  };
}

function selectionRegistrar(document: Office.Document): (handler: () => void) => () => void {
  return (handler) => {
    const eventType = Office.EventType.DocumentSelectionChanged;
    document.addHandlerAsync(eventType, handler);
    return () => document.removeHandlerAsync(eventType, { handler });
  };
}

/** The file name at the end of the document's URL or path; null for a new, unsaved document. */
export function documentNameFromUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const withoutQuery = url.split(/[?#]/)[0] ?? "";
  const name = withoutQuery.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(name) || null;
  } catch {
    return name || null;
  }
}

function officeAsyncError(error: Office.Error | undefined): Error & { code: string } {
  const failure = new Error(error?.message ?? "Office could not save the settings.") as Error & {
    code: string;
  };
  // Office's async errors carry a name ("Permission Denied", "Internal Error") rather than Word's codes.
  failure.code = error?.name === "Permission Denied" ? "AccessDenied" : (error?.name ?? "");
  return failure;
}
