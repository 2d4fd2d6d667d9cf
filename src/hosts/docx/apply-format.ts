import { message, type Message } from "../../core/common";
import type { NewParagraph } from "../../core/plans/schema";
import type { DocumentSnapshot } from "../../core/snapshot/schema";
import type { DocxDocument } from "./read-docx";
import { resolveBuiltInStyleName, StyleSheet } from "./styles";
import type { DocumentStructure } from "./apply-structure";
import type { PackageEditor } from "./write-package";
import { lastChildNamed } from "./write-package";
import {
  copyWithout,
  escapeXmlAttribute,
  escapeXmlText,
  firstChild,
  parseElements,
  parseFragment,
  type XmlElement,
} from "./write-xml";
import { parseXmlTree } from "./xml";

/**
 * How new paragraphs look: copied from a paragraph of the document (`formatFrom`), or made from a
 * built-in style found in this document's styles (under its possibly localised id) and, for list items,
 * one of the document's own numberings. Everything here writes XML text; nothing is spliced yet.
 */

export const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Paragraph properties that describe changes, sections or nothing visible: never copied. */
const REVISION_ELEMENTS = new Set([
  "w:ins",
  "w:del",
  "w:moveFrom",
  "w:moveTo",
  "w:pPrChange",
  "w:rPrChange",
  "w:numberingChange",
]);

/** Run properties left out of a copied first run: bold is set per run; hidden text must not stay hidden. */
const RUN_ELEMENTS_NOT_COPIED = new Set([
  ...REVISION_ELEMENTS,
  "w:b",
  "w:bCs",
  "w:vanish",
  "w:specVanish",
  "w:webHidden",
]);

/** A typed list marker followed by a tab: "-\t", "•\t", "1.\t". */
const TYPED_MARKER = /^\s*(?:[-–—•·*▪◦]|\d{1,2}[.)])\s?\t/;

/** EG_RPrBase elements that come before `w:b` in a `w:rPr`. */
const BEFORE_BOLD = new Set(["w:rStyle", "w:rFonts"]);

/** The properties of a paragraph of the document, ready to copy. */
interface CopiedFormat {
  /** Inner XML of its `w:pPr`, without section properties and revision marks ("" when it has none). */
  paragraphProperties: XmlElement | null;
  /** Its first text run's `w:rPr` content without bold, hidden text and revision marks. */
  runProperties: RunProperties;
  /** The character style of that run, if any. */
  characterStyle: string | null;
  styleId: string | null;
}

interface ListNumbering {
  numId: string;
  level: number;
}

/** What a paragraph renders with, after formatFrom, style and list are resolved. */
interface ResolvedFormat {
  properties: string;
  runProperties: RunProperties;
  /** The paragraph's text is bold without any direct formatting (style, character style). */
  inheritedBold: boolean;
  /** Bold comes from the copied character style (so a plain run must switch it off). */
  characterBold: boolean;
  forceBold: boolean;
  marker: ((index: number) => string) | null;
}

export interface RenderOptions {
  /** Copy this block's look when the paragraph has no formatFrom (a cell of a copied row), minus lists. */
  fallbackFrom?: number | null;
  /** Every run bold (a table's header row). */
  bold?: boolean;
  /** Identifies the operation, so the items of one new list share one numbering. */
  group?: number;
}

export class ParagraphFormatter {
  readonly messages: Message[] = [];
  readonly styles: StyleSheet;
  private readonly xml: string;
  private readonly snapshot: DocumentSnapshot;
  private readonly document: DocxDocument;
  private readonly structure: DocumentStructure;
  private readonly editor: PackageEditor;
  private readonly stylesPath: string | null;
  private readonly numberingPath: string | null;
  private readonly copied = new Map<number, CopiedFormat>();
  private readonly paragraphStyles: { id: string; builtIn: string | null; isDefault: boolean }[] = [];
  private readonly newLists = new Map<string, ListNumbering | null>();
  private readonly reported = new Set<string>();
  /** Typed-marker counters of ordered fallback lists, by group and level. */
  private readonly counters = new Map<string, number>();

