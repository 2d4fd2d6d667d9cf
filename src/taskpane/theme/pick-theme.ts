/**
 * Chooses the pane's theme from what Office and the browser tell us. Pure: no office-js, no DOM, so the
 * decision is tested on its own; `watch-theme.ts` gathers the signals and `fluent-theme.ts` maps the result.
 */

export type ThemeKind = "light" | "dark" | "highContrast";

/** The part of `Office.context.officeTheme` we read (every field may be missing on some hosts). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string | null;
  bodyForegroundColor?: string | null;
  isDarkTheme?: boolean | null;
}

export interface ThemeSignals {
  officeTheme?: OfficeThemeColours | null;
  /** `(forced-colors: active)`: Windows high contrast, the one signal that is never a guess. */
  forcedColors?: boolean;
  /** `(prefers-color-scheme: dark)`: used only when Office says nothing usable (e.g. the browser preview). */
  prefersDark?: boolean;
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * A body text/background contrast this close to the maximum of 21 only comes from a high-contrast scheme
 * (pure black on white or the reverse). Office's own themes stay well below it: White and Colorful use #444444
 * text (about 9.7:1), Dark Gray uses #f0f0f0 on #6a6a6a, Black uses light text on a dark grey.
 */
export const HIGH_CONTRAST_RATIO = 20.5;

/** Parses `#rgb`, `#rrggbb` (with or without `#`); anything else is null. */
export function parseHexColour(value: string | null | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? "").trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join("") : match[1];
  return {
    r: Number.parseInt(hex.slice(0, 2), 16),
    g: Number.parseInt(hex.slice(2, 4), 16),
    b: Number.parseInt(hex.slice(4, 6), 16),
  };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function computeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function computeContrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [computeLuminance(a), computeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Background luminance below which a theme counts as dark when there is no foreground to compare with. */
const DARK_BACKGROUND_LUMINANCE = 0.2;

export function pickThemeKind(signals: ThemeSignals): ThemeKind {
  if (signals.forcedColors) return "highContrast";
  const background = parseHexColour(signals.officeTheme?.bodyBackgroundColor);
  if (background) {
    const foreground = parseHexColour(signals.officeTheme?.bodyForegroundColor);
    if (foreground && computeContrastRatio(background, foreground) >= HIGH_CONTRAST_RATIO)
      return "highContrast";
    const backgroundLuminance = computeLuminance(background);
    const isDark = foreground
      ? backgroundLuminance < computeLuminance(foreground)
      : backgroundLuminance < DARK_BACKGROUND_LUMINANCE;
    return isDark ? "dark" : "light";
  }
  if (typeof signals.officeTheme?.isDarkTheme === "boolean")
    return signals.officeTheme.isDarkTheme ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}
