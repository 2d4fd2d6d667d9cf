import { type Language, type Result, message } from "../../core/common";
import { commentsSkipped } from "../../core/findings/comments";
import type { Finding } from "../../core/findings/schema";
import type { ReadMemory } from "./apply-plan";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { documentChangedError, mapWordError } from "./errors";
import { queueLocationRange } from "./locate";
import { normaliseWordText } from "./text";

/**
 * One Word comment per finding, at its location, all written in one batch (after one sync that finds
 * the paragraphs). Comments need WordApi 1.4; on older Word this resolves with nothing added and a
 * message saying so, and never throws.
 */
export async function addWordComments(
  env: WordEnvironment,
  findings: Finding[],
  language: Language,
  memory: ReadMemory,
): Promise<Result<{ added: number }>> {
  if (!supportsWordApi(env, WORD_API.comments)) {
    return {
      value: { added: 0 },
      messages: [
        message(
          "warning",
          "comments-unsupported",
          "Bevindingen als opmerkingen toevoegen vraagt een nieuwere versie van Word (WordApi 1.4). Werk Office bij of gebruik Word op het web; de bevindingen blijven in het taakvenster staan.",
          "Adding findings as comments needs a newer version of Word (WordApi 1.4). Update Office or use Word on the web; the findings stay in the task pane.",
        ),
      ],
    };
  }
  if (findings.length === 0) return { value: { added: 0 }, messages: [] };
  if (memory.kind === "applied") throw documentChangedError();
  let writing = false;
  try {
    return await env.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const items = paragraphs.items;
      if (memory.kind === "read" && memory.snapshot.blocks.length !== items.length)
        throw documentChangedError();
      const texts = items.map((paragraph) => normaliseWordText(paragraph.text));
      let added = 0;
      let missing = 0;
      for (const finding of findings) {
        const range = queueLocationRange(items, texts, finding.location);
        if (!range) {
          missing += 1;
          continue;
        }
        range.insertComment(commentText(finding, language));
        added += 1;
      }
      writing = true;
      if (added > 0) await context.sync();
      const messages = commentsSkipped(missing);
      return { value: { added }, messages };
    });
  } catch (error) {
    throw mapWordError(error, writing ? "write" : "read");
  }
}

export function commentText(finding: Finding, language: Language): string {
  return `Profielwijzer: ${finding.message[language]} [${finding.rule}]`;
}
