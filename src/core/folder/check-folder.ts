import type { Analysis } from "../analyse";
import type { LocalisedText, Location } from "../common";
import type { Finding } from "../findings/schema";
import { verdictOf } from "../findings/verdict";
import type { LevelTable } from "../profile/schema";
import { fingerprint } from "../text/fingerprint";
import { collapseSpace, foldText, headingKey } from "../text/normalise";
import { isPlaceholderOnly } from "../text/placeholders";

/**
 * Checks across a folder of profiles, the function house as one whole: two files that describe the same
 * function or carry the same function number, and profiles of one series (Medewerker A, B, C) whose
 * level tables (NOK) do not agree about each other or whose functiegroepen do not rise along the series.
 * Findings land on the files concerned, with stable rule ids; the analyses themselves stay untouched.
 */

export const FOLDER_RULES = [
  "function-duplicate",
  "function-number-duplicate",
  "series-inconsistent",
] as const;
export type FolderRule = (typeof FOLDER_RULES)[number];

export interface FolderMember {
  file: string;
  analysis: Analysis;
}

/** The folder's findings per file (in the members' order), and the series it found. */
export interface FolderCheck {
  findings: Map<string, Finding[]>;
  /** Files that form a series (their level tables name each other), each series in column order. */
  series: string[][];
}

/** A folder finding and the file it lands on. */
interface Placed {
  file: string;
  finding: Finding;
}

function finding(
  rule: FolderRule,
  file: string,
  location: Location,
  section: string | null,
  text: string,
  message: LocalisedText,
): Placed {
  const key = `${rule}:${file}:${location.start}:${foldText(message.nl)}`;
  return {
    file,
    finding: {
      id: `${rule}-${fingerprint(key)}`,
      rule,
      severity: "warning",
      message,
      section,
      location,
      text,
      fix: null,
    },
  };
}

const names = (files: readonly string[]) => files.map((file) => `'${file}'`).join(", ");

function duplicates(
  members: readonly FolderMember[],
  keyOf: (
    member: FolderMember,
  ) => { key: string; shown: string; location: Location; section: string | null } | null,
  report: (
    member: FolderMember,
    others: string[],
    shown: string,
    location: Location,
    section: string | null,
  ) => Placed,
): Placed[] {
  const groups = new Map<string, FolderMember[]>();
  for (const member of members) {
    const key = keyOf(member)?.key;
    if (key) groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((member) => {
        const { shown, location, section } = keyOf(member)!;
        const others = group.filter((other) => other !== member).map((other) => other.file);
        return report(member, others, shown, location, section);
      }),
    );
}

function titleKey(member: FolderMember) {
  const title = member.analysis.profile.title;
  if (!title || title.placeholder || isPlaceholderOnly(title.text)) return null;
  return { key: headingKey(title.text), shown: title.text, location: title.range, section: null };
}

function numberKey(member: FolderMember) {
  const field = member.analysis.profile.fields.find((candidate) => candidate.key === "functienummer");
  if (!field || field.placeholder || field.value.trim() === "" || isPlaceholderOnly(field.value)) return null;
  const section = member.analysis.profile.sections.find(
    (candidate) => field.range.start >= candidate.range.start && field.range.start <= candidate.range.end,
  );
  return {
    key: foldText(field.value).replace(/\s+/g, ""),
    shown: collapseSpace(field.value),
    location: field.range,
    section: section?.id ?? null,
  };
}

const cellKey = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, "");

/** The level-table section's id in a profile, for the findings about its table. */
function levelSection(analysis: Analysis): string | null {
  const table = analysis.profile.levelTable;
  if (!table) return null;
  return (
    analysis.profile.sections.find(
      (section) => table.range.start >= section.range.start && table.range.start <= section.range.end,
    )?.id ?? null
  );
}

/** Profiles whose level tables share at least two column headings are one series. */
function seriesOf(members: readonly FolderMember[]): FolderMember[][] {
  const withTable = members.filter(
    (member) => (member.analysis.profile.levelTable?.columns.length ?? 0) >= 2,
  );
  const headings = new Map(
    withTable.map((member) => [
      member,
      new Set(member.analysis.profile.levelTable!.columns.map((column) => cellKey(column.heading))),
    ]),
  );
  const groups: FolderMember[][] = [];
  for (const member of withTable) {
    const own = headings.get(member)!;
    const joined = groups.filter((group) =>
      group.some(
        (other) => [...headings.get(other)!].filter((key) => key !== "" && own.has(key)).length >= 2,
      ),
    );
    const merged = [...joined.flat(), member];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  // Copies of one function (the same title) are duplicates, not a series: a series has two functions.
  const functions = (group: FolderMember[]) =>
    new Set(group.map((member) => headingKey(member.analysis.profile.title?.text ?? member.file))).size;
  return groups.filter((group) => functions(group) > 1);
}

function cellsOf(table: LevelTable): Map<string, Map<string, { text: string; location: Location }>> {
  const byColumn = new Map<string, Map<string, { text: string; location: Location }>>();
  table.columns.forEach((column, index) => {
    const rows = new Map<string, { text: string; location: Location }>();
    for (const row of table.rows) {
      const cell = row.cells[index];
      if (cell) rows.set(headingKey(row.aspect), { text: cell.text, location: cell.range ?? row.range });
    }
    byColumn.set(cellKey(column.heading), rows);
  });
  return byColumn;
}

const GROUP_ROW = /^(?:functiegroep|functieschaal|salarisschaal|schaal|fwg-?groep|loongroep)/i;

/** The grade a level table gives the profile's own function: its own column's cell in the functiegroep row. */
export function gradeInLevelTable(table: LevelTable | null): string | null {
  if (!table || table.ownColumn === null) return null;
  const row = table.rows.find((candidate) => GROUP_ROW.test(candidate.aspect.trim()));
  // "8 (referentie)": the remark says which column is the profile's own, it is no part of the grade.
  const text = (row?.cells[table.ownColumn]?.text ?? "").replace(/\([^)]*\)/g, "");
  return collapseSpace(text) || null;
}

