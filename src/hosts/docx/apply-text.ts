import type { ReplaceText } from "../../core/plans/schema";
import { renderText } from "./apply-format";
import type { DocumentStructure } from "./apply-structure";
import type { BlockPiece, BlockSource } from "./read-body";
import { escapeXmlText, firstChild, parseFragment, type Splice } from "./write-xml";

/**
 * replace-text: only the characters [start, end) of one paragraph change. The text piece where the range
 * begins receives the new text; the other pieces in the range lose their share; runs and their formatting
 * stay. Tabs, breaks and other one-character elements inside the range are removed (or, when the range
 * holds no text piece at all, replaced by the new text within the same run).
 */

export interface Replacement {
  operation: number;
  op: ReplaceText;
}

export interface ReplacementResult {
  splices: Splice[];
  /** Where each operation's new text starts in the paragraph's new text. */
  starts: Map<number, number>;
}

/** A piece's new text: stretches kept from the document, and inserted text (whose tabs become elements). */
interface Segment {
  text: string;
  inserted: boolean;
}

/** The segments covering characters [from, to) of a segment list. */
function sliceSegments(segments: Segment[], from: number, to = Number.POSITIVE_INFINITY): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + segment.text.length);
    if (end > start) out.push({ text: segment.text.slice(start - at, end - at), inserted: segment.inserted });
    at += segment.text.length;
  }
  return out;
}

/** The `w:t` element(s) for a piece's new text; "" when nothing is left. */
function renderSegments(segments: Segment[]): string {
  let out = "";
  for (const segment of segments) {
    out += segment.inserted
      ? renderText(segment.text)
      : `<w:t xml:space="preserve">${escapeXmlText(segment.text)}</w:t>`;
  }
  // Neighbouring text elements merge back into one.
  return out.replace(/<\/w:t><w:t xml:space="preserve">/g, "");
}

/** Orders a block's replacements left to right; throws when two of them overlap. */
export function orderReplacements(replacements: Replacement[]): Replacement[] | null {
  const ordered = [...replacements].sort(
    (a, b) => a.op.start - b.op.start || a.op.end - b.op.end || a.operation - b.operation,
  );
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.op.start < ordered[i - 1]!.op.end) return null;
  }
  return ordered;
}

export function replaceInParagraph(
  xml: string,
  source: BlockSource,
  structure: DocumentStructure,
  ordered: Replacement[],
  text: string,
): ReplacementResult {
  const pieces = source.pieces;
  const splices: Splice[] = [];
  const starts = new Map<number, number>();
  /** New text per text piece (index into pieces), and element removals/replacements for others. */
  const newText = new Map<number, Segment[]>();
  const replacedElements = new Map<number, string>();
  /** Insertions beside a non-text piece: before (start) or after (end) its element. */
  const besides: Splice[] = [];
  let emptyParagraphText: string | null = null;

  let shift = 0;
  for (const { operation, op } of ordered) {
    starts.set(operation, op.start + shift);
    shift += op.text.length - (op.end - op.start);
  }

  // Right to left, so offsets inside a piece's text stay valid as earlier ones change it.
  for (const { op } of [...ordered].reverse()) {
    const affected = pieces
      .map((piece, index) => ({ piece, index }))
      .filter(({ piece }) =>
        op.start < op.end
          ? piece.start < op.end && piece.end > op.start
          : piece.start <= op.start && op.start <= piece.end,
      );
    const owner = chooseOwner(affected, op);
    for (const { piece, index } of affected) {
      if (piece.kind === "text") {
        const current = newText.get(index) ?? [{ text: text.slice(piece.start, piece.end), inserted: false }];
        const from = Math.max(op.start, piece.start) - piece.start;
        const to = Math.min(op.end, piece.end) - piece.start;
        const inserted = index === owner?.index && op.text !== "" ? [{ text: op.text, inserted: true }] : [];
        newText.set(index, [...sliceSegments(current, 0, from), ...inserted, ...sliceSegments(current, to)]);
      } else if (op.start < op.end) {
        // A tab or break inside the range goes; when it is where the text begins, the text takes its place.
        replacedElements.set(index, index === owner?.index ? renderText(op.text) : "");
      }
    }
    if (op.start === op.end && owner && owner.piece.kind !== "text") {
      const at = owner.piece.end === op.start ? owner.piece.element.end : owner.piece.element.start;
      besides.push({ start: at, end: at, text: renderText(op.text) });
    }
    if (!owner && op.text !== "") emptyParagraphText = op.text + (emptyParagraphText ?? "");
  }

  for (const [index, segments] of newText) {
    const piece = pieces[index]!;
    splices.push({ start: piece.element.start, end: piece.element.end, text: renderSegments(segments) });
  }
  for (const [index, value] of replacedElements) {
    const piece = pieces[index]!;
    splices.push({ start: piece.element.start, end: piece.element.end, text: value });
  }
  splices.push(...besides);
  if (emptyParagraphText !== null) splices.push(newRun(xml, source, structure, emptyParagraphText));
  return { splices, starts };
}

function chooseOwner(
  affected: { piece: BlockPiece; index: number }[],
  op: ReplaceText,
): { piece: BlockPiece; index: number } | null {
  const texts = affected.filter(({ piece }) => piece.kind === "text");
  if (op.start < op.end) return texts[0] ?? affected[0] ?? null;
  // An insertion: the text piece it lies in, else the one ending there, else the one starting there.
  return (
    texts.find(({ piece }) => piece.start < op.start && op.start < piece.end) ??
    texts.find(({ piece }) => piece.end === op.start) ??
    texts.find(({ piece }) => piece.start === op.start) ??
    affected.find(({ piece }) => piece.end === op.start) ??
    affected[0] ??
    null
  );
}

/** A run for text going into a paragraph without text, formatted like its paragraph mark. */
function newRun(xml: string, source: BlockSource, structure: DocumentStructure, value: string): Splice {
  const properties = source.properties ? parseFragment(xml, source.properties, structure.fragment) : null;
  const mark = firstChild(properties, "w:rPr");
  const runProperties = mark
    ? mark.children
        .filter((child) => !["w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange"].includes(child.name))
        .map((child) => xml.slice(child.start, child.end))
        .join("")
    : "";
  const run = `<w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ""}${renderText(value)}</w:r>`;
  const paragraph = structure.paragraphs.get(source.paragraph.start)!;
  if (paragraph.selfClosing) {
    const open = xml.slice(paragraph.start, paragraph.end).replace(/\s*\/>$/, ">");
    const rawName = /^<([^\s/>]+)/.exec(open)?.[1] ?? "w:p";
    return { start: paragraph.start, end: paragraph.end, text: `${open}${run}</${rawName}>` };
  }
  const at = source.properties ? source.properties.end : paragraph.openEnd;
  return { start: at, end: at, text: run };
}
