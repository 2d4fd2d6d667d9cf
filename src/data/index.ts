import type { Library, StandardTexts } from "./library-schema";
import { parseLibrary, parseStandardTexts } from "./load";
import competencies from "./library/competencies.json";
import standardTexts from "./library/standard-texts.json";

export { BUILT_IN_TEMPLATES, GENERIC_TEMPLATE, builtInTemplate } from "./templates";
export { parseTemplate, parseLibrary, parseStandardTexts, findCompetency, competencyNames } from "./load";

/** The competency library that ships with Profielwijzer, validated like an organisation's own. */
export const BUILT_IN_LIBRARY: Library = parseLibrary(competencies);

export const BUILT_IN_STANDARD_TEXTS: StandardTexts = parseStandardTexts(standardTexts);
