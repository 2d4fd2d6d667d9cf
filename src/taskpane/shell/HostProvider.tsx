import { createContext, useContext, type ReactNode } from "react";
import type { HostAdapter } from "../../core/host";

const HostContext = createContext<HostAdapter | null>(null);

/** Hands the host adapter (Word, or a .docx file in the preview) to the panes without prop drilling. */
export function HostProvider({ host, children }: { host: HostAdapter | null; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The document the pane works on; null while there is none (e.g. the preview before a file is loaded). */
export function useHost(): HostAdapter | null {
  return useContext(HostContext);
}
