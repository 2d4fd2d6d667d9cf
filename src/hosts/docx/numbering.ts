import type { ListInfo } from "../../core/snapshot/schema";
import { parseIntegerOrNull, type StyleSheet } from "./styles";
import { childElement, type XmlNode } from "./xml";

/**
 * word/numbering.xml: resolves a paragraph's `w:numId`/`w:ilvl` to a list and computes the label Word shows,
 * counting in document order.
 *
 * Counting follows Word: numbering instances (`w:num`) that share an abstract definition count on together,
 * unless an instance restarts a level with `w:lvlOverride/w:startOverride` (what "Restart at 1" writes); such
 * an instance keeps counters of its own. A level restarts after any higher level unless `w:lvlRestart` says
 * otherwise. `w:numStyleLink` is followed through the numbering style to the definition it links to.
 */

interface LevelDefinition {
  start: number;
  format: string;
  text: string | null;
  /** `w:lvlRestart`: restart after levels above this 1-based level; null = after any higher level. */
  restart: number | null;
  legal: boolean;
  styleId: string | null;
  pictureBullet: boolean;
}

interface AbstractDefinition {
  id: string;
  levels: Map<number, LevelDefinition>;
  numStyleLink: string | null;
}

interface Instance {
  id: string;
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

/** Levels 0–8 of one counter set; undefined = not counted yet. */
type Counters = (number | undefined)[];

export class Numbering {
  private readonly abstracts = new Map<string, AbstractDefinition>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, Counters>();
  private readonly styles: StyleSheet;

  constructor(root: XmlNode | null, styles: StyleSheet) {
    this.styles = styles;
    for (const node of root?.children ?? []) {
      if (node.name === "w:abstractNum") {
        const id = node.attributes.get("w:abstractNumId");
        if (id === undefined || this.abstracts.has(id)) continue;
        const levels = new Map<number, LevelDefinition>();
        for (const child of node.children) {
          if (child.name !== "w:lvl") continue;
          const level = parseIntegerOrNull(child.attributes.get("w:ilvl") ?? "0");
          if (level !== null && level >= 0 && level <= 8 && !levels.has(level))
            levels.set(level, readLevel(child));
        }
        const link = childElement(node, "w:numStyleLink")?.attributes.get("w:val") ?? null;
        this.abstracts.set(id, { id, levels, numStyleLink: link });
      } else if (node.name === "w:num") {
        const id = node.attributes.get("w:numId");
        const abstractId = childElement(node, "w:abstractNumId")?.attributes.get("w:val");
        if (id === undefined || abstractId === undefined || this.instances.has(id)) continue;
        const instance: Instance = { id, abstractId, startOverrides: new Map(), levelOverrides: new Map() };
        for (const override of node.children) {
          if (override.name !== "w:lvlOverride") continue;
          const level = parseIntegerOrNull(override.attributes.get("w:ilvl") ?? "");
          if (level === null || level < 0 || level > 8) continue;
          const start = childElement(override, "w:startOverride")?.attributes.get("w:val");
          const startValue = start === undefined ? null : parseIntegerOrNull(start);
          if (startValue !== null) instance.startOverrides.set(level, startValue);
          const definition = childElement(override, "w:lvl");
          if (definition) instance.levelOverrides.set(level, readLevel(definition));
        }
        this.instances.set(id, instance);
      }
    }
  }

