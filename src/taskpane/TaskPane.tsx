import type { ReactNode } from "react";
import { Workspace } from "./components/Workspace/Workspace";
import type { Engine } from "./session/engine";
import { SessionProvider } from "./session/SessionContext";
import { useProfileSession } from "./session/useProfileSession";
import { Shell, type ShellProps } from "./shell";

export interface TaskPaneProps extends Omit<ShellProps, "content" | "panels"> {
  /** How the core arrives; by default a lazily loaded chunk. */
  loadEngine?: () => Promise<Engine>;
  /** What the pane says while there is no document (the preview says how to open one). */
  emptyHint?: ReactNode;
}

/**
 * The whole task pane: the shell (theme, language, states, error boundary) around the profile session and
 * its panes. The same component runs in Word (office-js host) and in the browser preview (.docx host).
 */
export function TaskPane({ loadEngine, emptyHint, ...shell }: TaskPaneProps) {
  const ready = (shell.status?.kind ?? "ready") === "ready";
  const session = useProfileSession(ready ? shell.host : null, {
    language: shell.language,
    ...(loadEngine ? { loadEngine } : {}),
  });
  return (
    <Shell
      {...shell}
      content={
        <SessionProvider session={session}>
          <Workspace emptyHint={emptyHint} />
        </SessionProvider>
      }
    />
  );
}
