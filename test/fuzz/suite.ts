import fc from "fast-check";
import { isProfielwijzerError } from "../../src/core/common";
import { SnapshotSchema } from "../../src/core/snapshot/schema";
import { readDocx } from "../../src/hosts/docx/read-docx";
import {
  manyCompetenciesArb,
  mutateSnapshot,
  mutationArb,
  paragraphText,
  snapshotArb,
  templateChoiceArb,
} from "./arbitraries";
import {
  byteMutationArb,
  editParagraphs,
  mutateBytes,
  paragraphEditArb,
  permute,
  unzipEntries,
  zipEntries,
} from "./docx-mutations";
import { checkApply, collectPlans } from "./apply-properties";
import { fixtureFiles, fixtureSnapshots } from "./fixtures";
import { checkAnalysis, checkComposers, InvariantError } from "./properties";

/**
 * The fuzz properties, shared by the jest suites (a modest, fixed-seed share of `npm test`) and by
 * `npm run fuzz` (test/fuzz/long-run.ts, ≥ 10,000 cases per property).
 */

export const DEFAULT_SEED = 20260312;

/** A case slower than this is reported as a hang: reading or checking one profile takes milliseconds. */
export const HANG_LIMIT_MS = 10_000;

export interface FuzzProperty {
  name: string;
  /** What it exercises: the pure core, or the .docx reader and writer (the jest suites split on this). */
  area: "core" | "docx";
  /** Cases in `npm test`. */
  testRuns: number;
  /** Cases in `npm run fuzz`. */
  longRuns: number;
  /**
   * The property. `onCase` sees every case before it runs (the long run's watchdog counts them) and may
   * answer "skip" to leave the check out (to re-create a case without running it).
   */
  build(onCase?: (args: unknown[]) => "skip" | void): fc.IProperty<[unknown[]]>;
}

/** A property over a tuple of arbitraries, kept apart so the long run can re-create and count its cases. */
function defineProperty<Ts extends unknown[]>(
  name: string,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  runs: { area: FuzzProperty["area"]; testRuns: number; longRuns: number },
): FuzzProperty {
  return {
    name,
    ...runs,
    build(onCase) {
      const property = fc.property(fc.tuple<Ts>(...arbitraries), (args) => {
        if (onCase?.(args) === "skip") return;
        const start = performance.now();
        predicate(...args);
        const elapsed = performance.now() - start;
        // Say which case was slow right away: shrinking slow cases can take long.
        if (elapsed > HANG_LIMIT_MS) {
          throw new InvariantError(
            `a case took ${Math.round(elapsed)} ms (limit ${HANG_LIMIT_MS} ms): ${fc.stringify(args).slice(0, 2_000)}`,
          );
        }
      });
      return property as unknown as fc.IProperty<[unknown[]]>;
    },
  };
}

function withinTime<T>(label: string, action: () => T): T {
  const start = performance.now();
  const result = action();
  const elapsed = performance.now() - start;
  if (elapsed > HANG_LIMIT_MS)
    throw new InvariantError(`${label} took ${Math.round(elapsed)} ms (limit ${HANG_LIMIT_MS} ms)`);
  return result;
}

/** Reads bytes: a valid snapshot (then analysed under the invariants), or a ProfielwijzerError that is not a bug. */
export function checkReadOutcome(bytes: Uint8Array): void {
  let document: ReturnType<typeof readDocx>["value"];
  try {
    document = withinTime("readDocx", () => readDocx(bytes, { name: "fuzz.docx" }).value);
  } catch (error) {
    if (error instanceof InvariantError) throw error;
    if (!isProfielwijzerError(error))
      throw new InvariantError(`readDocx threw a non-ProfielwijzerError: ${String(error)}`);
    // read-failed is the reader's catch-all for exceptions it did not expect: a bug, not a verdict on the file.
    if (error.code === "read-failed")
      throw new InvariantError(`readDocx failed unexpectedly: ${error.text.en}`);
    if (error.text.nl.trim() === "" || error.text.en.trim() === "")
      throw new InvariantError(`error ${error.code} has no text`);
    return;
  }
  const parsed = SnapshotSchema.safeParse(document.snapshot);
  if (!parsed.success)
    throw new InvariantError(`snapshot does not validate: ${parsed.error.message.slice(0, 400)}`);
  if (document.sources.length !== document.snapshot.blocks.length) {
    throw new InvariantError(
      `${document.sources.length} sources for ${document.snapshot.blocks.length} blocks`,
    );
  }
  withinTime("analyse", () => checkAnalysis({ snapshot: document.snapshot, templateId: null }));
}

const fixtureIndexArb = fc.nat();

