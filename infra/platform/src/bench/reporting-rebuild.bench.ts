#!/usr/bin/env node
/**
 * Benchmark: reporting's projection rebuilt from the event log, and a year's indicator report on it.
 *
 * On librdkafka's mock cluster (loopback, the platform's topics and partition counts) it publishes
 * BENCH_EVENTS schema-valid events as the services' outboxes would (BENCH_PEOPLE people served at
 * one centre in a year, a few thousand events at a second one), then, each in a process of its own
 * so its peak memory is its own:
 *   A. a plain kafkajs consumer reads them all, parsing each value as JSON and nothing else (the baseline);
 *   B. the reporting service (its real composition, in-memory stores) rebuilds its projection from the
 *      log, started by an operator's POST /v1/projection/rebuilds and followed on GET /v1/projection;
 *   C. a coordinator asks that service for the centre's year (GET /v1/reports/indicators?period=<year>),
 *      BENCH_WARMUPS times unmeasured, then BENCH_REPORTS times measured, then once as CSV;
 *   D. at each size of BENCH_SIZES (people served at the centre in the year, 5 events each), a service
 *      rebuilt from an in-memory log of that size (no broker, as on `npm start`) answers people-served
 *      for the year and the indicator report for a day, a month and the year, each BENCH_SIZE_REPORTS
 *      times measured.
 * Every report measured (C and D) also says what it does to the rest of the process, which on `npm
 * start` is every service: the longest its event loop was held up meanwhile (monitorEventLoopDelay in
 * the service's process), and the longest a request sent beside it (GET /healthz, one after another for
 * as long as the report runs) waited.
 * Prints events per second and peak memory of A and B side by side, the reports' p50/p95/max and
 * longest blocks, and writes every figure to bench-results/reporting-rebuild.json. BENCH_PHASES=sizes
 * runs D alone (no broker), BENCH_PHASES=rebuild A to C alone. BENCH_CPU_PROF=1 also profiles the
 * raw consumer, the rebuild and the reports, each on its own, and prints where each spent its time
 * (the figures are then somewhat slower).
 * Bounded: a fixed number of events and requests, a deadline (BENCH_DEADLINE_S), loopback only, and
 * the cluster is torn down at the end. BENCH_KAFKA=host:port runs it on a broker already running
 * instead (a real Kafka: the platform's topics created, and empty), which it leaves as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOPIC_PARTITIONS, TOPICS, type TopicName } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { z } from 'zod';
import { mib, ms } from './bench-stats';
import { killChildren } from './reporting-rebuild/bench-child';
import { BENCH_TOPICS, type BenchLogPlan } from './reporting-rebuild/bench-events';
import { topSelfTime, type ProfileSummary } from './reporting-rebuild/cpu-profile-summary';
import { produceLog } from './reporting-rebuild/produce-log';
import { rawConsume } from './reporting-rebuild/raw-consumer.phase';
import { reportsAtSizes } from './reporting-rebuild/report-sizes.phase';
import { rebuildAndReport } from './reporting-rebuild/reporting-service.phase';

const settings = z
  .object({
    BENCH_EVENTS: z.coerce.number().int().positive().default(500_000),
    BENCH_PEOPLE: z.coerce.number().int().positive().default(100_000),
    BENCH_WARMUPS: z.coerce.number().int().nonnegative().default(3),
    BENCH_REPORTS: z.coerce.number().int().positive().default(30),
    /**
     * Messages per produce request. The mock cluster answers a fetch with one produced message set
     * per partition, so this also sets how much a fetch brings: 5000 makes about 1 MB per partition
     * of the case topic, what a real broker hands kafkajs per fetch (maxBytesPerPartition).
     */
    BENCH_BATCH: z.coerce.number().int().positive().default(5000),
    /** Partitions of the case topic on the mock cluster (it keeps 5 MiB per partition). */
    BENCH_CASE_PARTITIONS: z.coerce.number().int().min(1).max(512).default(96),
    BENCH_DEADLINE_S: z.coerce.number().positive().default(1200),
    BENCH_CPU_PROF: z.enum(['0', '1']).default('0'),
    BENCH_RESULTS_DIR: z.string().default('bench-results'),
    /** A broker already running (bootstrap servers); without it the benchmark starts the mock cluster. */
    BENCH_KAFKA: z.string().min(1).optional(),
    BENCH_PHASES: z.enum(['all', 'rebuild', 'sizes']).default('all'),
    /** Phase D's sizes: people served at the centre in the year, comma-separated. */
    BENCH_SIZES: z
      .string()
      .default('3000,22600,100000')
      .transform((sizes) => sizes.split(',').map((size) => Number(size.trim())))
      .pipe(z.array(z.number().int().positive()).min(1)),
    BENCH_SIZE_WARMUPS: z.coerce.number().int().nonnegative().default(2),
    BENCH_SIZE_REPORTS: z.coerce.number().int().positive().default(10),
  })
  .parse(process.env);

