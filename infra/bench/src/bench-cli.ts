#!/usr/bin/env node
/**
 * npm run bench: the platform measured side by side with its baselines, in one run on this machine.
 *   (no option)  the full run: 8 s loads, medians of three, 25,000 more intakes for memory, a minute
 *                at 100 intakes/s, Kafka consumer delivery and takeover (about 7 minutes)
 *   --quick      the short version CI runs: 2 s loads, medians of five, 5 s at 100 intakes/s (about 2 minutes)
 *   --gate       after the run, compare its ratios with infra/bench/baseline.json: exit 1 when one
 *                falls more than 25 % below
 *   --write-baseline  make this run's ratios the new baseline
 * Prints every figure and ratio and writes them to bench-results/bench.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '@corredor/e2e';
import { z } from 'zod';
import { benchHttp } from './http-baselines';
import { measureKafkaTiming, type KafkaTimingFigures } from './kafka-timing/kafka-timing.bench';
import { benchOutboxDrain } from './outbox-drain';
import { benchKafka } from './pipeline/kafka-pipeline';
import { gate, RATIO_LABELS, type BenchRatios } from './results/bench-ratios';
import { printReport } from './results/print-report';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const BASELINE_FILE = path.join(root, 'infra/bench/baseline.json');
const RESULTS_FILE = path.join(root, 'bench-results/bench.json');
const log = (line: string) => process.stdout.write(`  ${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const load = quick ? { connections: 16, durationSeconds: 2, rounds: 5 } : { connections: 16, durationSeconds: 8, rounds: 3 };
  process.stdout.write(`Benchmark (${quick ? 'quick' : 'full'}): ${load.connections} connections, ${load.durationSeconds} s per load, medians of ${load.rounds} interleaved rounds\n`);
  process.stdout.write('HTTP, one process each:\n');
  const http = await benchHttp({ ...load, memoryIntakes: quick ? 2_000 : 25_000, log });
  process.stdout.write('Outbox drain after an outage:\n');
  const outbox = await benchOutboxDrain(quick ? [2_500, 10_000] : [2_500, 5_000, 10_000, 20_000]);
  process.stdout.write('Over the Kafka protocol (librdkafka mock cluster), services as processes:\n');
  const kafka = await benchKafka({
    ...load,
    backlogIntakes: quick ? 1_000 : 3_000,
    latencyRate: 100,
    latencySeconds: quick ? 5 : 60,
    log,
  });
  let kafkaTiming: KafkaTimingFigures | null = null;
  if (!quick) {
    process.stdout.write('Kafka consumer timing (delivery at 20 messages/s; takeover after kill -9):\n');
    kafkaTiming = await measureKafkaTiming({ quick: false });
  }
  const hello = http.post.hello.requestsPerSecond;
  const ratios: BenchRatios = {
    kitOverHello: http.post.kit.requestsPerSecond / hello,
    intakeOverHello: http.post.intake.requestsPerSecond / hello,
    platformOverHello: http.post.platform.requestsPerSecond / hello,
    processesOverHello: kafka.post.requestsPerSecond / kafka.helloInSameRounds.requestsPerSecond,
    pipelineOverRawKafka: kafka.pipeline.intakesPerSecond / kafka.raw.messagesPerSecond,
  };
  const results = { at: new Date().toISOString(), mode: quick ? 'quick' : 'full', node: process.version, seconds: Math.round((Date.now() - started) / 1000), ratios, http, outbox, kafka, kafkaTiming };
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)} (${results.seconds} s).\n`);

  if (args.has('--write-baseline')) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify({ measuredAt: results.at, mode: results.mode, ratios }, null, 2)}\n`);
    process.stdout.write(`Baseline written to ${path.relative(process.cwd(), BASELINE_FILE)}.\n`);
  }
  if (args.has('--gate')) {
    const baseline = z
      .object({ ratios: z.object(Object.fromEntries(Object.keys(RATIO_LABELS).map((key) => [key, z.number().positive().optional()]))) })
      .parse(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')));
    const verdicts = gate(baseline.ratios, ratios);
    process.stdout.write('\nRegression gate (a ratio may fall at most 25 % below infra/bench/baseline.json):\n');
    for (const v of verdicts) {
      process.stdout.write(`  ${v.passed ? 'ok  ' : 'FAIL'} ${RATIO_LABELS[v.ratio].padEnd(48)} ${v.measured.toFixed(3)} (baseline ${v.baseline.toFixed(3)}, floor ${v.floor.toFixed(3)})\n`);
    }
    if (verdicts.some((v) => !v.passed)) {
      process.stderr.write('The benchmark regressed: a ratio fell more than 25 % below its baseline (see above).\n');
      process.exit(1);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