/** Functiegroepen along the table's columns, left to right, must rise ("7 · 8 (referentie) · 9"). */
function groupsRise(member: FolderMember): Placed | null {
  const table = member.analysis.profile.levelTable!;
  const row = table.rows.find((candidate) => GROUP_ROW.test(candidate.aspect.trim()));
  if (!row) return null;
  const numbers = row.cells
    .map((cell) => /\d{1,3}/.exec(cell.text)?.[0])
    .filter((value): value is string => value !== undefined)
    .map(Number);
  const rising = numbers.every((value, index) => index === 0 || value > numbers[index - 1]!);
  if (rising || numbers.length < 2) return null;
  const shown = numbers.join(" · ");
  return finding("series-inconsistent", member.file, row.range, levelSection(member.analysis), row.aspect, {
    nl: `De functiegroepen in de tabel met niveau-onderscheidende kenmerken lopen niet op van links naar rechts (${shown}).`,
    en: `The grades in the level-distinguishing table do not rise from left to right (${shown}).`,
  });
}

/**
 * Cells of a series that say something different about the same level in the same row. The profile a
 * column is about (its own column, headed by its title) is the reference for that column; without it
 * in the folder, the first profile that has the column is. Each difference is reported once, on the
 * profile that deviates.
 */
function disagreements(series: readonly FolderMember[]): Placed[] {
  const found: Placed[] = [];
  const tables = new Map(series.map((member) => [member, cellsOf(member.analysis.profile.levelTable!)]));
  const ownColumn = (member: FolderMember) => {
    const table = member.analysis.profile.levelTable!;
    return table.ownColumn === null ? null : cellKey(table.columns[table.ownColumn]!.heading);
  };
  const columns = new Set(series.flatMap((member) => [...tables.get(member)!.keys()]));
  for (const column of columns) {
    const having = series.filter((member) => tables.get(member)!.has(column));
    const reference = having.find((member) => ownColumn(member) === column) ?? having[0]!;
    const expected = tables.get(reference)!.get(column)!;
    for (const member of having.filter((candidate) => candidate !== reference)) {
      const table = member.analysis.profile.levelTable!;
      const heading = table.columns.find((candidate) => cellKey(candidate.heading) === column)!.heading;
      for (const [aspect, cell] of tables.get(member)!.get(column)!) {
        const want = expected.get(aspect);
        if (!want || cellKey(want.text) === cellKey(cell.text)) continue;
        const row = table.rows.find((candidate) => headingKey(candidate.aspect) === aspect)!;
        const source = ownColumn(reference) === column ? "het profiel van die functie" : "";
        found.push(
          finding(
            "series-inconsistent",
            member.file,
            cell.location,
            levelSection(member.analysis),
            row.aspect,
            {
              nl: `De niveau-onderscheidende kenmerken zeggen bij '${row.aspect}' over '${heading}' iets anders dan ${source ? `${source} (${names([reference.file])})` : names([reference.file])}. Maak de profielen van deze reeks gelijk.`,
              en: `The level-distinguishing table says something different about '${heading}' under '${row.aspect}' than ${source ? `that function's own profile (${names([reference.file])})` : names([reference.file])}. Make the profiles of this series agree.`,
            },
          ),
        );
      }
    }
  }
  return found;
}

/** Runs the folder checks over the analyses of the files that could be read. */
export function checkFolder(members: readonly FolderMember[]): FolderCheck {
  const placed: Placed[] = [
    ...duplicates(members, titleKey, (member, others, shown, location, section) =>
      finding("function-duplicate", member.file, location, section, shown, {
        nl: `Ook ${names(others)} beschrijft de functie '${shown}'. Eén profiel per functie voorkomt dat ze uit elkaar gaan lopen.`,
        en: `${names(others)} also describes the function '${shown}'. One profile per function keeps them from drifting apart.`,
      }),
    ),
    ...duplicates(members, numberKey, (member, others, shown, location, section) =>
      finding("function-number-duplicate", member.file, location, section, shown, {
        nl: `Het functienummer ${shown} staat ook in ${names(others)}. Geef elke functie een eigen nummer.`,
        en: `Function number ${shown} is also used in ${names(others)}. Give every function its own number.`,
      }),
    ),
  ];
  // One profile's table already shows its series: its functiegroepen must rise.
  for (const member of members) {
    const rise = member.analysis.profile.levelTable ? groupsRise(member) : null;
    if (rise) placed.push(rise);
  }
  const series = seriesOf(members);
  for (const group of series) placed.push(...disagreements(group));
  const findings = new Map<string, Finding[]>(members.map((member) => [member.file, []]));
  for (const entry of placed) findings.get(entry.file)?.push(entry.finding);
  return { findings, series: series.map((group) => group.map((member) => member.file)) };
}

/** An analysis with the folder's findings about it added (counted as the warnings they are). */
export function withFolderFindings(analysis: Analysis, extra: readonly Finding[]): Analysis {
  if (extra.length === 0) return analysis;
  const counts = { ...analysis.readiness.counts };
  for (const entry of extra) counts[entry.severity]++;
  return {
    ...analysis,
    findings: [...analysis.findings, ...extra],
    readiness: {
      ...analysis.readiness,
      counts,
      verdict: verdictOf(analysis.template !== null, counts, analysis.readiness.ignored),
      complete: analysis.readiness.complete && counts.error === 0,
    },
  };
}