  constructor(document: DocxDocument, structure: DocumentStructure, editor: PackageEditor) {
    this.document = document;
    this.xml = document.documentXml;
    this.snapshot = document.snapshot;
    this.structure = structure;
    this.editor = editor;
    this.stylesPath = editor.findRelated(document.documentPath, "styles");
    this.numberingPath = editor.findRelated(document.documentPath, "numbering");
    const stylesText = this.stylesPath ? editor.readText(this.stylesPath)?.text : undefined;
    const stylesTree = stylesText === undefined ? null : parseXmlTree(stylesText, this.stylesPath!);
    this.styles = new StyleSheet(stylesTree);
    for (const node of stylesTree?.children ?? []) {
      if (node.name !== "w:style" || (node.attributes.get("w:type") ?? "paragraph") !== "paragraph") continue;
      const id = node.attributes.get("w:styleId");
      if (id === undefined) continue;
      const name = node.children.find((child) => child.name === "w:name")?.attributes.get("w:val") ?? null;
      const builtIn =
        resolveBuiltInStyleName(name ?? id) ?? (name === null ? null : resolveBuiltInStyleName(id));
      const isDefault = ["1", "true", "on"].includes((node.attributes.get("w:default") ?? "").toLowerCase());
      this.paragraphStyles.push({ id, builtIn, isDefault });
    }
  }

  /** A `w:p` for a new paragraph. */
  renderParagraph(paragraph: NewParagraph, options: RenderOptions = {}): string {
    const format = this.resolve(paragraph, options);
    const anyBold = paragraph.runs.some((run) => run.bold);
    let runs = "";
    paragraph.runs.forEach((run, index) => {
      const text = (index === 0 && format.marker ? format.marker(index) : "") + run.text;
      if (text === "") return;
      const bold = run.bold || format.forceBold || options.bold === true;
      let boldXml = "";
      if (bold) boldXml = "<w:b/><w:bCs/>";
      else if (format.inheritedBold && (format.characterBold || anyBold))
        boldXml = '<w:b w:val="0"/><w:bCs w:val="0"/>';
      runs += `<w:r>${joinRunProperties(format.runProperties, boldXml)}${renderText(text)}</w:r>`;
    });
    if (paragraph.runs.every((run) => run.text === "") && format.marker) {
      runs = `<w:r>${joinRunProperties(format.runProperties)}${renderText(format.marker(0))}</w:r>`;
    }
    const properties = format.properties ? `<w:pPr>${format.properties}</w:pPr>` : "";
    return `<w:p>${properties}${runs}</w:p>`;
  }

  /** The id of the document's style for a built-in name; null for the default style; undefined if absent. */
  styleIdFor(builtIn: string): string | null | undefined {
    const match = this.paragraphStyles.find((style) => style.builtIn === builtIn);
    if (!match) {
      if (builtIn === "Normal" && !this.paragraphStyles.some((style) => style.isDefault)) return null;
      return undefined;
    }
    return match.isDefault ? null : match.id;
  }

  /** The document's table style for plain grids (`TableGrid`, `Tabelraster` in Dutch Word), if it has one. */
  tableGridStyleId(): string | null {
    const stylesText = this.stylesPath ? this.editor.readText(this.stylesPath)?.text : undefined;
    if (stylesText === undefined) return null;
    const tree = parseXmlTree(stylesText, this.stylesPath!);
    for (const node of tree.children) {
      if (node.name !== "w:style" || node.attributes.get("w:type") !== "table") continue;
      const id = node.attributes.get("w:styleId");
      const name =
        node.children.find((child) => child.name === "w:name")?.attributes.get("w:val") ?? id ?? "";
      if (id !== undefined && resolveBuiltInStyleName(name) === "TableGrid") return id;
    }
    return null;
  }

