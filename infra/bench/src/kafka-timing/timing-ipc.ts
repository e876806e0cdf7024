import { z } from 'zod';

/** What the group member in a child process learns from its environment. */
export const memberEnvSchema = z.object({
  BENCH_BROKERS: z.string().min(1),
  BENCH_TOPIC: z.string().min(1),
  BENCH_GROUP: z.string().min(1),
});

/** What it tells the benchmark: that it has started its consumer, then the partition of every message it receives. */
export const memberMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consuming') }),
  z.object({ kind: z.literal('received'), partition: z.number().int(), seq: z.number().int() }),
]);
export type MemberMessage = z.infer<typeof memberMessageSchema>;

/** The value of every message the benchmark publishes. */
export const timingValueSchema = z.object({ phase: z.enum(['warm-up', 'measured', 'stream']), seq: z.number().int() });
export type TimingValue = z.infer<typeof timingValueSchema>;

export function timingValue(value: TimingValue): string {
  return JSON.stringify(value);
}

export function parseTimingValue(raw: string): TimingValue {
  return timingValueSchema.parse(JSON.parse(raw));
}
