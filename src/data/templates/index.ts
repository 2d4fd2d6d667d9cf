import type { Template } from "../template-schema";
import { parseTemplate } from "../load";
import functieprofiel from "./functieprofiel.json";
import resultaatprofiel from "./resultaatprofiel.json";
import rijksoverheid from "./rijksoverheid.json";

/** The built-in templates, validated like any organisation's own file. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [functieprofiel, resultaatprofiel, rijksoverheid].map(
  (data) => parseTemplate(data),
);

export function builtInTemplate(id: string): Template {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`No built-in template "${id}"`);
  return template;
}
