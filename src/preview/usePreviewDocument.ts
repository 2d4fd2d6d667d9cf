import { useEffect, useRef, useState } from "react";
import type { Location, Message } from "../core/common";
import type { DocumentSnapshot } from "../core/snapshot/schema";
import type { DocumentComment } from "../hosts/docx/docx-host";
import { downloadBytes, downloadName, fetchSample, openDocument, SAMPLE_NAME } from "./open-document";
import type { PreviewHost } from "./preview-host";

export interface OpenFile {
  host: PreviewHost;
  name: string;
  /** The file differs from what was opened (something was inserted, commented or ignored). */
  changed: boolean;
  /** Changed since it was opened or last downloaded: reloading or opening another file would lose it. */
  unsaved: boolean;
}

/** A file the user chose that could not be opened; the document open before (if any) stays as it was. */
export interface OpenFailure {
  name: string;
  error: unknown;
  /** The name of the document that is still open, or null when there is none. */
  kept: string | null;
}

export interface PreviewDocumentOptions {
  /** Asked before a document with unsaved changes is replaced; false keeps it. */
  confirmReplace(current: OpenFile): boolean;
  /** The suffix of a changed file's download name ("bewerkt"). */
  editedSuffix: string;
  /** "Ga naar" pointed at a place in the document. */
  onReveal?(): void;
}

/**
 * The preview's document: which file is open (the sample first), what the document view shows of it (the
 * last read, what "Ga naar" marks, what the last insert added), the reader's notes, and whether it has
 * changes not downloaded yet. A file that cannot be opened leaves the open document exactly as it was.
 */
export function usePreviewDocument(sample: Promise<Uint8Array>, options: PreviewDocumentOptions) {
  const [opened, setOpened] = useState<OpenFile | null>(null);
  const [loading, setLoading] = useState(true);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [comments, setComments] = useState<readonly DocumentComment[]>([]);
  const [revealed, setRevealed] = useState<Location | null>(null);
  const [inserted, setInserted] = useState<readonly Location[]>([]);
  const [messages, setMessages] = useState<readonly Message[]>([]);
  /** The latest open the user asked for (an older one that finishes later is dropped). */
  const requested = useRef(0);
  /** The open whose host is in use: only its events reach the view. */
  const active = useRef(0);
  /** The open file as the last render saw it, for an open that finishes later. */
  const latest = useRef(opened);
  useEffect(() => {
    latest.current = opened;
  }, [opened]);

  async function open(bytes: Uint8Array, name: string): Promise<void> {
    const token = ++requested.current;
    const mine = () => token === active.current;
    const outcome = await openDocument(bytes, name, {
      onSnapshot: (next) => mine() && setSnapshot(next),
      onComments: (next) => mine() && setComments(next),
      onApplied: (outcome) => {
        if (!mine()) return;
        setInserted(outcome.inserted);
        setRevealed(null);
      },
      onChanged: () =>
        mine() && setOpened((file) => (file ? { ...file, changed: true, unsaved: true } : file)),
      onReveal: (location) => {
        if (!mine()) return;
        setRevealed(location);
        options.onReveal?.();
      },
      onMessage: (message) => mine() && setMessages((shown) => [...shown, message]),
    });
    if (token !== requested.current) return;
    setLoading(false);
    const current = latest.current;
    if (!outcome.ok) {
      setFailure({ name, error: outcome.error, kept: current?.name ?? null });
      return;
    }
    if (current?.unsaved && !options.confirmReplace(current)) return;
    active.current = token;
    setFailure(null);
    setSnapshot(null);
    setComments([]);
    setRevealed(null);
    setInserted([]);
    setMessages([]);
    setOpened({ host: outcome.host, name, changed: false, unsaved: false });
  }

  async function openSample(): Promise<void> {
    try {
      const bytes = await fetchSample();
      setSampleError(null);
      await open(bytes, SAMPLE_NAME);
    } catch (error) {
      setSampleError(error instanceof Error ? error.message : String(error));
      setLoading(false);
    }
  }

  useEffect(() => {
    // On start (the sample promise never changes): the sample is the document until the user opens another.
    // Every state change waits for the fetch, so nothing is set synchronously here.
    sample.then(
      (bytes) => open(bytes, SAMPLE_NAME),
      (error: unknown) => {
        setSampleError(error instanceof Error ? error.message : String(error));
        setLoading(false);
      },
    );
    // `open` is a new function every render; the sample is opened once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sample]);

  useWarnBeforeUnload(opened?.unsaved ?? false);

  return {
    opened,
    loading,
    sampleError,
    failure,
    snapshot,
    comments,
    revealed,
    inserted,
    messages,
    open,
    openSample,
    dismissFailure: () => setFailure(null),
    dismissMessage: (message: Message) => setMessages((shown) => shown.filter((item) => item !== message)),
    /** The user clicked a paragraph: mark it, and tell the pane, as Word tells it about a selection. */
    select(location: Location) {
      setRevealed(location);
      opened?.host.select(location);
    },
    download() {
      if (!opened) return;
      downloadBytes(opened.host.bytes(), downloadName(opened.name, opened.changed, options.editedSuffix));
      setOpened({ ...opened, unsaved: false });
    },
  };
}

/** While there are changes not downloaded, the browser asks before the page is reloaded or closed. */
function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a return value; every browser shows its own words, not ours.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}
