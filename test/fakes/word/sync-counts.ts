import type { EditOperation, EditPlan } from "../../../src/core/plans/schema";
import type { DocumentSnapshot } from "../../../src/core/snapshot/schema";
import { createWordHost } from "../../../src/hosts/word/word-host";
import { createFakeWord } from "./fake-word";
import { generateProfileParagraphs } from "./generate";

/** Round trips the Word adapter makes for one document, as the benchmark reports them. */
export interface WordSyncCounts {
  paragraphs: number;
  readSyncs: number;
  applySyncs: number;
  /** Syncs of the apply that carried writes (the contract: exactly one). */
  applyWriteSyncs: number;
  /** How many operations the measured plan had. */
  operations: number;
  /** Actions in the apply batch: checks and loads (reads), and writes. */
  applyReads: number;
  applyWrites: number;
}

/**
 * Reads a generated profile of `paragraphCount` paragraphs through the real adapter on the fake Word,
 * then applies a plan that inserts paragraphs, a table row and replaces a placeholder, and counts the
 * syncs of each.
 */
export async function measureWordSyncs(paragraphCount: number): Promise<WordSyncCounts> {
  const fake = createFakeWord(generateProfileParagraphs(paragraphCount));
  const host = createWordHost(fake.environment());
  const { value: snapshot } = await host.read();
  const readSyncs = fake.syncCount;
  const plan = composeSamplePlan(snapshot);
  const before = fake.syncCount;
  await host.apply(plan);
  const applyRecords = fake.syncsOfRun(fake.runCount);
  return {
    paragraphs: snapshot.blocks.length,
    readSyncs,
    applySyncs: fake.syncCount - before,
    applyWriteSyncs: applyRecords.filter((record) => record.writes > 0).length,
    operations: plan.operations.length,
    applyReads: applyRecords.reduce((sum, record) => sum + record.reads, 0),
    applyWrites: applyRecords.reduce((sum, record) => sum + record.writes, 0),
  };
}

/** A plan touching what profiles have: a heading, a result-area row, a placeholder. */
export function composeSamplePlan(snapshot: DocumentSnapshot): EditPlan {
  const blocks = snapshot.blocks;
  const operations: EditOperation[] = [];
  const heading = blocks.findIndex((block) => block.headingLevel !== null);
  if (heading >= 0) {
    operations.push({
      kind: "insert-paragraphs",
      anchor: { block: heading, text: blocks[heading]?.text ?? "" },
      position: "after",
      paragraphs: [
        {
          runs: [{ text: "Ingevoegde toelichting.", bold: false }],
          formatFrom: null,
          style: "Normal",
          list: null,
        },
      ],
      contentControl: null,
    });
  }
  const row = blocks.findIndex((block) => block.table !== null && block.table.row === 1);
  if (row >= 0) {
    const cells = blocks.filter(
      (block) => block.table?.table === blocks[row]?.table?.table && block.table?.row === 1,
    );
    const columns = new Set(cells.map((block) => block.table?.column)).size;
    operations.push({
      kind: "insert-table-row",
      anchor: { block: row, text: blocks[row]?.text ?? "" },
      position: "after",
      cells: Array.from({ length: columns }, (_, column) => ({
        paragraphs: [
          {
            runs: [{ text: column === 0 ? "9.\tNieuw resultaatgebied" : "xxx", bold: false }],
            formatFrom: null,
            style: null,
            list: null,
          },
        ],
      })),
    });
  }
  const placeholder = blocks.findIndex((block) => block.text.includes("xxx"));
  if (placeholder >= 0) {
    const text = blocks[placeholder]?.text ?? "";
    const start = text.indexOf("xxx");
    operations.push({
      kind: "replace-text",
      anchor: { block: placeholder, text },
      start,
      end: start + 3,
      expected: "xxx",
      text: "ingevuld",
    });
  }
  return {
    id: "sync-count-sample",
    title: { nl: "Voorbeeldwijziging", en: "Sample change" },
    operations,
    fixes: [],
    warnings: [],
  };
}