const YEAR = 2026;
const plan: BenchLogPlan = {
  events: settings.BENCH_EVENTS,
  people: settings.BENCH_PEOPLE,
  centre: 'tijuana',
  otherCentre: 'tapachula',
  otherPeople: Math.min(3000, Math.ceil(settings.BENCH_PEOPLE / 30)),
  year: YEAR,
};
const profiling = settings.BENCH_CPU_PROF === '1';
const profileDir = path.resolve(settings.BENCH_RESULTS_DIR, 'cpu-profiles');

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')).join('\n');
}

function profileLines(title: string, profile: ProfileSummary): string[] {
  return [
    `${title}: ${ms(profile.busyMs)} busy, ${ms(profile.idleMs)} idle; top ${profile.top.length} functions by self time (share of busy time)`,
    ...profile.top.map((entry) => `  ${entry.ms.toFixed(0).padStart(7)} ms  ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.name}`),
    '',
  ];
}

/** Phases A to C: the rebuild beside the raw consumer, then the year's report; their lines and figures. */
async function rebuildPhases(brokers: string, partitions: Record<string, number>) {
  process.stderr.write(`reporting bench: producing ${plan.events} events (${plan.people} people at ${plan.centre}, ${plan.otherPeople} at ${plan.otherCentre})...\n`);
  const produced = await produceLog(brokers.split(','), plan, settings.BENCH_BATCH);
  process.stderr.write(`reporting bench: A, the plain kafkajs consumer...\n`);
  const phases = { brokers, plan, profileDir: profiling ? profileDir : null };
  const raw = await rawConsume(phases);
  process.stderr.write(`reporting bench: B and C, the reporting service's rebuild and report...\n`);
  const service = await rebuildAndReport(phases, { warmups: settings.BENCH_WARMUPS, reports: settings.BENCH_REPORTS });

  const rows = [
    ['', 'A. raw kafkajs consumer', 'B. reporting rebuild'],
    ['events read', String(raw.read), String(service.rebuild.reported.read)],
    ['until all read (caught up)', ms(raw.lastMessageMs), ms(service.rebuild.caughtUpMs)],
    ['events/s', String(raw.eventsPerSecond), String(service.rebuild.eventsPerSecond)],
    ['events/s after the first message', String(raw.eventsPerSecondAfterFirst), '-'],
    ['first message after', ms(raw.firstMessageMs), '-'],
    ['events/s the rebuild reported (peak)', '-', String(service.rebuild.peakReportedEventsPerSecond)],
    ['peak RSS (maxRSS)', mib(raw.usage.maxRssKb), `${mib(service.rebuild.usage.afterRebuild.maxRssKb)} (${mib(service.peakRssKb)} after the reports)`],
    ['CPU user + system', ms((raw.usage.userCpuMicros + raw.usage.systemCpuMicros) / 1000), ms(service.cpu.userMs + service.cpu.systemMs)],
  ];
  const lines = [
    `log: ${produced.events} events, ~${produced.averageBytes} bytes each, on ${Object.entries(partitions)
      .map(([topic, count]) => `${topic} (${count})`)
      .join(', ')}`,
    `produce (not a headline): ${ms(produced.totalMs)} in all, ${ms(produced.generateMs)} making the events, ${ms(produced.sendMs)} sending, ${settings.BENCH_BATCH} per request (${produced.eventsPerSecond} events/s)`,
    '',
    table(rows),
    '',
    `rebuild: applied ${service.rebuild.reported.applied}, ignored ${service.rebuild.reported.ignored}, invalid ${service.rebuild.reported.invalid}; done ${ms(service.rebuild.doneMs)} after the POST; its own elapsedSeconds ${service.rebuild.reported.elapsedSeconds.toFixed(1)} s`,
    `report GET ${service.report.url} (${plan.centre}, ${service.report.measured} measured after ${service.report.warmups} warm-ups): p50 ${ms(service.report.p50Ms)}, p95 ${ms(service.report.p95Ms)}, max ${ms(service.report.maxMs)}; ${service.report.jsonBytes} bytes`,
    `  meanwhile: longest event-loop block ${ms(service.report.maxBlockMs)}, longest wait of a request beside it ${ms(service.report.maxOtherWaitMs)}`,
    `report as CSV once: ${ms(service.report.csvMs)}, ${service.report.csvBytes} bytes`,
    `report totals: ${Object.entries(service.report.totals)
      .map(([id, total]) => `${id} ${total}`)
      .join(', ')}`,
    '',
  ];
  const profiles = {
    raw: raw.profile ? topSelfTime(raw.profile, 10) : null,
    rebuild: service.profiles.rebuild ? topSelfTime(service.profiles.rebuild, 10) : null,
    reports: service.profiles.reports ? topSelfTime(service.profiles.reports, 10) : null,
  };
  if (profiles.raw) lines.push(...profileLines(`A. the raw consumer's process (${raw.profile})`, profiles.raw));
  if (profiles.rebuild) lines.push(...profileLines(`B. the reporting service during the rebuild (${service.profiles.rebuild})`, profiles.rebuild));
  if (profiles.reports) lines.push(...profileLines(`C. the reporting service during the reports (${service.profiles.reports})`, profiles.reports));
  const figures = {
    produceBatch: settings.BENCH_BATCH,
    plan,
    partitions,
    produce: produced,
    rawConsumer: raw,
    rebuild: { ...service.rebuild, peakRssKb: service.rebuild.usage.afterRebuild.maxRssKb },
    report: service.report,
    reportingService: { peakRssKb: service.peakRssKb, cpu: service.cpu },
    profiles,
  };
  return { lines, figures };
}

