import type { TemplateSection } from "../../data/template-schema";
import { cleanLabel, collapseSpace, foldText, isAllCaps, wordCount } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";
import type { Signature, TextItem } from "./schema";
import { splitLabel } from "./fields";
import { isSignatureLine } from "./detect-template";
import type { Line, TableView } from "./lines";
import { cellText, firstFilled } from "./lines";

/** Words that name the kind of document, not the function ("FUNCTIEPROFIEL" in the header bar). */
const DOCUMENT_KIND_WORDS = new Set(
  [
    "functieprofiel",
    "functiebeschrijving",
    "resultaatprofiel",
    "competentieprofiel",
    "functieomschrijving",
    "normfunctie",
    "referentiefunctie",
    "ufo-profiel",
    "profiel",
    "vacature",
    // "Generieke functiebeschrijving …": the qualifier goes with the kind.
    "generieke",
    // An FGR page is headed "Functiegroep Adviseur": the group's name follows the word.
    "functiegroep",
  ].map(foldText),
);

/** The first word of a title and the rest. */
const KIND_FIRST = /^(\S+?):?\s*[–—-]?\s+(\S.*)$/u;
/** "Wmo-consulent gemeente Maasbergen": the employer after the function's name. */
const TRAILING_ORGANISATION =
  /\s+(?:bij\s+(?:de\s+)?)?(?:gemeente|provincie|waterschap|hoogheemraadschap|ministerie van)\s+\p{Lu}[\p{L}\s'-]*$/u;

/** A document kind in two words, as English-language house styles head a profile ("Role profile — …"). */
const DOCUMENT_KIND_PHRASE =
  /^(?:role|job|position|function)\s+(?:profile|description)\s*(?:[:–—-]\s*|\s(?=\S))/iu;

/** "Rolprofiel", "UFO-functieprofiel": a word ending in -profiel or -beschrijving names a document kind too. */
export function isDocumentKindWord(text: string): boolean {
  // "Generieke functiebeschrijving", "Concept-functieprofiel": the kind with its qualifier.
  const folded = foldText(text)
    .replace(/[:–—-]+$/u, "")
    .replace(/^(?:generieke|concept)(?:\s+|-)(?=\S)/u, "");
  return DOCUMENT_KIND_WORDS.has(folded) || /^[\p{L}-]*(?:profiel|beschrijving)$/u.test(folded);
}

function textItem(line: Line, text = line.text): TextItem {
  return { text, range: { start: line.index, end: line.index }, placeholder: isPlaceholderOnly(text) };
}

/** Words that open the name of a collection or a page, never a function ("Functieboek …", "Werken bij …"). */
const COLLECTION_START =
  /^(?:functieboek|functiehuis|functieplattegrond|functiegebouw|referentiefuncties|werken bij|vacatures?|normfuncties)\b/iu;

/** A line that names a set of functions ("BESCHRIJVINGEN VAN DE MATRIXFUNCTIES", "Functieprofielen 2024"). */
const COLLECTION_LINE =
  /^(?:(?:functie)?beschrijvingen|functieprofielen|profielen|overzicht van (?:de )?functies|bijlage)\b/iu;

/** An organisation's name after the function ("Pedagogisch medewerker - Kinderopvang De Speelweide"). */
const ORGANISATION_WORDS =
  /\b(?:gemeente|provincie|waterschap|stichting|kinderopvang|universiteit|hogeschool|scholengroep|ziekenhuis|zorggroep|b\.?v\.?|n\.?v\.?)\b/iu;

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 && words.every((word) => /^[\p{Lu}\d]/u.test(word));
}

/** A trailing remark that is not part of the name: "(7)", "(FWG 45)", "(schaal 8)", "(FP-MAN-04)", "(m/v)". */
const TRAILING_REMARK =
  /\s*\((?:[^()]*\d[^()]*|[\p{Lu}\d .\-/]{1,12}|[^()]*\b(?:schaal|fwg|functiegroep|groep|niveau|m\/v|v\/m)\b[^()]*)\)\s*$/u;

