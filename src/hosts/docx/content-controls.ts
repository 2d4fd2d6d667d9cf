import type { ContentTag } from "../../core/plans/schema";
import type { DocumentStructure } from "./apply-structure";
import { escapeXmlAttribute } from "./write-xml";
import { fnv1a } from "../../core/text/fingerprint";

/** Content-control ids must be unique in the document; new ones are derived from the tag, stable per run. */
export class ContentControlIds {
  private readonly used: Set<number>;
  constructor(structure: DocumentStructure) {
    this.used = new Set(structure.contentControlIds);
  }

  next(seed: string): number {
    let id = (fnv1a(seed) >>> 1) % 0x7fffffff || 1;
    while (this.used.has(id)) id = (id % 0x7ffffffe) + 1;
    this.used.add(id);
    return id;
  }
}

/** A block-level content control (`w:sdt`) around rendered paragraphs, with the tag and title shown in Word. */
export function wrapInContentControl(control: ContentTag, body: string, ids: ContentControlIds): string {
  const id = ids.next(control.tag);
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXmlAttribute(control.title)}"/>` +
    `<w:tag w:val="${escapeXmlAttribute(control.tag)}"/><w:id w:val="${id}"/></w:sdtPr>` +
    `<w:sdtContent>${body}</w:sdtContent></w:sdt>`
  );
}
