import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES, parseLibrary, parseTemplate } from "../data";
import type { Library } from "../data/library-schema";
import type { Template } from "../data/template-schema";
import { UsageError } from "./args";

/**
 * `--template`, once or more: a built-in id (forces it), one JSON file with an organisation's own
 * template (forces it, as before), or several files or a folder of them: those join detection, which
 * chooses among them and the built-ins. A file may `extend` a built-in or a file loaded before it.
 */
export async function resolveTemplate(
  values: readonly string[],
): Promise<{ templates: readonly Template[]; forced: string | null }> {
  if (values.length === 0) return { templates: BUILT_IN_TEMPLATES, forced: null };
  const builtIn = values.find((value) => BUILT_IN_TEMPLATES.some((template) => template.id === value));
  const files: string[] = [];
  let folder = false;
  for (const value of values) {
    if (value === builtIn) continue;
    const info = await stat(value).catch(() => null);
    if (!info) {
      throw new UsageError(
        `Sjabloon "${value}" is geen ingebouwd sjabloon (${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}) en geen leesbaar bestand of map.`,
      );
    }
    if (info.isDirectory()) {
      folder = true;
      const names = (await readdir(value)).filter((name) => name.toLowerCase().endsWith(".json")).sort();
      files.push(...names.map((name) => join(value, name)));
    } else files.push(value);
  }
  const own: Template[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8").catch(() => {
      throw new UsageError(`Het sjabloon "${file}" kan niet worden gelezen.`);
    });
    const template = parseTemplate(text, [...own, ...BUILT_IN_TEMPLATES]);
    own.push(template);
  }
  const ids = new Set(own.map((template) => template.id));
  const templates = [...own, ...BUILT_IN_TEMPLATES.filter((template) => !ids.has(template.id))];
  const forced = builtIn ?? (own.length === 1 && !folder ? own[0]!.id : null);
  return { templates, forced };
}

/** `--library`: the built-in library, or a JSON file with an organisation's own. */
export async function resolveLibrary(value: string | null): Promise<Library> {
  if (value === null) return BUILT_IN_LIBRARY;
  const text = await readFile(value, "utf8").catch(() => {
    throw new UsageError(`De competentiebibliotheek "${value}" kan niet worden gelezen.`);
  });
  return parseLibrary(text);
}
