import { measureWordSyncs } from "../test/fakes/word";

/**
 * Round trips the office-js adapter needs, counted on the project's fake Word (which counts every
 * `context.sync()` and which of them carried writes). The adapter and the fake are the real code; only
 * Word itself is simulated.
 */
export interface WordSyncFigures {
  wordReadSyncs300: number;
  wordReadSyncs3000: number;
  /** All syncs of applying a plan (anchor verification included). */
  wordApplySyncs: number;
  /** The syncs of the apply that carried writes. */
  wordApplyWriteSyncs: number;
  /** Operations in the measured plan (insert paragraphs, insert a table row, replace a placeholder). */
  wordApplyOperations: number;
  /** Checks and loads queued in the apply batch, for 300 and 3,000 paragraphs: they should not grow. */
  wordApplyChecks300: number;
  wordApplyChecks3000: number;
  wordApplyWrites: number;
}

export async function measureWordFigures(): Promise<WordSyncFigures> {
  const small = await measureWordSyncs(300);
  const large = await measureWordSyncs(3000);
  return {
    wordReadSyncs300: small.readSyncs,
    wordReadSyncs3000: large.readSyncs,
    // The larger document is the stricter case; report the worse of the two.
    wordApplySyncs: Math.max(small.applySyncs, large.applySyncs),
    wordApplyWriteSyncs: Math.max(small.applyWriteSyncs, large.applyWriteSyncs),
    wordApplyOperations: large.operations,
    wordApplyChecks300: small.applyReads,
    wordApplyChecks3000: large.applyReads,
    wordApplyWrites: large.applyWrites,
  };
}
