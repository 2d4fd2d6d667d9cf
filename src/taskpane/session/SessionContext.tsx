import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { Location } from "../../core/common";
import type { ProfileSession } from "./useProfileSession";

const SessionContext = createContext<ProfileSession | null>(null);

/** Hands the profile session to every pane below it. */
export function SessionProvider({ session, children }: { session: ProfileSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The profile session; only valid below a `SessionProvider`. */
export function useSession(): ProfileSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a SessionProvider above it");
  return session;
}

/** The block range of the user's selection in the document; re-renders only the components that ask. */
export function useSelection(): Location | null {
  const session = useSession();
  return useSyncExternalStore(session.subscribeSelection, session.getSelection, session.getSelection);
}
