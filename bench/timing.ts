/**
 * Small timing helpers. Every measurement warms up first (JIT, file cache) and reports the median of
 * several runs, so one garbage collection or one slow disk read does not decide a figure.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface TimingOptions {
  warmups: number;
  runs: number;
}

/** Median milliseconds of `runs` calls after `warmups` untimed calls. */
export function timeSync(action: () => unknown, options: TimingOptions): number {
  for (let i = 0; i < options.warmups; i++) action();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function timeAsync(action: () => Promise<unknown>, options: TimingOptions): Promise<number> {
  for (let i = 0; i < options.warmups; i++) await action();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Rounds for display and JSON: figures are not more precise than this anyway. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Progress goes to stderr, so `--json` keeps stdout to the one JSON object. */
export function log(text: string): void {
  process.stderr.write(`${text}\n`);
}
