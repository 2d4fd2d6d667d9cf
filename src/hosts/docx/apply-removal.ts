import { planInvalidError } from "../../core/plans/apply-checks";
import { paragraphNode, type DocumentStructure, type StructureKind } from "./apply-structure";
import type { BlockSource } from "./read-body";
import type { Splice } from "./write-xml";

const BLOCK_CONTENT: ReadonlySet<StructureKind> = new Set(["p", "tbl", "sdt"]);

function cannotRemove() {
  return planInvalidError(
    "deze regel kan niet weg zonder de opbouw van het document te breken (de laatste alinea van een cel, een sectie-einde, of de alinea tussen twee tabellen).",
    "this line cannot go without breaking the document's structure (the last paragraph of a cell, a section break, or the paragraph between two tables).",
  );
}

/**
 * The splice that removes one paragraph (`remove-paragraph`). Word needs a paragraph to end a cell and
 * the body and between two tables, and a paragraph that carries a section break holds the page layout:
 * such a paragraph is refused, and nothing is written.
 */
export function removalSplice(xml: string, structure: DocumentStructure, source: BlockSource): Splice {
  const node = paragraphNode(structure, source);
  const parent = node.parent;
  if (!parent || !["body", "tc", "sdtContent"].includes(parent.kind)) throw cannotRemove();
  const content = parent.children.filter((child) => BLOCK_CONTENT.has(child.kind));
  const at = content.indexOf(node);
  const before = content[at - 1]?.kind;
  const after = content[at + 1]?.kind;
  const properties = node.properties ? xml.slice(node.properties.start, node.properties.end) : "";
  if (
    content.length < 2 ||
    (before === "tbl" && (after === "tbl" || after === undefined)) ||
    /:sectPr\b/.test(properties)
  )
    throw cannotRemove();
  return { start: node.start, end: node.end, text: "" };
}
