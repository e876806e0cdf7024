import type { OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { Centre } from './centre.domain';
import type { CentreRepository } from './centre.repository';

export interface CentreRepositoryFixture {
  centres: CentreRepository;
  outbox: OutboxStore;
  /** The centre as the store holds it, bypassing the adapter's mapping: what a leak of the store would show. */
  raw(id: string): Promise<unknown>;
}

let n = 0;
export function aCentre(overrides: Partial<Centre> = {}): Centre {
  n += 1;
  return {
    id: `centre-${n}`,
    name: 'Centro de Recursos Tapachula',
    city: 'Tapachula',
    country: 'MX',
    timeZone: 'America/Mexico_City',
    languages: ['es', 'mam'],
    services: ['guidance', 'accompaniment'],
    contact: { email: 'oficina@tapachula.example.org' },
    networks: ['red-corredor-mx'],
    security: { requireSecondFactor: false },
    status: 'active',
    version: 1,
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:00:00Z'),
    ...overrides,
  };
}

const record = (id: string, tenant: string) => ({
  id,
  tenant,
  topic: 'corredor.centre.events',
  key: tenant,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + n,
  createdAt: new Date(),
});

/** The behaviour every CentreRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeCentreRepositoryContract(name: string, setup: () => Promise<CentreRepositoryFixture>): void {
  describe(`${name} centre repository`, () => {
    let f: CentreRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('registers a centre with its event and finds it by id and by network', async () => {
      const centre = aCentre({ networks: ['red-corredor-mx', 'alianza-sur'] });
      await f.centres.add(centre, [record(`e-${centre.id}`, centre.id)]);
      expect(await f.centres.findById(centre.id)).toEqual(centre);
      expect((await f.centres.listByNetwork('alianza-sur')).map((c) => c.id)).toContain(centre.id);
      expect((await f.centres.listByNetwork('another-network')).map((c) => c.id)).not.toContain(centre.id);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('refuses a second centre with the same id and keeps neither it nor its event', async () => {
      const centre = aCentre();
      await f.centres.add(centre, [record(`e1-${centre.id}`, centre.id)]);
      await expect(f.centres.add({ ...centre, name: 'Otro' }, [record(`e2-${centre.id}`, centre.id)])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await f.centres.findById(centre.id))?.name).toBe(centre.name);
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('saves a change at the expected version and refuses a stale one, keeping its event out', async () => {
      const centre = aCentre();
      await f.centres.add(centre, []);
      const suspended = { ...centre, status: 'suspended' as const, version: 2 };
      await f.centres.update(suspended, 1, [record(`e-s-${centre.id}`, centre.id)]);
      expect(await f.centres.findById(centre.id)).toMatchObject({ status: 'suspended', version: 2 });
      await expect(f.centres.update({ ...centre, name: 'Stale', version: 2 }, 1, [record(`e-x-${centre.id}`, centre.id)])).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect(await f.centres.findById(centre.id)).toMatchObject({ name: centre.name, status: 'suspended', version: 2 });
      expect(await f.outbox.countPending()).toBe(1);
    });

    it("keeps a centre's wrapped data key, and after its destruction only when and by whom", async () => {
      const issuedAt = new Date('2026-11-02T10:00:00Z');
      const centre = aCentre({ dataKey: { state: 'active', id: 'dk-0123456789abcdef', wrapped: 'lk1.fingerprint.iv.wrapped-key.tag', issuedAt } });
      await f.centres.add(centre, []);
      expect(await f.centres.findById(centre.id)).toEqual(centre);

      const destroyedAt = new Date('2026-12-01T10:00:00Z');
      const destroyed = { ...centre, status: 'archived' as const, version: 2, dataKey: { state: 'destroyed' as const, destroyedAt, destroyedBy: 'operator-1' } };
      await f.centres.update(destroyed, 1, []);
      expect(await f.centres.findById(centre.id)).toEqual(destroyed);
      expect(JSON.stringify(await f.centres.findById(centre.id))).not.toContain('wrapped-key');
      expect(JSON.stringify(await f.raw(centre.id))).not.toContain('wrapped-key');
    });

    it('lists the centres that have no data key yet, and neither those with an active key nor those whose key was destroyed', async () => {
      const keyless = aCentre();
      const active = aCentre({ dataKey: { state: 'active', id: 'dk-00000000000000aa', wrapped: 'lk1.f.iv.body.tag', issuedAt: new Date() } });
      const destroyed = aCentre({ status: 'archived', dataKey: { state: 'destroyed', destroyedAt: new Date(), destroyedBy: 'operator-1' } });
      for (const centre of [keyless, active, destroyed]) await f.centres.add(centre, []);
      const listed = (await f.centres.listWithoutDataKey()).map((c) => c.id);
      expect(listed).toContain(keyless.id);
      expect(listed).not.toContain(active.id);
      expect(listed).not.toContain(destroyed.id);
    });

    it('rolls back a change whose event cannot be written (the state change succeeded first)', async () => {
      const centre = aCentre();
      await f.centres.add(centre, [record(`e-dup-${centre.id}`, centre.id)]);
      // The same event id again: the outbox refuses it after the centre document was replaced.
      await expect(f.centres.update({ ...centre, status: 'archived', version: 2 }, 1, [record(`e-dup-${centre.id}`, centre.id)])).rejects.toThrow();
      expect(await f.centres.findById(centre.id)).toMatchObject({ status: 'active', version: 1 });
      expect(await f.outbox.countPending()).toBe(1);
    });
  });
}