  private resolve(paragraph: NewParagraph, options: RenderOptions): ResolvedFormat {
    if (paragraph.formatFrom !== null) {
      const copied = this.copyFormat(paragraph.formatFrom);
      return this.fromCopy(copied, paragraph, null);
    }
    if (options.fallbackFrom !== undefined && options.fallbackFrom !== null && paragraph.list === null) {
      const copied = this.copyFormat(options.fallbackFrom);
      return this.fromCopy(copied, paragraph, paragraph.style);
    }
    return this.fromStyle(paragraph, options.group ?? 0);
  }

  /**
   * Copies a paragraph's look. With `withoutListStyle` (a cell of a copied row whose paragraph has no
   * formatFrom), list membership is left out and a list style is replaced by that style (or Normal), so a
   * plain paragraph in a cell whose first paragraph is a list item does not become a list item.
   */
  private fromCopy(
    copied: CopiedFormat,
    paragraph: NewParagraph,
    withoutListStyle: string | null,
  ): ResolvedFormat {
    const element = copied.paragraphProperties;
    let styleId = copied.styleId;
    let properties = "";
    if (element) {
      const dropList = withoutListStyle !== null;
      const sourceStyle = styleId === null ? undefined : this.styles.paragraphStyle(styleId);
      // A list style (List Paragraph, or a body style that numbers its paragraphs) would bring the list back.
      const listStyle =
        dropList &&
        sourceStyle !== undefined &&
        (sourceStyle.ref.builtIn === "ListParagraph" ||
          ((sourceStyle.numbering?.numId ?? "0") !== "0" && sourceStyle.headingLevel === null));
      properties = copyWithout(
        this.xml,
        element,
        (child) =>
          child.name === "w:sectPr" ||
          REVISION_ELEMENTS.has(child.name) ||
          (dropList && child.name === "w:numPr") ||
          (listStyle && child.name === "w:pStyle"),
        { inner: true },
      );
      if (listStyle) {
        const replacement = this.styleIdFor(withoutListStyle ?? "Normal");
        styleId = replacement ?? null;
        if (replacement) properties = `<w:pStyle w:val="${escapeXmlAttribute(replacement)}"/>${properties}`;
      }
    }
    // An empty line keeps the neighbours' height: its paragraph mark gets their font.
    const empty = paragraph.runs.every((run) => run.text === "");
    if (empty && !(element && firstChild(element, "w:rPr")))
      properties += joinRunProperties(copied.runProperties);
    const style =
      styleId === null ? this.styles.defaultParagraphStyle() : this.styles.paragraphStyle(styleId);
    const paragraphBold = this.styles.defaultBold !== (style?.bold ?? false);
    const characterBold =
      copied.characterStyle !== null && this.styles.characterStyleBold(copied.characterStyle) === true;
    return {
      properties,
      runProperties: copied.runProperties,
      inheritedBold: paragraphBold !== characterBold,
      characterBold,
      forceBold: false,
      marker: null,
    };
  }

