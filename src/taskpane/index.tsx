/**
 * Task pane entry: the only place that waits for `Office.onReady`. Renders the shell at once (loading), then
 * decides between the panes, the "unsupported" state and an error, and keeps the theme in step with Office.
 * The core (rules, composers, library) arrives in its own chunk while Word reads the document.
 */
// Must stay the first import: it switches zod to eval-free parsing before any schema is defined.
import "./shell/configure-zod";
import { createRoot } from "react-dom/client";
import type { Language, Message } from "../core/common";
import { createOfficeWordEnvironment, createWordHost } from "../hosts/word";
import { pickLanguage } from "./i18n";
import { localLanguageStore } from "./session/language-store";
import { loadEngineChunk } from "./session/useProfileSession";
import { decideStartupStatus } from "./shell";
import { TaskPane, type TaskPaneProps } from "./TaskPane";
import { pickThemeKind, readMediaSignals, watchTheme, type ThemeSignals } from "./theme";

// The core downloads while Office starts up and Word reads the document.
void loadEngineChunk();

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

// The language: the one chosen under Instellingen, else Office's display language (the browser's until Office
// is ready). Choosing "automatic" again goes back to Office's.
const languageStore = localLanguageStore();
let automaticLanguage: Language = pickLanguage(navigator.language);

function chooseLanguage(preference: Language | null): void {
  languageStore.write(preference);
  applyLanguage(preference);
}

function applyLanguage(preference: Language | null): void {
  update({
    language: preference ?? automaticLanguage,
    languageSetting: { preference, automatic: automaticLanguage, onChange: chooseLanguage },
  });
}

let props: TaskPaneProps = {
  host: null,
  language: languageStore.read() ?? automaticLanguage,
  languageSetting: {
    preference: languageStore.read(),
    automatic: automaticLanguage,
    onChange: chooseLanguage,
  },
  theme: pickThemeKind(readMediaSignals(window)),
  status: { kind: "loading" },
  messages: [],
  onDismissMessage: (message: Message) =>
    update({ messages: (props.messages ?? []).filter((shown) => shown !== message) }),
};

function update(changes: Partial<TaskPaneProps>): void {
  props = { ...props, ...changes };
  root.render(<TaskPane {...props} />);
}

update({});

function readThemeSignals(): ThemeSignals {
  return { officeTheme: Office.context?.officeTheme ?? null, ...readMediaSignals(window) };
}

function startInWord(): Partial<TaskPaneProps> {
  try {
    const host = createWordHost(
      createOfficeWordEnvironment({
        // Notes the adapter cannot return (a damaged ignore list, a failed selection lookup) are shown, not lost.
        onMessage: (message) => update({ messages: [...(props.messages ?? []), message] }),
      }),
    );
    return { host, status: { kind: "ready" } };
  } catch (error) {
    return { status: { kind: "error", error } };
  }
}

// office.js is a classic script in taskpane.html; when it could not load (offline, opened outside Office),
// there is no Office global and we say so instead of waiting forever.
if (typeof Office === "undefined") {
  update({ status: { kind: "unsupported", reason: { kind: "no-office" } } });
} else {
  Office.onReady()
    .then((info) => {
      automaticLanguage = pickLanguage(Office.context?.displayLanguage);
      const theme = pickThemeKind(readThemeSignals());
      // @types/office-js declares HostType without values; at run time Word's is the string "Word".
      const status = decideStartupStatus(info.host == null ? null : String(info.host), (set, version) =>
        Office.context.requirements.isSetSupported(set, version),
      );
      applyLanguage(languageStore.read());
      update({ theme, ...(status.kind === "ready" ? startInWord() : { status }) });
      watchTheme(window, readThemeSignals, (kind) => update({ theme: kind }));
    })
    .catch((error: unknown) => update({ status: { kind: "error", error } }));
}
