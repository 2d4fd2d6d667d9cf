import type { Location, Result } from "../core/common";
import type { ApplyOutcome, HostAdapter } from "../core/host";
import type { DocumentSnapshot } from "../core/snapshot/schema";

/** What the preview needs from the .docx host beyond the HostAdapter: the current file, for "download". */
export interface FileHost extends HostAdapter {
  bytes(): Uint8Array;
}

export interface PreviewHostEvents {
  /** Every read, so the document view shows what the pane sees. */
  onSnapshot(snapshot: DocumentSnapshot): void;
  /** Every applied plan, so the document view can mark what was inserted. */
  onApplied(outcome: ApplyOutcome): void;
}

export interface PreviewHost extends HostAdapter {
  /** There is a file behind this host (false when it could not be opened). */
  readonly hasFile: boolean;
  /** The file as it is now (with every insert); null when there is no file (it could not be opened). */
  bytes(): Uint8Array | null;
  /** The user clicked a paragraph in the document view: tell the pane, as Word tells it about a selection. */
  select(location: Location): void;
}

/**
 * Wraps the .docx host for the browser preview: taps reads and applies for the document view, and adds the
 * selection events Word would send (a click in the document, or "Ga naar" selecting a paragraph).
 */
export function createPreviewHost(inner: FileHost, events: PreviewHostEvents): PreviewHost {
  const listeners = new Set<(range: Location) => void>();
  const select = (location: Location) => {
    for (const listener of listeners) listener(location);
  };
  return {
    kind: inner.kind,
    hasFile: true,
    async read(): Promise<Result<DocumentSnapshot>> {
      const result = await inner.read();
      events.onSnapshot(result.value);
      return result;
    },
    async apply(plan) {
      const result = await inner.apply(plan);
      events.onApplied(result.value);
      return result;
    },
    async reveal(location) {
      await inner.reveal(location);
      // Selecting a range in Word fires a selection change; the preview does the same.
      select(location);
    },
    addComments: (findings, language) => inner.addComments(findings, language),
    loadIgnored: () => inner.loadIgnored(),
    saveIgnored: (ids) => inner.saveIgnored(ids),
    capabilities: () => ({ ...inner.capabilities(), selectionEvents: true }),
    onSelectionChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    bytes: () => inner.bytes(),
    select,
  };
}

/**
 * A host for a file that could not even be opened: every read fails with the reader's own error, so the pane
 * shows its error state with that message instead of going blank.
 */
export function createFailedHost(error: unknown): PreviewHost {
  const fail = () => Promise.reject(error);
  return {
    kind: "docx",
    hasFile: false,
    read: fail,
    apply: fail,
    reveal: fail,
    addComments: fail,
    loadIgnored: () => Promise.resolve([]),
    saveIgnored: fail,
    capabilities: () => ({
      comments: false,
      settings: false,
      selectionEvents: false,
      contentControls: false,
    }),
    bytes: () => null,
    select: () => undefined,
  };
}
