import type { Language, LocalisedText } from "../../core/common";
import { en } from "./en";
import { nl, type Strings } from "./nl";

export const catalogues: Readonly<Record<Language, Strings>> = { nl, en };

/**
 * The UI language for Office's display language (`Office.context.displayLanguage`, e.g. "nl-NL", "en-US"):
 * English when it starts with `en`, Dutch for everything else, including an empty or missing value.
 */
export function pickLanguage(displayLanguage: string | null | undefined): Language {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "nl";
}

/** The text of a core message or error in the UI language. */
export function localise(text: LocalisedText, language: Language): string {
  return text[language];
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible so a gap is noticed, not hidden. */
export function formatString(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
