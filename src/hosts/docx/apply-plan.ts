import { z } from "zod";
import {
  isProfielwijzerError,
  ProfielwijzerError,
  type Location,
  type Message,
  type Result,
} from "../../core/common";
import {
  checkRemovals,
  checkReplacement,
  documentChangedError,
  planInvalidError,
} from "../../core/plans/apply-checks";
import { EditPlanSchema, type EditPlan, newParagraphsOf } from "../../core/plans/schema";
import { ParagraphFormatter, W_NAMESPACE } from "./apply-format";
import {
  neighbours,
  paragraphNode,
  placeBeside,
  readStructure,
  readTextWidth,
  type DocumentStructure,
  type StructureKind,
  type StructureNode,
} from "./apply-structure";
import { removalSplice } from "./apply-removal";
import { renderTable, renderTableRow } from "./apply-tables";
import { ContentControlIds, wrapInContentControl } from "./content-controls";
import { orderReplacements, replaceInParagraph, type Replacement } from "./apply-text";
import type { DocxDocument } from "./read-docx";
import { PackageEditor } from "./write-package";
import { applySplices, withoutNonXmlCharacters, type Splice } from "./write-xml";
import { XML_END, XmlScanner } from "./xml";

/**
 * Applies an edit plan to a .docx by splicing: the new document.xml is the old text with new XML inserted
 * at exact offsets (and, for replace-text, a few `w:t` elements rewritten), and the new file keeps every
 * other zip entry exactly as it was. Every anchor is verified first; when one no longer holds its text,
 * nothing is written. Anchors refer to the document as read, so all of them are resolved to offsets
 * before anything changes.
 */

export interface AppliedPlan {
  bytes: Uint8Array<ArrayBuffer>;
  /** Where each operation's new content sits in the changed document, in plan order. */
  inserted: Location[];
}

/** The plan as text edits, before they become a file (tests look at these). */
export interface PlannedEdits {
  documentXml: string;
  splices: Splice[];
  inserted: Location[];
  editor: PackageEditor;
  messages: Message[];
}

const PARAGRAPH_RANK = { after: 0, row: 1, before: 2 } as const;

interface Insertion {
  operation: number;
  offset: number;
  rank: number;
  xml: string;
  blocks: number;
  /** What the inserted content starts and ends with. */
  first: StructureKind;
  last: StructureKind;
  around: { previous: StructureKind | "none"; next: StructureKind | "none" };
}

export { documentChangedError } from "../../core/plans/apply-checks";

export function applyPlan(document: DocxDocument, plan: EditPlan): Result<AppliedPlan> {
  const edits = planEdits(document, plan);
  try {
    return { value: { bytes: edits.editor.toBytes(), inserted: edits.inserted }, messages: edits.messages };
  } catch (error) {
    throw wrapError(error);
  }
}

export function planEdits(document: DocxDocument, input: EditPlan): PlannedEdits {
  const parsed = EditPlanSchema.safeParse(input);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    throw planInvalidError(`het plan is ongeldig (${detail}).`, `the plan is invalid (${detail}).`);
  }
  const plan = parsed.data;
  verifyPlan(document, plan);
  try {
    return buildEdits(document, plan);
  } catch (error) {
    throw wrapError(error);
  }
}

