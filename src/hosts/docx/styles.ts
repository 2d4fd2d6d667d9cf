import type { StyleRef } from "../../core/snapshot/schema";
import { childElement, type XmlNode } from "./xml";

/**
 * word/styles.xml: paragraph styles (name, built-in identity, outline level, numbering, bold) and character
 * styles (bold), following `w:basedOn` with a guard against cycles.
 */

/** The office-js `Word.BuiltInStyleName` values a paragraph or table style can map to. */
const OFFICE_BUILT_IN_NAMES = [
  "Normal",
  ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `Toc${i + 1}`),
  "FootnoteText",
  "Header",
  "Footer",
  "Caption",
  "FootnoteReference",
  "EndnoteReference",
  "EndnoteText",
  "Title",
  "Subtitle",
  "Hyperlink",
  "Strong",
  "Emphasis",
  "NoSpacing",
  "ListParagraph",
  "Quote",
  "IntenseQuote",
  "SubtleEmphasis",
  "IntenseEmphasis",
  "SubtleReference",
  "IntenseReference",
  "BookTitle",
  "Bibliography",
  "TocHeading",
  "TableGrid",
  ...[1, 2, 3, 4, 5].map((n) => `PlainTable${n}`),
  "TableGridLight",
  ...["GridTable", "ListTable"].flatMap((family) =>
    ["1Light", "2", "3", "4", "5Dark", "6Colorful", "7Colorful"].flatMap((variant) => [
      `${family}${variant}`,
      ...[1, 2, 3, 4, 5, 6].map((accent) => `${family}${variant}_Accent${accent}`),
    ]),
  ),
];

/** Names other producers or localised templates write in `w:name` for built-in styles. */
const LOCALISED_BUILT_IN_NAMES: Readonly<Record<string, string>> = {
  // Dutch
  standaard: "Normal",
  titel: "Title",
  ondertitel: "Subtitle",
  lijstalinea: "ListParagraph",
  geenafstand: "NoSpacing",
  geenspatiëring: "NoSpacing",
  citaat: "Quote",
  duidelijkcitaat: "IntenseQuote",
  tabelraster: "TableGrid",
  zwaar: "Strong",
  nadruk: "Emphasis",
  koptekst: "Header",
  voettekst: "Footer",
  bijschrift: "Caption",
  kopvaninhoudsopgave: "TocHeading",
  voetnoottekst: "FootnoteText",
  // German
  standard: "Normal",
  untertitel: "Subtitle",
  listenabsatz: "ListParagraph",
  keinleerraum: "NoSpacing",
  zitat: "Quote",
  intensiveszitat: "IntenseQuote",
  tabellenraster: "TableGrid",
  fett: "Strong",
  hervorhebung: "Emphasis",
  kopfzeile: "Header",
  fußzeile: "Footer",
  beschriftung: "Caption",
  // French
  titre: "Title",
  soustitre: "Subtitle",
  paragraphedeliste: "ListParagraph",
  sansinterligne: "NoSpacing",
  citation: "Quote",
  citationintense: "IntenseQuote",
  grilledutableau: "TableGrid",
  entête: "Header",
  pieddepage: "Footer",
  légende: "Caption",
  // Word writes "Grid Table Light" for the style office-js calls TableGridLight.
  gridtablelight: "TableGridLight",
};

/** Localised heading names: "Kop 1", "Überschrift 1", "Titre 1", and Dutch/German TOC levels. */
const LOCALISED_NUMBERED: ReadonlyArray<[RegExp, string]> = [
  [/^(heading|kop|überschrift|titre)([1-9])$/, "Heading"],
  [/^(toc|inhopg|verzeichnis)([1-9])$/, "Toc"],
];

const BUILT_IN_BY_KEY: ReadonlyMap<string, string> = new Map(
  OFFICE_BUILT_IN_NAMES.map((name) => [normaliseStyleName(name), name]),
);

