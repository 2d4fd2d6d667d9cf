import type { Template } from "../template-schema";
import { parseTemplate } from "../load";
import algemeen from "./algemeen.json";
import functieprofiel from "./functieprofiel.json";
import fwg from "./fwg.json";
import hr21 from "./hr21.json";
import onderwijs from "./onderwijs.json";
import orba from "./orba.json";
import resultaatprofiel from "./resultaatprofiel.json";
import rijksoverheid from "./rijksoverheid.json";
import ufo from "./ufo.json";

/** The built-in templates, validated like any organisation's own file. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  functieprofiel,
  resultaatprofiel,
  rijksoverheid,
  orba,
  hr21,
  ufo,
  onderwijs,
  fwg,
].map((data) => parseTemplate(data));

/**
 * The vocabulary every Dutch profile shares, as a template that requires nothing and is never
 * detected: the structure of a profile that fits no template is read with it, and the rules that
 * need no template run against it.
 */
export const GENERIC_TEMPLATE: Template = parseTemplate(algemeen);

export function builtInTemplate(id: string): Template {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`No built-in template "${id}"`);
  return template;
}
