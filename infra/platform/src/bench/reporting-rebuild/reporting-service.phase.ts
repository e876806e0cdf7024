import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { networkTokenFor, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { percentile } from '../bench-stats';
import { BenchChild } from './bench-child';
import { BENCH_TOPICS } from './bench-events';
import { serviceChildMessageSchema, type Usage } from './bench-ipc';
import { perSecond, type PhaseOptions } from './phase-options';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

const progressSchema = z.object({
  read: z.number(),
  total: z.number(),
  applied: z.number(),
  ignored: z.number(),
  invalid: z.number(),
  eventsPerSecond: z.number().nullable(),
  secondsLeft: z.number().nullable(),
  elapsedSeconds: z.number(),
});
const projectionSchema = z.object({
  generation: z.string(),
  rebuild: z
    .object({ status: z.string(), startedAt: z.string(), switchedAt: z.string().nullable(), finishedAt: z.string().nullable(), failure: z.string().nullable(), progress: progressSchema })
    .nullable(),
});
const indicatorReportSchema = z.object({ indicators: z.record(z.string(), z.object({ total: z.number() })) });

async function call(url: string, token: string, init: RequestInit = {}): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { ...init, headers: { Authorization: `Bearer ${token}` } });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}

/**
 * Phases B and C: the reporting service rebuilds from the log, then answers the year's report
 * (`warmups` times unmeasured, `reports` times measured, once as CSV). With `profileDir`, the
 * service's CPU profile of each phase on its own is written there.
 */
export async function rebuildAndReport({ brokers, plan, profileDir }: PhaseOptions, counts: { warmups: number; reports: number }) {
  const child = new BenchChild(path.join(__dirname, 'reporting-service.child.js'), {
    env: { BENCH_BROKERS: brokers, BENCH_TOPICS: BENCH_TOPICS.join(','), BENCH_EXPECTED: String(plan.events) },
    schema: serviceChildMessageSchema,
  });
  const { url } = await child.next('listening');
  const usage = async (): Promise<Usage> => {
    child.send({ kind: 'usage' });
    return (await child.next('usage')).usage;
  };
  const idle = await usage();
  /** Runs one phase, with the service's CPU profile of it alone when profiling. */
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<{ result: T; profile: string | null }> => {
    if (!profileDir) return { result: await run(), profile: null };
    child.send({ kind: 'profile-start' });
    await child.next('profiling');
    const result = await run();
    child.send({ kind: 'profile-stop', dir: profileDir, name });
    return { result, profile: (await child.next('profiled')).file };
  };
  const operator = await networkTokenFor(TEST_NETWORK, ['operator']);
  const coordinator = await tokenFor(plan.centre, ['coordinator']);

  // B: the operator's rebuild, followed as the operator follows it.
  const samples: Array<{ atMs: number; status: string; read: number; eventsPerSecond: number | null }> = [];
  const t0 = performance.now();
  const rebuilt = await phase('rebuild', async () => {
    const started = await call(`${url}/v1/projection/rebuilds`, operator, { method: 'POST' });
    if (started.status !== 202) throw new Error(`POST /v1/projection/rebuilds answered ${started.status}: ${started.body}`);
    for (;;) {
      await sleep(100);
      const polled = await call(`${url}/v1/projection`, operator);
      const { rebuild } = projectionSchema.parse(JSON.parse(polled.body));
      if (!rebuild) throw new Error('GET /v1/projection shows no rebuild');
      samples.push({ atMs: Math.round(performance.now() - t0), status: rebuild.status, read: rebuild.progress.read, eventsPerSecond: rebuild.progress.eventsPerSecond });
      if (rebuild.status === 'done') return rebuild;
      if (rebuild.status === 'failed' || rebuild.status === 'abandoned') throw new Error(`the rebuild ${rebuild.status}: ${rebuild.failure}`);
    }
  });
  const doneMs = performance.now() - t0;
  const { progress, switchedAt, startedAt, finishedAt } = rebuilt.result;
  if (progress.read !== plan.events || progress.invalid !== 0) throw new Error(`the rebuild read ${progress.read} of ${plan.events}, ${progress.invalid} invalid`);
  const caughtUpMs = new Date(switchedAt ?? startedAt).getTime() - new Date(startedAt).getTime();
  const afterRebuild = await usage();

  // C: the coordinator's year, through the real route.
  const reportUrl = `${url}/v1/reports/indicators?period=${plan.year}`;
  const latencies: number[] = [];
  const reported = await phase('reports', async () => {
    let report = { status: 0, body: '', ms: 0 };
    for (let i = 0; i < counts.warmups + counts.reports; i++) {
      report = await call(reportUrl, coordinator);
      if (report.status !== 200) throw new Error(`GET /v1/reports/indicators answered ${report.status}: ${report.body}`);
      if (i >= counts.warmups) latencies.push(report.ms);
    }
    const csv = await call(`${reportUrl}&format=csv`, coordinator);
    if (csv.status !== 200) throw new Error(`GET /v1/reports/indicators?format=csv answered ${csv.status}`);
    return { report, csv };
  });
  const { report, csv } = reported.result;
  const totals = Object.fromEntries(Object.entries(indicatorReportSchema.parse(JSON.parse(report.body)).indicators).map(([id, entry]) => [id, entry.total]));
  if (totals['people-served'] !== plan.people) throw new Error(`the report counts ${totals['people-served']} people served, not ${plan.people}`);
  const afterReports = await usage();
  child.send({ kind: 'stop' });
  const stopped = await child.next('stopped');
  await child.ended();

  latencies.sort((a, b) => a - b);
  return {
    rebuild: {
      caughtUpMs,
      doneMs,
      eventsPerSecond: perSecond(progress.read, caughtUpMs),
      reported: { ...progress, startedAt, switchedAt, finishedAt },
      peakReportedEventsPerSecond: Math.round(Math.max(0, ...samples.map((s) => s.eventsPerSecond ?? 0))),
      samples,
      usage: { idle, afterRebuild },
    },
    report: {
      url: `/v1/reports/indicators?period=${plan.year}`,
      warmups: counts.warmups,
      measured: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: latencies.at(-1) ?? Number.NaN,
      jsonBytes: Buffer.byteLength(report.body),
      csvMs: csv.ms,
      csvBytes: Buffer.byteLength(csv.body),
      totals,
      usage: { afterReports },
    },
    peakRssKb: stopped.usage.maxRssKb,
    cpu: { userMs: stopped.usage.userCpuMicros / 1000, systemMs: stopped.usage.systemCpuMicros / 1000 },
    profiles: { rebuild: rebuilt.profile, reports: reported.profile },
  };
}
