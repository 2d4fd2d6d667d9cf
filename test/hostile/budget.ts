/**
 * Hostile inputs must end, and must not eat the machine. These limits are generous on purpose: they catch a
 * hang or a runaway allocation, not a slow machine (speed is measured by `npm run bench`).
 */

export const HANG_LIMIT_MS = 10_000;
/** Growth of the JS heap plus ArrayBuffers still held right after the action. */
export const MEMORY_LIMIT_BYTES = 512 * 1024 * 1024;

export interface Budgeted<T> {
  outcome: { value: T } | { error: unknown };
  ms: number;
  memoryGrowth: number;
}

function heldBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Runs an action, recording how long it took and how much memory it left held; never throws. */
export async function runWithinBudget<T>(action: () => T | Promise<T>): Promise<Budgeted<T>> {
  const before = heldBytes();
  const start = performance.now();
  let outcome: Budgeted<T>["outcome"];
  try {
    outcome = { value: await action() };
  } catch (error) {
    outcome = { error };
  }
  const ms = performance.now() - start;
  return { outcome, ms, memoryGrowth: heldBytes() - before };
}

/** Fails when the action took longer than the hang limit or held on to more memory than the limit. */
export function expectWithinBudget(
  run: Budgeted<unknown>,
  limits: { ms?: number; bytes?: number } = {},
): void {
  const ms = limits.ms ?? HANG_LIMIT_MS;
  const bytes = limits.bytes ?? MEMORY_LIMIT_BYTES;
  if (run.ms > ms) throw new Error(`took ${Math.round(run.ms)} ms; the hang limit is ${ms} ms`);
  if (run.memoryGrowth > bytes) {
    throw new Error(
      `held ${Math.round(run.memoryGrowth / 1e6)} MB afterwards; the limit is ${Math.round(bytes / 1e6)} MB`,
    );
  }
}
