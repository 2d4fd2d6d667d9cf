import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  NoBreakHyphen,
  Packer,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type ILevelsOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * Shared building blocks for the fixture builders: a Word-like styles part (English or Dutch style ids),
 * run and paragraph helpers that write tabs and non-breaking hyphens the way Word does, and a packer
 * that makes the output reproducible (fixed dates, fixed zip order and timestamps).
 */

/** A4 portrait with 2.5 cm margins, as Dutch HR templates use; `TEXT_WIDTH` is the usable width in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The light grey Word offers first for shaded heading bars ("Wit, Achtergrond 1, donkerder 15%"). */
export const SHADE = "D9D9D9";

export const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
export const ALL_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

export const SHADING = { fill: SHADE, type: ShadingType.CLEAR, color: "auto" };

/** Style ids as English Word writes them, and as Dutch Word writes them (the `w:name`s stay English). */
export interface StyleIds {
  normal: string;
  title: string;
  heading1: string;
  heading2: string;
  heading3: string;
  listParagraph: string;
  defaultParagraphFont: string;
  tableNormal: string;
  tableGrid: string;
  noList: string;
}

export const STYLE_IDS_EN: StyleIds = {
  normal: "Normal",
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  listParagraph: "ListParagraph",
  defaultParagraphFont: "DefaultParagraphFont",
  tableNormal: "TableNormal",
  tableGrid: "TableGrid",
  noList: "NoList",
};

export const STYLE_IDS_NL: StyleIds = {
  normal: "Standaard",
  title: "Titel",
  heading1: "Kop1",
  heading2: "Kop2",
  heading3: "Kop3",
  listParagraph: "Lijstalinea",
  defaultParagraphFont: "Standaardalinea-lettertype",
  tableNormal: "Standaardtabel",
  tableGrid: "Tabelraster",
  noList: "Geenlijst",
};

export interface HouseStyle {
  font: string;
  /** Body text size in points. */
  size: number;
  ids: StyleIds;
  /** Colour of Heading 1–3 and Title (hex, no #). */
  headingColor: string;
}

export const ARIAL_HOUSE_STYLE: HouseStyle = {
  font: "Arial",
  size: 10,
  ids: STYLE_IDS_EN,
  headingColor: "000000",
};

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A styles part like the one Word writes: defaults, Normal, Title, Heading 1–3, List Paragraph, Table Grid. */
export function buildStylesXml(house: HouseStyle): string {
  const { ids } = house;
  const half = (points: number) => String(Math.round(points * 2));
  const fonts = `<w:rFonts w:ascii="${house.font}" w:eastAsia="Times New Roman" w:hAnsi="${house.font}" w:cs="${house.font}"/>`;
  const heading = (
    id: string,
    name: string,
    outline: number,
    points: number,
    before: number,
    after: number,
  ) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${ids.normal}"/>` +
    `<w:next w:val="${ids.normal}"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>` +
    `<w:spacing w:before="${before}" w:after="${after}"/><w:outlineLvl w:val="${outline}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${house.headingColor}"/><w:sz w:val="${half(points)}"/>` +
    `<w:szCs w:val="${half(points)}"/></w:rPr></w:style>`;
  const cellMargins =
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>`;
  const single = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="${half(house.size)}"/>` +
    `<w:szCs w:val="${half(house.size)}"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr>` +
    `</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `</w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="${ids.normal}"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    heading(ids.heading1, "heading 1", 0, house.size + 4, 360, 120) +
    heading(ids.heading2, "heading 2", 1, house.size + 2, 240, 80) +
    heading(ids.heading3, "heading 3", 2, house.size + 1, 200, 60) +
    `<w:style w:type="character" w:default="1" w:styleId="${ids.defaultParagraphFont}">` +
    `<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="${ids.tableNormal}"><w:name w:val="Normal Table"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `${cellMargins}</w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="${ids.noList}"><w:name w:val="No List"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${ids.title}"><w:name w:val="Title"/><w:basedOn w:val="${ids.normal}"/>` +
    `<w:next w:val="${ids.normal}"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${house.headingColor}"/><w:kern w:val="28"/>` +
    `<w:sz w:val="${half(house.size + 8)}"/><w:szCs w:val="${half(house.size + 8)}"/></w:rPr></w:style>` +
    `<w:style w:type="table" w:styleId="${ids.tableGrid}"><w:name w:val="Table Grid"/>` +
    `<w:basedOn w:val="${ids.tableNormal}"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>` +
    ["top", "left", "bottom", "right", "insideH", "insideV"].map(single).join("") +
    `</w:tblBorders></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${ids.listParagraph}"><w:name w:val="List Paragraph"/>` +
    `<w:basedOn w:val="${ids.normal}"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>` +
    `<w:contextualSpacing/></w:pPr></w:style>` +
    `</w:styles>`
  );
}

export interface RunProps {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  color?: string;
}

/**
 * One run for a piece of text, written as Word writes it: `\t` becomes `<w:tab/>` and U+2011 becomes
 * `<w:noBreakHyphen/>`, never literal characters inside `<w:t>`.
 */