function wrapError(error: unknown): ProfielwijzerError {
  if (isProfielwijzerError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ProfielwijzerError(
    "write-failed",
    {
      nl: `De wijziging kon niet worden geschreven door een onverwachte fout (${reason}). Er is niets gewijzigd.`,
      en: `The change could not be written because of an unexpected error (${reason}). Nothing was changed.`,
    },
    { cause: error },
  );
}

function verifyPlan(document: DocxDocument, plan: EditPlan): void {
  checkRemovals(plan);
  const blocks = document.snapshot.blocks;
  for (const operation of plan.operations) {
    const anchor = blocks[operation.anchor.block];
    if (!anchor || anchor.text !== operation.anchor.text) throw documentChangedError();
    for (const paragraph of newParagraphsOf(operation)) {
      if (paragraph.formatFrom !== null && !blocks[paragraph.formatFrom]) throw documentChangedError();
    }
    if (operation.kind === "replace-text") checkReplacement(operation, anchor.text);
    if (operation.kind === "insert-table-row" && document.sources[operation.anchor.block]?.row == null) {
      throw planInvalidError(
        "de alinea waarbij een tabelrij moet komen, staat niet in een tabel.",
        "the paragraph a table row should go next to is not in a table.",
      );
    }
  }
}

function buildEdits(document: DocxDocument, plan: EditPlan): PlannedEdits {
  const xml = document.documentXml;
  const structure = readStructure(xml, document.documentPath);
  const editor = new PackageEditor(document.parts);
  const formatter = new ParagraphFormatter(document, structure, editor);
  const starts = document.sources.map((source) => source.paragraph.start);
  const blockByStart = new Map(starts.map((start, index) => [start, index]));
  const blockAt = (start: number) => blockByStart.get(start) ?? null;
  const ids = new ContentControlIds(structure);

  const insertions: Insertion[] = [];
  const removals: Splice[] = [];
  const replacements = new Map<number, Replacement[]>();
  plan.operations.forEach((op, operation) => {
    const source = document.sources[op.anchor.block]!;
    switch (op.kind) {
      case "insert-paragraphs": {
        const node = placeBeside(paragraphNode(structure, source), op.position);
        const body = op.paragraphs
          .map((paragraph) => formatter.renderParagraph(paragraph, { group: operation }))
          .join("");
        const wrapped = op.contentControl ? wrapInContentControl(op.contentControl, body, ids) : body;
        insertions.push(
          paragraphInsertion(
            operation,
            node,
            op.position,
            wrapped,
            op.paragraphs.length,
            op.contentControl ? "sdt" : "p",
          ),
        );
        break;
      }
      case "insert-table": {
        const node = placeBeside(paragraphNode(structure, source), op.position);
        const width = tableWidth(xml, structure, node);
        const table = renderTable(op, operation, width, formatter, ids);
        insertions.push(paragraphInsertion(operation, node, op.position, table.xml, table.paragraphs, "tbl"));
        break;
      }
      case "insert-table-row": {
        const row = structure.rows.get(source.row!.start)!;
        const node = stepOutOfControls(row, op.position);
        const rendered = renderTableRow(xml, row, structure, op, operation, formatter, blockAt, ids);
        insertions.push({
          operation,
          offset: op.position === "before" ? node.start : node.end,
          rank: PARAGRAPH_RANK.row,
          xml: rendered.xml,
          blocks: rendered.paragraphs,
          first: "tr",
          last: "tr",
          around: neighbours(node, op.position),
        });
        break;
      }
      case "replace-text": {
        // Offsets and the reported location must count what is written: no characters XML cannot carry,
        // and a line break as one "\n" (renderText writes CR LF as one <w:br/>).
        const written = { ...op, text: withoutNonXmlCharacters(op.text).replace(/\r\n?/g, "\n") };
        replacements.set(op.anchor.block, [
          ...(replacements.get(op.anchor.block) ?? []),
          { operation, op: written },
        ]);
        break;
      }
      case "remove-paragraph":
        removals.push(removalSplice(xml, structure, source));
        break;
    }
  });

  const groups = groupInsertions(insertions);
  const splices: Splice[] = [...removals];
  for (const group of groups) {
    splices.push({
      start: group[0]!.offset,
      end: group[0]!.offset,
      text: group.map((insertion) => insertion.xml).join(""),
    });
  }
  const textStarts = new Map<number, { block: number; start: number; length: number }>();
  for (const [block, entries] of replacements) {
    const ordered = orderReplacements(entries);
    if (!ordered) {
      throw planInvalidError(
        "twee vervangingen in dezelfde alinea overlappen.",
        "two replacements in the same paragraph overlap.",
      );
    }
    const result = replaceInParagraph(
      xml,
      document.sources[block]!,
      structure,
      ordered,
      document.snapshot.blocks[block]!.text,
    );
    splices.push(...result.splices);
    for (const { operation, op } of ordered)
      textStarts.set(operation, { block, start: result.starts.get(operation)!, length: op.text.length });
  }

  const declared = structure.wPrefixBound
    ? splices
    : splices.map((splice) => ({ ...splice, text: declareW(splice.text) }));
  const documentXml = applySplices(xml, declared);
  checkWellFormed(documentXml, document.documentPath);
  editor.writeText(document.documentPath, documentXml, document.documentEncoding);
  return {
    documentXml,
    splices: declared,
    inserted: locate(plan, groups, textStarts, starts),
    editor,
    messages: formatter.messages,
  };
}

function paragraphInsertion(
  operation: number,
  node: StructureNode,
  position: "before" | "after",
  xml: string,
  blocks: number,
  kind: StructureKind,
): Insertion {
  return {
    operation,
    offset: position === "before" ? node.start : node.end,
    rank: position === "before" ? PARAGRAPH_RANK.before : PARAGRAPH_RANK.after,
    xml,
    blocks,
    first: kind,
    last: kind,
    around: neighbours(node, position),
  };
}

/** A row in a row-level content control: new rows go beside the control when the row is at its edge. */
function stepOutOfControls(row: StructureNode, position: "before" | "after"): StructureNode {
  let node = row;
  for (;;) {
    const content = node.parent;
    if (content?.kind !== "sdtContent" || content.parent?.kind !== "sdt") return node;
    const rows = content.children.filter((child) => child.kind === "tr" || child.kind === "sdt");
    if ((position === "before" ? rows[0] : rows[rows.length - 1]) !== node) return node;
    node = content.parent;
  }
}

/**
 * Insertions at the same offset, in order: after the block before it, then rows, then before the block
 * after it; within each, operation order. Word keeps tables apart with a paragraph (two tables next to
 * each other become one) and needs a paragraph at the end of a cell and of the body: where a new table
 * would break that, an empty paragraph is added and counted with the table's operation.
 */
function groupInsertions(insertions: Insertion[]): Insertion[][] {
  const byOffset = new Map<number, Insertion[]>();
  for (const insertion of insertions)
    byOffset.set(insertion.offset, [...(byOffset.get(insertion.offset) ?? []), insertion]);
  const groups = [...byOffset.values()].sort((a, b) => a[0]!.offset - b[0]!.offset);
  for (const group of groups) {
    group.sort((a, b) => a.rank - b.rank || a.operation - b.operation);
    const around = group[0]!.around;
    let previous: StructureKind | "none" = around.previous;
    for (const insertion of group) {
      if (insertion.first === "tbl" && previous === "tbl") {
        insertion.xml = `<w:p/>${insertion.xml}`;
        insertion.blocks += 1;
      }
      previous = insertion.last;
    }
    const last = group[group.length - 1]!;
    if (last.last === "tbl" && around.next !== "p" && around.next !== "sdt") {
      last.xml += "<w:p/>";
      last.blocks += 1;
    }
  }
  return groups;
}

/** Block ranges of the new content, in plan order, computed from where each insertion went. */
function locate(
  plan: EditPlan,
  groups: Insertion[][],
  textStarts: Map<number, { block: number; start: number; length: number }>,
  paragraphStarts: number[],
): Location[] {
  const located = new Map<number, Location>();
  /** Insertions before each offset, counted in document order. */
  const placed: { offset: number; blocks: number }[] = [];
  let inserted = 0;
  for (const group of groups) {
    const boundary = countBefore(paragraphStarts, group[0]!.offset);
    for (const insertion of group) {
      const start = boundary + inserted;
      located.set(insertion.operation, { start, end: start + insertion.blocks - 1 });
      inserted += insertion.blocks;
    }
    placed.push({
      offset: group[0]!.offset,
      blocks: group.reduce((sum, insertion) => sum + insertion.blocks, 0),
    });
  }
  for (const [operation, change] of textStarts) {
    const paragraphStart = paragraphStarts[change.block]!;
    const shift = placed
      .filter((entry) => entry.offset <= paragraphStart)
      .reduce((sum, entry) => sum + entry.blocks, 0);
    const block = change.block + shift;
    located.set(operation, {
      start: block,
      end: block,
      chars: { start: change.start, end: change.start + change.length },
    });
  }
  return plan.operations.flatMap((_, index) => {
    const location = located.get(index);
    return location ? [location] : [];
  });
}

/** How many of the sorted offsets lie before `offset`. */
function countBefore(sorted: number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The width a new table gets: the section's text width, or the cell it goes into. */
function tableWidth(xml: string, structure: DocumentStructure, node: StructureNode): number {
  const sectionWidth = readTextWidth(xml, structure);
  let container = node.parent;
  while (container && container.kind !== "tc" && container.kind !== "body") container = container.parent;
  if (!container || container.kind === "body" || !container.properties) return sectionWidth;
  const properties = xml.slice(container.properties.start, container.properties.end);
  const match = /<[\w.-]*:?tcW\b[^>]*\b[\w.-]*:?w="(\d+)"[^>]*>/.exec(properties);
  const type = /<[\w.-]*:?tcW\b[^>]*\b[\w.-]*:?type="(\w+)"/.exec(properties)?.[1] ?? "dxa";
  if (!match || type !== "dxa") return sectionWidth;
  // Minus Word's default cell margins.
  return Math.max(720, Number(match[1]) - 216);
}

/** Declares the `w` prefix on each top-level element of new XML, for documents that bind it elsewhere. */
function declareW(fragment: string): string {
  if (fragment === "") return fragment;
  const declaration = ` xmlns:w="${W_NAMESPACE}"`;
  let out = "";
  let depth = 0;
  let at = 0;
  const tag = /<(\/?)([^\s/>!?]+)([^>]*?)(\/?)>/g;
  for (let match = tag.exec(fragment); match; match = tag.exec(fragment)) {
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 0) {
      const insertAt = match.index + 1 + name!.length;
      out += fragment.slice(at, insertAt) + declaration;
      at = insertAt;
    }
    if (!selfClosing) depth++;
  }
  return out + fragment.slice(at);
}

function checkWellFormed(xml: string, part: string): void {
  const scanner = new XmlScanner(xml, part);
  while (scanner.next() !== XML_END);
}
