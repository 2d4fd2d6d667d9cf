import { foldText, listMarkerOf, wordCount } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import type { Line } from "./lines";
import { item } from "./result-areas";
import type { Competency } from "./schema";

const LEVEL = /\(\s*(?:niveau\s*|level\s*)?([1-9])(?:\s*(?:[/\-–]|tot)\s*([1-9]))?\s*\)/iu;

export interface CompetencyLine {
  name: string;
  level: string | null;
}

/**
 * Reads `Naam (niveau):` — `Aansturen (5):`, `Ondernemend en commercieel handelen (4/5)`,
 * `Samenwerken:` — into name and level. Returns null for text that cannot be a competency line.
 */
export function readCompetencyLine(text: string): CompetencyLine | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 100) return null;
  const levelMatch = LEVEL.exec(trimmed);
  let name = trimmed;
  let level: string | null = null;
  if (levelMatch) {
    const after = trimmed.slice(levelMatch.index + levelMatch[0].length);
    if (!/^\s*[:.]?\s*$/.test(after)) return null;
    name = trimmed.slice(0, levelMatch.index);
    level = levelMatch[2] ? `${levelMatch[1]}/${levelMatch[2]}` : levelMatch[1]!;
  }
  name = name.replace(/\s*:\s*$/, "").trim();
  if (name === "" || wordCount(name) > 12 || /[.;!?]$/.test(name)) return null;
  return { name, level };
}

function isListed(line: Line): boolean {
  return line.block.list !== null || listMarkerOf(line.block.text) !== null;
}

/**
 * Whether a line starts a competency rather than being one of its behaviour examples. A behaviour is
 * a list item or plain running text; a competency line is short, not listed, starts with a capital and
 * carries a sign: a level, a final colon, bold or heading formatting, or a name the library knows.
 */
export function isCompetencyLine(line: Line, knownNames: ReadonlySet<string>): CompetencyLine | null {
  if (line.empty || isListed(line)) return null;
  const parsed = readCompetencyLine(line.text);
  if (!parsed) return null;
  if (!/^[\p{Lu}\d]/u.test(parsed.name)) return null;
  const colon = /:\s*$/.test(line.text);
  const signs =
    parsed.level !== null ||
    colon ||
    line.block.bold ||
    line.block.headingLevel !== null ||
    knownNames.has(foldText(parsed.name));
  if (!signs) return null;
  // A lone "Xxx" left by the template is a placeholder line, not a competency named "Xxx".
  if (parsed.level === null && isPlaceholderOnly(parsed.name)) return null;
  return parsed;
}

/**
 * Competencies and their behaviour examples. Lines before the first competency line are the section's
 * introduction (often template guidance) and are left to the rules. A placeholder-only line that is not
 * a list item ends the current competency's examples: it is the template's slot for another competency.
 */
export function parseCompetencies(lines: Line[], knownNames: ReadonlySet<string>): Competency[] {
  const competencies: Competency[] = [];
  let current: Competency | null = null;
  for (const line of lines) {
    if (line.empty) continue;
    const heading = isCompetencyLine(line, knownNames);
    if (heading) {
      const tag = line.block.contentControl?.tag ?? null;
      current = {
        name: heading.name,
        level: heading.level,
        nameRange: { start: line.index, end: line.index },
        behaviours: [],
        range: { start: line.index, end: line.index },
        placeholder: isPlaceholderOnly(heading.name),
        libraryTag: tag && tag.startsWith("profielwijzer:") ? tag : null,
      };
      competencies.push(current);
      continue;
    }
    if (!current) continue;
    if (!isListed(line) && isPlaceholderOnly(line.text)) {
      current = null;
      continue;
    }
    const behaviour = item(line);
    if (behaviour.text === "") continue;
    current.behaviours.push(behaviour);
    current.range = { start: current.range.start, end: line.index };
  }
  return competencies;
}
