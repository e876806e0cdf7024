/**
 * The intake service alone, with its outbox relay publishing to an in-memory bus nobody reads: one
 * service's own cost, without the pipeline behind it.
 */
import { intakeService } from '@corredor/intake-service';
import { InMemoryBus } from '@corredor/messaging';
import { createLogger, createTokenVerifier, startService } from '@corredor/service-kit';
import { developmentKeyWrapper, TEST_AUTH, TestCentreKeys, testCentreDirectory, tokenFor } from '@corredor/service-kit/testing';
import { BENCH_RATE_LIMITS } from './bench-settings';
import { intakeBodies } from './intake-bodies';
import { serveTarget } from './serve-target';

serveTarget(async () => {
  const service = await startService(intakeService, {
    port: 0,
    host: '127.0.0.1',
    bus: new InMemoryBus(),
    logger: createLogger('corredor-intake', 'warn'),
    verifyToken: createTokenVerifier(TEST_AUTH),
    mongo: null,
    clock: () => new Date(),
    centres: testCentreDirectory(),
    keyWrapper: developmentKeyWrapper(),
    keys: new TestCentreKeys(),
    rateLimits: BENCH_RATE_LIMITS,
    outboxPollIntervalMs: 200,
  });
  const token = await tokenFor('tijuana', ['promoter']);
  return {
    requests: {
      post: { method: 'POST', url: `${service.url}/v1/intakes`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, bodies: intakeBodies() },
    },
    stop: () => service.stop(),
  };
});
