/** What the shell shows instead of (or before) the panes, and how the entry point decides it. */

/** The oldest Word API the add-in can run on; the Word adapter checks 1.4 at run time for comments/settings. */
export const REQUIRED_WORD_API = { set: "WordApi", version: "1.3" } as const;

export type UnsupportedReason =
  /** office.js never arrived (opened outside Office, offline, or blocked). */
  | { kind: "no-office" }
  /** Office loaded, but in another application or in a plain browser (`host` is null then). */
  | { kind: "not-word"; host: string | null }
  /** Word, but without the minimum requirement set. */
  | { kind: "word-too-old"; set: string; version: string };

export type ShellStatus =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "unsupported"; reason: UnsupportedReason }
  | { kind: "error"; error: unknown };

/**
 * The status after `Office.onReady`: ready only in Word with the required API. `host` is Office's host name
 * (`Office.HostType.Word` is "Word"); `isSetSupported` is `Office.context.requirements.isSetSupported`.
 */
export function decideStartupStatus(
  host: string | null | undefined,
  isSetSupported: (set: string, version: string) => boolean,
): ShellStatus {
  if (host !== "Word") return { kind: "unsupported", reason: { kind: "not-word", host: host ?? null } };
  if (!isSetSupported(REQUIRED_WORD_API.set, REQUIRED_WORD_API.version)) {
    return { kind: "unsupported", reason: { kind: "word-too-old", ...REQUIRED_WORD_API } };
  }
  return { kind: "ready" };
}
