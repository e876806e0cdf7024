#!/usr/bin/env node
/**
 * One member of the consumer group whose takeover the benchmark measures, in a process of its own
 * so it can be killed with SIGKILL (no LeaveGroup, sockets closed by the kernel: what a crash or an
 * OOM kill does). A KafkaBus consumer with the platform's settings; it tells the benchmark the
 * partition of every message it receives, and runs until it is killed or the benchmark goes away.
 */
import { KafkaBus, silentLogger, type Logger } from '@corredor/messaging';
import { memberEnvSchema, parseTimingValue, type MemberMessage } from './timing-ipc';

/** Warnings only (the bus's logs hold no payloads), on stderr, which the benchmark passes on. */
const warnings: Logger = {
  ...silentLogger,
  warn: (fields, message) => process.stderr.write(`takeover member: ${message} ${JSON.stringify(fields)}\n`),
  error: (fields, message) => process.stderr.write(`takeover member: ${message} ${JSON.stringify(fields)}\n`),
};

function toParent(message: MemberMessage): void {
  if (process.connected) process.send?.(message);
}

async function main(): Promise<void> {
  const env = memberEnvSchema.parse(process.env);
  if (!process.send) throw new Error('started without an IPC channel: run it through the benchmark');
  process.once('disconnect', () => process.exit(0));
  const bus = new KafkaBus({ clientId: 'bench-takeover-member', brokers: env.BENCH_BROKERS.split(','), logger: warnings });
  await bus.consume({
    group: env.BENCH_GROUP,
    topics: [env.BENCH_TOPIC],
    onMessage: async (message) => toParent({ kind: 'received', partition: message.partition, seq: parseTimingValue(message.value).seq }),
  });
  toParent({ kind: 'consuming' });
}

main().catch((error: unknown) => {
  process.stderr.write(`takeover member: ${String(error)}\n`);
  process.exit(1);
});
