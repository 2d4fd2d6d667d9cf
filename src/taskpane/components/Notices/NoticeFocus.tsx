import { createContext, useCallback, useContext, useRef, type ReactNode, type RefObject } from "react";

interface NoticeFocus {
  /** Where the notices are rendered (set by `Notices`). */
  region: RefObject<HTMLElement | null>;
  /** Moves focus to the newest notice, once it is on screen. */
  focusLatest(): void;
}

const NoticeFocusContext = createContext<NoticeFocus | null>(null);

/**
 * Lets a pane hand focus to the notice that reports what it just did. An insert often removes the control
 * that triggered it (a missing section's card, the skeleton offer): without this, keyboard focus would fall
 * back to the top of the page.
 */
export function NoticeFocusProvider({ children }: { children: ReactNode }) {
  const region = useRef<HTMLElement | null>(null);
  const focusLatest = useCallback(() => {
    // After React has rendered the new notice.
    requestAnimationFrame(() => {
      const notices = region.current?.querySelectorAll<HTMLElement>("[data-notice]");
      notices?.[notices.length - 1]?.focus();
    });
  }, []);
  return (
    <NoticeFocusContext.Provider value={{ region, focusLatest }}>{children}</NoticeFocusContext.Provider>
  );
}

/** `focusLatest` from the nearest provider; does nothing without one (a pane rendered on its own). */
export function useNoticeFocus(): NoticeFocus {
  return useContext(NoticeFocusContext) ?? FALLBACK;
}

const FALLBACK: NoticeFocus = { region: { current: null }, focusLatest: () => undefined };