export function createRun(text: string, props: RunProps = {}): TextRun {
  const children: (string | Tab | NoBreakHyphen)[] = [];
  for (const piece of text.split(/(\t|\u2011)/)) {
    if (piece === "\t") children.push(new Tab());
    else if (piece === "\u2011") children.push(new NoBreakHyphen());
    else if (piece !== "") children.push(piece);
  }
  const options: IRunOptions = {
    children,
    ...(props.bold ? { bold: true } : {}),
    ...(props.italics ? { italics: true } : {}),
    ...(props.size !== undefined ? { size: props.size * 2 } : {}),
    ...(props.font !== undefined ? { font: props.font } : {}),
    ...(props.color !== undefined ? { color: props.color } : {}),
  };
  return new TextRun(options);
}

export type ParagraphOptions = Omit<IParagraphOptions, "children" | "text">;

/** A paragraph of one run (or none, for an empty paragraph). */
export function createParagraph(
  text: string,
  props: RunProps = {},
  options: ParagraphOptions = {},
): Paragraph {
  return new Paragraph({
    ...markFormatting(props),
    ...options,
    children: text === "" ? [] : [createRun(text, props)],
  });
}

/** Sizes the paragraph mark like its text, as Word does, so a small-print paragraph has no tall last line. */
function markFormatting(props: RunProps): ParagraphOptions {
  return props.size === undefined ? {} : { run: { size: props.size * 2 } };
}

export function createEmptyParagraph(options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [] });
}

/** Hanging indent for typed `-<tab>item` paragraphs (0.5 cm), with the tab stop Word puts there. */
export const DASH_ITEM_LAYOUT: ParagraphOptions = {
  indent: { left: 284, hanging: 284 },
  tabStops: [{ type: TabStopType.LEFT, position: 284 }],
};

/** Numbering definitions shared by the fixtures: a dash bullet and a round bullet, both at 0.5 cm. */
export function createNumberingConfig(font: string) {
  const bullet = (text: string, bulletFont: string): ILevelsOptions => ({
    level: 0,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: 284, hanging: 284 } },
      run: { font: bulletFont },
    },
  });
  return {
    config: [
      { reference: "dash", levels: [bullet("-", font)] },
      { reference: "bullet", levels: [bullet("\u2022", font)] },
    ],
  };
}

/** Gives every list its own numbering instance, so each list is a list of its own in Word. */
export class ListInstances {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** One paragraph of a real Word bullet list. */
export function createListItem(
  text: string,
  list: { reference: "dash" | "bullet"; instance: number; style: string },
  props: RunProps = {},
  options: ParagraphOptions = {},
): Paragraph {
  return new Paragraph({
    ...markFormatting(props),
    ...options,
    style: list.style,
    numbering: { reference: list.reference, level: 0, instance: list.instance },
    children: [createRun(text, props)],
  });
}

/** A4 portrait; left and right margins as given (twips), 2.5 cm top and bottom. */
export function createSectionProperties(sideMargin: number = PAGE.margin): ISectionOptions["properties"] {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.margin,
        right: sideMargin,
        bottom: PAGE.margin,
        left: sideMargin,
        header: 709,
        footer: 709,
      },
    },
  };
}

export interface DocumentMeta {
  title: string;
  /** Who "wrote" the file (shown in File > Properties). */
  author: string;
  house: HouseStyle;
  /** Left and right page margin in twips; 2.5 cm when not given. */
  sideMargin?: number;
}

/** A document with the fixtures' numbering and page set-up, ready for `packDocument`. */
export function createDocument(meta: DocumentMeta, children: ISectionOptions["children"]): Document {
  return new Document({
    title: meta.title,
    creator: meta.author,
    numbering: createNumberingConfig(meta.house.font),
    sections: [{ properties: createSectionProperties(meta.sideMargin), children }],
  });
}

/** Fixed so that rebuilding a fixture gives the same bytes. */
const FIXED_TIME = "2026-03-02T09:00:00Z";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function buildCoreXml(meta: DocumentMeta): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>${escapeXml(meta.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * Packs a document and makes it reproducible: our own styles part replaces the docx package's (so style
 * ids and names are what Word writes), core properties get a fixed date, and the zip is written in a
 * fixed order ([Content_Types].xml first, as Word does) with fixed timestamps.
 */
export async function packDocument(document: Document, meta: DocumentMeta): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const parts = unzipSync(packed);
  parts["word/styles.xml"] = strToU8(buildStylesXml(meta.house));
  parts["docProps/core.xml"] = strToU8(buildCoreXml(meta));
  const names = Object.keys(parts).sort((a, b) => rankPart(a) - rankPart(b) || a.localeCompare(b));
  const ordered: Zippable = {};
  const mtime = new Date(FIXED_TIME);
  for (const name of names) {
    const data = parts[name];
    if (data !== undefined) ordered[name] = [data, { mtime }];
  }
  return zipSync(ordered, { level: 6 });
}

function rankPart(name: string): number {
  if (name === "[Content_Types].xml") return 0;
  if (name.startsWith("_rels/")) return 1;
  if (name === "word/document.xml") return 2;
  return 3;
}

/** The text of `word/document.xml` in a packed file, for tests and tools. */
export function readDocumentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" })["word/document.xml"];
  if (part === undefined) throw new Error("word/document.xml ontbreekt / is missing");
  return strFromU8(part);
}
