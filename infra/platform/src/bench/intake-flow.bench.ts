#!/usr/bin/env node
/**
 * Benchmark: the one-process platform (in-memory bus and stores) on loopback. Posts BENCH_INTAKES
 * intakes with BENCH_CONCURRENCY requests in flight, then waits until the report counts them all.
 * Prints POST latency percentiles, throughput, and the lag from the last 201 to a complete report.
 * Bounded: a fixed number of requests, a 120 s deadline, loopback only.
 */
import { performance } from 'node:perf_hooks';
import { applyCentreFile } from '@corredor/centre-cli';
import { signDevToken } from '@corredor/service-kit';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { percentile } from './bench-stats';
import { DEMO_CENTRE_FILES } from '../demo-centres';
import { demoIntake } from '../demo-intake';
import { startPlatform } from '../platform';

const total = Number(process.env['BENCH_INTAKES'] ?? 2000);
const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const deadline = Date.now() + 120_000;

async function main(): Promise<void> {
  const platform = await startPlatform({ host: '127.0.0.1', portBase: 0, logLevel: 'silent' });
  const url = (name: string) => platform.services.find((s) => s.name === name)?.url ?? '';
  // Staff of a centre nobody applied are refused: bring Tijuana up first, as an operator would.
  const [tijuana = ''] = DEMO_CENTRE_FILES;
  await applyCentreFile({ file: tijuana, centreUrl: url('centre'), serviceUrls: Object.fromEntries(platform.services.map((s) => [s.name, s.url])) });
  const token = await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['promoter'] });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  // Promoters take the intakes; the centre's reports are read by its coordinators (and lawyers) unless it opens them to all staff.
  const coordinator = { Authorization: `Bearer ${await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles: ['coordinator'] })}` };
  // The full interview of the example: a trafficking indicator, so each intake also raises a flag and alerts coordinators.
  const body = JSON.stringify(demoIntake({ alias: 'Bench' }));

  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && Date.now() < deadline) {
      next += 1;
      const t0 = performance.now();
      const res = await fetch(`${url('intake')}/v1/intakes`, { method: 'POST', headers, body });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const posted = performance.now();

  for (;;) {
    const res = await fetch(`${url('reporting')}/v1/reports/people-served`, { headers: coordinator });
    if (res.status !== 200) throw new Error(`GET /v1/reports/people-served answered ${res.status}`);
    const report = (await res.json()) as { total: number };
    if (report.total >= latencies.length) break;
    if (Date.now() > deadline) throw new Error(`report reached ${report.total} of ${latencies.length} before the deadline`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const reported = performance.now();
  await platform.stop();

  latencies.sort((a, b) => a - b);
  const seconds = (posted - started) / 1000;
  process.stdout.write(
    [
      `intakes: ${latencies.length}, concurrency: ${concurrency}`,
      `POST /v1/intakes latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${(latencies.at(-1) ?? 0).toFixed(1)}`,
      `throughput: ${(latencies.length / seconds).toFixed(0)} intakes/s`,
      `last 201 to report complete: ${(reported - posted).toFixed(0)} ms`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
