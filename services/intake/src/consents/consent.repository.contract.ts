import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import type { ConsentScope } from '@corredor/contracts';
import type { CentreKeys } from '@corredor/service-kit';
import { textOf, type RawDocuments } from '../raw-documents';
import { giveConsent, withdrawConsent, type Consent } from './consent.domain';
import { ACTIVE_CONSENT_INDEX, type ConsentRepository } from './consent.repository';

export interface ConsentRepositoryFixture {
  consents: ConsentRepository;
  outbox: OutboxStore;
  keys: CentreKeys;
  /** The stored document as the database holds it. */
  raw: RawDocuments;
}

const PERSON = '22222222-0000-4000-8000-000000000001';
const PARTNER = '33333333-0000-4000-8000-000000000001';
let n = 0;

export function aConsent(scope: ConsentScope, overrides: { tenant?: string; personId?: string; at?: Date } = {}): Consent {
  n += 1;
  return giveConsent(
    {
      id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      tenant: overrides.tenant ?? 'tijuana',
      personId: overrides.personId ?? PERSON,
      scope,
      intakeId: null,
      by: 'ana@tijuana',
    },
    overrides.at ?? new Date(Date.UTC(2026, 10, 1, 0, n)),
  );
}

const anEvent = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.intake.events',
  key: PERSON,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + n,
  createdAt: new Date(),
});

/** The behaviour every ConsentRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeConsentRepositoryContract(name: string, setup: () => Promise<ConsentRepositoryFixture>): void {
  describe(`${name} consent repository`, () => {
    let f: ConsentRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves a consent with its event, found only for its person at its centre', async () => {
      const consent = aConsent({ purpose: 'share-with-partner', partnerId: PARTNER });
      await f.consents.add(consent, [anEvent(`e-${consent.id}`)]);
      expect(await f.consents.findById('tijuana', PERSON, consent.id)).toEqual(consent);
      expect(await f.consents.findById('tapachula', PERSON, consent.id)).toBeNull();
      expect(await f.consents.findById('tijuana', '22222222-0000-4000-8000-000000000002', consent.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('holds one consent per scope until it is withdrawn, keeping nothing of a refused write', async () => {
      const first = aConsent({ purpose: 'contact', channel: 'whatsapp' });
      await f.consents.add(first, [anEvent('e1')]);
      const twin = aConsent({ purpose: 'contact', channel: 'whatsapp' });
      const error = await f.consents.add(twin, [anEvent('e2')]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect((error as DuplicateKeyError).index).toBe(ACTIVE_CONSENT_INDEX);
      expect(await f.consents.findById('tijuana', PERSON, twin.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
      // Another channel, another person or another centre is another scope.
      await f.consents.add(aConsent({ purpose: 'contact', channel: 'phone' }), []);
      await f.consents.add(aConsent({ purpose: 'contact', channel: 'whatsapp' }, { tenant: 'tapachula' }), []);
      // Once withdrawn, the same consent can be given again.
      await f.consents.update(withdrawConsent(first, 'luis@tijuana', new Date('2026-11-20T00:00:00Z')), 1, []);
      await f.consents.add(twin, []);
      expect(await f.consents.holding('tijuana', PERSON, 10)).toHaveLength(2);
    });

    it('records a withdrawal at the expected version and refuses a stale one', async () => {
      const consent = aConsent({ purpose: 'transfer' });
      await f.consents.add(consent, []);
      const withdrawn = withdrawConsent(consent, 'luis@tijuana', new Date('2026-11-20T00:00:00Z'));
      await f.consents.update(withdrawn, 1, [anEvent('w1')]);
      expect(await f.consents.findById('tijuana', PERSON, consent.id)).toEqual({ ...withdrawn, version: 2 });
      await expect(f.consents.update(withdrawn, 1, [anEvent('w2')])).rejects.toBeInstanceOf(VersionConflictError);
      expect(await f.outbox.countPending()).toBe(1);
      expect(await f.consents.holding('tijuana', PERSON, 10)).toEqual([]);
    });

    it('rolls back a withdrawal that was written when its event cannot be (the change succeeded first)', async () => {
      const consent = aConsent({ purpose: 'share-with-partner', partnerId: PARTNER });
      await f.consents.add(consent, [anEvent('pending-event')]);
      // The versioned replace succeeds; the outbox then refuses an event id already there.
      const withdrawn = withdrawConsent(consent, 'luis@tijuana', new Date('2026-11-20T00:00:00Z'));
      await expect(f.consents.update(withdrawn, 1, [anEvent('pending-event')])).rejects.toThrow();
      expect(await f.consents.findById('tijuana', PERSON, consent.id)).toEqual(consent);
      expect(await f.consents.holding('tijuana', PERSON, 10)).toEqual([consent]);
      expect(await f.outbox.countPending()).toBe(1);
      // Still at version 1: the same withdrawal goes through once its event can be written.
      await f.consents.update(withdrawn, 1, [anEvent('withdrawn-event')]);
      expect(await f.consents.findById('tijuana', PERSON, consent.id)).toEqual({ ...withdrawn, version: 2 });
    });

    it("lists a person's consents newest first, a page after a position", async () => {
      const older = aConsent({ purpose: 'store-data' }, { at: new Date('2026-11-01T00:00:00Z') });
      const sameTimeA = aConsent({ purpose: 'statistics' }, { at: new Date('2026-11-02T00:00:00Z') });
      const sameTimeB = aConsent({ purpose: 'transfer' }, { at: new Date('2026-11-02T00:00:00Z') });
      const elsewhere = aConsent({ purpose: 'store-data' }, { tenant: 'tapachula' });
      for (const consent of [older, sameTimeA, sameTimeB, elsewhere]) await f.consents.add(consent, []);
      const first = await f.consents.listByPerson('tijuana', PERSON, { limit: 2, after: null });
      expect(first.map((c) => c.id)).toEqual([sameTimeA.id, sameTimeB.id]);
      const next = await f.consents.listByPerson('tijuana', PERSON, { limit: 2, after: [sameTimeB.givenAt, sameTimeB.id] });
      expect(next.map((c) => c.id)).toEqual([older.id]);
    });

    it('stores the scope sealed and the holding scope as a blind index of the person: a raw read names no partner or channel', async () => {
      const consent = aConsent({ purpose: 'share-with-partner', partnerId: PARTNER });
      await f.consents.add(consent, []);
      const raw = await f.raw('consents', consent.id);
      expect(raw?.['scope']).toMatch(/^cx1\./);
      expect(f.keys.open('tijuana', 'consents.scope', String(raw?.['scope']))).toEqual(consent.scope);
      expect(raw?.['activeScope']).toBe(f.keys.blindIndex('tijuana', `consent:${PERSON}:share-with-partner:${PARTNER}`));
      expect(textOf(raw)).not.toMatch(/share-with-partner|33333333/);
      // The same scope of another person is another index value: equal consents do not show as equal.
      const other = aConsent({ purpose: 'share-with-partner', partnerId: PARTNER }, { personId: '22222222-0000-4000-8000-000000000009' });
      await f.consents.add(other, []);
      expect((await f.raw('consents', other.id))?.['activeScope']).not.toBe(raw?.['activeScope']);
      expect(await f.consents.holding('tijuana', PERSON, 10)).toEqual([consent]);
    });
  });
}
