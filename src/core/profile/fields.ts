import type { FieldDef } from "../../data/template-schema";
import { foldText, memoise } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import type { Field } from "./schema";
import type { Line, TableView } from "./lines";
import { cellAt } from "./lines";

interface LabelSet {
  /** Longest first, so "Direct leidinggevende" wins over "Leidinggevende". */
  patterns: Array<{ label: string; pattern: RegExp }>;
  /** First words of the labels: a cheap test that rules out almost every line. */
  firstWords: Set<string>;
}

const labelSets = new WeakMap<readonly string[], LabelSet>();

function labelSet(labels: readonly string[]): LabelSet {
  let set = labelSets.get(labels);
  if (!set) {
    const sorted = [...labels].sort((a, b) => b.length - a.length);
    set = {
      // Word by word, so "Direct  leidinggevende" still matches.
      patterns: sorted.map((label) => ({
        label,
        pattern: new RegExp(
          "^" +
            foldText(label)
              .split(" ")
              .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
              .join("[\\s\\u00a0]+") +
            "(?![\\p{L}\\p{N}])",
          "u",
        ),
      })),
      firstWords: new Set(
        sorted.map((label) =>
          foldText(label)
            .split(" ")[0]!
            .replace(/[^a-z0-9]+$/, ""),
        ),
      ),
    };
    labelSets.set(labels, set);
  }
  return set;
}

/** A paragraph's start without diacritics, lower case (every field's labels are tried on the same start). */
const foldHead = memoise((head) =>
  head
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase(),
);

/** Labels are short: only the start of a paragraph can hold one. */
const LABEL_ZONE = 80;

/**
 * Finds the label a text starts with and where the value begins in the *raw* block text (so a
 * placeholder value can be replaced character-exactly). Accepts `Label: value`, `Label : value`,
 * `Label\t:\tvalue` and a bare `Label` (value in the next cell).
 */
export function splitLabel(
  raw: string,
  labels: readonly string[],
): { label: string; valueStart: number } | null {
  const set = labelSet(labels);
  const folded = foldHead(raw.slice(0, LABEL_ZONE));
  const leading = folded.length - folded.trimStart().length;
  const firstWord = /^[^\s\u00a0:.]*/.exec(folded.slice(leading))![0];
  if (!set.firstWords.has(firstWord)) return null;
  for (const { pattern } of set.patterns) {
    const match = pattern.exec(folded.slice(leading));
    if (!match) continue;
    const afterLabel = leading + match[0].length;
    const rest = raw.slice(afterLabel);
    const separator = /^[\s\u00a0]*[:.]?[\s\u00a0]*/.exec(rest)![0];
    if (!separator.includes(":") && rest.trim() !== "" && !separator.includes("\t")) continue;
    return { label: raw.slice(leading, afterLabel).trim(), valueStart: afterLabel + separator.length };
  }
  return null;
}

function makeField(key: string, label: string, line: Line, valueStart: number): Field {
  const raw = line.block.text;
  const value = raw.slice(valueStart).trimEnd();
  return {
    key,
    label,
    value: value.trim(),
    range: { start: line.index, end: line.index },
    valueChars: { start: valueStart, end: valueStart + value.length },
    placeholder: value.trim() === "" || isPlaceholderOnly(value),
  };
}

/**
 * Reads every labelled field the template defines, wherever it stands: inline (`Datum: …`) or as a
 * label cell followed by a value cell. The first occurrence of a key wins.
 */
export function parseFields(
  lines: Line[],
  defs: readonly FieldDef[],
  tables: Map<number, TableView>,
  exclude: (line: Line) => boolean,
): Field[] {
  const fields: Field[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.empty || exclude(line)) continue;
    for (const def of defs) {
      if (seen.has(def.key)) continue;
      const split = splitLabel(line.block.text, def.labels);
      if (!split) continue;
      let field = makeField(def.key, split.label, line, split.valueStart);
      if (field.value === "" && line.cell) {
        const valueLine = valueCellLine(line, tables);
        if (valueLine) {
          const next = makeField(def.key, split.label, valueLine, 0);
          field = { ...next, range: { start: line.index, end: valueLine.index } };
        } else {
          field = { ...field, placeholder: true };
        }
      }
      fields.push(field);
      seen.add(def.key);
      break;
    }
  }
  return fields;
}

/** The first filled paragraph of the cell right of a label cell. */
function valueCellLine(line: Line, tables: Map<number, TableView>): Line | undefined {
  const cell = line.cell!;
  const row = tables.get(cell.table)?.rows.find((candidate) => candidate.row === cell.row);
  if (!row) return undefined;
  const next = cellAt(row, cell.column + cell.span);
  // A label in a table nested inside a merged cell has that same outer cell "to its right": no value there.
  if (!next || next.column === cell.column) return undefined;
  return next.lines.find((candidate) => !candidate.empty) ?? next.lines[0];
}
