import { type Language, type Message, type Result } from "../../core/common";
import {
  COMMENT_AUTHOR,
  commentsSkipped,
  reconcileComments,
  type CommentCounts,
} from "../../core/findings/comments";
import type { Finding } from "../../core/findings/schema";
import { W_NAMESPACE } from "./apply-format";
import { paragraphNode, readStructure, type StructureNode } from "./apply-structure";
import { readDocxComments } from "./read-comments";
import type { DocxDocument } from "./read-docx";
import { appendToRoot, PackageEditor } from "./write-package";
import { applySplices, escapeXmlText, parseElements, type Splice } from "./write-xml";
import { XML_CLOSE, XML_END, XML_OPEN, XmlScanner } from "./xml";

/**
 * Findings as real Word comments, kept in step with the findings: a `word/comments.xml` part (or the
 * document's own comments part, edited), its relationship and content type, and in the body `w:commentRangeStart` before the first paragraph's
 * text, `w:commentRangeEnd` and a `w:commentReference` run after the last one's. The body is spliced like
 * an edit plan, so nothing else changes.
 */

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const TRANSITIONAL_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export { COMMENT_AUTHOR };

export interface CommentOptions {
  /** The comments' date (defaults to now). */
  now?: Date;
}

/** A `w:comment` element: each line of the text its own paragraph, the first with the reference mark. */
function commentElement(id: number | string, text: string, date: string): string {
  const paragraphs = text
    .split("\n")
    .map(
      (line, index) =>
        `<w:p>${index === 0 ? "<w:r><w:annotationRef/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escapeXmlText(line)}</w:t></w:r></w:p>`,
    )
    .join("");
  return `<w:comment w:id="${id}" w:author="${COMMENT_AUTHOR}" w:date="${date}" w:initials="PW">${paragraphs}</w:comment>`;
}

/**
 * Makes the document's comments of ours match the findings: one per finding, the text brought up to date,
 * those of findings no longer open removed (with their marks in the body); other people's comments stay.
 * `bytes` is null when nothing changed.
 */
