import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { percentile } from '../bench-stats';
import type { BenchChild } from './bench-child';
import type { ServiceChildMessage } from './bench-ipc';

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
export type RebuildState = NonNullable<z.infer<typeof projectionSchema>['rebuild']>;

export async function call(url: string, token: string, init: RequestInit = {}): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { ...init, headers: { Authorization: `Bearer ${token}` } });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}

/**
 * An operator's rebuild, followed as the operator follows it (GET /v1/projection every 100 ms):
 * resolves with its last state once done, and every state seen on the way.
 */
export async function rebuildAndFollow(url: string, operator: string, t0: number) {
  const samples: Array<{ atMs: number; status: string; read: number; eventsPerSecond: number | null; pollMs: number }> = [];
  const started = await call(`${url}/v1/projection/rebuilds`, operator, { method: 'POST' });
  if (started.status !== 202) throw new Error(`POST /v1/projection/rebuilds answered ${started.status}: ${started.body}`);
  for (;;) {
    await sleep(100);
    const polled = await call(`${url}/v1/projection`, operator);
    const { rebuild } = projectionSchema.parse(JSON.parse(polled.body));
    if (!rebuild) throw new Error('GET /v1/projection shows no rebuild');
    samples.push({ atMs: Math.round(performance.now() - t0), status: rebuild.status, read: rebuild.progress.read, eventsPerSecond: rebuild.progress.eventsPerSecond, pollMs: polled.ms });
    if (rebuild.status === 'done') return { rebuild, samples };
    if (rebuild.status === 'failed' || rebuild.status === 'abandoned') throw new Error(`the rebuild ${rebuild.status}: ${rebuild.failure}`);
  }
}

/** One report request as measured: how long it took, how long the service's event loop was held up at most meanwhile, and how long a request sent beside it waited at most. */
export interface ReportRun {
  status: number;
  body: string;
  ms: number;
  maxBlockMs: number;
  maxOtherWaitMs: number;
}

/**
 * One report request, with what it does to the rest of the process: the child's longest event-loop
 * delay while it ran (reset just before), and, sent one after another for as long as it runs, GET
 * /healthz requests (what any other request of the process would meet), of which the longest wait.
 */
export async function measuredReport(child: BenchChild<ServiceChildMessage>, service: string, path: string, token: string): Promise<ReportRun> {
  child.send({ kind: 'loop-reset' });
  await child.next('loop-reset');
  let running = true;
  const waits: number[] = [];
  const others = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${service}/healthz`);
      await res.text();
      waits.push(performance.now() - t0);
    }
  })();
  const report = await call(`${service}${path}`, token);
  running = false;
  await others;
  child.send({ kind: 'loop-read' });
  const { maxBlockMs } = await child.next('loop');
  return { ...report, maxBlockMs, maxOtherWaitMs: Math.max(0, ...waits) };
}

/** Report requests' figures: time p50/p95/max, and the longest event-loop block and wait of another request over them all. */
export function reportFigures(runs: readonly ReportRun[]) {
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  return {
    measured: runs.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times.at(-1) ?? Number.NaN,
    maxBlockMs: Math.max(0, ...runs.map((run) => run.maxBlockMs)),
    maxOtherWaitMs: Math.max(0, ...runs.map((run) => run.maxOtherWaitMs)),
  };
}
