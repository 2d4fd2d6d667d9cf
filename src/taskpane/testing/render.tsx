import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Language } from "../../core/common";
import type { HostAdapter } from "../../core/host";
import { StringsProvider } from "../i18n";
import { engine, type Engine } from "../session/engine";
import { SessionProvider } from "../session/SessionContext";
import { NO_TEMPLATE_STORE } from "../session/template-store";
import { useProfileSession, type ProfileSession } from "../session/useProfileSession";
import { TaskPane } from "../TaskPane";

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own size with one. Nothing is laid out in
// jsdom, so an observer that never calls back is what a real one would do here.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class StillResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: StillResizeObserver });
}

/** The core, handed over at once instead of as a lazy chunk. */
export const loadTestEngine = () => Promise.resolve(engine);

/** The whole task pane on a host, as Word or the preview shows it. Waits until the profile is read. */
export async function renderTaskPane(host: HostAdapter | null, options: { language?: Language } = {}) {
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(
      <TaskPane host={host} language={options.language ?? "nl"} theme="light" loadEngine={loadTestEngine} />,
    );
  });
  if (host) await screen.findByRole("region", { name: options.language === "en" ? "Profile" : "Profiel" });
  return view!;
}

/**
 * One pane on its own, with the real session hook over a host. `session.current` is the latest session, for
 * assertions about state the pane does not show.
 */
export async function renderPane(
  ui: ReactNode,
  host: HostAdapter,
  options: { language?: Language; loadEngine?: () => Promise<Engine> } = {},
) {
  const language = options.language ?? "nl";
  const loadEngine = options.loadEngine ?? loadTestEngine;
  const latest: { current: ProfileSession | null } = { current: null };
  function Harness() {
    const session = useProfileSession(host, { language, loadEngine, templateStore: NO_TEMPLATE_STORE });
    latest.current = session;
    return (
      <FluentProvider theme={webLightTheme}>
        <StringsProvider language={language}>
          <SessionProvider session={session}>{session.analysis ? ui : null}</SessionProvider>
        </StringsProvider>
      </FluentProvider>
    );
  }
  let view: ReturnType<typeof render> | undefined;
  await act(async () => {
    view = render(<Harness />);
  });
  await waitFor(() => {
    if (!latest.current?.analysis) throw new Error("the profile is not read yet");
  });
  return { ...view!, session: latest };
}
