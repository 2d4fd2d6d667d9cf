/**
 * Browser preview entry: the task pane outside Word, on a .docx file (the built-in sample first), beside the
 * document itself. `?lang=en|nl` and `?theme=light|dark|highContrast` choose the language and theme; the
 * switches in the toolbar keep them in the address.
 */
// Must stay the first import: it switches zod to eval-free parsing before any schema is defined.
import "../taskpane/shell/configure-zod";
import { createRoot } from "react-dom/client";
import type { Language } from "../core/common";
import { pickLanguage } from "../taskpane/i18n";
import { loadEngineChunk } from "../taskpane/session/useProfileSession";
import { pickThemeKind, readMediaSignals } from "../taskpane/theme";
import { fetchSample, loadDocxHost } from "./open-document";
import { PreviewApp, THEME_KINDS } from "./PreviewApp";

// The sample, the .docx reader and the core load in parallel with React's first render.
const sample = fetchSample();
void loadDocxHost();
void loadEngineChunk();
// Handled in PreviewApp; this keeps an early failure from being reported as unhandled before it mounts.
sample.catch(() => undefined);

const container = document.getElementById("container");
if (!container) throw new Error("preview.html has no #container element");

const query = new URLSearchParams(window.location.search);
const theme =
  THEME_KINDS.find((kind) => kind === query.get("theme")) ?? pickThemeKind(readMediaSignals(window));
const language: Language = pickLanguage(query.get("lang") ?? navigator.language);

function rememberPreferences(preferences: { theme: string; language: Language }): void {
  const next = new URLSearchParams(window.location.search);
  next.set("theme", preferences.theme);
  next.set("lang", preferences.language);
  document.documentElement.lang = preferences.language;
  window.history.replaceState(null, "", `${window.location.pathname}?${next.toString()}`);
}

document.documentElement.lang = language;
createRoot(container).render(
  <PreviewApp
    initialTheme={theme}
    initialLanguage={language}
    sample={sample}
    onPreferences={rememberPreferences}
  />,
);
