/**
 * Browser preview entry: the task pane outside Word, on a .docx file (the built-in sample first), beside the
 * document itself. `?lang=en|nl` and `?theme=light|dark|highContrast` choose the language and theme; the
 * switches in the toolbar (and the language under the pane's Instellingen) keep them in the address. Without
 * `lang` the pane follows the browser's language, as in Word it follows Office's display language.
 */
// Must stay the first import: it switches zod to eval-free parsing before any schema is defined.
import "../taskpane/shell/configure-zod";
import { createRoot } from "react-dom/client";
import type { Language } from "../core/common";
import { pickLanguage } from "../taskpane/i18n";
import { loadEngineChunk } from "../taskpane/session/useProfileSession";
import { pickThemeKind, readMediaSignals } from "../taskpane/theme";
import { fetchSample, loadDocxHost } from "./open-document";
import { PreviewApp, THEME_KINDS, type PreviewPreferences } from "./PreviewApp";

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
const automaticLanguage: Language = pickLanguage(navigator.language);
const asked = query.get("lang");
const chosenLanguage: Language | null = asked === null ? null : pickLanguage(asked);

function rememberPreferences(preferences: PreviewPreferences): void {
  const next = new URLSearchParams(window.location.search);
  next.set("theme", preferences.theme);
  if (preferences.language === null) next.delete("lang");
  else next.set("lang", preferences.language);
  document.documentElement.lang = preferences.language ?? automaticLanguage;
  window.history.replaceState(null, "", `${window.location.pathname}?${next.toString()}`);
}

document.documentElement.lang = chosenLanguage ?? automaticLanguage;
createRoot(container).render(
  <PreviewApp
    initialTheme={theme}
    initialLanguage={chosenLanguage}
    automaticLanguage={automaticLanguage}
    sample={sample}
    onPreferences={rememberPreferences}
  />,
);
