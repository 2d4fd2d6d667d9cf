import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../core/common";
import { catalogues } from "./language";
import type { Strings } from "./nl";

/**
 * The pane's language as a setting the user can change under Instellingen: a language chosen there, or none
 * (null) to follow Office's display language (in the browser preview: the browser's language).
 */
export interface LanguageSetting {
  /** What the user chose; null follows `automatic`. */
  preference: Language | null;
  /** The language that applies without a choice (from Office's display language, or the browser's). */
  automatic: Language;
  onChange(preference: Language | null): void;
}

const LanguageContext = createContext<Language>("nl");
const LanguageSettingContext = createContext<LanguageSetting | null>(null);

/**
 * Makes the catalogue of one language available to everything below it (Dutch when there is no provider),
 * and the language setting where the host lets the user change it.
 */
export function StringsProvider({
  language,
  setting = null,
  children,
}: {
  language: Language;
  setting?: LanguageSetting | null;
  children: ReactNode;
}) {
  return (
    <LanguageContext.Provider value={language}>
      <LanguageSettingContext.Provider value={setting}>{children}</LanguageSettingContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The UI language chosen for this pane. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The language setting, or null where the language cannot be changed from the pane. */
export function useLanguageSetting(): LanguageSetting | null {
  return useContext(LanguageSettingContext);
}

/** All UI strings in the pane's language. */
export function useStrings(): Strings {
  return catalogues[useContext(LanguageContext)];
}
