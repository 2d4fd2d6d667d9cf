import type { StandardParagraph, Template } from "../../data/template-schema";
import { foldText, stripListMarker } from "./normalise";

type Mark = NonNullable<StandardParagraph["mark"]>;

/** A paragraph's text as marks compare it: without a list marker, quotes around it, case or spacing. */
function markKey(text: string): string {
  return foldText(stripListMarker(text.trim()).replace(/^[“”„"'‘’]+|[“”„"'‘’]+$/gu, ""));
}

/**
 * Finds the template's own standard texts that carry a mark (`Functienaam`: a placeholder; the
 * traffic-risk line: a suggestion to tailor) when a block still holds one of them unchanged.
 */
export function markedTextFinder(template: Template, mark: Mark): (text: string) => boolean {
  const keys = new Set(
    template.sections
      .flatMap((section) => section.standardText)
      .filter((entry) => entry.mark === mark)
      .map((entry) => markKey(entry.text))
      .filter((key) => key !== ""),
  );
  return (text) => keys.size > 0 && keys.has(markKey(text));
}
