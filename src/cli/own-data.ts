import { readFile } from "node:fs/promises";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES, parseLibrary, parseTemplate } from "../data";
import type { Library } from "../data/library-schema";
import type { Template } from "../data/template-schema";
import { UsageError } from "./args";

/** `--template`: a built-in id, or a JSON file with an organisation's own template. */
export async function resolveTemplate(
  value: string | null,
): Promise<{ templates: readonly Template[]; forced: string | null }> {
  if (value === null) return { templates: BUILT_IN_TEMPLATES, forced: null };
  if (BUILT_IN_TEMPLATES.some((template) => template.id === value))
    return { templates: BUILT_IN_TEMPLATES, forced: value };
  const text = await readFile(value, "utf8").catch(() => {
    throw new UsageError(
      `Sjabloon "${value}" is geen ingebouwd sjabloon (${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}) en geen leesbaar bestand.`,
    );
  });
  const custom = parseTemplate(text);
  return {
    templates: [custom, ...BUILT_IN_TEMPLATES.filter((template) => template.id !== custom.id)],
    forced: custom.id,
  };
}

/** `--library`: the built-in library, or a JSON file with an organisation's own. */
export async function resolveLibrary(value: string | null): Promise<Library> {
  if (value === null) return BUILT_IN_LIBRARY;
  const text = await readFile(value, "utf8").catch(() => {
    throw new UsageError(`De competentiebibliotheek "${value}" kan niet worden gelezen.`);
  });
  return parseLibrary(text);
}
