export { getFluentTheme } from "./fluent-theme";
export {
  HIGH_CONTRAST_RATIO,
  computeContrastRatio,
  computeLuminance,
  parseHexColour,
  pickThemeKind,
  type OfficeThemeColours,
  type Rgb,
  type ThemeKind,
  type ThemeSignals,
} from "./pick-theme";
export { readMediaSignals, watchTheme, type ThemeWindow } from "./watch-theme";
