import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "./pick-theme";

const fluentThemes: Readonly<Record<ThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** The Fluent UI v9 theme object for a theme kind. */
export function getFluentTheme(kind: ThemeKind): Theme {
  return fluentThemes[kind];
}
