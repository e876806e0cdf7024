import { eventRegistry, TOPICS, type CentreSnapshot } from '@corredor/contracts';
import { startSubscription } from '@corredor/messaging';
import { MemoryOutbox, MemoryProcessedEvents, VersionConflictError } from '@corredor/persistence';
import { CentreDirectory, CentreKeyring, centreDirectorySubscription } from '@corredor/service-kit';
import { developmentKeyWrapper } from '@corredor/service-kit/testing';
import { centreTestApp, TAPACHULA_SPEC } from '../testing/centre-test-app';
import { issueMissingDataKeysUseCase } from './centre-data-key.use-case';
import type { Centre } from './centre.domain';
import { aCentre } from './centre.repository.contract';
import { MemoryCentreRepository } from './centre.repository.memory';

type TestApp = ReturnType<typeof centreTestApp>;

/** What the registry published on the centre topic, in order: each event's type and snapshot. */
function published(app: TestApp) {
  return app.deps.bus.messages(TOPICS.centreEvents).map((message) => {
    const parsed = eventRegistry.parse(JSON.parse(message.value));
    if (!parsed.ok) throw new Error(parsed.reason);
    return { key: message.key, value: message.value, type: parsed.event.type, centre: (parsed.event.data as { centre: CentreSnapshot }).centre };
  });
}

/** The topic after compaction: the latest event of each centre. */
function compacted(app: TestApp) {
  return new Map(published(app).map((event) => [event.key, event]));
}

/** Another service's view of the centres, fed from the topic as every service's is. */
async function readerOf(app: TestApp) {
  const directory = new CentreDirectory();
  const keyring = new CentreKeyring(developmentKeyWrapper());
  const deps = { bus: app.deps.bus, registry: eventRegistry, logger: app.deps.logger, processed: new MemoryProcessedEvents(), sealer: keyring };
  await startSubscription(deps, centreDirectorySubscription('reader.centre-directory', directory, keyring));
  return { directory, keyring };
}

async function publish(app: TestApp) {
  await app.relay?.flush();
  await app.deps.bus.drain();
}

function activeKeyOf(snapshot: CentreSnapshot | undefined) {
  const dataKey = snapshot?.dataKey;
  if (dataKey?.state !== 'active') throw new Error('expected an active data key');
  return dataKey;
}

describe('data keys: issued at provisioning', () => {
  it('publishes the new centre with its data key, wrapped by the master key for that centre only', async () => {
    const app = centreTestApp();
    await app.as(await app.operator()).put('/v1/centres/tapachula', TAPACHULA_SPEC);
    await publish(app);

    const [provisioned] = published(app);
    expect(published(app)).toHaveLength(1);
    expect(provisioned?.type).toBe('centre.provisioned');
    const dataKey = activeKeyOf(provisioned?.centre);
    expect(dataKey.id).toMatch(/^dk-[0-9a-f]{16}$/);
    const material = await developmentKeyWrapper().unwrap(dataKey.wrapped, 'tapachula');
    expect(material).toHaveLength(32);
    // The plain key is nowhere in the event.
    expect(provisioned?.value).not.toContain(material.toString('base64'));
    expect(provisioned?.value).not.toContain(material.toString('base64url'));
    expect(provisioned?.value).not.toContain(material.toString('hex'));
    // Bound to its centre: passed off as another centre's, it does not unwrap.
    await expect(developmentKeyWrapper().unwrap(dataKey.wrapped, 'tijuana')).rejects.toMatchObject({ code: 'TAMPERED' });
  });

  it('gives each centre a key of its own', async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    await op.put('/v1/centres/suchiate', { ...TAPACHULA_SPEC, name: 'Centro Suchiate' });
    await publish(app);
    const tapachula = activeKeyOf(compacted(app).get('tapachula')?.centre);
    const suchiate = activeKeyOf(compacted(app).get('suchiate')?.centre);
    expect(tapachula.id).not.toBe(suchiate.id);
    const wrapper = developmentKeyWrapper();
    expect((await wrapper.unwrap(tapachula.wrapped, 'tapachula')).equals(await wrapper.unwrap(suchiate.wrapped, 'suchiate'))).toBe(false);
  });

  it("never shows the data key in the registry's API, not even wrapped", async () => {
    const app = centreTestApp();
    const op = app.as(await app.operator());
    const responses = [await op.put('/v1/centres/tapachula', TAPACHULA_SPEC)];
    responses.push(await op.get('/v1/centres/tapachula'), await op.get('/v1/centres'), await op.post('/v1/centres/tapachula/suspend'));
    responses.push(await op.put('/v1/centres/tapachula', { ...TAPACHULA_SPEC, name: 'Centro Tapachula' }));
    await publish(app);
    const { wrapped } = activeKeyOf(compacted(app).get('tapachula')?.centre);

    for (const res of responses) {
      expect(res.status).toBeLessThan(300);
      expect(res.text).not.toContain(wrapped);
      expect(res.text).not.toContain('dataKey');
    }
    const document = await app.http.get('/openapi.json');
    expect(document.body.components.schemas.Centre.properties).not.toHaveProperty('dataKey');
  });
});

