import { message, type Message } from "../../core/common";
import { failNoDocument, failXmlInvalid, type FileKind } from "./errors";
import type { DocxLimits } from "./limits";
import { parseXmlTree } from "./xml";
import { createInflateBudget, inflateEntry, readZipEntries, type InflateBudget, type ZipEntry } from "./zip";

/**
 * The Open Packaging Conventions layer: which zip entry is the main document, which are its styles and
 * numbering (found through relationships, never by guessing names first), and decoding parts to text.
 */

/** The package as read: every zip entry still compressed, plus the parts the reader inflated. */
export interface DocxPackage {
  /** Every zip entry in central-directory order; `data` holds its untouched compressed bytes. */
  entries: ZipEntry[];
  /** The parts the reader uncompressed, by entry name as stored: exactly the bytes of the part. */
  inflated: Map<string, Uint8Array>;
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target for external relationships. */
  target: string;
  external: boolean;
}

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

export interface PartText {
  text: string;
  encoding: TextEncodingName;
  /** The part started with a byte-order mark (not part of `text`). */
  bom: boolean;
}

const WORD_MAIN_CONTENT_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
];

const EXCEL: FileKind = { nl: "een Excel-werkmap", en: "an Excel workbook" };
const POWERPOINT: FileKind = { nl: "een PowerPoint-presentatie", en: "a PowerPoint presentation" };
const OPEN_DOCUMENT: FileKind = {
  nl: "een OpenDocument-bestand (LibreOffice, .odt); sla het daar op als Word-document (.docx)",
  en: "an OpenDocument file (LibreOffice, .odt); save it there as a Word document (.docx)",
};

/** Opens the zip, keeping a shared budget for everything inflated from it. */
export class PackageReader {
  readonly package: DocxPackage;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget;

  constructor(bytes: Uint8Array, limits: DocxLimits) {
    const entries = readZipEntries(bytes);
    this.package = { entries, inflated: new Map() };
    // Part names are case-insensitive in OPC; the first entry wins if a broken zip repeats one.
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
    this.budget = createInflateBudget(limits.maxPartBytes, limits.maxUncompressedBytes);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The stored name of a part ("word/document.xml"), or null when the package has no such part. */
  storedName(name: string): string | null {
    return this.byName.get(name.toLowerCase())?.name ?? null;
  }

  /** Inflates a part (once), within the limits. */
  readBytes(name: string): Uint8Array | null {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    const cached = this.package.inflated.get(entry.name);
    if (cached) return cached;
    const bytes = inflateEntry(entry, this.budget);
    this.package.inflated.set(entry.name, bytes);
    return bytes;
  }

  readText(name: string): PartText | null {
    const bytes = this.readBytes(name);
    return bytes === null ? null : decodePart(bytes, this.storedName(name) ?? name);
  }

  readRelationships(sourcePart: string | null): Relationship[] | null {
    const relsName = relationshipsPartName(sourcePart);
    const part = this.readText(relsName);
    if (part === null) return null;
    const root = parseXmlTree(part.text, relsName);
    const relationships: Relationship[] = [];
    for (const node of root.children) {
      if (node.name !== "Relationship") continue;
      const target = node.attributes.get("Target") ?? "";
      const external = node.attributes.get("TargetMode") === "External";
      relationships.push({
        id: node.attributes.get("Id") ?? "",
        type: node.attributes.get("Type") ?? "",
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    }
    return relationships;
  }

  /** Content type of a part from [Content_Types].xml, or null when the package does not say. */
  contentType(name: string): string | null {
    const types = this.readContentTypes();
    if (types === null) return null;
    const override = types.overrides.get(name.toLowerCase());
    if (override !== undefined) return override;
    const dot = name.lastIndexOf(".");
    return dot === -1 ? null : (types.defaults.get(name.slice(dot + 1).toLowerCase()) ?? null);
  }

  private contentTypes: { overrides: Map<string, string>; defaults: Map<string, string> } | null | undefined;

  private readContentTypes() {
    if (this.contentTypes !== undefined) return this.contentTypes;
    const part = this.readText("[Content_Types].xml");
    if (part === null) return (this.contentTypes = null);
    const root = parseXmlTree(part.text, "[Content_Types].xml");
    const overrides = new Map<string, string>();
    const defaults = new Map<string, string>();
    for (const node of root.children) {
      const type = node.attributes.get("ContentType")?.toLowerCase();
      if (type === undefined) continue;
      const partName = node.attributes.get("PartName");
      const extension = node.attributes.get("Extension");
      if (node.name === "Override" && partName)
        overrides.set(partName.replace(/^\//, "").toLowerCase(), type);
      if (node.name === "Default" && extension) defaults.set(extension.toLowerCase(), type);
    }
    return (this.contentTypes = { overrides, defaults });
  }

  /**
   * The main document part, through the package relationships. Refuses packages that hold something else
   * (a workbook, a presentation, an OpenDocument file, any other zip) with `no-document`.
   */
  findMainDocument(messages: Message[]): string {
    const relationships = this.readRelationships(null);
    const main = relationships?.find((rel) => !rel.external && rel.type.endsWith("/officeDocument"));
    if (main && this.has(main.target)) {
      const type = this.contentType(main.target);
      if (type !== null && !WORD_MAIN_CONTENT_TYPES.includes(type))
        throw failNoDocument(describeContentType(type));
      return this.storedName(main.target)!;
    }
    if (!main && this.has("word/document.xml")) {
      // Word itself would refuse, but the content is there: read it and say the package was incomplete.
      messages.push(
        message(
          "warning",
          "package-incomplete",
          "Het pakket mist de verwijzing naar het hoofddocument; word/document.xml is toch gelezen.",
          "The package lacks the reference to its main document; word/document.xml was read anyway.",
        ),
      );
      return this.storedName("word/document.xml")!;
    }
    throw failNoDocument(this.describePackage());
  }

  private describePackage(): FileKind | null {
    if (
      this.has("mimetype") &&
      this.readText("mimetype")?.text.startsWith("application/vnd.oasis.opendocument")
    ) {
      return OPEN_DOCUMENT;
    }
    if (this.has("xl/workbook.xml")) return EXCEL;
    if (this.has("ppt/presentation.xml")) return POWERPOINT;
    return null;
  }
}

function describeContentType(type: string): FileKind | null {
  if (type.includes("spreadsheetml") || type.includes("ms-excel")) return EXCEL;
  if (type.includes("presentationml") || type.includes("ms-powerpoint")) return POWERPOINT;
  return null;
}

/** "_rels/.rels" for the package, "word/_rels/document.xml.rels" for "word/document.xml". */
export function relationshipsPartName(sourcePart: string | null): string {
  if (sourcePart === null) return "_rels/.rels";
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (a relative URI) against the folder of its source part. */
export function resolveTarget(sourcePart: string | null, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is taken literally.
  }
  const base = sourcePart === null || decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes a part: UTF-8, or UTF-16 when it starts with a byte-order mark (all XML allows). */
export function decodePart(bytes: Uint8Array, part: string): PartText {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return { text: utf8Decoder.decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return {
        text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes),
        encoding: "utf-16le",
        bom: true,
      };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return {
        text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes),
        encoding: "utf-16be",
        bom: true,
      };
    }
    return { text: utf8Decoder.decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    throw failXmlInvalid(part, null, {
      nl: "de tekst is geen geldige UTF-8 of UTF-16",
      en: "the text is not valid UTF-8 or UTF-16",
    });
  }
}
