export { en } from "./en";
export { nl, type StringKey, type Strings } from "./nl";
export { catalogues, formatString, localise, pickLanguage, pluralCategory, slotNames } from "./language";
export {
  StringsProvider,
  useLanguage,
  useLanguageSetting,
  useStrings,
  type LanguageSetting,
} from "./StringsProvider";
