/**
 * The intake service alone, with its outbox relay publishing to an in-memory bus nobody reads: one
 * service's own cost, without the pipeline behind it.
 */
import { intakeService } from '@corredor/intake-service';
import { startService } from '@corredor/service-kit';
import { tokenFor } from '@corredor/service-kit/testing';
import { benchServiceDeps } from './bench-settings';
import { intakeBodies } from './intake-bodies';
import { serveTarget } from './serve-target';

serveTarget(async () => {
  const service = await startService(intakeService, { ...benchServiceDeps('intake'), outboxPollIntervalMs: 200 });
  const token = await tokenFor('tijuana', ['promoter']);
  return {
    requests: {
      post: { method: 'POST', url: `${service.url}/v1/intakes`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, bodies: intakeBodies() },
    },
    stop: () => service.stop(),
  };
});
