import { analyse } from "../src/core/analyse";
import type { DocumentSnapshot } from "../src/core/snapshot/schema";
import { BUILT_IN_LIBRARY, BUILT_IN_STANDARD_TEXTS, BUILT_IN_TEMPLATES } from "../src/data";
import { readDocxSnapshot } from "../src/hosts/docx/read-docx";
import { buildLarge10k, buildLargeFunctieprofiel } from "../test/fixture-builders";
import { log, round, timeSync, type TimingOptions } from "./timing";

/**
 * Core throughput (parse + check: `analyse()` on a snapshot already read) and .docx reading, on large
 * generated profiles in seed 000's layout, and how the core's cost grows with the document.
 */

export interface LinearityPoint {
  paragraphs: number;
  ms: number;
  msPer10kParagraphs: number;
}

export interface CoreFigures {
  coreParagraphs: number;
  coreMsPer10kParagraphs: number;
  docxReadMsPer10kParagraphs: number;
  /** analyse() at growing sizes. */
  coreLinearity: LinearityPoint[];
  /** Cost per paragraph at the largest size divided by the cost per paragraph at the smallest. */
  coreLinearityRatio: number;
}

/** Paragraphs of a large profile: 48 + areas × (1 + 2 × tasks) + competencies × 5 (see large.ts). */
const TASKS_PER_AREA = 24;
const COMPETENCIES = 20;
const LINEARITY_SIZES = [2_500, 5_000, 10_000, 20_000];

function analyseSnapshot(snapshot: DocumentSnapshot) {
  return analyse(snapshot, {
    templates: BUILT_IN_TEMPLATES,
    library: BUILT_IN_LIBRARY,
    standardTexts: BUILT_IN_STANDARD_TEXTS,
  });
}

async function buildProfileOf(paragraphs: number): Promise<Uint8Array> {
  const fixed = 48 + COMPETENCIES * 5;
  const resultAreas = Math.max(1, Math.round((paragraphs - fixed) / (1 + 2 * TASKS_PER_AREA)));
  return buildLargeFunctieprofiel({ resultAreas, tasksPerArea: TASKS_PER_AREA, competencies: COMPETENCIES });
}

export async function measureCoreFigures(timing: TimingOptions): Promise<CoreFigures> {
  log("· kern: document van 10.000 alinea's opbouwen …");
  const bytes10k = await buildLarge10k();
  const snapshot10k = readDocxSnapshot(bytes10k).value;
  const paragraphs = snapshot10k.blocks.length;
  const per10k = (ms: number, count: number) => (ms * 10_000) / count;

  log(`· kern: analyse() op ${paragraphs} alinea's …`);
  const coreMs = timeSync(() => analyseSnapshot(snapshot10k), timing);
  log(`· .docx lezen: ${paragraphs} alinea's …`);
  const readMs = timeSync(() => readDocxSnapshot(bytes10k), {
    warmups: timing.warmups,
    runs: timing.runs * 2,
  });

  const coreLinearity: LinearityPoint[] = [];
  for (const size of LINEARITY_SIZES) {
    const snapshot = size === 10_000 ? snapshot10k : readDocxSnapshot(await buildProfileOf(size)).value;
    log(`· lineariteit: analyse() op ${snapshot.blocks.length} alinea's …`);
    const ms =
      size === 10_000
        ? coreMs
        : timeSync(() => analyseSnapshot(snapshot), {
            warmups: 1,
            runs: size > 10_000 ? Math.max(3, timing.runs - 2) : timing.runs,
          });
    coreLinearity.push({
      paragraphs: snapshot.blocks.length,
      ms: round(ms),
      msPer10kParagraphs: round(per10k(ms, snapshot.blocks.length)),
    });
  }
  const first = coreLinearity[0]!;
  const last = coreLinearity[coreLinearity.length - 1]!;
  return {
    coreParagraphs: paragraphs,
    coreMsPer10kParagraphs: round(per10k(coreMs, paragraphs)),
    docxReadMsPer10kParagraphs: round(per10k(readMs, paragraphs)),
    coreLinearity,
    coreLinearityRatio: round(last.msPer10kParagraphs / first.msPer10kParagraphs, 2),
  };
}
