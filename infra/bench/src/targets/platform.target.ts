/**
 * The whole platform as `npm start` runs it: six services in one process over the in-memory bus,
 * Tijuana applied as an operator would. Besides the intake POST, it offers the reads staff make
 * while intakes come in, so each route's latency under that load can be measured.
 */
import { applyCentreFile } from '@corredor/centre-cli';
import { DEMO_CENTRE_FILES, startPlatform } from '@corredor/platform';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { signDevToken } from '@corredor/service-kit';
import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_RATE_LIMITS } from './bench-settings';
import { intakeBodies } from './intake-bodies';
import { serveTarget } from './serve-target';
import type { RequestSpec } from './target-protocol';

serveTarget(async () => {
  const platform = await startPlatform({ host: '127.0.0.1', portBase: 0, logLevel: 'warn', rateLimits: BENCH_RATE_LIMITS });
  const [tijuana = ''] = DEMO_CENTRE_FILES;
  await applyCentreFile({ file: tijuana, centreUrl: platform.url('centre'), serviceUrls: Object.fromEntries(platform.services.map((s) => [s.name, s.url])) });
  const bearer = async (roles: ['promoter'] | ['coordinator']) => `Bearer ${await signDevToken({ ...TEST_AUTH, centre: 'tijuana', roles, userId: `bench-${roles[0]}` })}`;
  const promoter = await bearer(['promoter']);
  const coordinator = await bearer(['coordinator']);
  const read = (service: Parameters<typeof platform.url>[0], path: string): RequestSpec => ({
    method: 'GET',
    url: `${platform.url(service)}${path}`,
    headers: { authorization: coordinator },
  });
  const month = new Date().toISOString().slice(0, 7);
  return {
    requests: {
      post: { method: 'POST', url: `${platform.url('intake')}/v1/intakes`, headers: { authorization: promoter, 'content-type': 'application/json' }, bodies: intakeBodies() },
      'GET /v1/cases': read('case', '/v1/cases?priority=high&limit=20'),
      'GET /v1/tasks': read('case', '/v1/tasks'),
      'GET /v1/notifications': read('notification', '/v1/notifications'),
      'GET /v1/partners': read('referral', '/v1/partners'),
      'GET /v1/reports/indicators': read('reporting', `/v1/reports/indicators?period=${month}`),
      'GET /v1/reports/people-served': read('reporting', '/v1/reports/people-served'),
      'GET /v1/staff': read('centre', '/v1/staff'),
      // The returning-person search an interview makes before creating a person: one of those posted, by name and year.
      'POST /v1/people/matches': {
        method: 'POST',
        url: `${platform.url('intake')}/v1/people/matches`,
        headers: { authorization: coordinator, 'content-type': 'application/json' },
        bodies: intakeBodies().map((body) => {
          const { person } = JSON.parse(body) as { person: { name: string; yearOfBirth: number } };
          return JSON.stringify({ name: person.name, yearOfBirth: person.yearOfBirth });
        }),
      },
      'GET /healthz': { method: 'GET', url: `${platform.url('case')}/healthz`, headers: {} },
    },
    settle: async () => {
      // Caught up when two looks, a relay poll apart, find nothing new published and nothing left to consume.
      for (let seen = -1; seen !== platform.bus.published(); ) {
        seen = platform.bus.published();
        await platform.bus.drain();
        await sleep(500);
      }
    },
    busMessagesHeld: () => platform.bus.held(),
    stop: () => platform.stop(),
  };
});
