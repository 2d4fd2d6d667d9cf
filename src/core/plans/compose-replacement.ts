import type { Fix } from "../findings/schema";
import type { EditPlan } from "./schema";

type PlaceholderFix = Extract<Fix, { kind: "replace-placeholder" }>;

const CLOSING = /[.,;:!?…]+/u;
const ENDS_CLOSED = /[.,;:!?…]$/u;

/**
 * A plan that replaces exactly the placeholder's characters with the user's text. When the user's text
 * ends in punctuation, it takes the place of the punctuation after the placeholder too: `xxx.` filled
 * with "stelt het jaarplan op;" reads "stelt het jaarplan op;", never "op;.".
 */
export function composeReplacement(
  fix: PlaceholderFix,
  text: string,
  findingId: string | null = null,
): EditPlan {
  const after = ENDS_CLOSED.test(text) ? CLOSING.exec(fix.anchor.text.slice(fix.end)) : null;
  const end = after?.index === 0 ? fix.end + after[0].length : fix.end;
  return {
    id: `replace:${fix.anchor.block}:${fix.start}`,
    title: { nl: `'${fix.expected}' vervangen`, en: `Replace '${fix.expected}'` },
    operations: [
      {
        kind: "replace-text",
        anchor: fix.anchor,
        start: fix.start,
        end,
        expected: fix.anchor.text.slice(fix.start, end),
        text,
      },
    ],
    fixes: findingId ? [findingId] : [],
    warnings: [],
  };
}
