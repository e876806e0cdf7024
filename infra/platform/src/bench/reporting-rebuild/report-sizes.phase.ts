import path from 'node:path';
import { networkTokenFor, TEST_NETWORK, tokenFor } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { BenchChild } from './bench-child';
import type { BenchLogPlan } from './bench-events';
import { serviceChildMessageSchema } from './bench-ipc';
import { measuredReport, rebuildAndFollow, reportFigures, type ReportRun } from './service-client';

/** As many events per person as the default log (500,000 for 100,000 people). */
export const EVENTS_PER_PERSON = 5;

/** The reports measured at each size: the people-served, and the indicator report for a day, a month and the year. */
export function reportsOf(year: number): Array<{ name: string; path: string }> {
  return [
    { name: 'people-served, year', path: `/v1/reports/people-served?from=${year}-01-01&to=${year}-12-31` },
    { name: 'indicators, day', path: `/v1/reports/indicators?period=${year}-06-15` },
    { name: 'indicators, month', path: `/v1/reports/indicators?period=${year}-06` },
    { name: 'indicators, year', path: `/v1/reports/indicators?period=${year}` },
  ];
}

const peopleServedSchema = z.object({ total: z.number() });

/**
 * Phase D: for each size (people served at the main centre in the year), a reporting service of its
 * own, its projection rebuilt from an in-memory log of that size (as on `npm start`), then each report
 * of reportsOf asked `warmups` times unmeasured and `reports` times measured, each with what it does to
 * the rest of the process (measuredReport: the longest event-loop block, the longest wait of a request
 * sent beside it).
 */
export async function reportsAtSizes(base: Omit<BenchLogPlan, 'events' | 'people' | 'otherPeople'>, sizes: readonly number[], counts: { warmups: number; reports: number }) {
  const results = [];
  for (const people of sizes) {
    const plan: BenchLogPlan = { ...base, people, events: people * EVENTS_PER_PERSON, otherPeople: Math.min(3000, Math.ceil(people / 30)) };
    process.stderr.write(`reporting bench: D, reports at ${people} people (${plan.events} events)...\n`);
    const child = new BenchChild(path.join(__dirname, 'reporting-service.child.js'), { env: { BENCH_MEMORY_PLAN: JSON.stringify(plan) }, schema: serviceChildMessageSchema });
    const { url } = await child.next('listening');
    // The rebuild is background work too: how long it held the loop up at most, and how long the operator's polls waited.
    child.send({ kind: 'loop-reset' });
    await child.next('loop-reset');
    const { rebuild, samples } = await rebuildAndFollow(url, await networkTokenFor(TEST_NETWORK, ['operator']), 0);
    child.send({ kind: 'loop-read' });
    const rebuildBlockMs = (await child.next('loop')).maxBlockMs;
    if (rebuild.progress.read !== plan.events || rebuild.progress.invalid !== 0) throw new Error(`the rebuild read ${rebuild.progress.read} of ${plan.events}, ${rebuild.progress.invalid} invalid`);
    const coordinator = await tokenFor(plan.centre, ['coordinator']);
    const reports = [];
    for (const report of reportsOf(plan.year)) {
      const runs: ReportRun[] = [];
      for (let i = 0; i < counts.warmups + counts.reports; i++) {
        const run = await measuredReport(child, url, report.path, coordinator);
        if (run.status !== 200) throw new Error(`GET ${report.path} answered ${run.status}: ${run.body}`);
        if (i >= counts.warmups) runs.push(run);
      }
      const last = runs.at(-1);
      if (report.name.startsWith('people-served') && last && peopleServedSchema.parse(JSON.parse(last.body)).total !== people) {
        throw new Error(`people-served counts ${last.body.slice(0, 80)}..., not ${people}`);
      }
      reports.push({ ...report, ...reportFigures(runs) });
    }
    child.send({ kind: 'stop' });
    await child.next('stopped');
    await child.ended();
    const rebuildSeconds = rebuild.progress.elapsedSeconds;
    results.push({ people, events: plan.events, rebuild: { seconds: rebuildSeconds, maxBlockMs: rebuildBlockMs, maxPollMs: Math.max(0, ...samples.map((sample) => sample.pollMs)) }, reports });
  }
  return results;
}
