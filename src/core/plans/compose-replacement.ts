import type { Fix } from "../findings/schema";
import type { EditPlan } from "./schema";

type PlaceholderFix = Extract<Fix, { kind: "replace-placeholder" }>;

/** A plan that replaces exactly the placeholder's characters with the user's text. */
export function composeReplacement(
  fix: PlaceholderFix,
  text: string,
  findingId: string | null = null,
): EditPlan {
  return {
    id: `replace:${fix.anchor.block}:${fix.start}`,
    title: { nl: `'${fix.expected}' vervangen`, en: `Replace '${fix.expected}'` },
    operations: [
      {
        kind: "replace-text",
        anchor: fix.anchor,
        start: fix.start,
        end: fix.end,
        expected: fix.expected,
        text,
      },
    ],
    fixes: findingId ? [findingId] : [],
    warnings: [],
  };
}