describe('data keys: issued at start-up to centres from before', () => {
  function registry() {
    const outbox = new MemoryOutbox();
    const centres = new MemoryCentreRepository(outbox);
    let written = 0;
    const deps = { centres, clock: () => new Date('2026-11-24T08:00:00Z'), outboxWritten: () => void (written += 1), keyWrapper: developmentKeyWrapper() };
    const events = async () => (await outbox.pending(100)).map((record) => ({ key: record.key, event: JSON.parse(record.value) as { type: string; data: { centre: CentreSnapshot } } }));
    return { outbox, centres, deps, events, written: () => written };
  }
  const keyless = (overrides: Partial<Centre> = {}) => aCentre(overrides);

  it('gives each centre without a key one, announced once, whatever its status; running again issues nothing', async () => {
    const { centres, deps, events, written } = registry();
    const active = keyless();
    const archived = keyless({ status: 'archived' });
    const keyed = keyless({ dataKey: { state: 'active', id: 'dk-00000000000000aa', wrapped: 'lk1.f.iv.body.tag', issuedAt: new Date() } });
    const shredded = keyless({ status: 'archived', dataKey: { state: 'destroyed', destroyedAt: new Date(), destroyedBy: 'operator-1' } });
    for (const centre of [active, archived, keyed, shredded]) await centres.add(centre, []);

    expect((await issueMissingDataKeysUseCase(deps)).sort()).toEqual([active.id, archived.id].sort());
    expect(await issueMissingDataKeysUseCase(deps)).toEqual([]);

    const issued = await events();
    expect(issued.map((e) => [e.key, e.event.type]).sort()).toEqual(
      [
        [active.id, 'centre.data-key-issued'],
        [archived.id, 'centre.data-key-issued'],
      ].sort(),
    );
    for (const { key, event } of issued) {
      const stored = await centres.findById(key);
      expect(stored?.dataKey).toMatchObject({ state: 'active' });
      expect(event.data.centre).toMatchObject({ id: key, configVersion: 2, dataKey: { state: 'active', id: stored?.dataKey?.state === 'active' ? stored.dataKey.id : '' } });
      expect(await developmentKeyWrapper().unwrap(activeKeyOf(event.data.centre).wrapped, key)).toHaveLength(32);
    }
    expect(await centres.findById(archived.id)).toMatchObject({ status: 'archived' });
    expect(await centres.findById(keyed.id)).toEqual(keyed);
    expect(await centres.findById(shredded.id)).toEqual(shredded);
    expect(written()).toBe(1);
  });

  it('issues to a centre that changed meanwhile (another instance, an operator), without issuing twice', async () => {
    const { centres, deps, events } = registry();
    const centre = keyless();
    await centres.add(centre, []);
    // The first write meets a rename that landed just before it.
    const update = centres.update.bind(centres);
    let raced = false;
    centres.update = async (next, expectedVersion, records) => {
      if (!raced) {
        raced = true;
        await update({ ...centre, name: 'Renombrado', version: 2 }, 1, []);
      }
      return update(next, expectedVersion, records);
    };

    expect(await issueMissingDataKeysUseCase(deps)).toEqual([centre.id]);
    expect(await centres.findById(centre.id)).toMatchObject({ name: 'Renombrado', version: 3, dataKey: { state: 'active' } });
    expect((await events()).map((e) => e.event.type)).toEqual(['centre.data-key-issued']);
  });

  it('leaves a centre that keeps changing for the next start, and still issues to the others', async () => {
    const { centres, deps } = registry();
    const busy = keyless();
    const quiet = keyless();
    for (const centre of [busy, quiet]) await centres.add(centre, []);
    const update = centres.update.bind(centres);
    centres.update = async (next, expectedVersion, records) => {
      if (next.id === busy.id) throw new VersionConflictError('centres', next.id, expectedVersion);
      return update(next, expectedVersion, records);
    };
    expect(await issueMissingDataKeysUseCase(deps)).toEqual([quiet.id]);
    expect((await centres.findById(busy.id))?.dataKey).toBeUndefined();
  });
});

