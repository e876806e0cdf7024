import { performance } from 'node:perf_hooks';
import type { Steps } from './steps';

/**
 * How long computed steps may hold the event loop before they let it turn. On `npm start` every
 * service shares this process: a report computed in one go would make every request, consumer and
 * relay of every service wait for it (seconds for a large centre's year). A few milliseconds per
 * slice keep anyone's wait short whatever the report's size; the report takes little longer for it.
 */
export const SLICE_MS = 5;

export interface SliceOptions {
  /** How long one slice may run; 0 lets the loop turn at every checkpoint (tests). */
  sliceMs?: number;
}

/** Lets the event loop turn once: timers, I/O (other requests, consumers) and other slices run, then this goes on. */
export const letOthersRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the steps in slices of the event loop: through checkpoint after checkpoint until the slice's
 * time is up, then lets the loop turn (letOthersRun) and goes on in a new slice. The result is the
 * one atOnce would give.
 */
export async function inSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await letOthersRun();
      sliceStart = performance.now();
    }
  }
}

/**
 * For a loop of awaited work (a log replayed event by event): `await pace()` between items lets the
 * event loop turn whenever the slice's time is up, and costs nothing otherwise.
 */
export function slicePacer(options: SliceOptions = {}): () => Promise<void> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await letOthersRun();
    sliceStart = performance.now();
  };
}
