import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyse, type Analysis } from "../../../src/core";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../../src/data";
import { readDocx } from "../../../src/hosts/docx/read-docx";
import { ROOT } from "./build";

export const SEED_000 = path.join(ROOT, "test/fixtures/seed-000-functieprofiel.docx");

export function readFixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** What the core makes of a .docx, with the built-in templates and library (as the pane does). */
export function analyseDocx(bytes: Uint8Array): Analysis {
  const { value } = readDocx(bytes);
  return analyse(value.snapshot, {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
  }).value;
}

/**
 * The same document without one of its sections: every top-level paragraph or table the section's blocks
 * sit in is cut out of document.xml; all other parts stay as they were.
 */
export function removeSection(bytes: Uint8Array, sectionId: string): Uint8Array {
  const { value: document } = readDocx(bytes);
  const profile = analyseDocx(bytes).profile;
  const section = profile.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`The document has no section "${sectionId}"`);
  const spans: { start: number; end: number }[] = [];
  for (let index = section.range.start; index <= section.range.end; index++) {
    const source = document.sources[index]!;
    const block = document.snapshot.blocks[index]!;
    // The outermost element: a top-level table for a block in a table (nested tables sit inside it).
    const span = block.table
      ? outermostTable(document.sources, document.snapshot.blocks, index)
      : source.paragraph;
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  let xml = document.documentXml;
  for (const span of [...spans].reverse()) xml = xml.slice(0, span.start) + xml.slice(span.end);
  const entries = unzipSync(bytes);
  entries[document.documentPath] = strToU8(xml);
  return zipSync(entries);
}

function outermostTable(
  sources: ReturnType<typeof readDocx>["value"]["sources"],
  blocks: ReturnType<typeof readDocx>["value"]["snapshot"]["blocks"],
  index: number,
): { start: number; end: number } {
  const cell = blocks[index]!.table!;
  if (cell.depth === 1) return sources[index]!.table!;
  // A nested table: find a block of the same outer table at depth 1.
  const outer = cell.outer!;
  const host = blocks.findIndex(
    (block) => block.table?.depth === 1 && block.table.table === outer.table && block.table.row === outer.row,
  );
  return sources[host]!.table!;
}

/** The text of document.xml of a .docx (to check what a download holds without the reader). */
export function documentXmlOf(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)["word/document.xml"]!);
}
