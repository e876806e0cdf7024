import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { KafkaBus, silentLogger } from '@corredor/messaging';
import { memberMessageSchema, parseTimingValue, timingValue } from './timing-ipc';
import { progress, sleepUntil, tenth, waitFor } from './timing-stats';

export interface TakeoverPlan {
  brokers: string[];
  /** A topic of its own with two partitions: one for each member. */
  topic: string;
  partitions: number;
  perSecond: number;
}

export interface TakeoverFigures {
  /** From the SIGKILL of the member in the child process to the survivor's first message of a partition the dead member had. */
  takeoverAfterKillMs: number;
}

interface Receipt {
  partition: number;
  at: number;
}

/** Children still running, so the benchmark's deadline can end them. */
const running = new Set<ChildProcess>();

export function killMembers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** The compiled child script: beside this file when compiled, in the workspace's dist when run from sources. */
function memberScript(): string {
  const candidates = [path.join(__dirname, 'takeover-member.child.js'), path.resolve(__dirname, '../../dist/kafka-timing/takeover-member.child.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('kafka timing: takeover-member.child.js is not built (npx tsc -p infra/bench/tsconfig.build.json)');
  return found;
}

/** Notes each member's first message of each partition, which shows how the group formed. */
function receive(who: string, receipts: Receipt[], partition: number): void {
  if (!receipts.some((r) => r.partition === partition)) progress(`takeover: ${who} receives partition ${partition}`);
  receipts.push({ partition, at: performance.now() });
}

function startMember(env: Record<string, string>, receipts: Receipt[], onConsuming: () => void): ChildProcess {
  const child = fork(memberScript(), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout?.pipe(process.stderr);
  child.stderr?.pipe(process.stderr);
  child.on('message', (raw) => {
    const message = memberMessageSchema.parse(raw);
    if (message.kind === 'consuming') onConsuming();
    else receive('the child', receipts, message.partition);
  });
  return child;
}

const since = (receipts: readonly Receipt[], from: number) => new Set(receipts.filter((r) => r.at >= from).map((r) => r.partition));

/**
 * Two members of one consumer group (KafkaBus consumers with the platform's settings) share a
 * two-partition topic while messages keep coming; the one in a child process is killed with
 * SIGKILL, and the one in this process must take over its partition. Only the group's session
 * timeout tells the coordinator the dead member is gone: a killed process sends no LeaveGroup.
 */
export async function measureTakeover(plan: TakeoverPlan): Promise<TakeoverFigures> {
  const brokers = plan.brokers.join(',');
  const group = `bench.takeover.${randomUUID()}`;
  const producer = new KafkaBus({ clientId: 'bench-takeover-producer', brokers: plan.brokers, logger: silentLogger });
  const survivor = new KafkaBus({ clientId: 'bench-takeover-survivor', brokers: plan.brokers, logger: silentLogger });
  const childReceipts: Receipt[] = [];
  const survivorReceipts: Receipt[] = [];
  let publishing = true;
  let streamFailure: unknown = null;
  let child: ChildProcess | null = null;

  // A steady stream over every partition (keys cycle), published in order, until the end.
  const stream = (async () => {
    const interval = 1000 / plan.perSecond;
    const start = performance.now();
    for (let seq = 0; publishing; seq += 1) {
      await sleepUntil(start + seq * interval);
      await producer.publish([{ topic: plan.topic, key: `key-${seq % 16}`, value: timingValue({ phase: 'stream', seq }), headers: {} }]);
    }
  })().catch((error: unknown) => void (streamFailure = error));
  const streaming = () => {
    if (streamFailure) throw streamFailure;
  };
  try {
    progress('takeover: starting two members of one group');
    let childConsuming = false;
    child = startMember({ BENCH_BROKERS: brokers, BENCH_TOPIC: plan.topic, BENCH_GROUP: group }, childReceipts, () => (childConsuming = true));
    // The survivor joins a moment after the child, within the coordinator's initial delay (3 s on
    // the mock), so the group's first generation takes both. The child, first in, leads the group,
    // and the survivor's SyncGroup arrives before the leader's: the mock refuses one that comes after
    // (INVALID_REQUEST, and that member restarts), where a real broker would answer it.
    await waitFor('the member in the child process to start', () => childConsuming, 30_000);
    await sleep(1000);
    await survivor.consume({
      group,
      topics: [plan.topic],
      onMessage: async (message) => {
        parseTimingValue(message.value);
        receive('the survivor', survivorReceipts, message.partition);
      },
    });

    // Settled: within the last second each member has had messages, never of the same partition, and together of all.
    let childPartitions = new Set<number>();
    await waitFor(
      'both members to settle on their partitions',
      () => {
        streaming();
        const window = performance.now() - 1000;
        const mine = since(survivorReceipts, window);
        childPartitions = since(childReceipts, window);
        const shared = [...childPartitions].some((partition) => mine.has(partition));
        return mine.size > 0 && childPartitions.size > 0 && !shared && mine.size + childPartitions.size === plan.partitions;
      },
      60_000,
    );

    progress(`takeover: members settled, the child has partition(s) ${[...childPartitions].join(', ')}; SIGKILL`);
    const killedAt = performance.now();
    child.kill('SIGKILL');
    const taken = () => survivorReceipts.find((r) => r.at >= killedAt && childPartitions.has(r.partition));
    await waitFor(
      "the survivor to take over the killed member's partition",
      () => {
        streaming();
        return taken() !== undefined;
      },
      90_000,
    );
    progress('takeover: the survivor has the partition');
    return { takeoverAfterKillMs: tenth((taken()?.at ?? Number.NaN) - killedAt) };
  } finally {
    publishing = false;
    child?.kill('SIGKILL');
    await stream;
    await Promise.allSettled([producer.stop(), survivor.stop()]);
  }
}