/**
 * The function's name from a title line: the parts around " - " that name the document, the
 * collection or the organisation go ("Functieboek Scholengroep De Vaart - docent LC", "Afdelingsmanager
 * vers II (7) - Referentiefuncties Levensmiddelenbedrijf").
 */
function functionPart(text: string): string {
  const parts = text.split(/\s+[–—|-]\s+/u);
  const aside = (part: string) =>
    COLLECTION_START.test(part) ||
    isDocumentKindWord(part.split(/\s+/)[0]!) ||
    DOCUMENT_KIND_PHRASE.test(part) ||
    ORGANISATION_WORDS.test(part);
  // "Role profile – Product Owner Payments – Tapgrid": the kind, the name, the organisation.
  if (parts.length === 3 && aside(parts[0]!) && !aside(parts[1]!)) return parts[1]!;
  if (parts.length !== 2) return text;
  const [left, right] = parts as [string, string];
  if (aside(left) && !aside(right)) return right;
  if (aside(right) || isTitleCase(right)) return left;
  return text;
}

/**
 * The function's name as a clean title: without numbering, final colon or a leading document kind
 * ("Functiebeschrijving: Medewerker klantenservice", "Resultaatprofiel Accountmanager II"), and only
 * the first line of a paragraph that goes on with fields after a line break.
 */
function titleItem(line: Line, text: string): TextItem {
  const firstLine = text.split("\n").find((piece) => piece.trim() !== "") ?? text;
  let clean = cleanLabel(firstLine).replace(DOCUMENT_KIND_PHRASE, "");
  // "Kernprofiel functiegroep Adviseur": each word that names the kind of document goes.
  for (
    let match = KIND_FIRST.exec(clean);
    match && isDocumentKindWord(match[1]!);
    match = KIND_FIRST.exec(clean)
  )
    clean = match[2]!;
  const name = functionPart(clean).replace(TRAILING_ORGANISATION, "");
  // "U.08 Uitvoerder II (G)": a sector's function code before the name and its group letter after it.
  const bare = name
    .replace(/^[A-Z]{1,3}[.\d]*\d\s+(?=\p{L})/u, "")
    .replace(TRAILING_REMARK, "")
    .trim();
  return textItem(line, bare === "" ? name : bare);
}

/** A title has words: not a number, a code or a date ("0703", "maart 2025"). */
function hasWords(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "").length;
  return letters >= 3 && !DATE.test(text.trim());
}
const DATE =
  /^(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}$/iu;

/** `Functie: Key accountmanager`, `Functienaam: …`: a title given as a field. */
const TITLE_LABELS = [
  "Functie",
  "Functienaam",
  "Functietitel",
  "Naam functie",
  "Naam van de functie",
  "Benaming functie",
  "Functiebenaming",
  // The Rijksoverheid's own name for a function within a functiegroep.
  "Doopnaam",
  "Roltitel",
  "Rolnaam",
];

/** A cell that holds only a label (`Functienummer`, `Functie:`): its value is in the next cell. */
function isBareLabel(line: Line | undefined, labels: readonly string[]): boolean {
  const split = line ? splitLabel(line.block.text, labels) : null;
  return split !== null && line!.block.text.slice(split.valueStart).trim() === "";
}

/**
 * The header table: the first table, when it comes before every section heading and holds one of the
 * header's field labels (or sits at the very top of the document).
 */
export function findHeaderTable(
  lines: Line[],
  tables: Map<number, TableView>,
  header: TemplateSection,
  firstHeadingIndex: number,
): TableView | null {
  // A document-kind banner ("FUNCTIEPROFIEL") above the table does not count as content before it.
  const firstFilledLine = lines.find((line) => !line.empty && !isDocumentKindWord(line.text));
  for (const table of tables.values()) {
    if (table.range.start >= firstHeadingIndex) break;
    const tableLines = lines.slice(table.range.start, table.range.end + 1);
    const hasField = tableLines.some((line) =>
      header.fields.some((field) => splitLabel(line.block.text, field.labels) !== null),
    );
    if (hasField || table.range.start === firstFilledLine?.index) return table;
  }
  return null;
}