export function fuzzProperties(): FuzzProperty[] {
  const snapshots = fixtureSnapshots();
  const files = fixtureFiles();
  const pickSnapshot = (index: number) => snapshots[index % snapshots.length]!;
  const pickFile = (index: number) => files[index % files.length]!;

  return [
    defineProperty(
      "analyse() keeps its invariants on random snapshots",
      [snapshotArb, templateChoiceArb],
      (snapshot, templateId) => {
        withinTime("analyse", () => checkAnalysis({ snapshot, templateId }));
      },
      { area: "core", testRuns: 60, longRuns: 10_000 },
    ),
    defineProperty(
      "analyse() keeps its invariants on mutated fixture snapshots",
      [fixtureIndexArb, fc.array(mutationArb, { minLength: 1, maxLength: 8 }), templateChoiceArb],
      (index, mutations, templateId) => {
        const snapshot = mutateSnapshot(pickSnapshot(index), mutations);
        withinTime("analyse", () => checkAnalysis({ snapshot, templateId }));
      },
      { area: "core", testRuns: 80, longRuns: 10_000 },
    ),
    defineProperty(
      "every composer's plan anchors on real blocks with the anchor text (random and mutated documents)",
      [
        fc.oneof(
          snapshotArb,
          fc
            .tuple(fixtureIndexArb, fc.array(mutationArb, { maxLength: 6 }))
            .map(([index, mutations]) => mutateSnapshot(pickSnapshot(index), mutations)),
        ),
        templateChoiceArb,
        fc.nat(),
        paragraphText,
      ],
      (snapshot, templateId, choice, title) => {
        withinTime("composers", () => checkComposers({ snapshot, templateId, choice, title }));
      },
      { area: "core", testRuns: 40, longRuns: 10_000 },
    ),
    defineProperty(
      "analyse() keeps its invariants with thousands of competency lines",
      [manyCompetenciesArb, templateChoiceArb],
      (snapshot, templateId) => {
        withinTime("analyse", () => checkAnalysis({ snapshot, templateId }));
      },
      { area: "core", testRuns: 2, longRuns: 300 },
    ),
    defineProperty(
      "readDocx on damaged fixtures returns a valid snapshot or throws a ProfielwijzerError",
      [fixtureIndexArb, fc.array(byteMutationArb, { minLength: 1, maxLength: 3 })],
      (index, mutations) => {
        let bytes = pickFile(index).bytes;
        for (const mutation of mutations) {
          // A mutation that needs a readable zip (shuffle, xml-edit) cannot apply to bytes already broken.
          try {
            bytes = mutateBytes(bytes, mutation);
          } catch {
            continue;
          }
        }
        checkReadOutcome(bytes);
      },
      { area: "docx", testRuns: 100, longRuns: 10_000 },
    ),
    defineProperty(
      "readDocx reads the same snapshot whatever the order of the zip entries",
      [fixtureIndexArb, fc.array(fc.nat(), { minLength: 1, maxLength: 20 })],
      (index, order) => {
        const file = pickFile(index);
        const expected = readDocx(file.bytes, { name: file.name }).value.snapshot;
        const shuffled = zipEntries(permute(unzipEntries(file.bytes), order));
        const actual = readDocx(shuffled, { name: file.name }).value.snapshot;
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          throw new InvariantError(`${file.name}: snapshot differs after reordering the zip entries`);
        }
      },
      { area: "docx", testRuns: 15, longRuns: 10_000 },
    ),
    defineProperty(
      "removing or duplicating <w:p> elements removes or duplicates exactly those paragraphs' texts",
      [fixtureIndexArb, fc.array(paragraphEditArb, { minLength: 1, maxLength: 6 })],
      (index, edits) => {
        const { bytes, expectedTexts } = editParagraphs(pickFile(index).bytes, edits);
        const document = readDocx(bytes).value;
        const texts = document.snapshot.blocks.map((block) => block.text);
        if (JSON.stringify(texts) !== JSON.stringify(expectedTexts)) {
          const at = texts.findIndex((text, position) => text !== expectedTexts[position]);
          throw new InvariantError(
            `${pickFile(index).name}: block ${at} reads ${JSON.stringify(texts[at])}, expected ${JSON.stringify(expectedTexts[at])}`,
          );
        }
        checkAnalysis({ snapshot: document.snapshot, templateId: null });
      },
      { area: "docx", testRuns: 25, longRuns: 10_000 },
    ),
    defineProperty(
      "applying any plan to an edited .docx fixture keeps every original paragraph text in order",
      [
        fixtureIndexArb,
        fc.array(paragraphEditArb, { maxLength: 6 }),
        templateChoiceArb,
        fc.nat(),
        fc.nat(),
        paragraphText,
      ],
      (index, edits, templateId, pick, choice, text) => {
        const { bytes } = editParagraphs(pickFile(index).bytes, edits);
        const document = readDocx(bytes).value;
        const analysis = checkAnalysis({ snapshot: document.snapshot, templateId });
        const plans = collectPlans(document, analysis, choice, text);
        const plan = plans[pick % Math.max(1, plans.length)];
        if (plan)
          withinTime("applyPlan", () =>
            checkApply(document, plan, `${pickFile(index).name}: plan ${plan.id}`),
          );
      },
      { area: "docx", testRuns: 25, longRuns: 10_000 },
    ),
  ];
}