function normaliseStyleName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** The office-js built-in name for a style's `w:name` ("heading 1", "Heading 1", "Kop 1" → "Heading1"). */
export function resolveBuiltInStyleName(name: string): string | null {
  const key = normaliseStyleName(name);
  const direct = BUILT_IN_BY_KEY.get(key) ?? LOCALISED_BUILT_IN_NAMES[key];
  if (direct !== undefined) return direct;
  for (const [pattern, prefix] of LOCALISED_NUMBERED) {
    const match = pattern.exec(key);
    if (match) return `${prefix}${match[2]}`;
  }
  return null;
}

/** ST_OnOff: an element without `w:val` means on; "0", "false", "off" mean off. */
export function readOnOff(node: XmlNode | undefined): boolean | null {
  if (node === undefined) return null;
  return isOn(node.attributes.get("w:val") ?? null);
}

export function isOn(value: string | null): boolean {
  if (value === null) return true;
  const lower = value.toLowerCase();
  return !(lower === "0" || lower === "false" || lower === "off" || lower === "none");
}

export interface NumberingReference {
  numId: string | null;
  level: number | null;
}

interface StyleDefinition {
  id: string;
  type: string;
  name: string | null;
  basedOn: string | null;
  isDefault: boolean;
  /** Raw `w:outlineLvl` (0–9) of this style itself. */
  outlineLevel: number | null;
  numbering: NumberingReference | null;
  /** `w:b` in the style's own run properties: true, false, or not said. */
  bold: boolean | null;
}

export interface ParagraphStyle {
  id: string | null;
  ref: StyleRef;
  /** 1–9 when the style is a built-in heading; otherwise from the outline level it carries. */
  headingLevel: number | null;
  /** A built-in heading style: its level wins over an outline level set on the paragraph. */
  builtInHeading: boolean;
  /** Whether the style (through basedOn) says its text is bold. */
  bold: boolean;
  numbering: NumberingReference | null;
}

export class StyleSheet {
  private readonly definitions = new Map<string, StyleDefinition>();
  private readonly resolved = new Map<string, ParagraphStyle>();
  private readonly characterBold = new Map<string, boolean>();
  private readonly defaultStyleId: string | null;
  /** `w:b` in the document defaults' run properties. */
  readonly defaultBold: boolean;

  constructor(root: XmlNode | null) {
    let defaultId: string | null = null;
    let defaultBold = false;
    for (const node of root?.children ?? []) {
      if (node.name === "w:docDefaults") {
        const runProperties = childElement(childElement(node, "w:rPrDefault"), "w:rPr");
        defaultBold = readOnOff(childElement(runProperties, "w:b")) ?? false;
        continue;
      }
      if (node.name !== "w:style") continue;
      const id = node.attributes.get("w:styleId");
      if (id === undefined || this.definitions.has(id)) continue;
      const type = node.attributes.get("w:type") ?? "paragraph";
      const paragraphProperties = childElement(node, "w:pPr");
      const numPr = childElement(paragraphProperties, "w:numPr");
      const outline = childElement(paragraphProperties, "w:outlineLvl")?.attributes.get("w:val");
      const definition: StyleDefinition = {
        id,
        type,
        name: childElement(node, "w:name")?.attributes.get("w:val") ?? null,
        basedOn: childElement(node, "w:basedOn")?.attributes.get("w:val") ?? null,
        isDefault: isOn(node.attributes.get("w:default") ?? "0"),
        outlineLevel: outline === undefined ? null : parseIntegerOrNull(outline),
        numbering: numPr ? readNumberingReference(numPr) : null,
        bold: readOnOff(childElement(childElement(node, "w:rPr"), "w:b")),
      };
      this.definitions.set(id, definition);
      if (type === "paragraph" && definition.isDefault && defaultId === null) defaultId = id;
    }
    if (defaultId === null && this.definitions.get("Normal")?.type === "paragraph") defaultId = "Normal";
    this.defaultStyleId = defaultId;
    this.defaultBold = defaultBold;
  }

