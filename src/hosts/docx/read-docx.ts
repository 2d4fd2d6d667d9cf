import { isProfielwijzerError, ProfielwijzerError, type Message, type Result } from "../../core/common";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import { checkContainer } from "./container";
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
import { Numbering } from "./numbering";
import { PackageReader, type DocxPackage, type TextEncodingName } from "./package";
import { readBody, type BlockSource } from "./read-body";
import { StyleSheet } from "./styles";
import { firstChild, parseElements } from "./write-xml";
import { parseXmlTree, type XmlNode } from "./xml";

/**
 * Reads a .docx file into a DocumentSnapshot, plus what a writer needs to change the file later without
 * touching anything else: the package's untouched compressed entries, the main document's XML text exactly
 * as read, and for every block where its paragraph, properties, table, cell, content control and each
 * piece of its text sit in that XML.
 *
 * Throws a ProfielwijzerError only when the file cannot be used at all (see errors.ts for the codes);
 * anything skipped or not understood is a message in the result.
 */

export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
export type { DocxPackage } from "./package";
export type { BlockPiece, BlockSource, XmlSpan } from "./read-body";
export type { ZipEntry } from "./zip";

export interface DocxDocument {
  snapshot: DocumentSnapshot;
  /** The package: every zip entry still compressed (to copy back untouched), plus the parts inflated here. */
  parts: DocxPackage;
  /** Path of the main document part (usually word/document.xml; found through _rels/.rels). */
  documentPath: string;
  /**
   * The main document part's XML text exactly as read (a leading byte-order mark is not part of it); a body
   * without any paragraph gets one empty paragraph, as in Word.
   */
  documentXml: string;
  /** How documentXml was stored, to write it back the same way. */
  documentEncoding: { encoding: TextEncodingName; bom: boolean };
  /** One entry per snapshot block: where that paragraph lives in documentXml. */
  sources: BlockSource[];
}

export interface ReadDocxOptions {
  /** File name, for the snapshot and messages. */
  name?: string;
  limits?: Partial<DocxLimits>;
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Result<DocxDocument> {
  const limits = mergeLimits(options.limits);
  try {
    return readPackage(bytes, options.name ?? null, limits);
  } catch (error) {
    if (isProfielwijzerError(error)) throw error;
    // A bug or an exhausted engine (e.g. a string too long for this JavaScript engine) must still reach the
    // user as a clear message, not as a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProfielwijzerError(
      "read-failed",
      {
        nl: `Het bestand kon niet worden gelezen door een onverwachte fout (${reason}).`,
        en: `The file could not be read because of an unexpected error (${reason}).`,
      },
      { cause: error },
    );
  }
}

export function readDocxSnapshot(bytes: Uint8Array, options: ReadDocxOptions = {}): Result<DocumentSnapshot> {
  const { value, messages } = readDocx(bytes, options);
  return { value: value.snapshot, messages };
}

function readPackage(bytes: Uint8Array, name: string | null, limits: DocxLimits): Result<DocxDocument> {
  checkContainer(bytes, limits);
  const reader = new PackageReader(bytes, limits);
  const messages: Message[] = [];
  const documentPath = reader.findMainDocument(messages);
  const documentPart = reader.readText(documentPath)!;

  const relationships = reader.readRelationships(documentPath);
  const folder = documentPath.slice(0, documentPath.lastIndexOf("/") + 1);
  const partFor = (type: string, fallback: string): string | null => {
    // Without a relationships part, look where Word puts them.
    if (relationships === null) return reader.has(folder + fallback) ? folder + fallback : null;
    const relationship = relationships.find((rel) => !rel.external && rel.type.endsWith(`/${type}`));
    return relationship && reader.has(relationship.target) ? relationship.target : null;
  };
  const readTree = (path: string | null): XmlNode | null => {
    if (path === null) return null;
    const part = reader.readText(path)!;
    return parseXmlTree(part.text, reader.storedName(path) ?? path);
  };
  const styles = new StyleSheet(readTree(partFor("styles", "styles.xml")));
  const numbering = new Numbering(readTree(partFor("numbering", "numbering.xml")), styles);

  let documentXml = documentPart.text;
  let body = readBody(documentXml, documentPath, styles, numbering, messages);
  const opened = body.blocks.length === 0 ? withEmptyParagraph(documentXml, documentPath) : null;
  if (opened !== null) {
    documentXml = opened;
    body = readBody(documentXml, documentPath, styles, numbering, messages);
  }
  return {
    value: {
      snapshot: { source: { kind: "docx", name }, blocks: body.blocks },
      parts: reader.package,
      documentPath,
      documentXml,
      documentEncoding: { encoding: documentPart.encoding, bom: documentPart.bom },
      sources: body.sources,
    },
    messages,
  };
}

/**
 * A body without a single paragraph, as Word shows it: one empty paragraph (Word's own API always has one to
 * insert at, so the template skeleton has a place to go). Only the text held in memory changes; the file's
 * bytes change when something is written. Null when there is no body to put it in.
 */
function withEmptyParagraph(xml: string, part: string): string | null {
  const body = firstChild(parseElements(xml, part), "w:body");
  if (!body) return null;
  const rawName = /^<([^\s/>]+)/.exec(xml.slice(body.start, body.openEnd))?.[1] ?? "w:body";
  const colon = rawName.indexOf(":");
  const paragraph = `<${colon === -1 ? "" : rawName.slice(0, colon + 1)}p/>`;
  if (!body.selfClosing) return xml.slice(0, body.openEnd) + paragraph + xml.slice(body.openEnd);
  const open = xml.slice(body.start, body.end).replace(/\s*\/>$/, ">");
  return `${xml.slice(0, body.start)}${open}${paragraph}</${rawName}>${xml.slice(body.end)}`;
}

function mergeLimits(overrides: Partial<DocxLimits> | undefined): DocxLimits {
  const limits = { ...DEFAULT_DOCX_LIMITS };
  for (const key of Object.keys(limits) as (keyof DocxLimits)[]) {
    const value = overrides?.[key];
    if (value !== undefined && Number.isFinite(value) && value >= 0) limits[key] = value;
  }
  return limits;
}
