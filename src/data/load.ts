import { z } from "zod";
import type { LocalisedText } from "../core/common";
import { ProfielwijzerError } from "../core/common";
import { headingKey, foldText } from "../core/text/normalise";
import type { Library, StandardTexts } from "./library-schema";
import { LibrarySchema, StandardTextsSchema } from "./library-schema";
import { extendTemplate } from "./extend-template";
import type { Template } from "./template-schema";
import { TemplateExtensionSchema, TemplateSchema } from "./template-schema";

/** Hand-edited data files are small; anything bigger is not what the user meant to load. */
export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

const dutch = z.locales.nl();

function pathOf(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}

function describeIssues(issues: z.core.$ZodIssue[]): LocalisedText {
  const shown = issues.slice(0, 5);
  const more = issues.length - shown.length;
  const lines = (language: "nl" | "en") =>
    shown
      .map((issue) => {
        const where = pathOf(issue.path) || (language === "nl" ? "(bovenste niveau)" : "(top level)");
        const localised =
          language === "nl" ? (dutch.localeError(issue as never) as string | undefined) : undefined;
        const text = issue.code === "custom" || !localised ? issue.message : localised;
        return `${where}: ${text}`;
      })
      .join("; ") +
    (more > 0 ? (language === "nl" ? ` (en nog ${more} fout(en))` : ` (and ${more} more)`) : "");
  return { nl: lines("nl"), en: lines("en") };
}

/**
 * Parses a data file (text or an already parsed value) with a schema, and turns every failure into
 * one clear message that names the file kind, the field and what is wrong.
 */
export function parseDataFile<T>(
  schema: z.ZodType<T>,
  input: string | unknown,
  kind: LocalisedText,
  check: (value: T) => z.core.$ZodIssue[] = () => [],
): T {
  const data: unknown = typeof input === "string" ? readJson(input, kind) : input;
  const parsed = schema.safeParse(data, { reportInput: true });
  const issues = parsed.success ? check(parsed.data) : parsed.error.issues;
  if (!parsed.success || issues.length > 0) {
    const described = describeIssues(issues);
    throw new ProfielwijzerError("data-invalid", {
      nl: `Dit ${kind.nl}bestand klopt niet. ${described.nl}`,
      en: `This ${kind.en} file is not valid. ${described.en}`,
    });
  }
  return parsed.data;
}

/** The JSON value of a data file's text, or a clear message where it breaks. */
function readJson(input: string, kind: LocalisedText): unknown {
  if (input.length > MAX_DATA_FILE_BYTES) {
    throw new ProfielwijzerError("data-too-large", {
      nl: `Dit ${kind.nl}bestand is te groot (meer dan 5 MB). Een ${kind.nl} is een klein JSON-bestand.`,
      en: `This ${kind.en} file is too large (over 5 MB). A ${kind.en} is a small JSON file.`,
    });
  }
  try {
    // Notepad and other Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses.
    return JSON.parse(input.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPlace(input, detail);
    throw new ProfielwijzerError("data-not-json", {
      nl: `Dit ${kind.nl}bestand is geen geldige JSON (${where.nl}). Controleer komma's, aanhalingstekens en haakjes.`,
      en: `This ${kind.en} file is not valid JSON (${where.en}): ${detail}`,
    });
  }
}

/** Where JSON.parse gave up, in words a person with a text editor can follow (its own text is English). */
function jsonErrorPlace(text: string, detail: string): LocalisedText {
  if (/end of (JSON )?input/i.test(detail) || text.trim() === "")
    return { nl: "het bestand houdt halverwege op", en: "the file ends too early" };
  const position = /position (\d+)/.exec(detail);
  const offset = position ? Number(position[1]) : offsetOfQuotedToken(text, detail);
  if (offset === null) return { nl: "onbekende plek", en: "unknown place" };
  if (offset >= text.trimEnd().length)
    return { nl: "het bestand houdt halverwege op", en: "the file ends too early" };
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { nl: `regel ${line}, kolom ${column}`, en: `line ${line}, column ${column}` };
}

/**
 * V8 names some errors only by the token and a few characters around it ("Unexpected token ',',
 * ..."name": ,"... is not valid JSON"); the token sits ten characters into that excerpt.
 */
function offsetOfQuotedToken(text: string, detail: string): number | null {
  const match = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
    detail,
  );
  if (!match) return null;
  const [, token, cut, excerpt] = match as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(excerpt);
  if (start < 0) return null;
  const offset = cut && text[start + 10] === token ? start + 10 : start + excerpt.indexOf(token);
  return offset < start ? null : offset;
}

/**
 * A quantified group that itself holds a quantifier, such as `(a+)+` or `(\w+\s?)*`: the shape that
 * makes a regular expression backtrack for minutes on one long paragraph. Placeholder patterns never
 * need it, so an organisation's template is refused rather than left to hang a check.
 */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/u;
const MAX_PATTERN_LENGTH = 200;

function issue(path: PropertyKey[], message: string): z.core.$ZodIssue {
  return { code: "custom", path, message, input: undefined } as z.core.$ZodIssue;
}

