import { eventRegistry } from '@corredor/contracts';
import { centreTestApp, TAPACHULA_SPEC } from '../testing/centre-test-app';

async function outboxEvents(app: ReturnType<typeof centreTestApp>) {
  const pending = (await app.module.outbox?.pending(100)) ?? [];
  return pending.map((record) => {
    const parsed = eventRegistry.parse(JSON.parse(record.value));
    if (!parsed.ok) throw new Error(parsed.reason);
    return { key: record.key, topic: record.topic, type: parsed.event.type, data: parsed.event.data as { centre: { status: string; configVersion: number }; changed?: string[] } };
  });
}

describe('operators and the centre registry', () => {
  it('apply registers a centre once: a second identical apply changes nothing, a changed one says what changed', async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    const created = await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ result: 'created', changes: [], centre: { id: 'tapachula', status: 'active', configVersion: 1, security: { requireSecondFactor: false } } });

    const again = await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ result: 'unchanged', centre: { configVersion: 1 } });

    const changed = await op.put('/v1/centres/tapachula', { ...TAPACHULA_SPEC, languages: ['es', 'ht', 'mam', 'quc'] });
    expect(changed.body).toMatchObject({ result: 'updated', centre: { configVersion: 2 }, changes: [{ field: 'languages', from: ['es', 'ht', 'mam'], to: ['es', 'ht', 'mam', 'quc'] }] });

    const events = await outboxEvents(app);
    expect(events.map((e) => [e.type, e.key, e.topic])).toEqual([
      ['centre.provisioned', 'tapachula', 'corredor.centre.events'],
      ['centre.updated', 'tapachula', 'corredor.centre.events'],
    ]);
    expect(events[1]?.data.changed).toEqual(['languages']);
  });

  it('refuses an invalid declaration with field errors and registers nothing', async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    const res = await op.put('/v1/centres/ciudad-juarez', { ...TAPACHULA_SPEC, timeZone: 'America/Juarez', languages: ['es', 'klingon'], country: 'ZZ' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CENTRE.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.country', 'body.languages.1', 'body.timeZone']);
    expect((await op.get('/v1/centres/ciudad-juarez')).status).toBe(404);
    expect(await outboxEvents(app)).toEqual([]);
  });

  it("keeps networks apart: another network's id is taken, its centres are invisible and untouchable", async () => {
    const app = centreTestApp();
    await app.as(await app.operator()).put('/v1/centres/tapachula', TAPACHULA_SPEC);
    const other = app.as(await app.operator('alianza-sur'));
    const taken = await other.put('/v1/centres/tapachula', { ...TAPACHULA_SPEC, networks: ['alianza-sur'] });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('CENTRE.ID_TAKEN');
    expect((await other.get('/v1/centres/tapachula')).status).toBe(404);
    expect((await other.post('/v1/centres/tapachula/suspend')).body.code).toBe('CENTRE.NOT_FOUND');
    expect((await other.get('/v1/centres')).body).toEqual({ items: [], nextCursor: null });
    const outside = await other.put('/v1/centres/suchiate', TAPACHULA_SPEC);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CENTRE.OUTSIDE_NETWORK');
  });

  it("lets each network's operators change only their own membership of a shared centre", async () => {
    const app = centreTestApp();
    const shared = { ...TAPACHULA_SPEC, networks: ['red-corredor-mx', 'alianza-sur'] };
    await app.as(await app.operator()).put('/v1/centres/tapachula', shared);
    const other = app.as(await app.operator('alianza-sur'));
    const takeover = await other.put('/v1/centres/tapachula', { ...shared, networks: ['alianza-sur'] });
    expect([takeover.status, takeover.body.code]).toEqual([403, 'CENTRE.NETWORKS_NOT_YOURS']);
    const addThird = await other.put('/v1/centres/tapachula', { ...shared, networks: [...shared.networks, 'tercera-red'] });
    expect(addThird.body.code).toBe('CENTRE.NETWORKS_NOT_YOURS');
    // Its own edits of the rest stay possible, and the first network still sees the centre.
    expect((await other.put('/v1/centres/tapachula', { ...shared, languages: ['es', 'mam'] })).body.result).toBe('updated');
    expect((await app.as(await app.operator()).get('/v1/centres/tapachula')).status).toBe(200);
  });

  it('suspends, reactivates and archives through the lifecycle, with an event each, and refuses what the lifecycle forbids', async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    expect((await op.post('/v1/centres/tapachula/suspend')).body.centre).toMatchObject({ status: 'suspended', configVersion: 2 });
    expect((await op.post('/v1/centres/tapachula/suspend')).body.code).toBe('CENTRE.ALREADY_SUSPENDED');
    expect((await op.post('/v1/centres/tapachula/reactivate')).body.centre).toMatchObject({ status: 'active', configVersion: 3 });
    expect((await op.post('/v1/centres/tapachula/archive')).body.centre).toMatchObject({ status: 'archived', configVersion: 4 });
    const update = await op.put('/v1/centres/tapachula', { ...TAPACHULA_SPEC, name: 'Otro nombre' });
    expect(update.status).toBe(409);
    expect(update.body.code).toBe('CENTRE.ARCHIVED');
    expect((await outboxEvents(app)).map((e) => e.type)).toEqual(['centre.provisioned', 'centre.suspended', 'centre.reactivated', 'centre.archived']);
  });

  it("lists the network's centres a page at a time, by id, with no repeat or gap", async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    const ids = ['suchiate', 'motozintla', 'tapachula', 'palenque', 'ciudad-juarez'];
    for (const id of ids) await op.put(`/v1/centres/${id}`, { ...TAPACHULA_SPEC, name: `Centro ${id}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await op.get(`/v1/centres?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].sort());
    const bad = await op.get('/v1/centres?cursor=bm90LWEtY3Vyc29y');
    expect([bad.status, bad.body.errors]).toEqual([422, [{ field: 'query.cursor', message: 'is not a cursor of this list; start again without it' }]]);
    expect((await op.get('/v1/centres?limit=201')).status).toBe(422);
  });

  it("is the operators' API only: a centre's staff cannot use it", async () => {
    const app = centreTestApp();
    const res = await app.as(await app.staff('tijuana', ['coordinator'])).put('/v1/centres/tijuana', TAPACHULA_SPEC);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AUTH.FORBIDDEN');
  });
});
