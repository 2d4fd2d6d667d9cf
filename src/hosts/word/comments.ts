import { type Language, type Result, message } from "../../core/common";
import { commentsSkipped, reconcileComments, type CommentCounts } from "../../core/findings/comments";
import type { Finding } from "../../core/findings/schema";
import type { ReadMemory } from "./apply-plan";
import { WORD_API, type WordEnvironment, supportsWordApi } from "./environment";
import { documentChangedError, mapWordError } from "./errors";
import { queueLocationRange } from "./locate";
import { normaliseWordText } from "./text";

/**
 * The findings as Word comments, kept in step: one per finding at its location, ours (recognised by the mark
 * at the end of their text) updated or removed when their finding changed or was solved; other comments stay.
 * One sync reads the paragraphs and the comments, one writes. Comments need WordApi 1.4; on older Word
 * this resolves with nothing changed and a message saying so, and never throws.
 */
export async function addWordComments(
  env: WordEnvironment,
  findings: Finding[],
  language: Language,
  memory: ReadMemory,
): Promise<Result<CommentCounts>> {
  const none = { added: 0, updated: 0, removed: 0 };
  if (!supportsWordApi(env, WORD_API.comments)) {
    return {
      value: none,
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
  if (memory.kind === "applied") throw documentChangedError();
  let writing = false;
  try {
    return await env.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs.load("items/text");
      const existing = body.getComments().load("items/content");
      await context.sync();
      const items = paragraphs.items;
      if (memory.kind === "read" && memory.snapshot.blocks.length !== items.length)
        throw documentChangedError();
      const texts = items.map((paragraph) => normaliseWordText(paragraph.text));
      const placed = findings.map((finding) => ({
        finding,
        range: queueLocationRange(items, texts, finding.location),
      }));
      const placeable = placed.filter((entry) => entry.range !== null);
      // Word names the user as the author of an add-in's comments: only the text's mark tells ours apart.
      const changes = reconcileComments(
        existing.items.map((comment) => ({ key: comment, text: comment.content, author: null })),
        placeable.map((entry) => entry.finding),
        language,
      );
      for (const comment of changes.remove) comment.delete();
      for (const { key, text } of changes.update) key.content = text;
      for (const { finding, text } of changes.add)
        placeable.find((entry) => entry.finding === finding)!.range!.insertComment(text);
      const counts = {
        added: changes.add.length,
        updated: changes.update.length,
        removed: changes.remove.length,
      };
      writing = true;
      if (counts.added + counts.updated + counts.removed > 0) await context.sync();
      return { value: counts, messages: commentsSkipped(placed.length - placeable.length) };
    });
  } catch (error) {
    throw mapWordError(error, writing ? "write" : "read");
  }
}
