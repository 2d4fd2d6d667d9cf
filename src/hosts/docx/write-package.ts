import { DEFAULT_DOCX_LIMITS } from "./limits";
import {
  decodePart,
  relationshipsPartName,
  resolveTarget,
  type DocxPackage,
  type PartText,
  type Relationship,
  type TextEncodingName,
} from "./package";
import { escapeXmlAttribute, encodePart, parseElements, type XmlElement } from "./write-xml";
import { writeZip } from "./write-zip";
import { createInflateBudget, inflateEntry, type InflateBudget, type ZipEntry } from "./zip";

/**
 * The package as the writer changes it: parts are read from what the reader already inflated (or inflated
 * on demand, within the reader's limits), changed parts are kept as text in their original encoding, new
 * parts are added, and relationships and content types are extended by splicing, so nothing else in those
 * parts changes. `toBytes()` copies every untouched zip entry as it was.
 */

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";
const CONTENT_TYPES_PART = "[Content_Types].xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

interface ChangedPart {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export class PackageEditor {
  private readonly entries: readonly ZipEntry[];
  private readonly inflated: Map<string, Uint8Array>;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, ChangedPart>();
  /** Added parts by name, in the order they were added. */
  private readonly added = new Map<string, ChangedPart>();
  /** Added parts' names as given, by lower-cased name. */
  private readonly addedNames = new Map<string, string>();
  private readonly budget: InflateBudget;

  constructor(parts: DocxPackage) {
    this.entries = parts.entries;
    this.inflated = parts.inflated;
    for (const entry of parts.entries) {
      const key = entry.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
    this.budget = createInflateBudget(
      DEFAULT_DOCX_LIMITS.maxPartBytes,
      DEFAULT_DOCX_LIMITS.maxUncompressedBytes,
    );
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase()) || this.added.has(name.toLowerCase());
  }

  /** The part's current text (changed, added or as stored), or null when there is no such part. */
  readText(name: string): PartText | null {
    const key = name.toLowerCase();
    const current = this.added.get(key) ?? this.changed.get(this.byName.get(key)?.name ?? "");
    if (current) return { text: current.text, encoding: current.encoding, bom: current.bom };
    const entry = this.byName.get(key);
    if (!entry) return null;
    let bytes = this.inflated.get(entry.name);
    if (!bytes) {
      bytes = inflateEntry(entry, this.budget);
      this.inflated.set(entry.name, bytes);
    }
    return decodePart(bytes, entry.name);
  }

  /**
   * Replaces an existing part's text (kept in the encoding it had, unless one is given), or adds a new
   * UTF-8 part.
   */
  writeText(name: string, text: string, encoding?: { encoding: TextEncodingName; bom: boolean }): void {
    const key = name.toLowerCase();
    const entry = this.byName.get(key);
    if (entry) {
      const previous = encoding ?? this.readText(name)!;
      this.changed.set(entry.name, { text, encoding: previous.encoding, bom: previous.bom });
    } else {
      this.added.set(key, { text, encoding: "utf-8", bom: false });
      this.addedNames.set(key, name);
    }
  }

  /** Relationships of a part (null: the package's own), or [] when it has none. */
  relationships(source: string | null): Relationship[] {
    const part = this.readText(relationshipsPartName(source));
    if (part === null) return [];
    const root = parseElements(part.text, relationshipsPartName(source));
    return root.children
      .filter((node) => node.name === "Relationship" || node.name.endsWith(":Relationship"))
      .map((node) => {
        const target = node.attributes.get("Target") ?? "";
        const external = node.attributes.get("TargetMode") === "External";
        return {
          id: node.attributes.get("Id") ?? "",
          type: node.attributes.get("Type") ?? "",
          target: external ? target : resolveTarget(source, target),
          external,
        };
      });
  }

  /** The target part of the first internal relationship of a type (matched on its last segment). */
  findRelated(source: string | null, typeSuffix: string): string | null {
    const relationship = this.relationships(source).find(
      (rel) => !rel.external && rel.type.endsWith(`/${typeSuffix}`),
    );
    return relationship && this.has(relationship.target) ? this.storedName(relationship.target) : null;
  }

