/**
 * The service kit's stack (helmet, request ids, access log, bearer token, centre check, rate limit,
 * body validation, problem+json) around a route that does nothing: what every service pays before
 * its own work.
 */
import { ROLES } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, startService, type ServiceDefinition } from '@corredor/service-kit';
import { tokenFor } from '@corredor/service-kit/testing';
import { z } from 'zod';
import { benchServiceDeps } from './bench-settings';
import { serveTarget } from './serve-target';
import { BODY_VARIANTS } from './target-protocol';

const trivialService: ServiceDefinition = {
  name: 'trivial',
  errorPrefix: 'TRIVIAL',
  defaultPort: 0,
  create: () => {
    const api = new ApiRoutes({ 'POST /greetings': ROLES });
    api.post(
      '/greetings',
      { summary: 'Greets', tag: 'Bench', body: z.object({ name: z.string().min(1).max(80) }), responses: { 201: { description: 'Greeted' } } },
      (_req, res) => {
        res.status(201).json({ hello: 'world' });
      },
    );
    return { api, subscriptions: [], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
  },
};

serveTarget(async () => {
  const service = await startService(trivialService, benchServiceDeps('trivial'));
  const token = await tokenFor('tijuana', ['promoter']);
  const bodies = Array.from({ length: BODY_VARIANTS }, (_, i) => JSON.stringify({ name: `caller ${i}` }));
  return {
    requests: {
      post: { method: 'POST', url: `${service.url}/v1/greetings`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, bodies },
    },
    stop: () => service.stop(),
  };
});
