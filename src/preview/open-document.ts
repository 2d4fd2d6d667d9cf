import type { Location, Message } from "../core/common";
import {
  createFailedHost,
  createPreviewHost,
  type FileHost,
  type PreviewHost,
  type PreviewHostEvents,
} from "./preview-host";

/** The built-in sample, copied next to preview.html by webpack (fetched from our own origin). */
export const SAMPLE_URL = "samples/seed-000-functieprofiel.docx";
export const SAMPLE_NAME = "seed-000-functieprofiel.docx";

/**
 * Opens .docx bytes as a preview host. The reader and writer come as their own chunk; a file they refuse
 * becomes a host whose reads fail with the reader's message, so the pane shows it in its error state.
 */
export async function openDocument(
  bytes: Uint8Array,
  name: string,
  events: PreviewHostEvents & { onReveal(location: Location): void; onMessage(message: Message): void },
): Promise<PreviewHost> {
  try {
    const { createDocxHost } = await loadDocxHost();
    const inner: FileHost = createDocxHost(bytes, {
      name,
      onReveal: events.onReveal,
      onMessage: events.onMessage,
    });
    return createPreviewHost(inner, events);
  } catch (error) {
    return createFailedHost(error);
  }
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

/** Offers the current file as a download under its own name. */
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
