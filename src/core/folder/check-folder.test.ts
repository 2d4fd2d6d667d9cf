import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seed001 } from "../../../test/helpers/seed-snapshots";
import { BUILT_IN_LIBRARY, BUILT_IN_TEMPLATES } from "../../data";
import { readDocxSnapshot } from "../../hosts/docx/read-docx";
import { analyse } from "../analyse";
import type { DocumentSnapshot } from "../snapshot/schema";
import { checkFolder, type FolderMember } from "./check-folder";

/** Gemeente Waterrijk: Medewerker Burgerzaken A, B and C with the same, consistent NOK table, and three others. */
const folder = join(__dirname, "../../../test/fixtures/function-house/waterrijk");
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".pandoc.docx"))
  .sort();
const snapshotOf = (file: string) =>
  readDocxSnapshot(new Uint8Array(readFileSync(join(folder, file))), { name: file }).value;
const member = (file: string, snapshot: DocumentSnapshot = snapshotOf(file)): FolderMember => ({
  file,
  analysis: analyse(snapshot, { templates: BUILT_IN_TEMPLATES, library: BUILT_IN_LIBRARY }).value,
});
const rulesOf = (check: ReturnType<typeof checkFolder>) =>
  [...check.findings].flatMap(([file, findings]) => findings.map((finding) => [file, finding.rule]));

/** The snapshot with the first block whose text starts with `start` given a new text. */
function edited(snapshot: DocumentSnapshot, start: string, text: string): DocumentSnapshot {
  const index = snapshot.blocks.findIndex((block) => block.text.startsWith(start));
  if (index < 0) throw new Error(`no block starts with ${start}`);
  return {
    ...snapshot,
    blocks: snapshot.blocks.map((block, at) => (at === index ? { ...block, text } : block)),
  };
}

const A = "eigen-waterrijk-burgerzaken-a.pandoc.docx";
const B = "eigen-waterrijk-burgerzaken-b.pandoc.docx";

describe("checks across a folder of profiles", () => {
  it("finds the series A, B, C in the consistent house and reports nothing", () => {
    const check = checkFolder(files.map((file) => member(file)));
    expect(check.series).toEqual([
      [
        "eigen-waterrijk-burgerzaken-a.pandoc.docx",
        "eigen-waterrijk-burgerzaken-b.pandoc.docx",
        "eigen-waterrijk-burgerzaken-c.pandoc.docx",
      ],
    ]);
    expect(rulesOf(check)).toEqual([]);
  });

  it("reports series-inconsistent once, on the profile that says something else about a neighbour", () => {
    const a = member(A);
    const table = a.analysis.profile.levelTable!;
    const row = table.rows.find((candidate) => candidate.aspect === "Kennis")!;
    const column = table.columns.findIndex((candidate) => candidate.heading === "Medewerker Burgerzaken A");
    const aboutA = row.cells[column]!.text;
    // B's copy of the table says something else about level A's knowledge.
    const changed = edited(snapshotOf(B), aboutA.slice(0, 30), "Hbo werk- en denkniveau.");
    const check = checkFolder([a, member(B, changed), member("eigen-waterrijk-burgerzaken-c.pandoc.docx")]);
    expect(rulesOf(check)).toEqual([[B, "series-inconsistent"]]);
    const [finding] = check.findings.get(B)!;
    expect(finding!.message.nl).toMatch(
      /bij 'Kennis' over 'Medewerker Burgerzaken A' iets anders dan het profiel van die functie \('eigen-waterrijk-burgerzaken-a/,
    );
    // It points at the deviating cell of B's own table.
    const tableOfB = member(B, changed).analysis.profile.levelTable!.range;
    expect(finding!.location.start).toBeGreaterThan(tableOfB.start);
    expect(finding!.location.start).toBeLessThanOrEqual(tableOfB.end);
  });

  it("reports two files of one function and a function number used twice, on both files", () => {
    const copy = { ...member(A), file: "kopie-burgerzaken-a.docx" };
    const check = checkFolder([member(A), copy, member(B)]);
    expect(rulesOf(check).sort()).toEqual(
      [
        [A, "function-duplicate"],
        [A, "function-number-duplicate"],
        ["kopie-burgerzaken-a.docx", "function-duplicate"],
        ["kopie-burgerzaken-a.docx", "function-number-duplicate"],
      ].sort(),
    );
    expect(check.findings.get(A)![0]!.message.nl).toMatch(
      /Ook 'kopie-burgerzaken-a\.docx' beschrijft de functie 'Medewerker Burgerzaken A'/,
    );
    // Two copies of one function are duplicates, not a series of their own.
    expect(checkFolder([member(A), copy]).series).toEqual([]);
  });

  it("reports functiegroepen that do not rise along the series", () => {
    const falling = edited(seed001(), "8 (referentie)", "6 (referentie)");
    const check = checkFolder([member("accountmanager-ii.docx", falling)]);
    expect(rulesOf(check)).toEqual([["accountmanager-ii.docx", "series-inconsistent"]]);
    expect(check.findings.get("accountmanager-ii.docx")![0]!.message.nl).toMatch(/lopen niet op .*\(7 · 6\)/);
    expect(rulesOf(checkFolder([member("accountmanager-ii.docx", seed001())]))).toEqual([]);
  });
});
