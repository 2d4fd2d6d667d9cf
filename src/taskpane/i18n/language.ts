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

const pluralRules: Readonly<Record<Language, Intl.PluralRules>> = {
  nl: new Intl.PluralRules("nl"),
  en: new Intl.PluralRules("en"),
};

/**
 * Singular or plural for a count, by the language's own plural rules (`Intl.PluralRules`): "one" for 1 in
 * both Dutch and English, "other" for 0, 2 and everything else.
 */
export function pluralCategory(count: number, language: Language): "one" | "other" {
  return pluralRules[language].select(count) === "one" ? "one" : "other";
}

/** The slot syntax: `{name}` for a value, `{name|singular|plural}` for the form that fits the count `name`. */
const SLOT = /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * Fills `{name}` placeholders, and picks the form of `{name|fout|fouten}` that fits the number `name`
 * (by the plural rules of `language`), so a count and its noun always agree: "1 fout", "2 fouten". A
 * placeholder without a value stays visible so a gap is noticed, not hidden.
 */
export function formatString(
  template: string,
  values: Readonly<Record<string, string | number>>,
  language: Language = "nl",
): string {
  return template.replace(SLOT, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    const value = values[name]!;
    if (one === undefined || other === undefined) return String(value);
    return pluralCategory(Number(value), language) === "one" ? one : other;
  });
}

/** The names of a template's slots, once each, sorted (`{count}` and `{count|…|…}` both name `count`). */
export function slotNames(template: string): string[] {
  return [...new Set([...template.matchAll(SLOT)].map((match) => match[1]!))].sort();
}
