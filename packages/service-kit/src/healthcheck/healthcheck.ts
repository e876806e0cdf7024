/**
 * The container health check (Dockerfile HEALTHCHECK, compose healthcheck): asks the service on this
 * host for /readyz. Ready and degraded (broker down, the outbox holds events) answer 200 and count
 * as healthy; unready or draining (503), no answer, or no answer in time count as unhealthy.
 * Its own entry point, so a check every few seconds does not load express, mongoose or kafkajs.
 */
export async function probeReadiness(port: number, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** Exits 0 when the service on `port` is ready (or degraded), 1 otherwise. */
export function runHealthcheck(port: number): void {
  void probeReadiness(port).then((healthy) => {
    process.exitCode = healthy ? 0 : 1;
  });
}
