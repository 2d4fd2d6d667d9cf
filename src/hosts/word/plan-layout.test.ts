import {
  RANK_AFTER_BLOCK,
  RANK_BEFORE_BLOCK,
  RANK_TABLE_ROW,
  layoutInsertions,
  type InsertionGroup,
} from "./plan-layout";

function group(
  operation: number,
  boundary: number | null,
  rank: InsertionGroup["rank"],
  count: number,
  span: InsertionGroup["span"] = null,
): InsertionGroup {
  return { operation, boundary, rank, count, span };
}

describe("laying out inserted paragraphs", () => {
  it("shifts later insertions by the paragraphs inserted before them", () => {
    const locations = layoutInsertions(
      [group(0, 5, RANK_AFTER_BLOCK, 2), group(1, 2, RANK_BEFORE_BLOCK, 1)],
      [],
    );
    expect(locations).toEqual([
      { start: 6, end: 7 },
      { start: 2, end: 2 },
    ]);
  });

  it("puts, at one boundary, after-block inserts first, then rows, then before-block inserts", () => {
    const locations = layoutInsertions(
      [group(0, 3, RANK_BEFORE_BLOCK, 1), group(1, 3, RANK_TABLE_ROW, 3), group(2, 3, RANK_AFTER_BLOCK, 1)],
      [],
    );
    expect(locations).toEqual([
      { start: 7, end: 7 },
      { start: 4, end: 6 },
      { start: 3, end: 3 },
    ]);
  });

  it("moves a replaced text's block by what was inserted before it", () => {
    const locations = layoutInsertions(
      [group(0, 1, RANK_AFTER_BLOCK, 2)],
      [{ operation: 1, block: 4, start: 3, length: 5 }],
    );
    expect(locations[1]).toEqual({ start: 6, end: 6, chars: { start: 3, end: 8 } });
  });

  it("leaves out what an insertion of unknown place might precede, and keeps what it cannot", () => {
    const unknownRow = group(1, null, RANK_TABLE_ROW, 3, { low: 4, high: 9 });
    const locations = layoutInsertions(
      [
        group(0, 2, RANK_AFTER_BLOCK, 1),
        unknownRow,
        group(2, 6, RANK_AFTER_BLOCK, 1),
        group(3, 12, RANK_BEFORE_BLOCK, 1),
      ],
      [],
    );
    expect(locations).toEqual([
      { start: 2, end: 2 },
      { start: 17, end: 17 },
    ]);
  });
});
