import {
  CENTRE_STAFF_ROLES,
  centreArchivedV1,
  centreProvisionedV1,
  centreSuspendedV1,
  centreUpdatedV1,
  caseOpenedV1,
  createEvent,
  ROLES,
  type CentreSnapshot,
  type Role,
  type EventDefinition,
} from '@corredor/contracts';
import { subscription } from '@corredor/messaging';
import { MemoryProcessedEvents } from '@corredor/persistence';
import request from 'supertest';
import { ApiRoutes } from '../api/api-routes';
import { principalOf } from '../auth/principal';
import { buildServiceApp, type AppDeps } from '../runtime/build-service-app';
import type { ServiceDefinition } from '../runtime/service-module';
import { changeTestCentre, TEST_CENTRES } from '../testing/test-centres';
import { deliverEvents, networkTokenFor, testAppDeps, tokenFor } from '../testing/test-harness';
import { CentreDirectory } from './centre-directory';

/** A service with a staff route, an open route, and a subscriber that looks up the centre's languages. */
function thingsService(seen: Array<readonly string[]>): ServiceDefinition {
  return {
    name: 'things',
    errorPrefix: 'THINGS',
    defaultPort: 0,
    create: ({ centres }) => {
      const api = new ApiRoutes({ 'GET /things': CENTRE_STAFF_ROLES, 'GET /mine': ROLES });
      const spec = (roles: readonly Role[]) => ({ summary: 'things', tag: 'Test', roles, responses: { 200: { description: 'ok' } } });
      api.get('/things', spec(CENTRE_STAFF_ROLES), (_req, res) => void res.json({ centre: principalOf(res).centre }));
      api.get('/mine', spec(ROLES), (_req, res) => void res.json({ centre: principalOf(res).centre }));
      const onOpened = subscription({ group: 'things.opened', event: caseOpenedV1 }, async (event) => void seen.push(centres.languagesOf(event.tenantid)));
      return { api, subscriptions: [onOpened], processed: new MemoryProcessedEvents(), isStoreReachable: async () => true };
    },
  };
}

const auth = async (token: Promise<string>) => `Bearer ${await token}`;

function centreEvent(definition: EventDefinition, centre: CentreSnapshot) {
  const data = definition === centreUpdatedV1 ? { centre, changed: ['languages'] } : { centre };
  return createEvent(definition, data, { tenant: centre.id, source: '/corredor/centre', correlationId: 'c', causationId: 'c', subject: centre.id });
}

describe("a centre's status on every service", () => {
  it('refuses the staff of an unknown, suspended or archived centre with a stable code, and lets them back in when reactivated', async () => {
    const deps = testAppDeps();
    const { app } = buildServiceApp(thingsService([]), deps);
    const tijuana = await auth(tokenFor('tijuana', ['promoter']));
    const get = async (token: string) => request(app).get('/v1/things').set('Authorization', token);

    expect((await get(tijuana)).status).toBe(200);
    const unknown = await get(await auth(tokenFor('ensenada', ['coordinator'])));
    expect(unknown.status).toBe(403);
    expect(unknown.body.code).toBe('CENTRE.UNKNOWN');

    changeTestCentre(deps.centres, 'tijuana', { status: 'suspended' });
    expect((await get(tijuana)).body).toMatchObject({ status: 403, code: 'CENTRE.SUSPENDED' });
    expect((await request(app).get('/v1/nothing-here').set('Authorization', tijuana)).body.code).toBe('CENTRE.SUSPENDED');
    expect((await get(await auth(tokenFor('tapachula', ['promoter'])))).status).toBe(200);

    changeTestCentre(deps.centres, 'tijuana', { status: 'active' });
    expect((await get(tijuana)).status).toBe(200);

    changeTestCentre(deps.centres, 'tijuana', { status: 'archived' });
    expect((await get(tijuana)).body).toMatchObject({ status: 403, code: 'CENTRE.ARCHIVED' });
  });

  it('answers 503 with Retry-After, and reads unready, until it has read the centres', async () => {
    const deps = testAppDeps({ centres: new CentreDirectory() });
    const { app } = buildServiceApp(thingsService([]), deps);
    const res = await request(app).get('/v1/things').set('Authorization', await auth(tokenFor('tijuana')));
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.code).toBe('CENTRE.DIRECTORY_LOADING');
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ centres: 'down', store: 'up' });
  });

  it("keeps operators and network analysts out of a centre's staff routes", async () => {
    const { app } = buildServiceApp(thingsService([]), testAppDeps());
    const operator = await auth(networkTokenFor('red-corredor-mx', ['operator']));
    const byRole = await request(app).get('/v1/things').set('Authorization', operator);
    expect(byRole.status).toBe(403);
    expect(byRole.body.code).toBe('AUTH.FORBIDDEN');
    const byPrincipal = await request(app).get('/v1/mine').set('Authorization', await auth(networkTokenFor('red-corredor-mx', ['network-analyst'])));
    expect(byPrincipal.status).toBe(403);
    expect(byPrincipal.body.code).toBe('AUTH.CENTRE_STAFF_ONLY');
  });
});

