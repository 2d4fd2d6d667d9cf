import type { Location, Result } from "../core/common";
import type { ApplyOutcome, HostAdapter } from "../core/host";
import type { DocumentSnapshot } from "../core/snapshot/schema";
import type { DocumentComment } from "../hosts/docx/docx-host";

/** What the preview needs from the .docx host beyond the HostAdapter: the file (to download), its comments. */
export interface FileHost extends HostAdapter {
  bytes(): Uint8Array;
  comments(): DocumentComment[];
}

export interface PreviewHostEvents {
  /** Every read, so the document view shows what the pane sees. */
  onSnapshot(snapshot: DocumentSnapshot): void;
  /** The document's comments, after every read and every "Bevindingen als opmerkingen". */
  onComments(comments: DocumentComment[]): void;
  /** Every applied plan, so the document view can mark what was inserted. */
  onApplied(outcome: ApplyOutcome): void;
  /** The file changed (a plan, comments, the ignore list): there is something to download, or to lose. */
  onChanged(): void;
}

export interface PreviewHost extends HostAdapter {
  /** The file as it is now, with every change. */
  bytes(): Uint8Array;
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
    async read(): Promise<Result<DocumentSnapshot>> {
      const result = await inner.read();
      events.onSnapshot(result.value);
      events.onComments(inner.comments());
      return result;
    },
    async apply(plan) {
      const result = await inner.apply(plan);
      events.onApplied(result.value);
      events.onChanged();
      return result;
    },
    async reveal(location) {
      await inner.reveal(location);
      // Selecting a range in Word fires a selection change; the preview does the same.
      select(location);
    },
    async addComments(findings, language) {
      const result = await inner.addComments(findings, language);
      const { added, updated, removed } = result.value;
      if (added + updated + removed > 0) {
        events.onComments(inner.comments());
        events.onChanged();
      }
      return result;
    },
    loadIgnored: () => inner.loadIgnored(),
    async saveIgnored(ids) {
      await inner.saveIgnored(ids);
      events.onChanged();
    },
    capabilities: () => ({ ...inner.capabilities(), selectionEvents: true }),
    onSelectionChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    bytes: () => inner.bytes(),
    select,
  };
}
