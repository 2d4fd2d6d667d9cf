import { pickThemeKind, type ThemeKind, type ThemeSignals } from "./pick-theme";

/** The few window features the watcher uses, so tests can hand in a stand-in. */
export interface ThemeWindow {
  matchMedia?: (query: string) => MediaQueryList;
  addEventListener(type: "focus", listener: () => void): void;
  removeEventListener(type: "focus", listener: () => void): void;
  document: {
    addEventListener(type: "visibilitychange", listener: () => void): void;
    removeEventListener(type: "visibilitychange", listener: () => void): void;
  };
}

const FORCED_COLORS = "(forced-colors: active)";
const PREFERS_DARK = "(prefers-color-scheme: dark)";

/** What the browser itself says about colours (high contrast, dark mode). */
export function readMediaSignals(win: Pick<ThemeWindow, "matchMedia">): ThemeSignals {
  const matches = (query: string) => win.matchMedia?.(query).matches ?? false;
  return { forcedColors: matches(FORCED_COLORS), prefersDark: matches(PREFERS_DARK) };
}

/**
 * Calls `onChange` whenever the theme picked from `readSignals()` changes. Word has no Office theme-changed
 * event (only Outlook does), so we re-read Office's colours when the pane regains focus or becomes visible,
 * and react at once to the browser's high-contrast and dark-mode media queries. Returns an unsubscribe function.
 */
export function watchTheme(
  win: ThemeWindow,
  readSignals: () => ThemeSignals,
  onChange: (kind: ThemeKind) => void,
): () => void {
  let current = pickThemeKind(readSignals());
  const check = () => {
    const next = pickThemeKind(readSignals());
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  const queries = [FORCED_COLORS, PREFERS_DARK].flatMap((query) => {
    const list = win.matchMedia?.(query);
    return list ? [list] : [];
  });
  for (const list of queries) list.addEventListener("change", check);
  win.addEventListener("focus", check);
  win.document.addEventListener("visibilitychange", check);
  return () => {
    for (const list of queries) list.removeEventListener("change", check);
    win.removeEventListener("focus", check);
    win.document.removeEventListener("visibilitychange", check);
  };
}
