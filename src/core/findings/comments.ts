import { message, type Language, type Message } from "../common";
import { fingerprint } from "../text/fingerprint";
import type { Finding } from "./schema";

/**
 * Findings as comments, the same in both hosts: the text a reviewer reads (the message, then a short line
 * naming the check), and a stable mark at its end (our name and a tag made from the finding's id) by which a
 * second run recognises its own comments, to update them, add the new ones and remove those of solved
 * findings instead of adding everything again.
 */

export const COMMENT_AUTHOR = "Profielwijzer";

const CHECK_LABEL: Record<Language, string> = { nl: "Controle", en: "Check" };

/** Our mark: "(Profielwijzer #1x2y3z)", language-independent, at the very end of the text. */
const MARK = new RegExp(`\\(${COMMENT_AUTHOR} #([0-9a-z]+)\\)\\s*$`);
/** Comments written before the mark: "Profielwijzer: … [rule]" (Word) or "… [rule]" by our author (.docx). */
const LEGACY = /\[[a-z][a-z0-9-]*\]\s*$/;

export function commentTag(finding: Finding): string {
  return fingerprint(finding.id);
}

export function commentText(finding: Finding, language: Language): string {
  return `${finding.message[language]}\n${CHECK_LABEL[language]}: ${finding.rule} (${COMMENT_AUTHOR} #${commentTag(finding)})`;
}

/**
 * Whose a comment is: the tag of the finding it was written for, "legacy" for one of ours without a tag
 * (written by an older version), or null for anybody else's. `author` is null where the host cannot tell
 * (Word names the user as the author of every comment an add-in writes).
 */
export function commentOwner(text: string, author: string | null): string | "legacy" | null {
  const mark = MARK.exec(text);
  if (mark) return mark[1]!;
  const ours = author === COMMENT_AUTHOR || text.startsWith(`${COMMENT_AUTHOR}: `);
  return ours && LEGACY.test(text) ? "legacy" : null;
}

export interface ExistingComment<K> {
  key: K;
  text: string;
  author: string | null;
}

export interface CommentChanges<K> {
  add: { finding: Finding; text: string }[];
  update: { key: K; text: string }[];
  remove: K[];
  /** Ours that already say what they should. */
  unchanged: number;
}

/** What to do so the document holds exactly one comment of ours per finding, with the current text. */
export function reconcileComments<K>(
  existing: readonly ExistingComment<K>[],
  findings: readonly Finding[],
  language: Language,
): CommentChanges<K> {
  const byTag = new Map<string, ExistingComment<K>>();
  const remove: K[] = [];
  for (const comment of existing) {
    const owner = commentOwner(comment.text, comment.author);
    if (owner === null) continue;
    // A duplicate (from an older version's second click) or a legacy comment goes; the first of each stays.
    if (owner === "legacy" || byTag.has(owner)) remove.push(comment.key);
    else byTag.set(owner, comment);
  }
  const changes: CommentChanges<K> = { add: [], update: [], remove, unchanged: 0 };
  const kept = new Set<string>();
  for (const finding of findings) {
    const tag = commentTag(finding);
    if (kept.has(tag)) continue;
    kept.add(tag);
    const text = commentText(finding, language);
    const current = byTag.get(tag);
    if (!current) changes.add.push({ finding, text });
    // Word may give a line break back as "\r" (or a vertical tab): the same words are no change.
    else if (current.text.replace(/\r\n?|\v/g, "\n").trim() !== text)
      changes.update.push({ key: current.key, text });
    else changes.unchanged++;
  }
  for (const [tag, comment] of byTag) if (!kept.has(tag)) remove.push(comment.key);
  return changes;
}

/** How many comments a run added, changed and removed (what the pane reports). */
export interface CommentCounts {
  added: number;
  updated: number;
  removed: number;
}

/** Said by both hosts when findings point at places the document no longer has. */
export function commentsSkipped(missing: number): Message[] {
  if (missing === 0) return [];
  return [
    message(
      "warning",
      "comments-skipped",
      `${missing} ${missing === 1 ? "bevinding kon" : "bevindingen konden"} niet als opmerking worden geplaatst, omdat de plek niet meer in het document staat. Controleer opnieuw.`,
      `${missing} ${missing === 1 ? "finding" : "findings"} could not be added as a comment because the place is no longer in the document. Check again.`,
    ),
  ];
}
