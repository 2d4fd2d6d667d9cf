import type { CellRef, DocumentSnapshot } from "../snapshot/schema";
import { anchorAt } from "./document-format";
import type { EditPlan } from "./schema";

const sameContainer = (a: CellRef | null, b: CellRef | null): boolean =>
  a === null || b === null
    ? a === b
    : a.table === b.table && a.row === b.row && a.column === b.column && a.depth === b.depth;

/**
 * A plan that removes one line (*Verwijder deze regel*): a placeholder item the profile does not need.
 * Null where removing would break the document's shape: the only paragraph of its cell or of the body
 * (Word needs one there), or the paragraph that keeps two tables apart (they would merge).
 */
export function composeRemoval(
  snapshot: DocumentSnapshot,
  block: number,
  findingId: string | null = null,
): EditPlan | null {
  const target = snapshot.blocks[block];
  if (!target) return null;
  const depth = target.table?.depth ?? 0;
  const deeper = (index: number) => (snapshot.blocks[index]?.table?.depth ?? 0) > depth;
  if (deeper(block - 1) && deeper(block + 1)) return null;
  const hasSibling = snapshot.blocks.some(
    (other, index) => index !== block && sameContainer(other.table, target.table),
  );
  if (!hasSibling) return null;
  return {
    id: `remove:${block}`,
    title: { nl: "Regel verwijderen", en: "Remove line" },
    operations: [{ kind: "remove-paragraph", anchor: anchorAt(snapshot, block) }],
    fixes: findingId ? [findingId] : [],
    warnings: [],
  };
}
