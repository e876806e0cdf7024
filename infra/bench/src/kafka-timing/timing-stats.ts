import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** The value below which p percent of the (ascending) samples fall: nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Rounds to a tenth of a millisecond, for figures printed and returned. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/** Polls `condition` every 20 ms until it holds; throws once `withinMs` has passed (the benchmark is bounded). */
export async function waitFor(what: string, condition: () => boolean, withinMs: number): Promise<void> {
  const deadline = performance.now() + withinMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`kafka timing: gave up waiting for ${what} after ${withinMs} ms`);
    await sleep(20);
  }
}

export async function sleepUntil(at: number): Promise<void> {
  const left = at - performance.now();
  if (left > 0) await sleep(left);
}

const origin = performance.now();

/** A line on stderr (the figures go to stdout), with the seconds since the benchmark was loaded. */
export function progress(message: string): void {
  process.stderr.write(`kafka timing [${((performance.now() - origin) / 1000).toFixed(1)} s]: ${message}\n`);
}
