import type { LocalisedText } from "../../core/common";
import { failXmlDoctype, failXmlInvalid } from "./errors";

/**
 * A strict, non-validating, streaming XML scanner that reports exact character offsets.
 *
 * Why not saxes: document.xml of a long profile is several megabytes, and saxes walks it character by
 * character (≈100–250 ms for 10,000 paragraphs here); this scanner jumps between markup with indexOf and
 * needs a fraction of that. It is differential-tested against saxes (xml.test.ts): both accept and reject
 * the same inputs and report the same elements, attributes and text.
 *
 * What it refuses, like any conforming parser: unbalanced or crossed tags, more than one root, text outside
 * the root, malformed attributes (missing quotes, duplicates, `<` in a value), unknown entities, character
 * references to non-XML characters, control characters, `]]>` in text, `--` in comments. What it never does:
 * DTD processing. Any `<!DOCTYPE` is refused outright (Word never writes one), so there are no external
 * entities and no entity expansion beyond the five predefined entities and character references.
 *
 * Namespaces: prefixes declared on the root element (where Word and every other producer declares them)
 * are resolved, and names of the known OOXML namespaces are reported with their canonical prefixes
 * ("w:p" even when a producer chose another prefix or the strict-OOXML namespace). Declarations below the
 * root are not tracked.
 */

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlEvent = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

/** Namespaces we read, by URI, mapped to the prefix the code uses. Strict OOXML uses other URIs. */
const KNOWN_NAMESPACES: ReadonlyMap<string, string> = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "r"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/math", "m"],
  ["http://purl.oclc.org/ooxml/officeDocument/math", "m"],
]);
const CANONICAL_PREFIXES: ReadonlySet<string> = new Set(KNOWN_NAMESPACES.values());

const reasons = {
  eof: { nl: "het bestand houdt midden in de XML op", en: "the XML ends unexpectedly" },
  name: { nl: "ongeldige naam", en: "invalid name" },
  attribute: { nl: "ongeldig attribuut", en: "invalid attribute" },
  attributeSpace: { nl: "spatie ontbreekt tussen attributen", en: "missing space between attributes" },
  attributeDuplicate: { nl: "attribuut komt twee keer voor", en: "duplicate attribute" },
  attributeLt: { nl: "'<' in een attribuutwaarde", en: "'<' in an attribute value" },
  entity: { nl: "onbekende of onjuiste entiteit", en: "unknown or malformed entity" },
  character: { nl: "ongeldig teken", en: "invalid character" },
  closeMismatch: { nl: "sluittag past niet bij de open tag", en: "closing tag does not match the open tag" },
  closeUnexpected: { nl: "sluittag zonder open tag", en: "closing tag without an open tag" },
  unclosed: { nl: "niet afgesloten element", en: "unclosed element" },
  noRoot: { nl: "geen hoofdelement", en: "no root element" },
  secondRoot: { nl: "meer dan één hoofdelement", en: "more than one root element" },
  textOutsideRoot: { nl: "tekst buiten het hoofdelement", en: "text outside the root element" },
  cdataEnd: { nl: "']]>' in tekst", en: "']]>' in text" },
  comment: { nl: "ongeldig commentaar", en: "invalid comment" },
  declaration: { nl: "ongeldige declaratie", en: "invalid declaration" },
  processingInstruction: { nl: "ongeldige verwerkingsinstructie", en: "invalid processing instruction" },
  cdataOutsideRoot: { nl: "CDATA buiten het hoofdelement", en: "CDATA outside the root element" },
} satisfies Record<string, LocalisedText>;