export function addDocxComments(
  document: DocxDocument,
  findings: readonly Finding[],
  language: Language,
  options: CommentOptions = {},
): Result<CommentCounts & { bytes: Uint8Array<ArrayBuffer> | null }> {
  const blocks = document.snapshot.blocks;
  const placeable = findings.filter(
    ({ location }) => location.start <= location.end && location.end < blocks.length,
  );
  const messages: Message[] = commentsSkipped(findings.length - placeable.length);
  const editor = new PackageEditor(document.parts);
  const existing = readDocxComments(document, editor);
  const changes = reconcileComments(
    existing.map((comment) => ({ key: comment, text: comment.text, author: comment.author })),
    placeable,
    language,
  );
  const counts = {
    added: changes.add.length,
    updated: changes.update.length,
    removed: changes.remove.length,
  };
  if (counts.added + counts.updated + counts.removed === 0)
    return { value: { ...counts, bytes: null }, messages };

  const xml = document.documentXml;
  const structure = readStructure(xml, document.documentPath);
  const existingPart = editor.findRelated(document.documentPath, "comments");
  const existingText = existingPart ? (editor.readText(existingPart)?.text ?? null) : null;
  let nextId = firstFreeCommentId(xml, existingText, existingPart);
  const strict = xml.slice(0, 4000).includes(STRICT_W);
  const namespace = strict ? STRICT_W : W_NAMESPACE;
  const date = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");

  /** Per paragraph: what goes before its text and after it. */
  const marks = new Map<StructureNode, { before: string[]; after: string[] }>();
  const marksOf = (node: StructureNode) => {
    let entry = marks.get(node);
    if (!entry) marks.set(node, (entry = { before: [], after: [] }));
    return entry;
  };
  const comments: string[] = [];
  for (const { finding, text } of changes.add) {
    const id = nextId++;
    const first = paragraphNode(structure, document.sources[finding.location.start]!);
    const last = paragraphNode(structure, document.sources[finding.location.end]!);
    marksOf(first).before.push(`<w:commentRangeStart w:id="${id}"/>`);
    marksOf(last).after.push(
      `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
    );
    comments.push(commentElement(id, text, date));
  }

  const splices: Splice[] = [];
  const declare = structure.wPrefixBound ? "" : ` xmlns:w="${namespace}"`;
  const bind = (text: string) =>
    declare ? text.replace(/<w:(\w+)/g, (_, name: string) => `<w:${name}${declare}`) : text;
  for (const [node, { before, after }] of marks) {
    if (node.selfClosing) {
      // `<w:p/>`: give it a start and end tag around the marks.
      const open = xml.slice(node.start, node.end).replace(/\s*\/>$/, ">");
      const rawName = /^<([^\s/>]+)/.exec(open)?.[1] ?? "w:p";
      splices.push({
        start: node.start,
        end: node.end,
        text: `${open}${bind(before.join("") + after.join(""))}</${rawName}>`,
      });
      continue;
    }
    const contentStart = node.properties ? node.properties.end : node.openEnd;
    if (before.length > 0)
      splices.push({ start: contentStart, end: contentStart, text: bind(before.join("")) });
    if (after.length > 0)
      splices.push({ start: node.closeStart, end: node.closeStart, text: bind(after.join("")) });
  }
  // After the insertions: at one offset, an insertion must come before a removal that starts there.
  splices.push(...bodyMarksOf(document, new Set(changes.remove.map((comment) => comment.id))));
  editor.writeText(document.documentPath, applySplices(xml, splices), document.documentEncoding);

  if (existingPart && existingText !== null) {
    const edited = applySplices(existingText, [
      ...changes.remove.map((comment) => ({ ...comment.span, text: "" })),
      ...changes.update.map(({ key, text }) => ({ ...key.span, text: commentElement(key.id, text, date) })),
    ]);
    editor.writeText(
      existingPart,
      comments.length === 0
        ? edited
        : appendToRoot(edited, existingPart, (prefix) =>
            prefix === "w:"
              ? comments.join("")
              : comments
                  .map((comment) => comment.replace(/^<w:comment /, `<w:comment xmlns:w="${namespace}" `))
                  .join(""),
          ),
    );
  } else {
    const folder = document.documentPath.slice(0, document.documentPath.lastIndexOf("/") + 1);
    const partName = editor.freePartName(folder, "comments", "xml");
    editor.writeText(
      partName,
      `${DECLARATION}<w:comments xmlns:w="${namespace}">${comments.join("")}</w:comments>`,
    );
    editor.addRelationship(
      document.documentPath,
      `${strict ? STRICT_RELATIONSHIPS : TRANSITIONAL_RELATIONSHIPS}/comments`,
      partName,
    );
    editor.addContentType(partName, COMMENTS_TYPE);
  }
  return { value: { ...counts, bytes: editor.toBytes() }, messages };
}

/** Splices that take the body's marks of the given comments out: range start and end, and the reference run. */
function bodyMarksOf(document: DocxDocument, ids: ReadonlySet<string>): Splice[] {
  if (ids.size === 0) return [];
  const scanner = new XmlScanner(document.documentXml, document.documentPath);
  const splices: Splice[] = [];
  const runs: { start: number; remove: boolean }[] = [];
  for (let event = scanner.next(); event !== XML_END; event = scanner.next()) {
    if (event === XML_OPEN) {
      if (scanner.name === "w:r") runs.push({ start: scanner.start, remove: false });
      const name = scanner.name;
      if (name !== "w:commentRangeStart" && name !== "w:commentRangeEnd" && name !== "w:commentReference")
        continue;
      if (!ids.has(scanner.attribute("w:id") ?? "")) continue;
      const run = runs[runs.length - 1];
      if (name === "w:commentReference" && run) run.remove = true;
      else if (scanner.selfClosing) splices.push({ start: scanner.start, end: scanner.end, text: "" });
    } else if (event === XML_CLOSE && scanner.name === "w:r") {
      const run = runs.pop();
      if (run?.remove) splices.push({ start: run.start, end: scanner.end, text: "" });
    }
  }
  return splices;
}

/** One above every comment id in use, in the body or the comments part. */
function firstFreeCommentId(xml: string, commentsXml: string | null, part: string | null): number {
  let highest = -1;
  const pattern = /<[\w.-]*:?comment(?:RangeStart|RangeEnd|Reference)\b[^>]*?\s[\w.-]*:?id="(-?\d+)"/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml))
    highest = Math.max(highest, Number(match[1]));
  if (commentsXml !== null && part !== null) {
    for (const node of parseElements(commentsXml, part).children) {
      const id = Number(node.attributes.get("w:id"));
      if (Number.isFinite(id)) highest = Math.max(highest, id);
    }
  }
  return highest + 1;
}