  /**
   * The list a paragraph belongs to, counted: call once per numbered paragraph, in document order.
   * `level` null means "not given": the level whose `w:pStyle` is the paragraph's style, else 0.
   * Returns null when the numbering instance is unknown.
   */
  next(numId: string, level: number | null, paragraphStyleId: string | null): ListInfo | null {
    const instance = this.instances.get(numId);
    if (!instance) return null;
    const abstract = this.resolveAbstract(instance.abstractId);
    if (!abstract) return null;
    const ilvl = clampLevel(level ?? findStyleLevel(abstract, paragraphStyleId) ?? 0);
    const definitionOf = (l: number) => instance.levelOverrides.get(l) ?? abstract.levels.get(l);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? definitionOf(l)?.start ?? 0;

    const key = instance.startOverrides.size > 0 ? `num:${instance.id}` : `abstract:${abstract.id}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = new Array<number | undefined>(9).fill(undefined);
      this.counters.set(key, counters);
    }
    const previous = counters[ilvl];
    counters[ilvl] = previous === undefined ? startOf(ilvl) : previous + 1;
    for (let deeper = ilvl + 1; deeper <= 8; deeper++) {
      const restart = definitionOf(deeper)?.restart ?? null;
      if (restart === null || ilvl < restart) counters[deeper] = undefined;
    }

    const definition = definitionOf(ilvl);
    const format = definition?.format ?? "decimal";
    return {
      level: ilvl,
      ordered: format !== "bullet" && format !== "none",
      label: definition ? composeLabel(definition, counters, definitionOf, startOf) : null,
      listId: numId,
    };
  }

  /** Follows `w:numStyleLink` (through the numbering style's own numId) to the defining abstract. */
  private resolveAbstract(abstractId: string): AbstractDefinition | undefined {
    let abstract = this.abstracts.get(abstractId);
    const seen = new Set<string>();
    while (abstract?.numStyleLink && !seen.has(abstract.id)) {
      seen.add(abstract.id);
      const numId = this.styles.numberingStyleReference(abstract.numStyleLink)?.numId;
      const linked = numId ? this.instances.get(numId) : undefined;
      const target = linked ? this.abstracts.get(linked.abstractId) : undefined;
      if (!target || seen.has(target.id)) break;
      abstract = target;
    }
    return abstract;
  }
}

function readLevel(node: XmlNode): LevelDefinition {
  const value = (name: string) => childElement(node, name)?.attributes.get("w:val");
  // Word 2010+ wraps custom formats in mc:AlternateContent with a plain w:numFmt as fallback.
  const format =
    value("w:numFmt") ??
    childElement(
      childElement(childElement(node, "mc:AlternateContent"), "mc:Fallback"),
      "w:numFmt",
    )?.attributes.get("w:val") ??
    "decimal";
  const restart = value("w:lvlRestart");
  return {
    start: parseIntegerOrNull(value("w:start") ?? "0") ?? 0,
    format,
    text: value("w:lvlText") ?? null,
    restart: restart === undefined ? null : parseIntegerOrNull(restart),
    legal:
      childElement(node, "w:isLgl") !== undefined && value("w:isLgl") !== "0" && value("w:isLgl") !== "false",
    styleId: value("w:pStyle") ?? null,
    pictureBullet: childElement(node, "w:lvlPicBulletId") !== undefined,
  };
}

function findStyleLevel(abstract: AbstractDefinition, styleId: string | null): number | null {
  if (styleId === null) return null;
  for (const [level, definition] of abstract.levels) if (definition.styleId === styleId) return level;
  return null;
}

function clampLevel(level: number): number {
  return Math.min(8, Math.max(0, level));
}

function composeLabel(
  definition: LevelDefinition,
  counters: Counters,
  definitionOf: (level: number) => LevelDefinition | undefined,
  startOf: (level: number) => number,
): string {
  if (definition.format === "bullet") {
    if (definition.pictureBullet || !definition.text) return "•";
    return replaceSymbolFontCharacters(definition.text);
  }
  const text = definition.text ?? "";
  return text.replace(/%([1-9])/g, (_, digit: string) => {
    const level = Number(digit) - 1;
    const value = counters[level] ?? startOf(level);
    const format = definition.legal ? "decimal" : (definitionOf(level)?.format ?? "decimal");
    return formatNumber(value, format);
  });
}

/** Bullets in Symbol/Wingdings fonts are private-use code points (U+F0B7…): show them as "•". */
function replaceSymbolFontCharacters(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, "•");
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "none":
      return "";
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case "lowerLetter":
      return formatLetter(value).toLowerCase();
    case "upperLetter":
      return formatLetter(value);
    case "lowerRoman":
      return formatRoman(value).toLowerCase();
    case "upperRoman":
      return formatRoman(value);
    case "decimalEnclosedParen":
      return `(${value})`;
    default:
      return String(value);
  }
}

/** Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated, not base 26). */
function formatLetter(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const numerals: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let result = "";
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}