/** Checks a schema cannot express: unique ids, consistent configuration, patterns that compile. */
function checkTemplate(template: Template): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const seen = new Set<string>();
  template.sections.forEach((section, index) => {
    if (seen.has(section.id))
      issues.push(issue(["sections", index, "id"], `sectie-id "${section.id}" komt twee keer voor`));
    seen.add(section.id);
    if (
      ["fields", "header"].includes(section.kind) &&
      section.fields.length === 0 &&
      section.headings.length === 0
    ) {
      issues.push(
        issue(
          ["sections", index, "fields"],
          "een sectie zonder kop heeft velden nodig om gevonden te worden",
        ),
      );
    }
  });
  const kinds = new Set(template.sections.map((section) => section.kind));
  if (kinds.has("result-areas") && !template.resultAreas) {
    issues.push(issue(["resultAreas"], "verplicht: het sjabloon heeft een sectie met resultaatgebieden"));
  }
  if (kinds.has("competencies") && !template.competencies) {
    issues.push(issue(["competencies"], "verplicht: het sjabloon heeft een sectie met competenties"));
  }
  if (kinds.has("level-table") && !template.levelTable) {
    issues.push(issue(["levelTable"], "verplicht: het sjabloon heeft een niveau-onderscheidende tabel"));
  }
  if (template.competencies && template.competencies.levels.min > template.competencies.levels.max) {
    issues.push(issue(["competencies", "levels"], "min is groter dan max"));
  }
  template.placeholders.forEach((source, index) => {
    const problem = patternProblem(source);
    if (problem) issues.push(issue(["placeholders", index], `${problem}: ${source}`));
  });
  template.sections.forEach((section, index) => {
    section.headingPatterns.forEach((pattern, patternIndex) => {
      if (!/[\p{L}\d]/u.test(pattern.replace(/\{[^}]*\}/g, "")))
        issues.push(
          issue(
            ["sections", index, "headingPatterns", patternIndex],
            "een kop-patroon heeft naast {…} ook vaste woorden nodig",
          ),
        );
    });
  });
  const after = template.resultAreas?.after;
  if (after && !seen.has(after))
    issues.push(issue(["resultAreas", "after"], `er is geen sectie met id "${after}"`));
  return issues;
}

function patternProblem(source: string): string | null {
  try {
    new RegExp(source, "u");
  } catch {
    return "geen geldige reguliere expressie";
  }
  if (source.length > MAX_PATTERN_LENGTH) return `langer dan ${MAX_PATTERN_LENGTH} tekens`;
  if (NESTED_QUANTIFIER.test(source))
    return "een herhaalde groep met een herhaling erin (zoals (a+)+) kan een controle minutenlang laten hangen";
  return null;
}

function checkLibrary(library: Library): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const clusters = new Set(library.clusters.map((cluster) => cluster.id));
  const ids = new Set<string>();
  const names = new Map<string, string>();
  library.competencies.forEach((competency, index) => {
    if (ids.has(competency.id))
      issues.push(issue(["competencies", index, "id"], `id "${competency.id}" komt twee keer voor`));
    ids.add(competency.id);
    if (!clusters.has(competency.cluster)) {
      issues.push(issue(["competencies", index, "cluster"], `onbekend cluster "${competency.cluster}"`));
    }
    for (const name of [competency.name, ...competency.aliases]) {
      const key = headingKey(name);
      const owner = names.get(key);
      if (owner && owner !== competency.id) {
        issues.push(issue(["competencies", index], `de naam "${name}" hoort ook bij "${owner}"`));
      }
      names.set(key, competency.id);
    }
  });
  return issues;
}

const TEMPLATE_KIND = { nl: "sjabloon", en: "template" };
const LIBRARY_KIND = { nl: "competentiebibliotheek", en: "competency library" };
const TEXTS_KIND = { nl: "standaardteksten", en: "standard texts" };

/**
 * A template file: a whole template, or one that `extends` a base from `bases` (the built-ins and
 * the templates loaded before it) with a few changes.
 */
export function parseTemplate(input: string | unknown, bases: readonly Template[] = []): Template {
  const data = typeof input === "string" ? readJson(input, TEMPLATE_KIND) : input;
  if (typeof data !== "object" || data === null || !("extends" in data))
    return parseDataFile(TemplateSchema, data, TEMPLATE_KIND, checkTemplate);
  const extension = parseDataFile(TemplateExtensionSchema, data, TEMPLATE_KIND);
  const base = bases.find((candidate) => candidate.id === extension.extends);
  if (!base) {
    const known = bases.map((candidate) => candidate.id).join(", ") || "-";
    throw new ProfielwijzerError("data-invalid", {
      nl: `Dit sjabloonbestand klopt niet. extends: er is geen sjabloon "${extension.extends}" (wel: ${known}).`,
      en: `This template file is not valid. extends: there is no template "${extension.extends}" (known: ${known}).`,
    });
  }
  return parseDataFile(
    TemplateSchema,
    extendTemplate(base, data as Record<string, unknown>),
    TEMPLATE_KIND,
    checkTemplate,
  );
}

export function parseLibrary(input: string | unknown): Library {
  return parseDataFile(LibrarySchema, input, LIBRARY_KIND, checkLibrary);
}

export function parseStandardTexts(input: string | unknown): StandardTexts {
  return parseDataFile(StandardTextsSchema, input, TEXTS_KIND);
}

/** Every name and alias of the library, for recognising competency lines and unknown competencies. */
export function competencyNames(library: Library | null): string[] {
  return library
    ? library.competencies.flatMap((competency) => [competency.name, ...competency.aliases])
    : [];
}

/** The library competency a name in a profile refers to, by name or alias. */
export function findCompetency(library: Library | null, name: string) {
  if (!library) return undefined;
  const key = headingKey(name);
  const folded = foldText(name);
  return library.competencies.find((competency) =>
    [competency.name, ...competency.aliases].some(
      (candidate) => headingKey(candidate) === key || foldText(candidate) === folded,
    ),
  );
}