/** Phase D: the reports at each size; its lines and figures. */
async function sizesPhase() {
  const sizes = await reportsAtSizes({ centre: plan.centre, otherCentre: plan.otherCentre, year: plan.year }, settings.BENCH_SIZES, {
    warmups: settings.BENCH_SIZE_WARMUPS,
    reports: settings.BENCH_SIZE_REPORTS,
  });
  const rows = [['people', 'report', 'p50', 'p95', 'max', 'longest loop block', 'longest other wait']];
  for (const size of sizes) {
    for (const report of size.reports) rows.push([String(size.people), report.name, ms(report.p50Ms), ms(report.p95Ms), ms(report.maxMs), ms(report.maxBlockMs), ms(report.maxOtherWaitMs)]);
  }
  const rebuilds = [['people', 'events', 'rebuild', 'longest loop block', 'slowest poll']];
  for (const size of sizes) rebuilds.push([String(size.people), String(size.events), `${size.rebuild.seconds.toFixed(1)} s`, ms(size.rebuild.maxBlockMs), ms(size.rebuild.maxPollMs)]);
  const lines = [
    `D. reports at ${plan.centre} by size (in-memory projection rebuilt from an in-memory log, ${settings.BENCH_SIZE_REPORTS} measured after ${settings.BENCH_SIZE_WARMUPS} warm-ups each;`,
    '   longest loop block: monitorEventLoopDelay max in the service while the report ran; other wait: the slowest GET /healthz sent beside it)',
    table(rows),
    '',
    "   each size's rebuild from the in-memory log, before the reports (slowest poll: the operator's GET /v1/projection meanwhile)",
    table(rebuilds),
    '',
  ];
  return { lines, figures: sizes };
}

async function main(): Promise<void> {
  let kafka: MockKafka | null = null;
  const deadline = setTimeout(() => {
    process.stderr.write(`reporting bench: deadline of ${settings.BENCH_DEADLINE_S} s passed\n`);
    killChildren();
    void (kafka?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  }, settings.BENCH_DEADLINE_S * 1000);
  try {
    if (profiling) mkdirSync(profileDir, { recursive: true });
    const lines = [
      '',
      `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})${settings.BENCH_PHASES === 'sizes' ? '' : settings.BENCH_KAFKA ? `, the broker at ${settings.BENCH_KAFKA}` : ', librdkafka mock cluster on loopback'}${profiling ? ', PROFILED (slower)' : ''}`,
    ];
    let rebuild: Awaited<ReturnType<typeof rebuildPhases>>['figures'] | null = null;
    if (settings.BENCH_PHASES !== 'sizes') {
      // Every topic of the platform, with the case topic spread over more partitions than the
      // platform's: librdkafka's mock keeps 5 MiB per partition and silently drops older messages
      // (rd_kafka_mock_partition_init; no API raises it), and 500,000 events are about 300 MB. Both
      // the raw consumer and the rebuild read the same partitions.
      const topics: Record<string, number> = { ...TOPIC_PARTITIONS, [TOPICS.caseEvents]: settings.BENCH_CASE_PARTITIONS };
      kafka = settings.BENCH_KAFKA ? null : await startMockKafka({ brokers: 1, topics });
      const brokers = settings.BENCH_KAFKA ?? kafka?.bootstrapServers ?? '';
      const partitions = Object.fromEntries(BENCH_TOPICS.map((topic) => [topic, settings.BENCH_KAFKA ? TOPIC_PARTITIONS[topic as TopicName] : (topics[topic] ?? 1)]));
      const phases = await rebuildPhases(brokers, partitions);
      lines.push(...phases.lines);
      rebuild = phases.figures;
      await kafka?.stop();
      kafka = null;
    }
    let sizes: Awaited<ReturnType<typeof sizesPhase>>['figures'] | null = null;
    if (settings.BENCH_PHASES !== 'rebuild') {
      const phase = await sizesPhase();
      lines.push(...phase.lines);
      sizes = phase.figures;
    }
    process.stdout.write(lines.join('\n'));

    const results = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      profiled: profiling,
      broker: settings.BENCH_KAFKA ?? 'librdkafka mock cluster',
      ...rebuild,
      sizes,
    };
    mkdirSync(settings.BENCH_RESULTS_DIR, { recursive: true });
    const file = path.join(settings.BENCH_RESULTS_DIR, 'reporting-rebuild.json');
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`figures written to ${file}\n`);
  } finally {
    clearTimeout(deadline);
    killChildren();
    await kafka?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reporting bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
