import type { Location, Message } from "../../core/common";
import { readDocxComments } from "./read-comments";
import { PackageEditor } from "./write-package";
import type { HostAdapter, HostCapabilities } from "../../core/host";
import { applyPlan, documentChangedError } from "./apply-plan";
import { addDocxComments } from "./comments";
import { readDocx, type DocxDocument } from "./read-docx";
import { readIgnores, writeIgnores } from "./settings";

/**
 * The HostAdapter over a .docx file held in memory, for the browser preview, the CLI and tests. It runs in
 * browsers as well as in Node: no file system, only fflate and the project's own XML scanner.
 *
 * Creating the host reads the file, so a file that is no usable .docx is refused right away with the
 * reader's ProfielwijzerError (corrupt, encrypted, not a Word document…).
 *
 * Like the Word adapter it remembers what it last read: after it changed the document's blocks itself
 * (an applied plan), a plan or comments made from the earlier read are refused until the next `read()`.
 * Comments and the ignore list change the file but not its blocks, so they do not make a read stale.
 */

export interface DocxHostOptions {
  /** File name, for the snapshot and messages. */
  name: string;
  /** Called by `reveal` (the preview scrolls to and highlights the location). */
  onReveal?: (location: Location) => void;
  /** Receives what has no place in a return value (a damaged ignore list), so the UI can show it. */
  onMessage?: (message: Message) => void;
  /** Date written on comments (defaults to now). */
  now?: () => Date;
}

export interface DocxHost extends HostAdapter {
  readonly kind: "docx";
  /** The current file, with everything applied so far (for "download"). */
  bytes(): Uint8Array<ArrayBuffer>;
  /** The document's comments as they are now, with the paragraphs they are about (the preview shows them). */
  comments(): DocumentComment[];
}

export interface DocumentComment {
  author: string | null;
  text: string;
  location: Location | null;
}

type Memory = "none" | "read" | "applied";

export function createDocxHost(initial: Uint8Array, options: DocxHostOptions): DocxHost {
  let bytes = copyBytes(initial);
  let parsed: { document: DocxDocument; messages: Message[] } | null = null;
  let memory: Memory = "none";

  const current = () => {
    if (!parsed) {
      const result = readDocx(bytes, { name: options.name });
      parsed = { document: result.value, messages: result.messages };
    }
    return parsed;
  };
  const replace = (next: Uint8Array<ArrayBuffer>) => {
    bytes = next;
    parsed = null;
  };
  // Opening refuses a file that is no usable .docx at once (with the reader's message); read() reuses this.
  current();
  const report = (messages: Message[]) => {
    for (const item of messages) options.onMessage?.(item);
  };

  return {
    kind: "docx",

    async read() {
      const { document, messages } = current();
      memory = "read";
      return { value: document.snapshot, messages };
    },

    async apply(plan) {
      if (memory === "applied") throw documentChangedError();
      const result = applyPlan(current().document, plan);
      replace(result.value.bytes);
      memory = "applied";
      return { value: { inserted: result.value.inserted }, messages: result.messages };
    },

    async reveal(location) {
      options.onReveal?.(location);
    },

    async addComments(findings, language) {
      if (memory === "applied") throw documentChangedError();
      const result = addDocxComments(current().document, findings, language, { now: options.now?.() });
      if (result.value.bytes) replace(result.value.bytes);
      const { added, updated, removed } = result.value;
      return { value: { added, updated, removed }, messages: result.messages };
    },

    async loadIgnored() {
      const { ignores, messages } = readIgnores(current().document);
      report(messages);
      return ignores;
    },

    async saveIgnored(ignores) {
      const result = writeIgnores(current().document, ignores);
      replace(result.bytes);
      report(result.messages);
    },

    capabilities(): HostCapabilities {
      return { comments: true, settings: true, selectionEvents: false, contentControls: true };
    },

    bytes() {
      return copyBytes(bytes);
    },

    comments() {
      const document = current().document;
      return readDocxComments(document, new PackageEditor(document.parts)).map(
        ({ author, text, location }) => ({ author, text, location }),
      );
    },
  };
}

/** The host keeps its own copy, so the caller's buffer can change (or be transferred) without harm. */
function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}