  private fromStyle(paragraph: NewParagraph, group: number): ResolvedFormat {
    let forceBold = false;
    let wanted = paragraph.style ?? (paragraph.list ? "ListParagraph" : "Normal");
    let styleId = this.styleIdFor(wanted);
    if (styleId === undefined) {
      const heading = /^Heading[1-9]$/.test(wanted) || wanted === "Title";
      forceBold = heading;
      this.note(
        `style:${wanted}`,
        `De opmaakstijl '${wanted}' bestaat niet in dit document; de nieuwe tekst staat in de standaardstijl${heading ? ", vet" : ""}.`,
        `The style '${wanted}' does not exist in this document; the new text uses the default style${heading ? ", in bold" : ""}.`,
      );
      wanted = "Normal";
      styleId = this.styleIdFor("Normal") ?? null;
    }
    let properties = styleId ? `<w:pStyle w:val="${escapeXmlAttribute(styleId)}"/>` : "";
    let marker: ((index: number) => string) | null = null;
    if (!paragraph.list && TYPED_MARKER.test(paragraph.runs.map((run) => run.text).join(""))) {
      // A typed "-<tab>" item without a paragraph to copy: a hanging indent makes its tab reach the text
      // and lines that wrap line up under it, as in the templates.
      properties += '<w:ind w:left="284" w:hanging="284"/>';
    }
    if (paragraph.list) {
      const numbering = this.listNumbering(paragraph.list.ordered, paragraph.list.level, group);
      if (numbering) {
        properties += `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${escapeXmlAttribute(numbering.numId)}"/></w:numPr>`;
      } else {
        const level = paragraph.list.level;
        const key = `${group}:${level}`;
        const count = (this.counters.get(key) ?? 0) + 1;
        this.counters.set(key, count);
        const text = paragraph.list.ordered ? `${count}.\t` : "•\t";
        marker = () => text;
        properties += `<w:ind w:left="${360 * (level + 1)}" w:hanging="360"/>`;
        this.note(
          "list-typed",
          "Dit document heeft geen passende lijstopmaak; nieuwe lijstitems zijn met een getypt teken geschreven.",
          "This document has no suitable list format; new list items were written with a typed marker.",
        );
      }
    }
    const style = styleId ? this.styles.paragraphStyle(styleId) : this.styles.defaultParagraphStyle();
    return {
      properties,
      runProperties: NO_RUN_PROPERTIES,
      inheritedBold: this.styles.defaultBold !== (style?.bold ?? false),
      characterBold: false,
      forceBold,
      marker,
    };
  }

  private note(key: string, nl: string, en: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.messages.push(message("info", "format-fallback", nl, en));
  }

  private copyFormat(block: number): CopiedFormat {
    const cached = this.copied.get(block);
    if (cached) return cached;
    const source = this.document.sources[block]!;
    const context = this.structure.fragment;
    const paragraphProperties = source.properties
      ? parseFragment(this.xml, source.properties, context)
      : null;
    const styleId = firstChild(paragraphProperties, "w:pStyle")?.attributes.get("w:val") ?? null;
    const firstText = source.pieces.find((piece) => piece.kind === "text") ?? source.pieces[0];
    let runProperties = NO_RUN_PROPERTIES;
    let characterStyle: string | null = null;
    if (firstText) {
      const rPr = firstChild(parseFragment(this.xml, firstText.run, context), "w:rPr");
      runProperties = copyRunProperties(this.xml, rPr);
      characterStyle = firstChild(rPr, "w:rStyle")?.attributes.get("w:val") ?? null;
    } else {
      // No text: the paragraph mark's properties are what Word would type with.
      runProperties = copyRunProperties(this.xml, firstChild(paragraphProperties, "w:rPr"));
    }
    const format: CopiedFormat = { paragraphProperties, runProperties, characterStyle, styleId };
    this.copied.set(block, format);
    return format;
  }

  /**
   * A numbering of the document for a new list: a bullet numbering is shared as it is; a decimal one gets
   * a new instance that starts again at its first number, so the new list does not continue another.
   */
  private listNumbering(ordered: boolean, level: number, group: number): ListNumbering | null {
    const key = `${group}:${ordered}`;
    if (this.newLists.has(key)) {
      const found = this.newLists.get(key)!;
      return found ? { numId: found.numId, level } : null;
    }
    const found = this.findNumbering(ordered, level);
    this.newLists.set(key, found);
    return found;
  }

