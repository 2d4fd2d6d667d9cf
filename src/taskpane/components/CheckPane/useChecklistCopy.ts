import { useState } from "react";

export type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "fallback"; text: string };

/**
 * Copies the checklist to the clipboard. Office webviews can block the clipboard API; the text is then shown
 * in a selectable text area instead, so the user can still copy it by hand.
 */
export function useChecklistCopy(makeText: () => string) {
  const [state, setState] = useState<CopyState>({ kind: "idle" });

  async function copy() {
    const text = makeText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState({ kind: "copied" });
    } catch {
      setState({ kind: "fallback", text });
    }
  }

  return { state, copy, close: () => setState({ kind: "idle" }) };
}
