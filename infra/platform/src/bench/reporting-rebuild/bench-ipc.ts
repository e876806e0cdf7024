import { z } from 'zod';

/** What a benchmark child learns from its environment: the broker, and what to read there. */
export const childEnvSchema = z.object({
  BENCH_BROKERS: z.string().min(1),
  BENCH_TOPICS: z.string().min(1),
  BENCH_EXPECTED: z.coerce.number().int().positive(),
});

/**
 * The reporting service's child: either it rebuilds from the broker (as childEnvSchema says), or,
 * with BENCH_MEMORY_PLAN (a BenchLogPlan as JSON), from an in-memory log of that plan it makes itself
 * (no broker: the sizes phase, where only the reports are measured).
 */
export const serviceChildEnvSchema = z
  .object({ BENCH_BROKERS: z.string().min(1).optional(), BENCH_MEMORY_PLAN: z.string().min(2).optional() })
  .refine((env) => (env.BENCH_BROKERS === undefined) !== (env.BENCH_MEMORY_PLAN === undefined), 'BENCH_BROKERS or BENCH_MEMORY_PLAN, one of them');

/** A process's own resource figures (process.resourceUsage): peak resident set in kilobytes, CPU in microseconds. */
export const usageSchema = z.object({
  maxRssKb: z.number(),
  rssBytes: z.number(),
  heapUsedBytes: z.number(),
  userCpuMicros: z.number(),
  systemCpuMicros: z.number(),
});
export type Usage = z.infer<typeof usageSchema>;

export function ownUsage(): Usage {
  const usage = process.resourceUsage();
  const memory = process.memoryUsage();
  return { maxRssKb: usage.maxRSS, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, userCpuMicros: usage.userCPUTime, systemCpuMicros: usage.systemCPUTime };
}

/** The raw consumer's result: times in ms from the moment it began connecting. */
export const rawConsumerResultSchema = z.object({
  kind: z.literal('raw-consumed'),
  read: z.number().int(),
  parsed: z.number().int(),
  batches: z.number().int(),
  firstMessageMs: z.number(),
  lastMessageMs: z.number(),
  usage: usageSchema,
});
export type RawConsumerResult = z.infer<typeof rawConsumerResultSchema>;

/** What the reporting service's child says to the benchmark. */
export const serviceChildMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('listening'), url: z.string() }),
  z.object({ kind: z.literal('usage'), usage: usageSchema }),
  z.object({ kind: z.literal('profiling') }),
  /** Where the CPU profile of the phase just ended was written. */
  z.object({ kind: z.literal('profiled'), file: z.string() }),
  z.object({ kind: z.literal('stopped'), usage: usageSchema }),
  z.object({ kind: z.literal('loop-reset') }),
  /** The longest the event loop was held up (monitorEventLoopDelay's max) since the last loop-reset, in ms. */
  z.object({ kind: z.literal('loop'), maxBlockMs: z.number() }),
]);
export type ServiceChildMessage = z.infer<typeof serviceChildMessageSchema>;

/** What the benchmark asks the reporting service's child: its figures, a CPU profile of one phase (written into `dir` as `<name>-<time>.cpuprofile`), to stop. */
export const serviceChildCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('usage') }),
  z.object({ kind: z.literal('profile-start') }),
  z.object({ kind: z.literal('profile-stop'), dir: z.string(), name: z.string().regex(/^[a-z-]+$/) }),
  z.object({ kind: z.literal('stop') }),
  /** Starts a new measure of the event loop's delays (answered by loop-reset)... */
  z.object({ kind: z.literal('loop-reset') }),
  /** ...and reads its longest one (answered by loop). */
  z.object({ kind: z.literal('loop-read') }),
]);
export type ServiceChildCommand = z.infer<typeof serviceChildCommandSchema>;

/** Sends one message to the parent over the IPC channel, resolving once it is handed over. */
export function toParent(message: RawConsumerResult | ServiceChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('started without an IPC channel: run it through the benchmark'));
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}
