import type { Profile } from "../profile/schema";
import type { DocumentSnapshot } from "../snapshot/schema";
import { anchorAt, paragraph } from "./document-format";
import type { EditPlan, NewCell } from "./schema";

/**
 * A plan that adds a row to the level table (a missing `Functiegroep`), formatted like the last row,
 * with `xxx` in the function's own column so the remaining work stays visible.
 */
export function composeLevelRow(
  profile: Profile,
  snapshot: DocumentSnapshot,
  aspect: string,
): EditPlan | null {
  const table = profile.levelTable;
  const lastRow = table?.rows[table.rows.length - 1];
  if (!table || !lastRow) return null;
  const aspectBlock = lastRow.range.start;
  const cells: NewCell[] = [
    { paragraphs: [paragraph(aspect, aspectBlock, { bold: snapshot.blocks[aspectBlock]?.bold ?? false })] },
    ...table.columns.map((_, index) => {
      const sample = lastRow.cells[index]?.range?.start ?? null;
      const text = index === table.ownColumn ? "xxx" : "";
      return {
        paragraphs: [paragraph(text, sample !== null && snapshot.blocks[sample]?.list ? null : sample)],
      };
    }),
  ];
  return {
    id: `level-row:${aspect}`,
    title: { nl: `Rij '${aspect}' toevoegen`, en: `Add row '${aspect}'` },
    operations: [
      { kind: "insert-table-row", anchor: anchorAt(snapshot, aspectBlock), position: "after", cells },
    ],
    fixes: [],
    warnings: [],
  };
}
