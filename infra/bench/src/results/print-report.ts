import type { HttpFigures } from '../http-baselines';
import type { OutboxDrainFigures } from '../outbox-drain';
import type { KafkaTimingFigures } from '../kafka-timing/kafka-timing.bench';
import type { KafkaFigures } from '../pipeline/kafka-pipeline';
import { RATIO_LABELS, type BenchRatios } from './bench-ratios';

export interface BenchResults {
  ratios: BenchRatios;
  http: HttpFigures;
  outbox: OutboxDrainFigures;
  kafka: KafkaFigures;
  kafkaTiming: KafkaTimingFigures | null;
}

const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const ms = (value: number) => `${n(value, 1)} ms`;
const mark = (ok: boolean) => (ok ? 'reached' : 'NOT reached');

/** The run as a table: each figure, each ratio, and each of the issue's goals with whether it is reached. */
export function printReport(results: BenchResults, print: (line: string) => void): void {
  const { http, kafka, outbox, ratios } = results;
  print('');
  print('POST, req/s (median)            req/s    p50       p99');
  const row = (label: string, f: { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number }) =>
    print(`  ${label.padEnd(28)} ${n(f.requestsPerSecond).padStart(6)}  ${ms(f.latencyP50Ms).padStart(8)}  ${ms(f.latencyP99Ms).padStart(8)}`);
  row('express+helmet hello', http.post.hello);
  row('service kit, trivial route', http.post.kit);
  row('intake service alone', http.post.intake);
  row('npm start (one process)', http.post.platform);
  row('hello (Kafka phase)', kafka.helloInSameRounds);
  row('six processes over Kafka', kafka.post);
  print('');
  print('Ratios');
  for (const [key, label] of Object.entries(RATIO_LABELS) as Array<[keyof BenchRatios, string]>) print(`  ${label.padEnd(48)} ${n(ratios[key], 3)}`);
  print('');
  print(`npm start, reads at 10/s each while intakes are posted (${n(http.intakeUnderMixedLoad.requestsPerSecond)} intakes/s):`);
  for (const [route, f] of Object.entries(http.routesUnderLoad)) print(`  ${route.padEnd(30)} p99 ${ms(f.latencyP99Ms).padStart(9)}  max ${ms(f.latencyMaxMs).padStart(9)}`);
  print(`  event loop meanwhile: longest block ${ms(http.platformEventLoopMaxMs)}, p99 ${ms(http.platformEventLoopP99Ms)}; longest GC pause ${ms(http.platformLongestGcPauseMs)}`);
  const { memory } = http;
  print('');
  print(
    `Memory (npm start, caught up, after gc): ${memory.intakesBefore} intakes ${n(memory.before.heapUsedMiB, 1)} MiB heap (${n(memory.before.rssMiB)} MiB RSS), ` +
      `${memory.intakesAfter} intakes ${n(memory.after.heapUsedMiB, 1)} MiB heap (${n(memory.after.rssMiB)} MiB RSS); ` +
      `${n(memory.heapBytesPerIntake)} bytes kept per intake; bus holds ${memory.after.busMessagesHeld ?? '—'} messages`,
  );
  print(`Outbox drain: ${Object.entries(outbox.drainMs).map(([size, time]) => `${size} in ${ms(time)}`).join(', ')}; cost per record grows ×${n(outbox.growthPerRecord, 2)}`);
  print(`Pipeline on a backlog of ${kafka.pipeline.intakes}: ${n(kafka.pipeline.intakesPerSecond)} intakes/s; raw kafkajs ${n(kafka.raw.messagesPerSecond)} messages/s`);
  print(`Intake → report at ${n(kafka.latency.intakesPerSecond)}/s for ${n(kafka.latency.seconds)} s: p50 ${ms(kafka.latency.p50Ms)}, p99 ${ms(kafka.latency.p99Ms)}, max ${ms(kafka.latency.maxMs)}`);
  if (results.kafkaTiming) {
    const t = results.kafkaTiming;
    print(`Kafka consumers (mock cluster): delivery at ${t.publishedPerSecond}/s p50 ${ms(t.deliveryP50Ms)}, p99 ${ms(t.deliveryP99Ms)}, max ${ms(t.deliveryMaxMs)}; a member killed with -9 replaced after ${ms(t.takeoverAfterKillMs)}`);
  }
  print('');
  print('Goals of issue 11');
  const worstRouteP99 = Math.max(http.post.platform.latencyP99Ms, ...Object.values(http.routesUnderLoad).map((f) => f.latencyP99Ms));
  const goals: Array<[string, boolean]> = [
    [`intake POST, processes ≥ 50 % of hello: ${n(ratios.processesOverHello * 100)} %`, ratios.processesOverHello >= 0.5],
    [`intake POST, npm start ≥ 30 % of hello: ${n(ratios.platformOverHello * 100)} %`, ratios.platformOverHello >= 0.3],
    [`every route's p99 under load < 50 ms on npm start: worst ${ms(worstRouteP99)}`, worstRouteP99 < 50],
    [`pipeline ≥ 50 % of raw kafkajs: ${n(ratios.pipelineOverRawKafka * 100)} %`, ratios.pipelineOverRawKafka >= 0.5],
    [`intake → report p99 < 500 ms at 100/s: ${ms(kafka.latency.p99Ms)}`, kafka.latency.p99Ms < 500],
    [`no request waits > 50 ms on other work (npm start event loop): ${ms(http.platformEventLoopMaxMs)}`, http.platformEventLoopMaxMs < 50],
    [`outbox drains linearly (cost per record ×${n(outbox.growthPerRecord, 2)} from smallest to largest)`, outbox.growthPerRecord < 1.25],
  ];
  for (const [goal, ok] of goals) print(`  ${mark(ok).padEnd(11)} ${goal}`);
}
