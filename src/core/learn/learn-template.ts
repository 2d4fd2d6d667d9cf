import {
  type CompetenciesConfig,
  type FieldDef,
  type ResultAreasConfig,
  type Template,
  type TemplateSection,
  TemplateSchema,
} from "../../data/template-schema";
import { GENERIC_TEMPLATE } from "../../data/templates";
import { type LocalisedText, message, type Message } from "../common";
import type { DocumentSnapshot } from "../snapshot/schema";
import { foldText, headingKey } from "../text/normalise";
import { houseStyleGroups } from "./house-style-groups";
import { type Observation, observe, sectionKey, type SectionSeen, wordedKey } from "./observe";
import type { LearnedChoice, LearnReport } from "./schema";

/**
 * Learns an organisation's template from profiles it already has: the sections in their usual order
 * with every heading wording seen, required where most profiles have them, the field labels, the
 * layout and labels of the result areas and competencies, and recurring placeholders and guidance.
 * The result validates against the template schema and is used like any own template.
 */

export interface LearnOptions {
  id: string;
  name: string;
}

export interface LearnedTemplate {
  template: Template;
  report: LearnReport;
}

const t = (nl: string, en: string): LocalisedText => ({ nl, en });

/** How many profiles must show something for it to count as the house style's rule: more than half. */
function mostOf(total: number): (count: number) => boolean {
  return (count) => (total === 1 ? count === 1 : count * 2 > total);
}

/** A section is required when nearly every profile has it (4 of 5, 8 of 10); else it is optional. */
function nearlyAllOf(total: number): (count: number) => boolean {
  return (count) => count * 5 >= total * 4;
}