describe('data keys: destroyed (crypto-shredding)', () => {
  const destroy = (app: TestApp, token: string, confirmation = 'tapachula', id = 'tapachula') =>
    app.as(token).post(`/v1/centres/${id}/data-key/destruction`, { confirmation });

  it('is refused for a centre that is not archived, for a wrong confirmation, and to anyone but its network operators', async () => {
    const app = centreTestApp();
    const operator = await app.operator();
    const op = app.as(operator);
    await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);

    const active = await destroy(app, operator);
    expect([active.status, active.body.code]).toEqual([409, 'CENTRE.NOT_ARCHIVED']);
    await op.post('/v1/centres/tapachula/suspend');
    expect((await destroy(app, operator)).body.code).toBe('CENTRE.NOT_ARCHIVED');

    await op.post('/v1/centres/tapachula/archive');
    const mistyped = await destroy(app, operator, 'tapachul');
    expect([mistyped.status, mistyped.body.code]).toEqual([422, 'CENTRE.CONFIRMATION_MISMATCH']);
    expect(mistyped.text).not.toContain('tapachul"');
    expect((await op.post('/v1/centres/tapachula/data-key/destruction', {})).status).toBe(422);

    const staff = await destroy(app, await app.staff('tapachula', ['coordinator']));
    expect([staff.status, staff.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const otherNetwork = await destroy(app, await app.operator('alianza-sur'));
    expect([otherNetwork.status, otherNetwork.body.code]).toEqual([404, 'CENTRE.NOT_FOUND']);

    await publish(app);
    expect(published(app).map((e) => e.type)).toEqual(['centre.provisioned', 'centre.suspended', 'centre.archived']);
    expect(activeKeyOf(compacted(app).get('tapachula')?.centre).wrapped).toBeTruthy();
  });

  it("makes what was sealed under the centre's key unreadable for good, in every service and from the compacted topic", async () => {
    const app = centreTestApp();
    const operator = await app.operator();
    const op = app.as(operator);
    await op.put('/v1/centres/tapachula', TAPACHULA_SPEC);
    await op.put('/v1/centres/suchiate', { ...TAPACHULA_SPEC, name: 'Centro Suchiate' });
    await publish(app);

    // Another service reads the centres and seals a person's details under Tapachula's key.
    const reader = await readerOf(app);
    await app.deps.bus.drain();
    const sealed = reader.keyring.seal('tapachula', 'people.details', { name: 'Marie-Claude Joseph' });
    const neighbour = reader.keyring.seal('suchiate', 'people.details', { name: 'Rosa Pérez' });
    expect(reader.keyring.open('tapachula', 'people.details', sealed)).toEqual({ name: 'Marie-Claude Joseph' });

    await op.post('/v1/centres/tapachula/archive');
    const destroyed = await destroy(app, operator);
    expect(destroyed.status).toBe(200);
    expect(destroyed.body.centre).toMatchObject({ id: 'tapachula', status: 'archived', dataDestroyedAt: '2026-11-23T15:00:00.000Z' });
    expect(destroyed.body.centre).not.toHaveProperty('dataKey');
    expect((await op.get('/v1/centres/tapachula')).body.dataDestroyedAt).toBe('2026-11-23T15:00:00.000Z');
    await publish(app);

    // The latest event of the centre, all that compaction leaves, holds no wrapped key.
    const latest = compacted(app).get('tapachula');
    expect(latest?.type).toBe('centre.data-key-destroyed');
    expect(latest?.centre.dataKey).toEqual({ state: 'destroyed', destroyedAt: '2026-11-23T15:00:00.000Z' });
    expect(latest?.value).not.toContain('lk1.');

    // The running service forgot the key: 410 CENTRE.DATA_DESTROYED.
    expect(reader.directory.get('tapachula')?.dataKey?.state).toBe('destroyed');
    expect(() => reader.keyring.open('tapachula', 'people.details', sealed)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED', kind: 'gone' }));
    expect(() => reader.keyring.seal('tapachula', 'people.details', { name: 'x' })).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED' }));
    // A service started later, from the compacted topic, has nothing to open it with either.
    const later = new CentreKeyring(developmentKeyWrapper());
    for (const event of compacted(app).values()) await later.accept(event.centre);
    expect(() => later.open('tapachula', 'people.details', sealed)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_DESTROYED', kind: 'gone' }));
    // Other centres are untouched.
    expect(later.open('suchiate', 'people.details', neighbour)).toEqual({ name: 'Rosa Pérez' });
    expect(reader.keyring.open('suchiate', 'people.details', neighbour)).toEqual({ name: 'Rosa Pérez' });

    // Irreversible: no second destruction, and no way back for the centre.
    expect((await destroy(app, operator)).body.code).toBe('CENTRE.DATA_KEY_ALREADY_DESTROYED');
    expect((await op.post('/v1/centres/tapachula/reactivate')).body.code).toBe('CENTRE.ARCHIVED');
  });
});
