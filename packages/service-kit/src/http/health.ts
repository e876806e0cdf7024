import { Router } from 'express';

export interface ReadinessCheck {
  name: string;
  /** A critical check that fails makes the service unready (503); others only mark it degraded. */
  critical: boolean;
  check(): Promise<boolean>;
}

export interface HealthState {
  draining: boolean;
}

/**
 * /healthz: the process is alive. /readyz: it can serve. The broker is not critical for services
 * whose HTTP API works without it (the outbox keeps events), so a broker outage reads "degraded".
 */
export function healthRouter(checks: ReadinessCheck[], state: HealthState): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async (c) => ({ name: c.name, critical: c.critical, ok: await c.check().catch(() => false) })),
    );
    const failedCritical = state.draining || results.some((r) => r.critical && !r.ok);
    const status = failedCritical ? 'unready' : results.every((r) => r.ok) ? 'ready' : 'degraded';
    res.status(failedCritical ? 503 : 200).json({
      status,
      draining: state.draining,
      checks: Object.fromEntries(results.map((r) => [r.name, r.ok ? 'up' : 'down'])),
    });
  });
  return router;
}