  storedName(name: string): string {
    const key = name.toLowerCase();
    return this.byName.get(key)?.name ?? this.addedNames.get(key) ?? name;
  }

  /** Adds a relationship from `source` to `target` (a part name) and returns its id. */
  addRelationship(source: string | null, type: string, target: string): string {
    const relsName = relationshipsPartName(source);
    const existing = this.readText(relsName);
    const used = new Set(this.relationships(source).map((rel) => rel.id));
    let number = used.size + 1;
    while (used.has(`rId${number}`)) number++;
    const id = `rId${number}`;
    const element = (prefix: string) =>
      `<${prefix}Relationship Id="${id}" Type="${escapeXmlAttribute(type)}" Target="${escapeXmlAttribute(relativeTarget(source, target))}"/>`;
    if (existing === null) {
      this.writeText(
        relsName,
        `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${element("")}</Relationships>`,
      );
    } else {
      this.writeText(relsName, appendToRoot(existing.text, relsName, element));
    }
    return id;
  }

  /** Declares a part's content type with an Override, unless the package already gives it that type. */
  addContentType(partName: string, contentType: string): void {
    const part = this.readText(CONTENT_TYPES_PART);
    const element = (prefix: string) =>
      `<${prefix}Override PartName="/${escapeXmlAttribute(partName)}" ContentType="${escapeXmlAttribute(contentType)}"/>`;
    if (part === null) {
      this.writeText(
        CONTENT_TYPES_PART,
        `${DECLARATION}<Types xmlns="${CONTENT_TYPES_NAMESPACE}">${element("")}</Types>`,
      );
      return;
    }
    const root = parseElements(part.text, CONTENT_TYPES_PART);
    const declared = root.children.some(
      (node) =>
        node.name.endsWith("Override") &&
        (node.attributes.get("PartName") ?? "").replace(/^\//, "").toLowerCase() === partName.toLowerCase(),
    );
    if (declared) return;
    this.writeText(CONTENT_TYPES_PART, appendToRoot(part.text, CONTENT_TYPES_PART, element));
  }

  /** A part name in `folder` that is not taken yet: `comments.xml`, else `comments1.xml`, … */
  freePartName(folder: string, base: string, extension: string): string {
    let name = `${folder}${base}.${extension}`;
    for (let n = 1; this.has(name); n++) name = `${folder}${base}${n}.${extension}`;
    return name;
  }

  get changedParts(): string[] {
    return [...this.changed.keys(), ...[...this.added.keys()].map((key) => this.addedNames.get(key)!)];
  }

  toBytes(): Uint8Array<ArrayBuffer> {
    const replaced = new Map<string, Uint8Array>();
    for (const [name, part] of this.changed)
      replaced.set(name, encodePart(part.text, part.encoding, part.bom));
    const added = [...this.added].map(([key, part]) => ({
      name: this.addedNames.get(key)!,
      data: encodePart(part.text, part.encoding, part.bom),
    }));
    return writeZip(this.entries, { replaced, added });
  }
}

/** Inserts an element as the root's last child, in the root's own prefix. */
export function appendToRoot(xml: string, part: string, element: (prefix: string) => string): string {
  const root = parseElements(xml, part);
  const rawName = /^<([^\s/>]+)/.exec(xml.slice(root.start, root.openEnd))?.[1] ?? "";
  const colon = rawName.indexOf(":");
  const prefix = colon === -1 ? "" : rawName.slice(0, colon + 1);
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, root.start)}${open}${element(prefix)}</${rawName}>${xml.slice(root.end)}`;
  }
  return xml.slice(0, root.closeStart) + element(prefix) + xml.slice(root.closeStart);
}

/** The last child element of the root with the given (canonical or local) name. */
export function lastChildNamed(root: XmlElement, name: string): XmlElement | undefined {
  const matches = root.children.filter((node) => node.name === name || node.name.endsWith(`:${name}`));
  return matches[matches.length - 1];
}

/** A relationship target relative to the source part's folder ("comments.xml" from word/document.xml). */
function relativeTarget(source: string | null, target: string): string {
  if (source === null) return target;
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  if (target.startsWith(folder)) return encodeURI(target.slice(folder.length));
  return `/${encodeURI(target)}`;
}
