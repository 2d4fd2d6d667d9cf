import type { Location } from "../../core/common";
import type { BlockSource } from "./read-body";
import type { DocxDocument } from "./read-docx";
import type { PackageEditor } from "./write-package";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlScanner } from "./xml";

/**
 * The document's comments as a reader sees them: who wrote what, and which paragraphs it is about. The
 * preview shows them beside the text; the comment writer finds its own among them.
 */

export interface DocxComment {
  id: string;
  author: string | null;
  /** Plain text, paragraphs joined by a line break. */
  text: string;
  /** The commented paragraphs (null when the body has no mark for it). */
  location: Location | null;
  /** The `w:comment` element in the comments part. */
  span: { start: number; end: number };
}

/** The comments part's entries, in order. */
export function readCommentEntries(xml: string, part: string): Omit<DocxComment, "location">[] {
  const scanner = new XmlScanner(xml, part);
  const entries: Omit<DocxComment, "location">[] = [];
  let current: { id: string; author: string | null; start: number; paragraphs: string[] } | null = null;
  let inText = false;
  for (let event = scanner.next(); event !== XML_END; event = scanner.next()) {
    if (event === XML_OPEN) {
      if (scanner.name === "w:comment") {
        current = {
          id: scanner.attribute("w:id") ?? "",
          author: scanner.attribute("w:author"),
          start: scanner.start,
          paragraphs: [],
        };
      } else if (current && scanner.name === "w:p") current.paragraphs.push("");
      else if (current && scanner.name === "w:t") inText = true;
      else if (current && scanner.name === "w:tab") appendText(current.paragraphs, "\t");
    } else if (event === XML_TEXT && inText && current) {
      appendText(current.paragraphs, scanner.text());
    } else if (event === XML_CLOSE) {
      if (scanner.name === "w:t") inText = false;
      else if (scanner.name === "w:comment" && current) {
        entries.push({
          id: current.id,
          author: current.author,
          text: current.paragraphs.join("\n"),
          span: { start: current.start, end: scanner.end },
        });
        current = null;
      }
    }
  }
  return entries;
}

function appendText(paragraphs: string[], text: string): void {
  if (paragraphs.length === 0) paragraphs.push("");
  paragraphs[paragraphs.length - 1] += text;
}

/** The block whose paragraph holds an offset of document.xml (sources are in document order). */
function blockAt(sources: readonly BlockSource[], offset: number): number | null {
  let low = 0;
  let high = sources.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = sources[middle]!.paragraph;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  // A mark between paragraphs belongs to the next one.
  return low < sources.length ? low : null;
}

/** Where each comment's range starts and ends in the body, by comment id. */
export function readCommentAnchors(document: DocxDocument): Map<string, Location> {
  const scanner = new XmlScanner(document.documentXml, document.documentPath);
  const starts = new Map<string, number>();
  const anchors = new Map<string, Location>();
  for (let event = scanner.next(); event !== XML_END; event = scanner.next()) {
    if (event !== XML_OPEN) continue;
    const name = scanner.name;
    if (name !== "w:commentRangeStart" && name !== "w:commentRangeEnd" && name !== "w:commentReference")
      continue;
    const id = scanner.attribute("w:id");
    const block = id === null ? null : blockAt(document.sources, scanner.start);
    if (id === null || block === null) continue;
    if (name === "w:commentRangeStart") starts.set(id, block);
    else {
      const start = Math.min(starts.get(id) ?? block, anchors.get(id)?.start ?? block);
      anchors.set(id, { start, end: Math.max(block, anchors.get(id)?.end ?? block) });
    }
  }
  for (const [id, start] of starts) if (!anchors.has(id)) anchors.set(id, { start, end: start });
  return anchors;
}

/** Every comment of the document with the paragraphs it is about; [] when it has none. */
export function readDocxComments(document: DocxDocument, editor: PackageEditor): DocxComment[] {
  const part = editor.findRelated(document.documentPath, "comments");
  const text = part ? editor.readText(part)?.text : undefined;
  if (!part || text === undefined) return [];
  const anchors = readCommentAnchors(document);
  return readCommentEntries(text, part).map((entry) => ({
    ...entry,
    location: anchors.get(entry.id) ?? null,
  }));
}