describe('GET /v1/centre-directory/:centreId', () => {
  it("shows an operator the centres of their network as this service sees them, and nothing of other networks'", async () => {
    const deps = testAppDeps();
    const { app } = buildServiceApp(thingsService([]), deps);
    changeTestCentre(deps.centres, 'tapachula', { status: 'suspended' });
    changeTestCentre(deps.centres, 'guatemala', { networks: ['alianza-transfronteriza'], timeZone: 'America/Guatemala' });
    const ask = async (token: string, centre: string) => request(app).get(`/v1/centre-directory/${centre}`).set('Authorization', token);
    const operator = await auth(networkTokenFor('red-corredor-mx'));

    expect((await ask(operator, 'tijuana')).body).toEqual({ id: 'tijuana', status: 'active', configVersion: 1 });
    expect((await ask(operator, 'tapachula')).body).toEqual({ id: 'tapachula', status: 'suspended', configVersion: 2 });
    const foreign = await ask(operator, 'guatemala');
    const missing = await ask(operator, 'ensenada');
    expect([foreign.status, foreign.body.code]).toEqual([404, 'CENTRE.UNKNOWN']);
    expect([missing.status, missing.body.code]).toEqual([404, 'CENTRE.UNKNOWN']);
    expect((await ask(await auth(networkTokenFor('alianza-transfronteriza')), 'guatemala')).body.status).toBe('active');
    expect((await ask(await auth(networkTokenFor('red-corredor-mx', ['network-analyst'])), 'tijuana')).status).toBe(403);
  });

  it("shows a centre's staff their own centre only", async () => {
    const { app } = buildServiceApp(thingsService([]), testAppDeps());
    const staff = await auth(tokenFor('tijuana', ['promoter']));
    expect((await request(app).get('/v1/centre-directory/tijuana').set('Authorization', staff)).body).toMatchObject({ id: 'tijuana', status: 'active' });
    expect((await request(app).get('/v1/centre-directory/tapachula').set('Authorization', staff)).status).toBe(404);
  });
});

describe('the directory fed from the centre topic', () => {
  function setup() {
    const seen: Array<readonly string[]> = [];
    const { centres: _injected, ...deps } = testAppDeps();
    const built = buildServiceApp(thingsService(seen), deps satisfies AppDeps);
    return { ...built, deps, seen };
  }
  const tijuana = TEST_CENTRES.tijuana;

  it('reads the centres published before the service started, before its subscribers handle anything', async () => {
    const { app, deps, startConsuming, seen } = setup();
    const opened = createEvent(
      caseOpenedV1,
      { caseId: '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10', intakeId: '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a11', openedAt: '2026-11-23T10:00:00.000Z', profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] } },
      { tenant: 'tijuana', source: '/corredor/case', correlationId: 'c', causationId: 'c', subject: '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10' },
    );
    await deliverEvents(deps.bus, [opened, centreEvent(centreProvisionedV1, tijuana), centreEvent(centreUpdatedV1, { ...tijuana, languages: ['ht', 'es'], configVersion: 2 })]);
    expect((await request(app).get('/readyz')).body.checks.centres).toBe('down');

    await startConsuming();
    await deps.bus.drain();
    expect(seen).toEqual([['ht', 'es']]);
    expect((await request(app).get('/readyz')).body.checks.centres).toBe('up');
    expect((await request(app).get('/v1/things').set('Authorization', await auth(tokenFor('tijuana')))).status).toBe(200);
  });

  it('applies later changes within the process, and ignores an older version arriving late', async () => {
    const { app, deps, startConsuming } = setup();
    await startConsuming();
    const token = await auth(tokenFor('tijuana'));
    const get = async () => request(app).get('/v1/things').set('Authorization', token);
    expect((await get()).body.code).toBe('CENTRE.UNKNOWN');

    await deliverEvents(deps.bus, [centreEvent(centreProvisionedV1, tijuana)]);
    expect((await get()).status).toBe(200);
    await deliverEvents(deps.bus, [centreEvent(centreSuspendedV1, { ...tijuana, status: 'suspended', configVersion: 3 })]);
    expect((await get()).body.code).toBe('CENTRE.SUSPENDED');
    await deliverEvents(deps.bus, [centreEvent(centreUpdatedV1, { ...tijuana, configVersion: 2 })]);
    expect((await get()).body.code).toBe('CENTRE.SUSPENDED');
    await deliverEvents(deps.bus, [centreEvent(centreArchivedV1, { ...tijuana, status: 'archived', configVersion: 4 })]);
    expect((await get()).body.code).toBe('CENTRE.ARCHIVED');
  });
});