  /** The style a paragraph without `w:pStyle` has. Word always has one ("Normal"), even without styles.xml. */
  defaultParagraphStyle(): ParagraphStyle {
    if (this.defaultStyleId !== null) return this.paragraphStyle(this.defaultStyleId)!;
    return {
      id: null,
      ref: { name: "Normal", builtIn: "Normal" },
      headingLevel: null,
      builtInHeading: false,
      bold: false,
      numbering: null,
    };
  }

  /** A paragraph style by id; undefined when styles.xml does not define it. */
  paragraphStyle(id: string): ParagraphStyle | undefined {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const definition = this.definitions.get(id);
    if (!definition) return undefined;
    const chain = this.chain(definition);
    const name = definition.name ?? definition.id;
    const builtIn =
      resolveBuiltInStyleName(name) ?? (definition.name === null ? null : resolveBuiltInStyleName(id));
    const heading = builtIn !== null && /^Heading[1-9]$/.test(builtIn) ? Number(builtIn.slice(7)) : null;
    const outline = chain.find((style) => style.outlineLevel !== null)?.outlineLevel ?? null;
    const style: ParagraphStyle = {
      id,
      ref: { name: displayName(name, builtIn), builtIn },
      headingLevel: heading ?? outlineToHeadingLevel(outline),
      builtInHeading: heading !== null,
      bold: chain.find((style) => style.bold !== null)?.bold ?? false,
      numbering: inheritNumbering(chain),
    };
    this.resolved.set(id, style);
    return style;
  }

  /** Whether a character style (through basedOn) makes text bold; undefined when it does not exist. */
  characterStyleBold(id: string): boolean | undefined {
    const cached = this.characterBold.get(id);
    if (cached !== undefined) return cached;
    const definition = this.definitions.get(id);
    if (!definition) return undefined;
    const bold = this.chain(definition).find((style) => style.bold !== null)?.bold ?? false;
    this.characterBold.set(id, bold);
    return bold;
  }

  /** The numbering a numbering style (`w:type="numbering"`) points at, for `w:numStyleLink`. */
  numberingStyleReference(id: string): NumberingReference | null {
    const definition = this.definitions.get(id);
    return definition ? inheritNumbering(this.chain(definition)) : null;
  }

  /** The style and its ancestors through basedOn, nearest first, each at most once. */
  private chain(start: StyleDefinition): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    for (let style: StyleDefinition | undefined = start; style && !seen.has(style.id);) {
      seen.add(style.id);
      chain.push(style);
      style = style.basedOn === null ? undefined : this.definitions.get(style.basedOn);
    }
    return chain;
  }
}

function readNumberingReference(numPr: XmlNode): NumberingReference {
  const numId = childElement(numPr, "w:numId")?.attributes.get("w:val") ?? null;
  const level = childElement(numPr, "w:ilvl")?.attributes.get("w:val");
  return { numId, level: level === undefined ? null : parseIntegerOrNull(level) };
}

/** The nearest numId in the chain, with the nearest level given alongside or above it. */
function inheritNumbering(chain: StyleDefinition[]): NumberingReference | null {
  let numId: string | null = null;
  let level: number | null = null;
  for (const style of chain) {
    if (style.numbering === null) continue;
    if (numId === null) numId = style.numbering.numId;
    if (level === null) level = style.numbering.level;
  }
  return numId === null && level === null ? null : { numId, level };
}

/** `w:outlineLvl` 0–8 is heading level 1–9; 9 (and anything else) is body text. */
export function outlineToHeadingLevel(outline: number | null): number | null {
  return outline !== null && outline >= 0 && outline <= 8 ? outline + 1 : null;
}

export function parseIntegerOrNull(value: string): number | null {
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : null;
}

/** Word stores some built-in names in lower case ("heading 1") but shows them capitalised. */
function displayName(name: string, builtIn: string | null): string {
  return builtIn === null ? name : name.charAt(0).toUpperCase() + name.slice(1);
}
