import autocannon from 'autocannon';
import type { RequestSpec } from '../targets/target-protocol';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Requests per second from all connections; as fast as answers come without it. */
  overallRate?: number;
  /** Exactly this many requests, however long they take (durationSeconds is then ignored). */
  amount?: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  requests: number;
}

/**
 * Sends one kind of request with autocannon (bodies taken in turn) and returns what it measured.
 * A request answered with anything but 2xx fails the run: a benchmark counting refusals measures
 * nothing.
 */
export async function runLoad(spec: RequestSpec, options: LoadOptions): Promise<LoadFigures> {
  const url = new URL(spec.url);
  const bodies = spec.bodies ?? [];
  let next = 0;
  const result = await autocannon({
    url: url.origin,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.durationSeconds } : { amount: options.amount }),
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    requests: [
      {
        method: spec.method,
        path: `${url.pathname}${url.search}`,
        headers: spec.headers,
        setupRequest: (request) => {
          if (bodies.length === 0) return request;
          next = (next + 1) % bodies.length;
          return { ...request, body: bodies[next] ?? '' };
        },
      },
    ],
  });
  const answered = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${spec.method} ${url.pathname}: ${result.non2xx} answers were not 2xx (${JSON.stringify(result.statusCodeStats ?? {})}), ${result.errors} connection errors`);
  }
  return {
    requestsPerSecond: answered / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: answered,
  };
}

/** The middle value (of an odd count; the lower middle of an even one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** Each figure's median over rounds (requests: their sum). */
export function medianFigures(rounds: readonly LoadFigures[]): LoadFigures {
  const of = (pick: (f: LoadFigures) => number) => median(rounds.map(pick));
  return {
    requestsPerSecond: of((f) => f.requestsPerSecond),
    latencyP50Ms: of((f) => f.latencyP50Ms),
    latencyP99Ms: of((f) => f.latencyP99Ms),
    latencyMaxMs: of((f) => f.latencyMaxMs),
    requests: rounds.reduce((sum, f) => sum + f.requests, 0),
  };
}
