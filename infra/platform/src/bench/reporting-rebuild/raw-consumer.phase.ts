import path from 'node:path';
import { BenchChild } from './bench-child';
import { BENCH_TOPICS } from './bench-events';
import { rawConsumerResultSchema } from './bench-ipc';
import { perSecond, type PhaseOptions } from './phase-options';

/** Phase A: the plain kafkajs consumer, in its own process (profiled with node --cpu-prof into `profileDir` when given). */
export async function rawConsume({ brokers, plan, profileDir }: PhaseOptions) {
  const profileName = `raw-consumer-${Date.now()}.cpuprofile`;
  const child = new BenchChild(path.join(__dirname, 'raw-consumer.child.js'), {
    env: { BENCH_BROKERS: brokers, BENCH_TOPICS: BENCH_TOPICS.join(','), BENCH_EXPECTED: String(plan.events) },
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${profileName}`] : [],
    schema: rawConsumerResultSchema,
  });
  const result = await child.next('raw-consumed');
  await child.ended();
  if (result.read !== plan.events || result.parsed !== plan.events) throw new Error(`the raw consumer read ${result.read} and parsed ${result.parsed} of ${plan.events}`);
  return {
    ...result,
    eventsPerSecond: perSecond(result.read, result.lastMessageMs),
    eventsPerSecondAfterFirst: perSecond(result.read, result.lastMessageMs - result.firstMessageMs),
    profile: profileDir ? path.join(profileDir, profileName) : null,
  };
}
