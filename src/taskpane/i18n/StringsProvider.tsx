import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../core/common";
import { catalogues } from "./language";
import type { Strings } from "./nl";

const LanguageContext = createContext<Language>("nl");

/** Makes the catalogue of one language available to everything below it (Dutch when there is no provider). */
export function StringsProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The UI language chosen for this pane. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** All UI strings in the pane's language. */
export function useStrings(): Strings {
  return catalogues[useContext(LanguageContext)];
}
