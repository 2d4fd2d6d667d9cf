import { foldText } from "./normalise";

/** Whether a text is (or contains) one of the template's instruction texts for the writer. */
export function isGuidance(text: string, guidance: readonly string[]): boolean {
  const folded = foldText(text);
  return folded !== "" && guidance.some((entry) => folded.includes(foldText(entry)));
}
