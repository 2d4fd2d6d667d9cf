import { describe, expect, it } from "@jest/globals";
import type { Block } from "../../core/snapshot/schema";
import { p, snapshot, table } from "../../../test/helpers/snapshot";
import { groupBlocks } from "./document-model";

describe("groupBlocks", () => {
  it("keeps paragraphs apart and gathers a table's blocks into rows of cells", () => {
    const parts = groupBlocks(
      snapshot(
        p("Titel"),
        table(
          [
            ["Resultaatgebieden", "Taken"],
            ["1. Jaarplan", [p("-\ta"), p("-\tb")]],
          ],
          0,
        ),
        p("Einde"),
      ),
    );
    expect(parts.map((part) => part.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const grid = parts[1]!;
    if (grid.kind !== "table") throw new Error("expected a table");
    expect(
      grid.rows.map((row) => row.map((cell) => cell.paragraphs.map((paragraph) => paragraph.block.text))),
    ).toEqual([
      [["Resultaatgebieden"], ["Taken"]],
      [["1. Jaarplan"], ["-\ta", "-\tb"]],
    ]);
    // Block indices stay the document's, so "Ga naar" finds them.
    expect(grid.rows[1]![1]!.paragraphs.map((paragraph) => paragraph.index)).toEqual([4, 5]);
  });

  it("starts a new table when the table ordinal changes, even without a paragraph between", () => {
    const parts = groupBlocks(snapshot(table([["a"]], 0), table([["b"]], 1)));
    expect(parts.map((part) => (part.kind === "table" ? part.table : -1))).toEqual([0, 1]);
  });

  it("puts a nested table's text in the top-level cell that holds it", () => {
    const nested: Block = {
      ...p("binnen"),
      table: { table: 1, row: 0, column: 0, columnSpan: 1, depth: 2, outer: { table: 0, row: 0, column: 1 } },
    };
    const parts = groupBlocks(snapshot(table([["links", "rechts"]], 0), [nested]));
    expect(parts).toHaveLength(1);
    const grid = parts[0]!;
    if (grid.kind !== "table") throw new Error("expected a table");
    expect(grid.rows[0]!.map((cell) => cell.paragraphs.map((paragraph) => paragraph.block.text))).toEqual([
      ["links"],
      ["rechts", "binnen"],
    ]);
  });
});