/**
 * The function title in the header table: among the cells that are neither a field nor the document
 * kind, prefer a bold one, then one that does not look like "company / department", then the middle.
 */
export function findHeaderTitle(table: TableView, header: TemplateSection): TextItem | null {
  const candidates: Array<{ line: Line; score: number; order: number }> = [];
  const fieldLabels = header.fields.flatMap((field) => field.labels);
  const isField = (line: Line) => splitLabel(line.block.text, fieldLabels) !== null;
  let order = 0;
  for (const row of table.rows) {
    let left: Line | undefined;
    for (const cell of row.cells) {
      const line = firstFilled(cell.lines);
      const labelCell = left;
      left = line;
      order++;
      if (!line) continue;
      // A label | value table: the value of `Functie` is the title, the value of `Functienummer` never.
      if (isBareLabel(labelCell, TITLE_LABELS)) return titleItem(line, line.text);
      if (isBareLabel(labelCell, fieldLabels) || isField(line)) continue;
      if (isDocumentKindWord(line.text)) continue;
      let score = 0;
      if (line.block.bold) score += 2;
      if (line.block.headingLevel !== null || line.block.style.builtIn === "Title") score += 2;
      if (line.text.includes("/")) score -= 1;
      if (row.cells.length === 3 && cell === row.cells[1]) score += 1;
      candidates.push({ line, score, order });
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.order - a.order);
  const best = candidates[0];
  return best ? titleItem(best.line, best.line.text) : null;
}

/** A paragraph in Word's Title style before the first section: the writer named the function there. */
export function findStyledTitle(lines: Line[], before: number): TextItem | null {
  const candidates = lines.filter(
    (candidate) =>
      candidate.index < before &&
      !candidate.cell &&
      !candidate.empty &&
      !isDocumentKindWord(candidate.text) &&
      hasWords(candidate.text),
  );
  // Word's Title style first, then a Heading 1 (web pages and scripts write the title as one).
  const line =
    candidates.find((candidate) => candidate.block.style.builtIn === "Title") ??
    candidates.find((candidate) => candidate.block.headingLevel === 1 && wordCount(candidate.text) <= 12);
  return line ? titleItem(line, line.text) : null;
}

/** A stand-alone title line before the first section: short, and styled or written like a title. */
export function findTitleLine(lines: Line[], before: number, styledOnly: boolean): TextItem | null {
  const candidates = lines.filter(
    (line) =>
      line.index < before &&
      !line.empty &&
      wordCount(line.text) <= 12 &&
      !isDocumentKindWord(line.text) &&
      !COLLECTION_LINE.test(line.text) &&
      hasWords(line.text),
  );
  // Title style, then Heading 1, then bold or capitals: an organisation's name in bold above a
  // Heading 1 title is not the title.
  // "Teamleider Expeditie⏎Distributiecentrum Tiel | …": a bold first line above a plain one.
  const boldFirstLine = (line: Line) => {
    const raw = line.block.text;
    const end = raw.indexOf("\n");
    return end > 0 && line.block.boldPrefix >= end;
  };
  const styled =
    candidates.find((line) => line.block.style.builtIn === "Title") ??
    candidates.find((line) => line.block.headingLevel === 1) ??
    candidates.find(
      (line) =>
        line.block.headingLevel !== null || line.block.bold || boldFirstLine(line) || isAllCaps(line.text),
    );
  // "Baldersma Retail B.V. – HR Services": a plain running line names the organisation, not the function.
  const plain = candidates.find((line) => !ORGANISATION_WORDS.test(line.text.split(/\s+[–—|-]\s+/u)[0]!));
  const chosen = styled ?? (styledOnly ? undefined : plain);
  return chosen ? titleItem(chosen, chosen.block.text) : null;
}

/** The signature table: a table with a cell that starts with "Handtekening", "Voor akkoord", … */
export function findSignatureTable(lines: Line[], tables: Map<number, TableView>): TableView | null {
  for (const table of tables.values()) {
    if (lines.slice(table.range.start, table.range.end + 1).some((line) => isSignatureLine(line)))
      return table;
  }
  return null;
}

/**
 * The filled lines of a cell, split at manual line breaks: "dd. 8 december\n\nA. Kuipers" typed with
 * Shift+Enter is a date line and a name line in one paragraph.
 */
function linePieces(lines: Line[]): Array<[Line, string]> {
  return lines.flatMap((line) =>
    line.block.text
      .split("\n")
      .map((piece) => collapseSpace(piece))
      .filter((piece) => piece !== "")
      .map((piece): [Line, string] => [line, piece]),
  );
}

const DATE_HINT = /^(?:dd\.?|datum\b|d\.d\.|\d{1,2}[-/.\s])/i;

/**
 * Signing parties, one per column of the row with the "Handtekening …" labels; below each label the
 * date line (`dd. …`, `Datum …`, a date) and the name line (the last filled line of the column).
 */
/** Column labels of a signature table laid out with one row per signing party. */
const PARTY_COLUMNS = { name: /^naam\b/i, date: /^(?:datum|date)\b/i, sign: /^(?:handtekening|paraaf)\b/i };

/**
 * `Rol | Naam | Datum | Handtekening` over a row per party (`Medewerker (voor gezien) | … | … | …`):
 * the parties are the rows, their name and date in the columns so labelled. Null for another layout.
 */
function parsePartyRows(table: TableView): Signature | null {
  const header = table.rows[0];
  if (!header || table.rows.length < 2) return null;
  const columnOf = (pattern: RegExp) =>
    header.cells.find((cell) => pattern.test(cellText(cell).trim()))?.column ?? null;
  const nameColumn = columnOf(PARTY_COLUMNS.name);
  const dateColumn = columnOf(PARTY_COLUMNS.date);
  if (nameColumn === null || dateColumn === null || columnOf(PARTY_COLUMNS.sign) === null) return null;
  const piece = (row: TableView["rows"][number], column: number, at: Line): TextItem => {
    const cell = row.cells.find((candidate) => candidate.column === column);
    const filled = cell ? firstFilled(cell.lines) : undefined;
    return filled ? textItem(filled) : { ...textItem(at, ""), placeholder: true };
  };
  const parties = table.rows.slice(1).flatMap((row) => {
    const labelLine = firstFilled(row.cells[0]?.lines ?? []);
    if (!labelLine) return [];
    return [
      {
        label: labelLine.text,
        name: piece(row, nameColumn, labelLine),
        date: piece(row, dateColumn, labelLine),
      },
    ];
  });
  return parties.length > 0 ? { range: table.range, parties } : null;
}

export function parseSignatureTable(table: TableView): Signature {
  const byRows = parsePartyRows(table);
  if (byRows) return byRows;
  const labelRowIndex = table.rows.findIndex((row) =>
    row.cells.some((cell) => {
      const line = firstFilled(cell.lines);
      return line ? isSignatureLine(line) : false;
    }),
  );
  const labelRow = table.rows[Math.max(labelRowIndex, 0)]!;
  const parties: Signature["parties"] = labelRow.cells
    .filter((cell) => cellText(cell) !== "")
    .map((cell) => {
      let date: TextItem | null = null;
      let name: TextItem | null = null;
      const below = table.rows.slice(labelRowIndex + 1);
      for (const row of below) {
        const match = row.cells.find((candidate) => candidate.column === cell.column);
        for (const [line, text] of linePieces(match?.lines ?? [])) {
          if (!date && DATE_HINT.test(text)) date = textItem(line, text);
          else name = textItem(line, text);
        }
      }
      // Cells of the label row may also hold the date and name below the label.
      for (const [line, text] of linePieces(cell.lines).slice(1)) {
        if (!date && DATE_HINT.test(text)) date = textItem(line, text);
        else if (!name) name = textItem(line, text);
      }
      return { label: cellText(cell).split("\n")[0]!, date, name };
    });
  return { range: table.range, parties };
}

const NAME_LABEL = /^(?:naam|name)\s*:?\s*/i;
const DATE_LABEL = /^(?:datum|date|dd\.?)\s*:?\s*/i;

/**
 * A signature block written as paragraphs instead of a table:
 * `Handtekening leidinggevende (voor akkoord):` followed by `Naam: …` and `Datum: …` lines.
 * Returns the lines it spans, or null when there is none outside tables.
 */
export function findSignatureLines(lines: Line[]): Line[] | null {
  const start = lines.findIndex((line) => !line.cell && isSignatureLine(line));
  if (start < 0) return null;
  const block: Line[] = [];
  for (const line of lines.slice(start)) {
    if (line.cell) break;
    const belongs =
      line.empty ||
      isSignatureLine(line) ||
      NAME_LABEL.test(line.text) ||
      DATE_LABEL.test(line.text) ||
      isPlaceholderOnly(line.text);
    if (!belongs) break;
    block.push(line);
  }
  while (block.length > 0 && block[block.length - 1]!.empty) block.pop();
  return block;
}

export function parseSignatureLines(block: Line[]): Signature {
  const parties: Signature["parties"] = [];
  for (const line of block) {
    if (line.empty) continue;
    if (isSignatureLine(line)) {
      parties.push({ label: line.text.replace(/\s*:\s*$/, ""), date: null, name: null });
      continue;
    }
    const party = parties[parties.length - 1];
    if (!party) continue;
    const nameMatch = NAME_LABEL.exec(line.text);
    const dateMatch = DATE_LABEL.exec(line.text);
    if (dateMatch && !party.date) party.date = textItem(line, line.text);
    else if (nameMatch) party.name = textItem(line, line.text.slice(nameMatch[0].length) || "");
    else if (!party.name) party.name = textItem(line);
  }
  // "Naam:" with nothing after it is an empty field: the name is missing.
  for (const party of parties) {
    if (party.name && party.name.text.trim() === "") party.name = { ...party.name, placeholder: true };
    if (party.date) {
      const value = party.date.text.replace(DATE_LABEL, "").trim();
      if (value === "" || isPlaceholderOnly(value)) party.date = { ...party.date, placeholder: true };
    }
  }
  const first = block[0]!;
  const last = block[block.length - 1]!;
  return { range: { start: first.index, end: last.index }, parties };
}

/** Labels that name the function in some systems' header tables only (UFO: `Functieprofiel | Promovendus`). */
const PROFILE_LABELS = ["Functieprofiel", "Profielnaam", "Naam profiel"];

export function findTitleField(lines: Line[], before: number): TextItem | null {
  return findLabelledTitle(lines, before, TITLE_LABELS);
}

/** The profile's name in a header table, when nothing names the function more directly. */
export function findProfileField(lines: Line[], before: number): TextItem | null {
  return findLabelledTitle(lines, before, PROFILE_LABELS);
}

function findLabelledTitle(lines: Line[], before: number, labels: readonly string[]): TextItem | null {
  for (const line of lines) {
    if (line.index >= before) break;
    // Fields typed in one paragraph with line breaks ("Functieprofiel\nFunctienaam: …\nSchaal: 10").
    const pieces = line.block.text.split("\n");
    const labelled = pieces
      .map((piece) => ({ piece, split: splitLabel(piece, labels) }))
      .find((candidate) => candidate.split !== null);
    if (!labelled) continue;
    const split = labelled.split!;
    const value = labelled.piece.slice(split.valueStart).trim();
    if (value !== "") return titleItem(line, value);
    if (pieces.length > 1) continue;
    // A label cell: the title is in the cell to its right.
    const cell = line.cell;
    // "Naam functie | : | Beleidsmedewerker II": a cell holding only the colon is skipped.
    const right = cell
      ? lines.find(
          (candidate) =>
            !candidate.empty &&
            candidate.cell?.table === cell.table &&
            candidate.cell.row === cell.row &&
            candidate.cell.column > cell.column &&
            /[\p{L}\d]/u.test(candidate.text),
        )
      : undefined;
    if (right) return titleItem(right, right.text);
  }
  return null;
}