/** Characters XML 1.0 forbids: C0 controls except tab/LF/CR, and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** ASCII name characters: 1 = may start a name, 2 = may only continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
  ASCII_NAME[c] = letter ? 1 : (c >= 48 && c <= 57) || c === 45 || c === 46 ? 2 : 0;
}

function isNameStartCode(c: number): boolean {
  return c < 128 ? ASCII_NAME[c] === 1 : c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
}

/** Also false for NaN (past the end of the text). */
function isNameCode(c: number): boolean {
  return c < 128 ? ASCII_NAME[c] !== 0 : c === 0xb7 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isXmlCharCode(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export class XmlScanner {
  readonly xml: string;
  /** Part name, for error messages ("word/document.xml"). */
  readonly part: string;

  /** Canonical name of the element of the current OPEN or CLOSE event ("w:p"). */
  name = "";
  /** Offsets of the current token: the open tag (from `<` to after `>`), the close tag, or the raw text. */
  start = 0;
  end = 0;
  /** On OPEN: the tag ends with `/>`; the matching CLOSE follows at once, with an empty token at `end`. */
  selfClosing = false;
  /** On CLOSE: where the element's open tag starts, so `[elementStart, end)` is the whole element. */
  elementStart = 0;
  /** On TEXT: the text is a CDATA section and is taken literally. */
  cdata = false;

  private pos = 0;
  private readonly rawNames: string[] = [];
  private readonly starts: number[] = [];
  private pendingSelfClose = false;
  private rootStarted = false;
  private rootEnded = false;
  /** Four offsets per attribute of the current open tag: name start/end, value start/end (raw). */
  private readonly attributeSpans: number[] = [];
  private attributeCount = 0;
  /** Cached positions of the next `&`, `\r` and `]]>`, so text is only examined where they occur. */
  private nextAmp = -1;
  /** The first `<` after the last open tag's own `<`: where the text after that tag ends. */
  private nextLt = -1;
  private nextCr = -1;
  private nextCdataEnd = -1;
  /** Raw prefix → canonical prefix; null while names are already canonical (the usual case). */
  private prefixMap: Map<string, string> | null = null;
  private defaultNamespacePrefix: string | null = null;
  private readonly nameCache = new Map<string, string>();

  constructor(xml: string, part: string) {
    this.xml = xml;
    this.part = part;
    const bad = INVALID_CHAR.exec(xml);
    if (bad) this.fail(bad.index, reasons.character);
  }

  /** Number of open elements; on OPEN it includes the element just opened, on CLOSE it no longer does. */
  get depth(): number {
    return this.rawNames.length;
  }

  /** Advances to the next event. Throws a ProfielwijzerError (`xml-invalid`, `xml-doctype`) on bad input. */
  next(): XmlEvent {
    if (this.pendingSelfClose) {
      this.pendingSelfClose = false;
      this.elementStart = this.start;
      this.start = this.end;
      this.popElement();
      return XML_CLOSE;
    }
    const xml = this.xml;
    const length = xml.length;
    for (;;) {
      const from = this.pos;
      if (from >= length) return this.finish();
      const lt = this.nextLt >= from ? this.nextLt : xml.indexOf("<", from);
      const textEnd = lt === -1 ? length : lt;
      if (textEnd > from) {
        this.pos = textEnd;
        if (this.rawNames.length === 0) {
          this.checkWhitespace(from, textEnd);
          continue;
        }
        this.checkText(from, textEnd);
        this.start = from;
        this.end = textEnd;
        this.cdata = false;
        return XML_TEXT;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) return this.readCloseTag(lt);
      if (c === 33 /* ! */) {
        if (this.readMarkupDeclaration(lt)) return XML_TEXT;
        continue;
      }
      if (c === 63 /* ? */) {
        this.readProcessingInstruction(lt);
        continue;
      }
      return this.readOpenTag(lt);
    }
  }

  /** After an OPEN event: consumes everything up to and including the element's CLOSE event. */
  skipElement(): void {
    const depth = this.rawNames.length;
    for (;;) {
      const event = this.next();
      if (event === XML_END || (event === XML_CLOSE && this.rawNames.length < depth)) return;
    }
  }

  /** Decoded value of an attribute of the current open tag, by canonical name ("w:val"); null if absent. */
  attribute(name: string): string | null {
    const spans = this.attributeSpans;
    const xml = this.xml;
    for (let i = 0; i < this.attributeCount; i++) {
      const nameStart = spans[i * 4]!;
      const nameEnd = spans[i * 4 + 1]!;
      let matches: boolean;
      if (this.prefixMap === null) {
        matches = nameEnd - nameStart === name.length && xml.startsWith(name, nameStart);
      } else {
        matches = this.resolveAttributeName(xml.slice(nameStart, nameEnd)) === name;
      }
      if (matches) return this.decode(spans[i * 4 + 2]!, spans[i * 4 + 3]!, true);
    }
    return null;
  }

  /** All attributes of the current open tag, canonical names to decoded values. */
  attributes(): Map<string, string> {
    const result = new Map<string, string>();
    const spans = this.attributeSpans;
    for (let i = 0; i < this.attributeCount; i++) {
      const rawName = this.xml.slice(spans[i * 4]!, spans[i * 4 + 1]!);
      result.set(this.resolveAttributeName(rawName), this.decode(spans[i * 4 + 2]!, spans[i * 4 + 3]!, true));
    }
    return result;
  }

  /** Decoded text of the current TEXT event. */
  text(): string {
    if (this.cdata) return this.xml.slice(this.start, this.end);
    return this.decodeText(this.start, this.end);
  }

  /** Decodes raw character data (entities, character references, CR/LF normalisation). */
  decodeText(start: number, end: number): string {
    if (this.ampAfter(start) >= end && this.crAfter(start) >= end) return this.xml.slice(start, end);
    return this.decode(start, end, false);
  }

  /** Throws `xml-invalid` for this part at the given offset. */
  fail(offset: number, reason: LocalisedText): never {
    let line = 1;
    let lineStart = 0;
    for (let i = this.xml.indexOf("\n"); i !== -1 && i < offset; i = this.xml.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw failXmlInvalid(this.part, { line, column: offset - lineStart + 1 }, reason);
  }

  private finish(): XmlEvent {
    if (this.rawNames.length > 0) this.fail(this.xml.length, reasons.unclosed);
    if (!this.rootStarted) this.fail(this.xml.length, reasons.noRoot);
    return XML_END;
  }

  private popElement(): void {
    this.rawNames.pop();
    this.starts.pop();
    if (this.rawNames.length === 0) this.rootEnded = true;
  }

  private readOpenTag(lt: number): XmlEvent {
    const xml = this.xml;
    let i = lt + 1;
    if (!isNameStartCode(xml.charCodeAt(i))) {
      this.fail(i, i >= xml.length ? reasons.eof : reasons.name);
    }
    i++;
    while (isNameCode(xml.charCodeAt(i))) i++;
    const rawName = xml.slice(lt + 1, i);
    const nextLt = xml.indexOf("<", i);
    this.nextLt = nextLt;
    const spans = this.attributeSpans;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      let c = xml.charCodeAt(i);
      let spaced = false;
      while (isSpaceCode(c)) {
        spaced = true;
        c = xml.charCodeAt(++i);
      }
      if (c === 62 /* > */) {
        i++;
        break;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(i + 1) !== 62) this.fail(i, reasons.name);
        i += 2;
        selfClosing = true;
        break;
      }
      if (Number.isNaN(c)) this.fail(i, reasons.eof);
      if (!spaced) this.fail(i, reasons.attributeSpace);
      if (!isNameStartCode(c)) this.fail(i, reasons.attribute);
      const nameStart = i;
      i++;
      while (isNameCode(xml.charCodeAt(i))) i++;
      const nameEnd = i;
      c = xml.charCodeAt(i);
      while (isSpaceCode(c)) c = xml.charCodeAt(++i);
      if (c !== 61 /* = */) this.fail(i, Number.isNaN(c) ? reasons.eof : reasons.attribute);
      c = xml.charCodeAt(++i);
      while (isSpaceCode(c)) c = xml.charCodeAt(++i);
      if (c !== 34 && c !== 39) this.fail(i, Number.isNaN(c) ? reasons.eof : reasons.attribute);
      const valueStart = ++i;
      const valueEnd = xml.indexOf(c === 34 ? '"' : "'", valueStart);
      if (valueEnd === -1) this.fail(xml.length, reasons.eof);
      // Nothing between the tag's `<` and this value can be a `<`, so the next `<` lies in the value or after it.
      if (nextLt !== -1 && nextLt < valueEnd) this.fail(nextLt, reasons.attributeLt);
      if (this.ampAfter(valueStart) < valueEnd) this.checkEntities(valueStart, valueEnd);
      i = valueEnd + 1;
      const at = count * 4;
      spans[at] = nameStart;
      spans[at + 1] = nameEnd;
      spans[at + 2] = valueStart;
      spans[at + 3] = valueEnd;
      count++;
    }
    this.attributeCount = count;
    if (count > 1) this.checkDuplicateAttributes();
    if (this.rawNames.length === 0) {
      if (this.rootEnded) this.fail(lt, reasons.secondRoot);
      this.rootStarted = true;
      this.readNamespaces();
    }
    this.rawNames.push(rawName);
    this.starts.push(lt);
    this.name =
      this.prefixMap === null && this.defaultNamespacePrefix === null ? rawName : this.resolve(rawName);
    this.start = lt;
    this.end = i;
    this.selfClosing = selfClosing;
    this.pendingSelfClose = selfClosing;
    this.pos = i;
    return XML_OPEN;
  }

  private readCloseTag(lt: number): XmlEvent {
    const xml = this.xml;
    let i = lt + 2;
    if (!isNameStartCode(xml.charCodeAt(i))) this.fail(i, i >= xml.length ? reasons.eof : reasons.name);
    i++;
    while (isNameCode(xml.charCodeAt(i))) i++;
    const nameEnd = i;
    let c = xml.charCodeAt(i);
    while (isSpaceCode(c)) c = xml.charCodeAt(++i);
    if (c !== 62) this.fail(i, Number.isNaN(c) ? reasons.eof : reasons.name);
    const top = this.rawNames.length - 1;
    if (top < 0) this.fail(lt, reasons.closeUnexpected);
    const rawName = this.rawNames[top]!;
    if (nameEnd - lt - 2 !== rawName.length || !xml.startsWith(rawName, lt + 2)) {
      this.fail(lt, reasons.closeMismatch);
    }
    this.elementStart = this.starts[top]!;
    this.name =
      this.prefixMap === null && this.defaultNamespacePrefix === null ? rawName : this.resolve(rawName);
    this.popElement();
    this.start = lt;
    this.end = i + 1;
    this.pos = i + 1;
    return XML_CLOSE;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` (returns true: a TEXT event is ready) or a refused declaration. */
  private readMarkupDeclaration(lt: number): boolean {
    const xml = this.xml;
    if (xml.startsWith("<!--", lt)) {
      const close = xml.indexOf("-->", lt + 4);
      if (close === -1) this.fail(xml.length, reasons.eof);
      const dashes = xml.indexOf("--", lt + 4);
      if (dashes < close) this.fail(dashes, reasons.comment);
      this.pos = close + 3;
      return false;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      if (this.rawNames.length === 0) this.fail(lt, reasons.cdataOutsideRoot);
      const close = xml.indexOf("]]>", lt + 9);
      if (close === -1) this.fail(xml.length, reasons.eof);
      this.start = lt + 9;
      this.end = close;
      this.cdata = true;
      this.pos = close + 3;
      return true;
    }
    if (xml.slice(lt + 2, lt + 9).toUpperCase() === "DOCTYPE") throw failXmlDoctype(this.part);
    return this.fail(lt, reasons.declaration);
  }

  private readProcessingInstruction(lt: number): void {
    const xml = this.xml;
    const close = xml.indexOf("?>", lt + 2);
    if (close === -1) this.fail(xml.length, reasons.eof);
    let i = lt + 2;
    if (!isNameStartCode(xml.charCodeAt(i))) this.fail(i, reasons.processingInstruction);
    while (isNameCode(xml.charCodeAt(i))) i++;
    const target = xml.slice(lt + 2, i);
    // Only the declaration at the very start may be called "xml".
    if (target.toLowerCase() === "xml" && lt !== 0) this.fail(lt, reasons.processingInstruction);
    if (i < close && !isSpaceCode(xml.charCodeAt(i))) this.fail(i, reasons.processingInstruction);
    this.pos = close + 2;
  }

  private checkWhitespace(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (!isSpaceCode(this.xml.charCodeAt(i))) this.fail(i, reasons.textOutsideRoot);
    }
  }

  /** Entities and `]]>` in character data; only looked at where the cached positions say they occur. */
  private checkText(start: number, end: number): void {
    if (this.ampAfter(start) < end) this.checkEntities(start, end);
    if (this.nextCdataEnd < start) {
      const found = this.xml.indexOf("]]>", start);
      this.nextCdataEnd = found === -1 ? this.xml.length : found;
    }
    if (this.nextCdataEnd < end) this.fail(this.nextCdataEnd, reasons.cdataEnd);
  }

  private ampAfter(from: number): number {
    if (this.nextAmp < from) {
      const found = this.xml.indexOf("&", from);
      this.nextAmp = found === -1 ? this.xml.length : found;
    }
    return this.nextAmp;
  }

  private crAfter(from: number): number {
    if (this.nextCr < from) {
      const found = this.xml.indexOf("\r", from);
      this.nextCr = found === -1 ? this.xml.length : found;
    }
    return this.nextCr;
  }

  private checkEntities(start: number, end: number): void {
    for (let i = this.xml.indexOf("&", start); i !== -1 && i < end; i = this.xml.indexOf("&", i + 1)) {
      this.readEntity(i, end);
    }
  }

  /** Reads the entity at `amp`; returns [replacement, offset after `;`]. */
  private readEntity(amp: number, end: number): [string, number] {
    const xml = this.xml;
    const semicolon = xml.indexOf(";", amp + 1);
    if (semicolon === -1 || semicolon >= end || semicolon - amp > 12) this.fail(amp, reasons.entity);
    if (xml.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = xml.charCodeAt(amp + 2) === 120; /* x */
      const digits = xml.slice(amp + (hex ? 3 : 2), semicolon);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) this.fail(amp, reasons.entity);
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlCharCode(code)) this.fail(amp, reasons.character);
      return [String.fromCodePoint(code), semicolon + 1];
    }
    const replacement = PREDEFINED_ENTITIES[xml.slice(amp + 1, semicolon)];
    if (replacement === undefined) this.fail(amp, reasons.entity);
    return [replacement, semicolon + 1];
  }

  private decode(start: number, end: number, attribute: boolean): string {
    const xml = this.xml;
    let out = "";
    let last = start;
    for (let i = start; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (c === 38) {
        const [replacement, next] = this.readEntity(i, end);
        out += xml.slice(last, i) + replacement;
        last = next;
        i = next - 1;
      } else if (c === 13) {
        out += xml.slice(last, i) + (attribute ? " " : "\n");
        if (xml.charCodeAt(i + 1) === 10) i++;
        last = i + 1;
      } else if (attribute && (c === 10 || c === 9)) {
        out += xml.slice(last, i) + " ";
        last = i + 1;
      }
    }
    return out + xml.slice(last, end);
  }

  private checkDuplicateAttributes(): void {
    const spans = this.attributeSpans;
    const xml = this.xml;
    if (this.attributeCount > 16) {
      // Pairwise comparison would be quadratic in a hostile tag with thousands of attributes.
      const seen = new Set<string>();
      for (let a = 0; a < this.attributeCount; a++) {
        const name = xml.slice(spans[a * 4]!, spans[a * 4 + 1]!);
        if (seen.has(name)) this.fail(spans[a * 4]!, reasons.attributeDuplicate);
        seen.add(name);
      }
      return;
    }
    for (let a = 0; a < this.attributeCount; a++) {
      const aStart = spans[a * 4]!;
      const aLength = spans[a * 4 + 1]! - aStart;
      for (let b = a + 1; b < this.attributeCount; b++) {
        const bStart = spans[b * 4]!;
        if (spans[b * 4 + 1]! - bStart !== aLength) continue;
        if (xml.startsWith(xml.slice(aStart, aStart + aLength), bStart))
          this.fail(bStart, reasons.attributeDuplicate);
      }
    }
  }

  /** Reads the root's namespace declarations and decides whether names need rewriting. */
  private readNamespaces(): void {
    const spans = this.attributeSpans;
    const declared = new Map<string, string>();
    let defaultUri: string | null = null;
    for (let i = 0; i < this.attributeCount; i++) {
      const rawName = this.xml.slice(spans[i * 4]!, spans[i * 4 + 1]!);
      if (rawName === "xmlns") defaultUri = this.decode(spans[i * 4 + 2]!, spans[i * 4 + 3]!, true);
      else if (rawName.startsWith("xmlns:")) {
        declared.set(rawName.slice(6), this.decode(spans[i * 4 + 2]!, spans[i * 4 + 3]!, true));
      }
    }
    let identity = true;
    const map = new Map<string, string>();
    for (const [prefix, uri] of declared) {
      const canonical = KNOWN_NAMESPACES.get(uri);
      // A prefix bound to an unknown namespace must not pass for one of ours ("w" meaning something else).
      const target = canonical ?? (CANONICAL_PREFIXES.has(prefix) ? `{${uri}}` : prefix);
      map.set(prefix, target);
      if (target !== prefix) identity = false;
    }
    this.prefixMap = identity ? null : map;
    this.defaultNamespacePrefix = defaultUri === null ? null : (KNOWN_NAMESPACES.get(defaultUri) ?? null);
  }

  private resolve(rawName: string): string {
    let resolved = this.nameCache.get(rawName);
    if (resolved === undefined) {
      const colon = rawName.indexOf(":");
      if (colon === -1) {
        resolved =
          this.defaultNamespacePrefix === null ? rawName : `${this.defaultNamespacePrefix}:${rawName}`;
      } else {
        resolved = this.resolveAttributeName(rawName);
      }
      this.nameCache.set(rawName, resolved);
    }
    return resolved;
  }

  /** Attributes without a prefix have no namespace (the default namespace does not apply to them). */
  private resolveAttributeName(rawName: string): string {
    if (this.prefixMap === null) return rawName;
    const colon = rawName.indexOf(":");
    if (colon === -1) return rawName;
    const prefix = this.prefixMap.get(rawName.slice(0, colon));
    return prefix === undefined ? rawName : prefix + rawName.slice(colon);
  }
}

/** A small element tree, for the small parts (styles, numbering, relationships, content types). */
export interface XmlNode {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

/** Parses a whole (small) part into a tree of elements; text content is not kept. */
export function parseXmlTree(xml: string, part: string): XmlNode {
  const scanner = new XmlScanner(xml, part);
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  for (;;) {
    const event = scanner.next();
    if (event === XML_END) break;
    if (event === XML_OPEN) {
      const node: XmlNode = { name: scanner.name, attributes: scanner.attributes(), children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else root = node;
      stack.push(node);
    } else if (event === XML_CLOSE) {
      stack.pop();
    }
  }
  // The scanner guarantees a root element, or it has thrown.
  return root!;
}

/** First child element with the given name. */
export function childElement(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((child) => child.name === name);
}
