import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { VersionConflictError } from '@corredor/persistence';
import type { ServiceDelivery } from './service-delivery.domain';
import type { ServiceDeliveryRepository, ServiceListPosition } from './service-delivery.repository';

export interface ServiceDeliveryRepositoryFixture {
  services: ServiceDeliveryRepository;
  outbox: OutboxStore;
}

export const CASE_ID = '00000000-0000-4000-8000-00000000ca5e';
let n = 0;

export function aService(overrides: Partial<ServiceDelivery> = {}): ServiceDelivery {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    tenant: 'tijuana',
    caseId: CASE_ID,
    type: 'labour-rights-guidance',
    deliveredOn: '2026-11-20',
    deliveredBy: 'ana',
    language: 'ht',
    durationMinutes: 30,
    accompaniment: null,
    interpretation: null,
    description: null,
    note: null,
    recordedBy: 'ana',
    recordedAt: new Date(Date.UTC(2026, 10, 20, 15, n)),
    voided: null,
    version: 1,
    ...overrides,
  };
}

function record(id: string): OutboxRecord {
  n += 1;
  return { id, tenant: 'tijuana', topic: 'corredor.case.events', key: CASE_ID, value: '{}', headers: {}, position: Date.now() * 1000 + n, createdAt: new Date() };
}

/** As a cursor gives it back: a Date made here, not one the repository returned. */
const position = (service: ServiceDelivery): ServiceListPosition => [service.deliveredOn, new Date(service.recordedAt.toISOString()), service.id];

/** The behaviour every ServiceDeliveryRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeServiceDeliveryRepositoryContract(name: string, setup: () => Promise<ServiceDeliveryRepositoryFixture>): void {
  describe(`${name} service delivery repository`, () => {
    let f: ServiceDeliveryRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves an entry with its event, and finds it only within its centre and case', async () => {
      const service = aService({
        type: 'accompaniment',
        accompaniment: { office: 'SAT', procedure: 'tax-registration' },
        note: 'Fuimos juntos al SAT',
      });
      await f.services.add(service, [record(`e-${service.id}`)]);
      expect(await f.services.findById('tijuana', CASE_ID, service.id)).toEqual(service);
      expect(await f.services.findById('tapachula', CASE_ID, service.id)).toBeNull();
      expect(await f.services.findById('tijuana', '00000000-0000-4000-8000-0000000000ff', service.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('lists the most recently delivered first, page after page without repeats or gaps, within the centre and case', async () => {
      const sameDay = [aService({ deliveredOn: '2026-11-21' }), aService({ deliveredOn: '2026-11-21' }), aService({ deliveredOn: '2026-11-21' })];
      const sameInstant = aService({ deliveredOn: '2026-11-21', recordedAt: sameDay[2]!.recordedAt });
      const older = aService({ deliveredOn: '2026-11-02', recordedAt: new Date(Date.UTC(2026, 10, 22)) });
      const elsewhere = [aService({ tenant: 'tapachula' }), aService({ caseId: '00000000-0000-4000-8000-0000000000ff' })];
      for (const service of [older, ...sameDay, sameInstant, ...elsewhere]) await f.services.add(service, []);
      const expected = [sameInstant, sameDay[2]!, sameDay[1]!, sameDay[0]!, older]
        .sort((a, b) => b.deliveredOn.localeCompare(a.deliveredOn) || b.recordedAt.getTime() - a.recordedAt.getTime() || (a.id < b.id ? 1 : -1))
        .map((s) => s.id);
      const seen: string[] = [];
      let after: ServiceListPosition | null = null;
      for (let page = 0; page < 10; page += 1) {
        // One a page, so a page ends between two entries recorded at the same instant.
        const items: ServiceDelivery[] = await f.services.list('tijuana', CASE_ID, { after, limit: 1 });
        if (items.length === 0) break;
        seen.push(...items.map((s) => s.id));
        after = position(items[items.length - 1]!);
      }
      expect(seen).toEqual(expected);
    });

    it('voids at the expected version and refuses a stale change, keeping its event out', async () => {
      const service = aService();
      await f.services.add(service, []);
      const voided = { ...service, voided: { by: 'luis', at: new Date(Date.UTC(2026, 10, 22)), reason: 'Registrado dos veces' } };
      await f.services.update(voided, 1, [record(`v-${service.id}`)]);
      expect(await f.services.findById('tijuana', CASE_ID, service.id)).toEqual({ ...voided, version: 2 });
      await expect(f.services.update({ ...voided, note: 'late' }, 1, [record(`w-${service.id}`)])).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.services.findById('tijuana', CASE_ID, service.id)).toMatchObject({ note: null, version: 2 });
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('rolls back a change whose event cannot be written (the change succeeded first)', async () => {
      const service = aService();
      await f.services.add(service, [record(`dup-${service.id}`)]);
      const voided = { ...service, voided: { by: 'luis', at: new Date(Date.UTC(2026, 10, 22)), reason: 'Error' } };
      // The same event id again: the outbox refuses it after the entry was replaced.
      await expect(f.services.update(voided, 1, [record(`dup-${service.id}`)])).rejects.toThrow();
      expect(await f.services.findById('tijuana', CASE_ID, service.id)).toMatchObject({ voided: null, version: 1 });
      const twin = aService();
      await expect(f.services.add(twin, [record(`dup-${service.id}`)])).rejects.toThrow();
      expect(await f.services.findById('tijuana', CASE_ID, twin.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('gives the timeline what was recorded and what was voided before a position, ties broken by id', async () => {
      const at = new Date(Date.UTC(2026, 10, 21, 10));
      const [a, b, c] = [aService({ recordedAt: at }), aService({ recordedAt: at }), aService({ recordedAt: new Date(at.getTime() - 1000) })];
      const voided = aService({ recordedAt: new Date(at.getTime() - 5000), voided: { by: 'luis', at, reason: 'Error' } });
      for (const service of [a, b, c, voided]) await f.services.add(service, []);
      const ids = (list: ServiceDelivery[]) => list.map((s) => s.id);
      expect(ids(await f.services.recordedBefore('tijuana', CASE_ID, null, 10))).toEqual([b.id, a.id, c.id, voided.id]);
      expect(ids(await f.services.recordedBefore('tijuana', CASE_ID, { at, ties: 'below', key: b.id }, 10))).toEqual([a.id, c.id, voided.id]);
      expect(ids(await f.services.recordedBefore('tijuana', CASE_ID, { at, ties: 'all' }, 2))).toEqual([b.id, a.id]);
      expect(ids(await f.services.recordedBefore('tijuana', CASE_ID, { at, ties: 'none' }, 10))).toEqual([c.id, voided.id]);
      expect(ids(await f.services.voidedBefore('tijuana', CASE_ID, null, 10))).toEqual([voided.id]);
      expect(ids(await f.services.voidedBefore('tijuana', CASE_ID, { at, ties: 'none' }, 10))).toEqual([]);
      expect(await f.services.recordedBefore('tapachula', CASE_ID, null, 10)).toEqual([]);
    });
  });
}
