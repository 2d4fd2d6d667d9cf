import type { Template } from "./template-schema";

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

/** Lists of words grow (aliases extend a built-in's lists); objects merge; anything else replaces. */
function mergeValue(base: unknown, change: unknown): unknown {
  if (isWordList(base) && isWordList(change)) return [...new Set([...base, ...change])];
  if (isPlain(base) && isPlain(change)) {
    const merged: Plain = { ...base };
    for (const [key, value] of Object.entries(change)) merged[key] = mergeValue(base[key], value);
    return merged;
  }
  return change;
}

/** Sections matched by id: changed in place, removed with `remove`, new ones placed `after` an id. */
function mergeSections(base: readonly Plain[], changes: readonly Plain[]): Plain[] {
  const sections = base.map((section) => ({ ...section }));
  for (const { remove, after, ...change } of changes) {
    const index = sections.findIndex((section) => section.id === change.id);
    if (remove === true) {
      if (index >= 0) sections.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      sections[index] = mergeValue(sections[index], change) as Plain;
      continue;
    }
    const anchor = typeof after === "string" ? sections.findIndex((section) => section.id === after) : -1;
    sections.splice(anchor >= 0 ? anchor + 1 : sections.length, 0, change);
  }
  return sections;
}

/**
 * The data of a template that `extends` another: the base with the extension's changes applied.
 * The result is checked with the full template schema by the caller, so a change that breaks the
 * template is reported like any other mistake in the file.
 */
export function extendTemplate(base: Template, extension: Plain): Plain {
  const { extends: _base, sections, $schema: _schema, ...rest } = extension;
  const merged = mergeValue({ ...base, $schema: undefined }, rest) as Plain;
  merged.sections = mergeSections(
    base.sections as unknown as Plain[],
    Array.isArray(sections) ? (sections as Plain[]) : [],
  );
  delete merged.$schema;
  return merged;
}
