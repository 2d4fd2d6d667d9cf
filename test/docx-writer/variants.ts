import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse, type Analysis } from "../../src/core/analyse";
import type { DocumentSnapshot } from "../../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../../src/data";
import { readStructure, type StructureNode } from "../../src/hosts/docx/apply-structure";
import { readDocx, type DocxDocument } from "../../src/hosts/docx/read-docx";
import { PackageEditor } from "../../src/hosts/docx/write-package";
import { applySplices } from "../../src/hosts/docx/write-xml";

/**
 * Fixtures for the writer's property tests: every committed .docx, and variants with a part taken out
 * (a whole section, a row of the level table) made by cutting the body's XML, so the rest of each file is
 * exactly the original.
 */

export const FIXTURES_DIR = join(__dirname, "..", "fixtures");

export const FIXTURE_FILES: readonly string[] = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith(".docx"))
  .sort();

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function analyseDocument(document: DocxDocument, templateId: string | null = null): Analysis {
  return analyseSnapshot(document.snapshot, templateId);
}

export function analyseSnapshot(snapshot: DocumentSnapshot, templateId: string | null = null): Analysis {
  return analyse(snapshot, {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
    templateId,
  }).value;
}

/** The file with `document.xml` replaced by `xml`; every other entry stays as it was. */
function withDocumentXml(document: DocxDocument, xml: string): Uint8Array {
  const editor = new PackageEditor(document.parts);
  editor.writeText(document.documentPath, xml, document.documentEncoding);
  return editor.toBytes();
}

function blocksIn(document: DocxDocument, node: StructureNode): number[] {
  const blocks: number[] = [];
  document.sources.forEach((source, index) => {
    if (source.paragraph.start >= node.start && source.paragraph.end <= node.end) blocks.push(index);
  });
  return blocks;
}

/**
 * The file without one of its template sections: every body-level paragraph or table whose text all lies
 * in the section (empty paragraphs around it may go with it). Null when nothing could be cut cleanly or
 * the section is still found afterwards.
 */
export function withoutSection(bytes: Uint8Array, sectionId: string): Uint8Array | null {
  const document = readDocx(bytes).value;
  const analysis = analyseDocument(document);
  const sections = analysis.profile.sections.filter((section) => section.id === sectionId);
  if (sections.length === 0) return null;
  const structure = readStructure(document.documentXml, document.documentPath);
  const cut: StructureNode[] = [];
  for (const node of structure.body?.children ?? []) {
    if (node.kind === "sectPr") continue;
    const blocks = blocksIn(document, node);
    const inside = blocks.filter((block) =>
      sections.some(({ range }) => block >= range.start && block <= range.end),
    );
    const outsideText = blocks.some(
      (block) => !inside.includes(block) && document.snapshot.blocks[block]!.text.trim() !== "",
    );
    if (inside.length > 0 && !outsideText) cut.push(node);
  }
  if (cut.length === 0) return null;
  const xml = applySplices(
    document.documentXml,
    cut.map((node) => ({ start: node.start, end: node.end, text: "" })),
  );
  const variant = withDocumentXml(document, xml);
  const check = analyseDocument(readDocx(variant).value);
  return check.profile.sections.some((section) => section.id === sectionId) ? null : variant;
}

/** The file without the level table's row for `aspect` (e.g. Functiegroep); null when it has none. */
export function withoutLevelRow(bytes: Uint8Array, aspect: string): Uint8Array | null {
  const document = readDocx(bytes).value;
  const row = analyseDocument(document).profile.levelTable?.rows.find(
    (candidate) => candidate.aspect === aspect,
  );
  if (!row) return null;
  const span = document.sources[row.range.start]!.row!;
  return withDocumentXml(
    document,
    applySplices(document.documentXml, [{ start: span.start, end: span.end, text: "" }]),
  );
}

/** True when `originals` appear in `result` in the same order (other items may come between). */
export function isSubsequence(originals: readonly string[], result: readonly string[]): boolean {
  let at = 0;
  for (const text of result) if (at < originals.length && text === originals[at]) at++;
  return at === originals.length;
}
