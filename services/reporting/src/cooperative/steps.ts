/**
 * A long computation written as a generator that stops now and then at a checkpoint (a bare
 * `yield`) and returns its result. It knows nothing of time or of the event loop: whoever runs it
 * decides whether to go straight on (atOnce) or to let the process serve other work in between
 * (inSlices, time-slices.ts). Both give the same result, since the computation reads nothing else.
 */
export type Steps<T> = Generator<void, T, undefined>;

/**
 * How many items a loop handles between two checkpoints: a fraction of a millisecond of work, so a
 * slice ends close to its time, and a checkpoint costs nothing beside it.
 */
export const ITEMS_PER_CHECKPOINT = 256;

/** True every ITEMS_PER_CHECKPOINT items: `if (checkpointAt(++seen)) yield;` in a loop over facts. */
export const checkpointAt = (count: number): boolean => count % ITEMS_PER_CHECKPOINT === 0;

/** Runs the steps through, without stopping. */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Each item mapped, with a checkpoint every ITEMS_PER_CHECKPOINT items. */
export function* mapSteps<T, U>(items: Iterable<T>, map: (item: T) => U): Steps<U[]> {
  const mapped: U[] = [];
  for (const item of items) {
    mapped.push(map(item));
    if (checkpointAt(mapped.length)) yield;
  }
  return mapped;
}

/** The items kept, with a checkpoint every ITEMS_PER_CHECKPOINT items read. */
export function* filterSteps<T>(items: Iterable<T>, keep: (item: T) => boolean): Steps<T[]> {
  const kept: T[] = [];
  let seen = 0;
  for (const item of items) {
    if (keep(item)) kept.push(item);
    if (checkpointAt(++seen)) yield;
  }
  return kept;
}
