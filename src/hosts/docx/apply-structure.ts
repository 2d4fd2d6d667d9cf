import type { BlockSource } from "./read-body";
import type { FragmentContext } from "./write-xml";
import { XML_CLOSE, XML_END, XML_OPEN, XmlScanner } from "./xml";

/**
 * The block structure of the main document part, with exact offsets: body, paragraphs, tables, rows,
 * cells and content controls, each linked to its parent. The writer needs what the reader's source map
 * does not say: whether a paragraph is the first or last thing in its container (to insert beside the
 * table or content control around it), what comes next to an insertion point, the section's page width,
 * and which content-control ids are taken. Paragraph content is skipped, so the pass is cheap.
 */

export type StructureKind = "body" | "p" | "tbl" | "tr" | "tc" | "sdt" | "sdtContent" | "sectPr";

export interface StructureNode {
  kind: StructureKind;
  start: number;
  /** End of the open tag. */
  openEnd: number;
  /** Start of the close tag (equals `end` when self-closing). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  parent: StructureNode | null;
  children: StructureNode[];
  /** The properties child (`w:pPr`, `w:tblPr`, `w:trPr`, `w:tcPr`, `w:sdtPr`), if any. */
  properties: { start: number; end: number } | null;
  /** `w:tblGrid` of a table. */
  grid: { start: number; end: number } | null;
}

export interface DocumentStructure {
  body: StructureNode | null;
  /** Paragraph nodes by the offset where they start. */
  paragraphs: Map<number, StructureNode>;
  /** Row nodes by start offset. */
  rows: Map<number, StructureNode>;
  /** Content-control ids (`w:sdtPr/w:id`) in use. */
  contentControlIds: Set<number>;
  /** Whether the root binds the `w` prefix to WordprocessingML, so new elements may use it as is. */
  wPrefixBound: boolean;
  fragment: FragmentContext;
}

const KINDS: ReadonlyMap<string, StructureKind> = new Map([
  ["w:body", "body"],
  ["w:p", "p"],
  ["w:tbl", "tbl"],
  ["w:tr", "tr"],
  ["w:tc", "tc"],
  ["w:sdt", "sdt"],
  ["w:sdtContent", "sdtContent"],
  ["w:sectPr", "sectPr"],
]);

const PROPERTIES: ReadonlyMap<string, StructureKind> = new Map([
  ["w:pPr", "p"],
  ["w:tblPr", "tbl"],
  ["w:trPr", "tr"],
  ["w:tcPr", "tc"],
  ["w:sdtPr", "sdt"],
]);

const W_NAMESPACES = [
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
];

export function readStructure(xml: string, part: string): DocumentStructure {
  const scanner = new XmlScanner(xml, part);
  const paragraphs = new Map<number, StructureNode>();
  const rows = new Map<number, StructureNode>();
  const contentControlIds = new Set<number>();
  /** One entry per open element: the structure node it is, or null. */
  const stack: (StructureNode | null)[] = [];
  let body: StructureNode | null = null;
  let fragment: FragmentContext = { rootOpenTag: "", rootRawName: "", part };
  let wPrefixBound = false;

  const nearest = (): StructureNode | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]) return stack[i]!;
    return null;
  };

  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_CLOSE) {
      const node = stack.pop();
      if (node && !node.selfClosing) {
        node.closeStart = scanner.start;
        node.end = scanner.end;
      }
      continue;
    }
    if (event !== XML_OPEN) continue;
    if (scanner.depth === 1) {
      const rootOpenTag = xml.slice(scanner.start, scanner.end);
      const rawName = /^<([^\s/>]+)/.exec(rootOpenTag)?.[1] ?? "w:document";
      fragment = { rootOpenTag, rootRawName: rawName, part };
      const declared = scanner.attribute("xmlns:w");
      wPrefixBound = declared !== null && W_NAMESPACES.includes(declared);
      stack.push(null);
      continue;
    }
    const parent = nearest();
    const propertyOf = PROPERTIES.get(scanner.name);
    if (propertyOf !== undefined && parent?.kind === propertyOf && stack[stack.length - 1] === parent) {
      const start = scanner.start;
      if (propertyOf === "sdt") readContentControlId(scanner, contentControlIds);
      else scanner.skipElement();
      if (parent.properties === null) parent.properties = { start, end: scanner.end };
      continue;
    }
    if (scanner.name === "w:tblGrid" && parent?.kind === "tbl") {
      const start = scanner.start;
      scanner.skipElement();
      parent.grid = { start, end: scanner.end };
      continue;
    }
    const kind = KINDS.get(scanner.name);
    // Inside a paragraph only its properties matter (text boxes there hold no blocks).
    if (parent?.kind === "p" || parent?.kind === "sectPr") {
      scanner.skipElement();
      continue;
    }
    if (kind === undefined) {
      stack.push(null);
      continue;
    }
    const node: StructureNode = {
      kind,
      start: scanner.start,
      openEnd: scanner.end,
      closeStart: scanner.end,
      end: scanner.end,
      selfClosing: scanner.selfClosing,
      parent,
      children: [],
      properties: null,
      grid: null,
    };
    parent?.children.push(node);
    if (kind === "body" && body === null) body = node;
    if (kind === "p") paragraphs.set(node.start, node);
    if (kind === "tr") rows.set(node.start, node);
    stack.push(node);
  }
  return { body, paragraphs, rows, contentControlIds, wPrefixBound, fragment };
}