interface SectionStats {
  key: string;
  id: string | null;
  files: Set<number>;
  positions: number[];
  /** Wordings as written, by heading key, with how often each was seen. */
  wordings: Map<string, { text: string; count: number }>;
  pattern: string | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function collectSections(observations: readonly Observation[]): SectionStats[] {
  const stats = new Map<string, SectionStats>();
  observations.forEach((observation, file) => {
    for (const section of observation.sections) {
      const key = sectionKey(section, observation.title);
      const entry: SectionStats = stats.get(key) ?? {
        key,
        id: section.id,
        files: new Set<number>(),
        positions: [],
        wordings: new Map(),
        pattern: key.includes("{functie}") ? titlePattern(section, observation.title) : null,
      };
      entry.files.add(file);
      entry.positions.push(section.position);
      if (section.heading) {
        const wording = headingKey(section.heading);
        const seen = entry.wordings.get(wording) ?? { text: section.heading, count: 0 };
        seen.count++;
        entry.wordings.set(wording, seen);
      }
      stats.set(key, entry);
    }
  });
  return mergeVaryingHeadings([...stats.values()]);
}

/** `Functieprofiel Adviseur` in the profile of the Adviseur: `Functieprofiel {functie}`. */
function titlePattern(section: SectionSeen, title: string | null): string | null {
  if (!section.heading || !title) return null;
  const at = foldText(section.heading).indexOf(foldText(title));
  return at < 0
    ? null
    : `${section.heading.slice(0, at)}{functie}${section.heading.slice(at + title.length)}`;
}

/**
 * Unknown headings that start with the same word and never occur together in one profile
 * (`Functiereeks Beleid`, `Functiereeks Uitvoering`) are one section with a varying part.
 */
function mergeVaryingHeadings(stats: SectionStats[]): SectionStats[] {
  const byFirstWord = new Map<string, SectionStats[]>();
  for (const entry of stats) {
    const heading = [...entry.wordings.values()][0]?.text ?? "";
    const words = heading.split(/\s+/);
    if (entry.id !== null || entry.pattern !== null || words.length < 2) continue;
    const first = foldText(words[0]!.replace(/[:]$/, ""));
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  const result = stats.filter((entry) => !byFirstWord.get(firstWordOf(entry))?.includes(entry));
  for (const group of byFirstWord.values()) {
    const files = group.flatMap((entry) => [...entry.files]);
    if (group.length < 2 || new Set(files).size !== files.length) {
      result.push(...group);
      continue;
    }
    const first = [...group[0]!.wordings.values()][0]!.text.split(/\s+/)[0]!;
    const joined: SectionStats = {
      key: `kop:${foldText(first)} {naam}`,
      id: null,
      files: new Set(files),
      positions: group.flatMap((entry) => entry.positions),
      wordings: new Map(group.flatMap((entry) => [...entry.wordings.entries()])),
      pattern: `${first} {naam}`,
    };
    result.push(joined);
  }
  return result;
}

function firstWordOf(entry: SectionStats): string {
  const heading = [...entry.wordings.values()][0]?.text ?? "";
  return foldText((heading.split(/\s+/)[0] ?? "").replace(/[:]$/, ""));
}

function slug(text: string, taken: Set<string>): string {
  const base =
    foldText(text)
      .replace(/\{[^}]*\}/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "onderdeel";
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** Field definitions of a vocabulary section, with the labels the profiles use first. */
function learnFields(
  definitions: readonly FieldDef[],
  observations: readonly Observation[],
  most: (count: number) => boolean,
  choices: LearnedChoice[],
): FieldDef[] {
  return definitions.map((definition) => {
    const labels = observations.flatMap((observation) => {
      const label = observation.fields.get(definition.key);
      return label ? [label] : [];
    });
    if (labels.length > 0) {
      choices.push({
        text: t(`Veld '${labels[0]}'`, `Field '${labels[0]}'`),
        support: labels.length,
        of: observations.length,
      });
    }
    const seen = [...new Map(labels.map((label) => [headingKey(label), label])).values()];
    const rest = definition.labels.filter((label) => !seen.some((s) => headingKey(s) === headingKey(label)));
    return { ...definition, labels: [...seen, ...rest], required: most(labels.length) };
  });
}

function learnSections(
  observations: readonly Observation[],
  vocabulary: Template,
  most: (count: number) => boolean,
  choices: LearnedChoice[],
  warnings: Message[],
): TemplateSection[] {
  const total = observations.length;
  const stats = collectSections(observations)
    .filter((entry) => entry.id !== null || entry.files.size >= Math.min(2, total))
    .sort((a, b) => median(a.positions) - median(b.positions));
  const taken = new Set(vocabulary.sections.map((section) => section.id));
  const sections: TemplateSection[] = [];
  for (const entry of stats) {
    const wordings = [...entry.wordings.values()].sort((a, b) => b.count - a.count).map((w) => w.text);
    const base = entry.id ? vocabulary.sections.find((section) => section.id === entry.id) : undefined;
    const required = nearlyAllOf(total)(entry.files.size);
    const shown = entry.pattern ?? wordings[0] ?? base?.name.nl ?? entry.key;
    choices.push({
      text: t(
        `${shown}: ${required ? "verplicht" : "niet verplicht"}${wordings.length > 1 ? ` (ook: ${wordings.slice(1).join("; ")})` : ""}`,
        `${shown}: ${required ? "required" : "optional"}${wordings.length > 1 ? ` (also: ${wordings.slice(1).join("; ")})` : ""}`,
      ),
      support: entry.files.size,
      of: total,
    });
    // Neither rare nor the rule: the user should decide (a required section that some profiles leave out).
    if (!required && total > 1 && entry.files.size * 2 >= total) {
      warnings.push(
        message(
          "warning",
          "learn-section-split",
          `'${shown}' staat in ${entry.files.size} van de ${total} profielen; niet verplicht gemaakt.`,
          `'${shown}' is in ${entry.files.size} of the ${total} profiles; made optional.`,
        ),
      );
    }
    const headings = entry.pattern ? [] : wordings;
    const headingPatterns = entry.pattern ? [entry.pattern] : (base?.headingPatterns ?? []);
    if (base) {
      sections.push({
        ...base,
        headings: base.headings.length === 0 ? [] : headings,
        headingPatterns,
        required,
        fields: learnFields(base.fields, observations, most, choices),
      });
    } else {
      sections.push({
        id: slug(shown, taken),
        name: t(shown, shown),
        kind: "text",
        headings,
        headingPatterns,
        required,
        appendix: false,
        rules: {},
        fields: [],
        standardText: [{ role: "heading", text: shown.replace(/\{[^}]*\}/g, "Xxx") }],
      });
    }
  }
  return sections;
}

/** The most common value of a list (by a key), or null for an empty list. */
function commonest<T>(values: readonly T[], key: (value: T) => string): { value: T; count: number } | null {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(key(value), entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0] ?? null;
}

function withSeenFirst(seen: readonly string[], defaults: readonly string[]): string[] {
  const all = new Map<string, string>();
  for (const label of [...seen, ...defaults])
    if (!all.has(headingKey(label))) all.set(headingKey(label), label);
  return [...all.values()];
}

function learnResultAreas(
  observations: readonly Observation[],
  vocabulary: ResultAreasConfig,
  rules: Template["rules"],
  choices: LearnedChoice[],
  warnings: Message[],
): ResultAreasConfig {
  const withAreas = observations.filter((observation) => observation.areas.length > 0);
  if (withAreas.length === 0) return vocabulary;
  const most = mostOf(withAreas.length);
  const total = observations.length;
  const share = (test: (observation: Observation) => boolean) => withAreas.filter(test).length;
  const layouts = withAreas.map((observation) =>
    observation.areas.filter((area) => area.layout === "table").length * 2 >= observation.areas.length
      ? "table"
      : "paragraphs",
  );
  const tables = layouts.filter((layout) => layout === "table").length;
  choices.push({
    text:
      tables * 2 >= withAreas.length
        ? t("Resultaatgebieden als tabel", "Result areas as a table")
        : t("Resultaatgebieden als alinea's", "Result areas as paragraphs"),
    support: Math.max(tables, withAreas.length - tables),
    of: total,
  });
  if (tables > 0 && tables < withAreas.length) {
    warnings.push(
      message(
        "warning",
        "learn-layout-mixed",
        `De resultaatgebieden staan in ${tables} profielen in een tabel en in ${withAreas.length - tables} als alinea's.`,
        `The result areas are a table in ${tables} profiles and paragraphs in ${withAreas.length - tables}.`,
      ),
    );
  }
  const header = commonest(
    withAreas.flatMap((observation) => (observation.areaTableHeader ? [observation.areaTableHeader] : [])),
    (row) => row.join("|"),
  );
  const areas = withAreas.flatMap((observation) => observation.areas);
  const noTasks = share((o) => o.areas.every((area) => area.tasks.length === 0));
  const noIndicators = share((o) => o.areas.every((area) => area.indicators.length === 0));
  const described = share((o) => o.areas.filter((area) => area.description).length * 2 > o.areas.length);
  const numbered = share((o) => o.areas.every((area) => area.number !== null));
  if (most(noIndicators)) rules["result-area-no-indicators"] = "off";
  if (most(noTasks)) rules["result-area-no-tasks"] = "off";
  if (!most(numbered)) rules["result-area-numbering"] = "off";
  const counts = withAreas.map((observation) => observation.areas.length);
  choices.push({
    text: t(
      `${Math.min(...counts)}–${Math.max(...counts)} resultaatgebieden; ${most(noTasks) ? "zonder" : "met"} taken, ${most(noIndicators) ? "zonder" : "met"} indicatoren`,
      `${Math.min(...counts)}–${Math.max(...counts)} result areas; ${most(noTasks) ? "without" : "with"} tasks, ${most(noIndicators) ? "without" : "with"} indicators`,
    ),
    support: withAreas.length,
    of: total,
  });
  // Areas every profile has (Rijksoverheid: Opdracht(gever), Omgeving, …) become standard areas.
  const titleFiles = new Map<string, { title: string; files: Set<number> }>();
  withAreas.forEach((observation, file) => {
    for (const area of observation.areas) {
      const entry = titleFiles.get(headingKey(area.title)) ?? { title: area.title, files: new Set() };
      entry.files.add(file);
      titleFiles.set(headingKey(area.title), entry);
    }
  });
  const standardAreas =
    withAreas.length < 2
      ? []
      : [...titleFiles.values()].filter((entry) => entry.files.size === withAreas.length).map((e) => e.title);
  if (standardAreas.length > 0) {
    choices.push({
      text: t(
        `Vaste resultaatgebieden: ${standardAreas.join("; ")}`,
        `Standard areas: ${standardAreas.join("; ")}`,
      ),
      support: withAreas.length,
      of: total,
    });
  }
  const after = commonest(
    withAreas.flatMap((observation) => (observation.areasAfter ? [observation.areasAfter] : [])),
    (id) => id,
  );
  return {
    ...vocabulary,
    taskLabels: withSeenFirst(
      withAreas.flatMap((o) => o.areaLabels.tasks),
      vocabulary.taskLabels,
    ),
    indicatorLabels: withSeenFirst(
      withAreas.flatMap((o) => o.areaLabels.indicators),
      vocabulary.indicatorLabels,
    ),
    after: after && most(after.count) ? after.value : null,
    requireTasks: !most(noTasks) && areas.every((area) => area.tasks.length > 0),
    hasDescription: most(described),
    tableHeader: header && most(header.count) ? header.value : vocabulary.tableHeader,
    standardAreas,
    newArea: {
      title: "Xxx",
      description: most(described) ? "Xxx." : null,
      tasks: most(noTasks) ? [] : ["Xxx."],
      indicators: most(noIndicators) ? [] : ["Xxx."],
    },
  };
}

const NUMERIC_LEVEL = /^\d+(?:\s*\/\s*\d+)?$/;

function learnCompetencies(
  observations: readonly Observation[],
  vocabulary: CompetenciesConfig,
  rules: Template["rules"],
  choices: LearnedChoice[],
): CompetenciesConfig {
  const withCompetencies = observations.filter((observation) => observation.competencies.length > 0);
  if (withCompetencies.length === 0) return vocabulary;
  const competencies = withCompetencies.flatMap((observation) => observation.competencies);
  const levels = competencies.flatMap((competency) => (competency.level ? [competency.level] : []));
  const numbers = levels
    .filter((level) => NUMERIC_LEVEL.test(level))
    .flatMap((level) => level.split("/").map((part) => Number(part.trim())));
  const requireLevel = levels.length * 2 > competencies.length;
  if (!requireLevel) rules["competency-level-missing"] = "off";
  // Levels written as words or letters ("gevorderd", "B") are not a scale the check can test.
  if (levels.some((level) => !NUMERIC_LEVEL.test(level))) rules["competency-level-invalid"] = "off";
  const withBehaviours = competencies.filter((competency) => competency.behaviours.length > 0);
  if (withBehaviours.length * 2 < competencies.length) rules["competency-no-behaviours"] = "off";
  const max = Math.max(...withCompetencies.map((observation) => observation.competencies.length));
  const scale =
    numbers.length > 0
      ? { min: Math.min(1, ...numbers), max: Math.max(...numbers) }
      : { min: vocabulary.levels.min, max: vocabulary.levels.max };
  choices.push({
    text: t(
      `Competenties: hoogstens ${max}${numbers.length > 0 ? `, niveau ${scale.min}–${scale.max}` : ", zonder niveau"}`,
      `Competencies: at most ${max}${numbers.length > 0 ? `, level ${scale.min}–${scale.max}` : ", without level"}`,
    ),
    support: withCompetencies.length,
    of: observations.length,
  });
  return {
    ...vocabulary,
    max,
    levels: { ...scale, ranges: levels.some((level) => level.includes("/")) },
    requireLevel,
    defaultBehaviours: Math.max(1, Math.round(median(withBehaviours.map((c) => c.behaviours.length)))) || 3,
  };
}

/** Placeholder tokens (`[naam]`, `<datum>`) that recur in most profiles. */
function learnPlaceholders(observations: readonly Observation[], most: (count: number) => boolean): string[] {
  const files = new Map<string, Set<number>>();
  observations.forEach((observation, file) => {
    for (const paragraph of observation.paragraphs) {
      for (const token of paragraph.match(/\[[^\]\n]{2,40}\]|<[^>\n]{2,40}>|\{[^}\n]{2,40}\}/g) ?? []) {
        files.set(token, (files.get(token) ?? new Set()).add(file));
      }
    }
  });
  return [...files.entries()]
    .filter(([, seen]) => observations.length > 1 && most(seen.size))
    .map(([token]) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** An instruction to the writer, not profile text ("Beschrijf hier …", "Vul in: …"). */
const INSTRUCTION =
  /^(?:\(?\s*(?:beschrijf|omschrijf|vul|geef|noem|benoem|vermeld|verwijder|kies|licht|formuleer|let op|toelichting|hier komt|invullen))\b/i;

/** Instruction paragraphs that recur verbatim in most profiles: guidance that must not remain. */
function learnGuidance(observations: readonly Observation[], most: (count: number) => boolean): string[] {
  const files = new Map<string, Set<number>>();
  observations.forEach((observation, file) => {
    for (const paragraph of observation.paragraphs) {
      if (paragraph.length >= 20 && INSTRUCTION.test(paragraph)) {
        files.set(paragraph, (files.get(paragraph) ?? new Set()).add(file));
      }
    }
  });
  return [...files.entries()]
    .filter(([, seen]) => observations.length > 1 && most(seen.size))
    .map(([paragraph]) => paragraph);
}

function learnLevelTable(observations: readonly Observation[], vocabulary: Template["levelTable"]) {
  const withTable = observations.filter((observation) => observation.levelTableRows.length > 0);
  if (!vocabulary || withTable.length === 0) return vocabulary;
  const most = mostOf(withTable.length);
  const rows = new Map<string, { row: string; count: number }>();
  for (const observation of withTable) {
    for (const row of new Set(observation.levelTableRows)) {
      const entry = rows.get(headingKey(row)) ?? { row, count: 0 };
      entry.count++;
      rows.set(headingKey(row), entry);
    }
  }
  const requiredRows = [...rows.values()].filter((entry) => most(entry.count)).map((entry) => entry.row);
  return { requiredRows, standardRows: requiredRows.length > 0 ? requiredRows : vocabulary.standardRows };
}

function learnGroups(observations: readonly Observation[], warnings: Message[]): string[][] | null {
  if (observations.length < 2) return null;
  const keys = observations.map(
    (observation) => new Set(observation.sections.map((section) => wordedKey(section, observation.title))),
  );
  const groups = houseStyleGroups(keys);
  if (groups.length < 2) return null;
  const named = groups.map((group) => group.map((index) => observations[index]!.name));
  warnings.push(
    message(
      "warning",
      "learn-house-styles",
      `Deze profielen lijken ${groups.length} verschillende huisstijlen te volgen; leer ze apart: ${named.map((files) => files.join(", ")).join(" | ")}.`,
      `These profiles seem to follow ${groups.length} different house styles; learn them apart: ${named.map((files) => files.join(", ")).join(" | ")}.`,
    ),
  );
  return named;
}

/**
 * Learns a template from one or more profiles of one house style. With one profile (the task pane's
 * *Sjabloon maken van dit document*) everything it has becomes required.
 */
export function learnTemplate(
  profiles: ReadonlyArray<{ name: string; snapshot: DocumentSnapshot }>,
  options: LearnOptions,
): LearnedTemplate {
  const vocabulary = GENERIC_TEMPLATE;
  const observations = profiles.map((profile) => observe(profile.name, profile.snapshot, vocabulary));
  const total = observations.length;
  const most = mostOf(total);
  const choices: LearnedChoice[] = [];
  const warnings: Message[] = [];
  const rules: Template["rules"] = {};
  const sections = learnSections(observations, vocabulary, most, choices, warnings);
  const resultAreas = learnResultAreas(observations, vocabulary.resultAreas!, rules, choices, warnings);
  const competencies = learnCompetencies(observations, vocabulary.competencies!, rules, choices);
  const placeholders = learnPlaceholders(observations, most);
  const guidance = learnGuidance(observations, most);
  if (placeholders.length > 0 || guidance.length > 0) {
    choices.push({
      text: t(
        `${placeholders.length} invulplekken en ${guidance.length} instructieteksten die in elk profiel terugkomen`,
        `${placeholders.length} placeholders and ${guidance.length} instruction texts that recur in every profile`,
      ),
      support: total,
      of: total,
    });
  }
  const markers = sections
    .filter((section) => section.required && section.headings.length > 0)
    .map((section) => section.headings[0]!)
    .slice(0, 12);
  const template = TemplateSchema.parse({
    id: options.id,
    version: "1.0.0",
    name: t(options.name, options.name),
    description: t(
      `Geleerd uit ${total} ${total === 1 ? "profiel" : "profielen"} van de eigen huisstijl.`,
      `Learned from ${total} ${total === 1 ? "profile" : "profiles"} of the house style.`,
    ),
    detect: { markers, words: [], minimumWords: 0, threshold: 0.5 },
    sections,
    resultAreas,
    competencies,
    levelTable: learnLevelTable(observations, vocabulary.levelTable),
    placeholders,
    guidance,
    rules,
    variants: [],
  });
  const groups = learnGroups(observations, warnings);
  return {
    template,
    report: { files: observations.map((observation) => observation.name), choices, warnings, groups },
  };
}
