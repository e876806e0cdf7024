import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { networkTokenFor, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { BenchChild } from './bench-child';
import { BENCH_TOPICS } from './bench-events';
import { serviceChildMessageSchema, type Usage } from './bench-ipc';
import { perSecond, type PhaseOptions } from './phase-options';
import { call, measuredReport, rebuildAndFollow, reportFigures, type ReportRun } from './service-client';

const indicatorReportSchema = z.object({ indicators: z.record(z.string(), z.object({ total: z.number() })) });

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
  const t0 = performance.now();
  const rebuilt = await phase('rebuild', () => rebuildAndFollow(url, operator, t0));
  const doneMs = performance.now() - t0;
  const { progress, switchedAt, startedAt, finishedAt } = rebuilt.result.rebuild;
  const { samples } = rebuilt.result;
  if (progress.read !== plan.events || progress.invalid !== 0) throw new Error(`the rebuild read ${progress.read} of ${plan.events}, ${progress.invalid} invalid`);
  const caughtUpMs = new Date(switchedAt ?? startedAt).getTime() - new Date(startedAt).getTime();
  const afterRebuild = await usage();

  // C: the coordinator's year, through the real route, with what it does to the rest of the process.
  const reportPath = `/v1/reports/indicators?period=${plan.year}`;
  const runs: ReportRun[] = [];
  const reported = await phase('reports', async () => {
    let report: ReportRun | null = null;
    for (let i = 0; i < counts.warmups + counts.reports; i++) {
      report = await measuredReport(child, url, reportPath, coordinator);
      if (report.status !== 200) throw new Error(`GET /v1/reports/indicators answered ${report.status}: ${report.body}`);
      if (i >= counts.warmups) runs.push(report);
    }
    const csv = await call(`${url}${reportPath}&format=csv`, coordinator);
    if (csv.status !== 200) throw new Error(`GET /v1/reports/indicators?format=csv answered ${csv.status}`);
    return { report, csv };
  });
  const { report, csv } = reported.result;
  if (!report) throw new Error('no report was asked for');
  const totals = Object.fromEntries(Object.entries(indicatorReportSchema.parse(JSON.parse(report.body)).indicators).map(([id, entry]) => [id, entry.total]));
  if (totals['people-served'] !== plan.people) throw new Error(`the report counts ${totals['people-served']} people served, not ${plan.people}`);
  const afterReports = await usage();
  child.send({ kind: 'stop' });
  const stopped = await child.next('stopped');
  await child.ended();

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
      url: reportPath,
      warmups: counts.warmups,
      ...reportFigures(runs),
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