  private findNumbering(ordered: boolean, level: number): ListNumbering | null {
    if (this.numberingPath === null) return null;
    const part = this.editor.readText(this.numberingPath);
    if (!part) return null;
    const root = parseElements(part.text, this.numberingPath);
    const formats = new Map<string, Map<number, { format: string; start: number }>>();
    const instances = new Map<string, string>();
    for (const node of root.children) {
      if (node.name === "w:abstractNum") {
        const levels = new Map<number, { format: string; start: number }>();
        for (const lvl of node.children.filter((child) => child.name === "w:lvl")) {
          const format = firstChild(lvl, "w:numFmt")?.attributes.get("w:val") ?? "decimal";
          const start = Number(firstChild(lvl, "w:start")?.attributes.get("w:val") ?? "1");
          levels.set(Number(lvl.attributes.get("w:ilvl") ?? "0"), {
            format,
            start: Number.isFinite(start) ? start : 1,
          });
        }
        formats.set(node.attributes.get("w:abstractNumId") ?? "", levels);
      } else if (node.name === "w:num") {
        const abstractId = firstChild(node, "w:abstractNumId")?.attributes.get("w:val");
        const numId = node.attributes.get("w:numId");
        if (abstractId !== undefined && numId !== undefined) instances.set(numId, abstractId);
      }
    }
    const wanted = ordered ? "decimal" : "bullet";
    const used = this.snapshot.blocks
      .filter((block) => block.list?.ordered === ordered && block.list.listId !== null)
      .map((block) => block.list!.listId!);
    const candidates = [...new Set([...used, ...instances.keys()])];
    for (const numId of candidates) {
      const abstractId = instances.get(numId);
      const definition = abstractId === undefined ? undefined : formats.get(abstractId)?.get(level);
      if (!definition || definition.format !== wanted) continue;
      if (!ordered) return { numId, level };
      return {
        numId: this.addRestartingInstance(part.text, root, abstractId!, level, definition.start),
        level,
      };
    }
    return null;
  }

  private addRestartingInstance(
    text: string,
    root: XmlElement,
    abstractId: string,
    level: number,
    start: number,
  ): string {
    const taken = root.children
      .filter((node) => node.name === "w:num")
      .map((node) => Number(node.attributes.get("w:numId") ?? "0"))
      .filter(Number.isFinite);
    const numId = String(Math.max(0, ...taken) + 1);
    const declare = /\sxmlns:w="([^"]*)"/.exec(text.slice(root.start, root.openEnd))?.[1];
    const namespace =
      declare === W_NAMESPACE || declare === "http://purl.oclc.org/ooxml/wordprocessingml/main"
        ? ""
        : ` xmlns:w="${W_NAMESPACE}"`;
    const element =
      `<w:num${namespace} w:numId="${numId}"><w:abstractNumId w:val="${escapeXmlAttribute(abstractId)}"/>` +
      `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`;
    // Instances follow the abstract definitions; a new one goes after the last of either.
    const after = lastChildNamed(root, "num") ?? lastChildNamed(root, "abstractNum");
    const at = after ? after.end : root.closeStart;
    this.editor.writeText(this.numberingPath!, text.slice(0, at) + element + text.slice(at));
    return numId;
  }
}

/** Run properties split where `w:b`/`w:bCs` belong: after `w:rStyle` and `w:rFonts`. */
export interface RunProperties {
  before: string;
  after: string;
}

const NO_RUN_PROPERTIES: RunProperties = { before: "", after: "" };

function copyRunProperties(xml: string, rPr: XmlElement | undefined): RunProperties {
  if (!rPr) return NO_RUN_PROPERTIES;
  const kept = rPr.children.filter((child) => !RUN_ELEMENTS_NOT_COPIED.has(child.name));
  const split = kept.findIndex((child) => !BEFORE_BOLD.has(child.name));
  const text = (nodes: XmlElement[]) => nodes.map((node) => xml.slice(node.start, node.end)).join("");
  return split === -1
    ? { before: text(kept), after: "" }
    : { before: text(kept.slice(0, split)), after: text(kept.slice(split)) };
}

function joinRunProperties(properties: RunProperties, boldXml = ""): string {
  const inner = properties.before + boldXml + properties.after;
  return inner ? `<w:rPr>${inner}</w:rPr>` : "";
}

/** Run content for text: tabs and line breaks become their elements; spaces are kept. */
export function renderText(text: string): string {
  let out = "";
  for (const part of text.replace(/\r\n?/g, "\n").split(/([\t\n])/)) {
    if (part === "\t") out += "<w:tab/>";
    else if (part === "\n") out += "<w:br/>";
    else if (part !== "") out += `<w:t xml:space="preserve">${escapeXmlText(part)}</w:t>`;
  }
  return out;
}
