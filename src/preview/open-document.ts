import type { Location, Message } from "../core/common";
import { createPreviewHost, type FileHost, type PreviewHost, type PreviewHostEvents } from "./preview-host";

/** The built-in sample, copied next to preview.html by webpack (fetched from our own origin). */
export const SAMPLE_URL = "samples/seed-000-functieprofiel.docx";
export const SAMPLE_NAME = "seed-000-functieprofiel.docx";

/** An opened file, or why it could not be opened (the reader's own error: corrupt, not a .docx, encrypted…). */
export type OpenOutcome = { ok: true; host: PreviewHost } | { ok: false; error: unknown };

/**
 * Opens .docx bytes as a preview host. The reader and writer come as their own chunk. A file they refuse
 * gives its error and no host, so the caller keeps the document that was open before.
 */
export async function openDocument(
  bytes: Uint8Array,
  name: string,
  events: PreviewHostEvents & { onReveal(location: Location): void; onMessage(message: Message): void },
): Promise<OpenOutcome> {
  try {
    const { createDocxHost } = await loadDocxHost();
    const inner: FileHost = createDocxHost(bytes, {
      name,
      onReveal: events.onReveal,
      onMessage: events.onMessage,
    });
    return { ok: true, host: createPreviewHost(inner, events) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The name to suggest for the download of a changed file: `profiel.docx` becomes `profiel (bewerkt).docx`
 * (the suffix in the pane's language), once; an unchanged file keeps its own name.
 */
export function downloadName(name: string, changed: boolean, suffix: string): string {
  if (!changed) return name;
  const base = name.replace(/\.docx$/i, "");
  return base.endsWith(` (${suffix})`) ? `${base}.docx` : `${base} (${suffix}).docx`;
}

let docxHostModule: Promise<typeof import("../hosts/docx/docx-host")> | null = null;

/** The .docx reader and writer, fetched once; call early so it loads while the sample downloads. */
export function loadDocxHost(): Promise<typeof import("../hosts/docx/docx-host")> {
  docxHostModule ??= import("../hosts/docx/docx-host");
  return docxHostModule;
}

/** Fetches the sample from our own origin. */
export async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Offers the file as a download under the given name. */
export function downloadBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes.slice()], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
