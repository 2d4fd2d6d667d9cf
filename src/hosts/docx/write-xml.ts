import type { TextEncodingName } from "./package";
import type { XmlSpan } from "./read-body";
import { XML_CLOSE, XML_END, XML_OPEN, XmlScanner } from "./xml";

/**
 * XML helpers for the writer: escaping, a small element tree that keeps every element's exact offsets (so
 * a part can be changed by splicing), copying an element without some of its descendants, and encoding a
 * part back the way it was stored.
 */

/** An element with where it sits in the text it was read from. */
export interface XmlElement {
  /** Canonical name ("w:p"), as the reader's scanner reports it. */
  name: string;
  attributes: Map<string, string>;
  /** `[start, end)` is the whole element; `[start, openEnd)` its open tag. */
  start: number;
  openEnd: number;
  /** Where the close tag starts (equals `end` for a self-closing element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
}

/** A text splice: `[start, end)` is replaced by `text` (an insertion when start === end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry are dropped
const NON_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as it can be written: without the characters XML cannot carry at all. */
export function withoutNonXmlCharacters(text: string): string {
  return text.replace(NON_XML_CHARACTERS, "");
}

/** Escapes character data; characters XML cannot carry at all are left out. */
export function escapeXmlText(text: string): string {
  return withoutNonXmlCharacters(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes an attribute value (for double quotes); tabs and line breaks survive as character references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Where a fragment of a larger part comes from, so its namespace prefixes resolve as in the part. */
export interface FragmentContext {
  /** The part's root open tag, verbatim (it declares the prefixes). */
  rootOpenTag: string;
  /** The root's raw name, to close the wrapper. */
  rootRawName: string;
  part: string;
}

/** Parses a whole part into an element tree with offsets. Throws `xml-invalid` like the reader. */
export function parseElements(xml: string, part: string): XmlElement {
  return parseWith(xml, part, 0);
}

/**
 * Parses one element of a larger part (e.g. a `w:pPr` of document.xml) with offsets into that part. The
 * fragment is wrapped in the part's own root open tag so prefixes resolve as they do in the part.
 */
export function parseFragment(xml: string, span: XmlSpan, context: FragmentContext): XmlElement {
  const wrapped = `${context.rootOpenTag}${xml.slice(span.start, span.end)}</${context.rootRawName}>`;
  const root = parseWith(wrapped, context.part, span.start - context.rootOpenTag.length);
  const element = root.children[0];
  if (!element) throw new Error(`no element at ${span.start} in ${context.part}`);
  return element;
}

function parseWith(xml: string, part: string, shift: number): XmlElement {
  const scanner = new XmlScanner(xml, part);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_OPEN) {
      const element: XmlElement = {
        name: scanner.name,
        attributes: scanner.attributes(),
        start: scanner.start + shift,
        openEnd: scanner.end + shift,
        closeStart: scanner.end + shift,
        end: scanner.end + shift,
        selfClosing: scanner.selfClosing,
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      stack.push(element);
    } else if (event === XML_CLOSE) {
      const element = stack.pop();
      if (element && !element.selfClosing) {
        element.closeStart = scanner.start + shift;
        element.end = scanner.end + shift;
      }
    }
  }
  return root!;
}

export function childrenNamed(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

export function firstChild(element: XmlElement | null | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/**
 * The element's text with the descendants `drop` picks left out (and not looked into). With `inner`, only
 * what lies between its open and close tag.
 */
export function copyWithout(
  xml: string,
  element: XmlElement,
  drop: (element: XmlElement) => boolean,
  options: { inner?: boolean } = {},
): string {
  const from = options.inner ? element.openEnd : element.start;
  const to = options.inner ? element.closeStart : element.end;
  const removed: XmlSpan[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (drop(child)) removed.push({ start: child.start, end: child.end });
      else visit(child);
    }
  };
  visit(element);
  let out = "";
  let at = from;
  for (const span of removed) {
    if (span.start < from || span.end > to) continue;
    out += xml.slice(at, span.start);
    at = span.end;
  }
  return out + xml.slice(at, to);
}

/** Applies splices that do not overlap; insertions at the same offset keep their given order. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => a.splice.start - b.splice.start || a.index - b.index);
  let out = "";
  let at = 0;
  for (const { splice } of ordered) {
    if (splice.start < at) throw new Error(`overlapping splices at ${splice.start}`);
    out += xml.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + xml.slice(at);
}

/** Text back to the bytes of a part, in the encoding (and with the byte-order mark) it was read with. */
export function encodePart(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  if (encoding === "utf-8") {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const bytes = new Uint8Array(body.length + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    return bytes;
  }
  // UTF-16 parts always start with their byte-order mark (that is how the reader recognised them).
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  const little = encoding === "utf-16le";
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return bytes;
}

/** The root element's raw name and open tag, verbatim, for parsing fragments of the part. */
export function readRootTag(xml: string, part: string): FragmentContext {
  const scanner = new XmlScanner(xml, part);
  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_OPEN) {
      const rootOpenTag = xml.slice(scanner.start, scanner.end);
      const rawName = /^<([^\s/>]+)/.exec(rootOpenTag)?.[1] ?? "root";
      // A self-closing root (`<x/>`) becomes an open tag for the wrapper.
      return {
        rootOpenTag: scanner.selfClosing ? rootOpenTag.replace(/\s*\/>$/, ">") : rootOpenTag,
        rootRawName: rawName,
        part,
      };
    }
  }
  return { rootOpenTag: "<root>", rootRawName: "root", part };
}