function readContentControlId(scanner: XmlScanner, ids: Set<number>): void {
  const depth = scanner.depth;
  if (scanner.selfClosing) {
    scanner.next();
    return;
  }
  for (;;) {
    const event = scanner.next();
    if (event === XML_CLOSE && scanner.depth < depth) return;
    if (event === XML_OPEN && scanner.depth === depth + 1 && scanner.name === "w:id") {
      const value = Number.parseInt(scanner.attribute("w:val") ?? "", 10);
      if (Number.isFinite(value)) ids.add(value);
    }
  }
}

/** Block-level content that can sit next to a paragraph: what "first" and "last" are counted among. */
function isContent(node: StructureNode): boolean {
  return (
    node.kind === "p" ||
    node.kind === "tbl" ||
    node.kind === "sdt" ||
    node.kind === "tr" ||
    node.kind === "tc"
  );
}

function contentChildren(node: StructureNode): StructureNode[] {
  return node.children.filter(isContent);
}

export function isFirstContent(node: StructureNode): boolean {
  return node.parent !== null && contentChildren(node.parent)[0] === node;
}

export function isLastContent(node: StructureNode): boolean {
  const siblings = node.parent ? contentChildren(node.parent) : [];
  return siblings[siblings.length - 1] === node;
}

/** The paragraph node of a block. */
export function paragraphNode(structure: DocumentStructure, source: BlockSource): StructureNode {
  const node = structure.paragraphs.get(source.paragraph.start);
  if (!node) throw new Error(`no paragraph at ${source.paragraph.start}`);
  return node;
}

/**
 * Where content inserted before or after a paragraph goes. A content control is stepped out of when the
 * paragraph is its first (before) or last (after) content, so new text does not join a tagged control.
 * Before the very first paragraph of a table, the content goes before the table: plans say "before this
 * block" to mean "before what this block starts", and a new heading must not land inside a heading bar.
 */
export function placeBeside(paragraph: StructureNode, position: "before" | "after"): StructureNode {
  let node = paragraph;
  for (;;) {
    const parent = node.parent;
    if (!parent) return node;
    const atEdge = position === "before" ? isFirstContent(node) : isLastContent(node);
    if (!atEdge) return node;
    if (parent.kind === "sdtContent" && parent.parent?.kind === "sdt") {
      node = parent.parent;
      continue;
    }
    if (position === "before" && parent.kind === "tc") {
      const row = parent.parent?.kind === "tr" ? parent.parent : parent.parent?.parent?.parent;
      const table = row?.parent?.kind === "tbl" ? row.parent : row?.parent?.parent?.parent;
      if (
        row?.kind === "tr" &&
        table?.kind === "tbl" &&
        firstDescendantParagraph(table) === firstDescendantParagraph(parent)
      ) {
        node = table;
        continue;
      }
    }
    return node;
  }
}

function firstDescendantParagraph(node: StructureNode): StructureNode | null {
  if (node.kind === "p") return node;
  for (const child of node.children) {
    const found = firstDescendantParagraph(child);
    if (found) return found;
  }
  return null;
}

/** The kinds of content next to an insertion before or after `node`: "none" at a container's edge. */
export function neighbours(
  node: StructureNode,
  position: "before" | "after",
): { previous: StructureKind | "none"; next: StructureKind | "none" } {
  const siblings = node.parent ? node.parent.children : [];
  const index = siblings.indexOf(node);
  const kindAt = (at: number): StructureKind | "none" => siblings[at]?.kind ?? "none";
  return position === "before"
    ? { previous: kindAt(index - 1), next: node.kind }
    : { previous: node.kind, next: kindAt(index + 1) };
}

/** The usable width of the body's last section in twips (page width minus margins and gutter). */
export function readTextWidth(xml: string, structure: DocumentStructure): number {
  const sectPr = structure.body?.children.filter((node) => node.kind === "sectPr").pop();
  const fallback = 9026; // A4 with Word's 2.54 cm margins
  if (!sectPr) return fallback;
  const text = xml.slice(sectPr.start, sectPr.end);
  const attribute = (element: string, name: string): number | null => {
    const tag = new RegExp(`<[\\w.-]*:?${element}\\b[^>]*>`).exec(text)?.[0];
    const value = tag ? new RegExp(`\\b[\\w.-]*:?${name}="(-?\\d+)"`).exec(tag)?.[1] : undefined;
    return value === undefined ? null : Number(value);
  };
  const page = attribute("pgSz", "w");
  if (page === null) return fallback;
  const width =
    page -
    (attribute("pgMar", "left") ?? 1440) -
    (attribute("pgMar", "right") ?? 1440) -
    (attribute("pgMar", "gutter") ?? 0);
  return width > 720 ? width : fallback;
}
