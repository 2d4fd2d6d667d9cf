/**
 * Browser preview entry (minimal for now): the task pane's shell outside Word, without office.js.
 * `?lang=en|nl` and `?theme=light|dark|highContrast` override the browser's language and colour scheme.
 */
// Must stay the first import: it switches zod to eval-free parsing before any schema is defined.
import "../taskpane/shell/configure-zod";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { pickLanguage, useStrings } from "../taskpane/i18n";
import { Shell, type ShellProps } from "../taskpane/shell";
import { pickThemeKind, readMediaSignals, watchTheme, type ThemeKind } from "../taskpane/theme";

function PreviewNotice() {
  const strings = useStrings();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.previewNoticeTitle}</MessageBarTitle>
        {strings.previewNoticeBody}
      </MessageBarBody>
    </MessageBar>
  );
}

const THEME_KINDS: readonly ThemeKind[] = ["light", "dark", "highContrast"];

const container = document.getElementById("container");
if (!container) throw new Error("preview.html has no #container element");
const root = createRoot(container);

const query = new URLSearchParams(window.location.search);
const forcedTheme = THEME_KINDS.find((kind) => kind === query.get("theme"));
const readSignals = () => readMediaSignals(window);

let props: ShellProps = {
  host: null,
  language: pickLanguage(query.get("lang") ?? navigator.language),
  theme: forcedTheme ?? pickThemeKind(readSignals()),
  notice: <PreviewNotice />,
};

function update(changes: Partial<ShellProps>): void {
  props = { ...props, ...changes };
  root.render(<Shell {...props} />);
}

update({});
if (!forcedTheme) watchTheme(window, readSignals, (theme) => update({ theme }));
