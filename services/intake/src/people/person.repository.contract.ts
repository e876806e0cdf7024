import type { OutboxRecord, OutboxStore } from '@corredor/messaging';
import { DuplicateKeyError, NotFoundError, VersionConflictError } from '@corredor/persistence';
import type { CentreKeys } from '@corredor/service-kit';
import type { PersonDetails } from '../interview';
import { textOf, type RawDocuments } from '../raw-documents';
import { newPerson, reinterview, type Person } from './person.domain';
import type { PersonRepository } from './person.repository';

export interface PersonRepositoryFixture {
  people: PersonRepository;
  outbox: OutboxStore;
  keys: CentreKeys;
  /** The stored document as the database holds it. */
  raw: RawDocuments;
}

let n = 0;

export function somePersonDetails(overrides: Partial<PersonDetails> = {}): PersonDetails {
  return {
    name: 'Marie Joseph',
    yearOfBirth: 1994,
    sex: 'female',
    nationalities: ['HT'],
    languages: ['ht', 'fr'],
    preferredLanguage: 'ht',
    needsInterpreter: true,
    contactChannels: [],
    identityDocuments: [],
    ...overrides,
  };
}

export function aPerson(overrides: { tenant?: string; details?: Partial<PersonDetails>; at?: Date } = {}): Person {
  n += 1;
  const at = overrides.at ?? new Date(Date.UTC(2026, 10, 1, 0, n));
  return newPerson(
    { id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, tenant: overrides.tenant ?? 'tijuana', details: somePersonDetails(overrides.details), interviewed: true },
    at,
  );
}

export const anEvent = (id: string): OutboxRecord => ({
  id,
  tenant: 'tijuana',
  topic: 'corredor.intake.events',
  key: id,
  value: '{}',
  headers: {},
  position: Date.now() * 1000 + n,
  createdAt: new Date(),
});

/** The behaviour every PersonRepository adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describePersonRepositoryContract(name: string, setup: () => Promise<PersonRepositoryFixture>): void {
  describe(`${name} person repository`, () => {
    let f: PersonRepositoryFixture;
    beforeEach(async () => {
      f = await setup();
    });

    it('saves a person with their events, found only within their centre', async () => {
      const person = aPerson({ details: { alias: 'Mari', identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] } });
      await f.people.add(person, [anEvent(`e-${person.id}`)]);
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
      expect(await f.people.findById('tapachula', person.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('keeps nothing when a write after the person failed (their event was a duplicate)', async () => {
      const first = aPerson();
      await f.people.add(first, [anEvent('e-taken')]);
      const second = aPerson();
      await expect(f.people.add(second, [anEvent('e-taken')])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await f.people.findById('tijuana', second.id)).toBeNull();
      expect(await f.outbox.countPending()).toBe(1);
    });

    it('rolls back a change that was written when its event cannot be (the update succeeded first)', async () => {
      const person = aPerson();
      await f.people.add(person, [anEvent('pending-event')]);
      // The versioned replace succeeds; the outbox then refuses an event id already there.
      const changed = reinterview(person, somePersonDetails({ alias: 'Mari' }), new Date('2026-11-20T10:00:00Z'));
      await expect(f.people.update(changed, 1, [anEvent('pending-event')])).rejects.toThrow();
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
      expect(await f.people.findByNameAndYear('tijuana', ['mari'], 1994, 10)).toEqual([]);
      expect(await f.outbox.countPending()).toBe(1);
      // Still at version 1: the same change goes through once its event can be written.
      await f.people.update(changed, 1, [anEvent(`u-${person.id}`)]);
      expect(await f.people.findById('tijuana', person.id)).toEqual({ ...changed, version: 2 });
    });

    it('finds people by document key or by folded name and year, at their centre only', async () => {
      const marie = aPerson({ details: { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] } });
      const aliasOnly = aPerson({ details: { name: undefined, alias: 'Mari Jo', yearOfBirth: 1994 } });
      const olderMarie = aPerson({ details: { yearOfBirth: 1980 } });
      const elsewhere = aPerson({ tenant: 'tapachula', details: { identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }] } });
      for (const person of [marie, aliasOnly, olderMarie, elsewhere]) await f.people.add(person, []);

      expect((await f.people.findByDocuments('tijuana', ['CURP:GAPM900101MNEXXX09'], 10)).map((p) => p.id)).toEqual([marie.id]);
      expect(await f.people.findByDocuments('tijuana', [], 10)).toEqual([]);
      const byName = await f.people.findByNameAndYear('tijuana', ['marie joseph', 'mari jo'], 1994, 10);
      // Most recently seen first.
      expect(byName.map((p) => p.id)).toEqual([aliasOnly.id, marie.id]);
      expect(await f.people.findByNameAndYear('tijuana', ['marie joseph'], 1994, 1)).toHaveLength(1);
      expect((await f.people.findByNameAndYear('tapachula', ['marie joseph', 'mari jo'], 1994, 10)).map((p) => p.id)).toEqual([elsewhere.id]);
      expect((await f.people.findByDocuments('tapachula', ['CURP:GAPM900101MNEXXX09'], 10)).map((p) => p.id)).toEqual([elsewhere.id]);
    });

    it('applies a change at the expected version, refuses a stale one, and never changes another centre’s person', async () => {
      const person = aPerson();
      await f.people.add(person, []);
      const changed = reinterview(person, somePersonDetails({ alias: 'Mari' }), new Date('2026-11-20T10:00:00Z'));
      await f.people.update(changed, 1, [anEvent(`u-${person.id}`)]);
      expect(await f.people.findById('tijuana', person.id)).toEqual({ ...changed, version: 2 });
      await expect(f.people.update(changed, 1, [anEvent(`v-${person.id}`)])).rejects.toBeInstanceOf(VersionConflictError);
      await expect(f.people.update({ ...changed, tenant: 'tapachula' }, 2, [anEvent(`w-${person.id}`)])).rejects.toBeInstanceOf(NotFoundError);
      expect(await f.outbox.countPending()).toBe(1);
      expect((await f.people.findByNameAndYear('tijuana', ['mari'], 1994, 10)).map((p) => p.id)).toEqual([person.id]);
    });

    it('stores the details sealed and the match keys as blind indexes: a raw read shows no name, alias, birth, nationality, document or contact', async () => {
      const person = aPerson({
        details: {
          alias: 'Mari',
          dateOfBirth: '1994-03-02',
          contactChannels: [{ channel: 'whatsapp', value: '+526649876543' }],
          identityDocuments: [{ type: 'CURP', number: 'GAPM900101MNEXXX09' }],
        },
      });
      await f.people.add(person, []);
      const raw = await f.raw('people', person.id);
      expect(raw).not.toBeNull();
      expect(raw?.['details']).toMatch(/^cx1\./);
      expect(f.keys.open('tijuana', 'people.details', String(raw?.['details']))).toEqual(person.details);
      expect(raw?.['matchKeys']).toEqual({
        names: [f.keys.blindIndex('tijuana', 'name:marie joseph|1994'), f.keys.blindIndex('tijuana', 'name:mari|1994')],
        documents: [f.keys.blindIndex('tijuana', 'document:CURP:GAPM900101MNEXXX09')],
      });
      const text = textOf(raw);
      for (const secret of ['Marie', '"Mari"', 'marie joseph', ':1994', '1994-03-02', 'GAPM900101MNEXXX09', '9876543', '"HT"', 'whatsapp', 'female']) expect(text).not.toContain(secret);
      expect(await f.people.findById('tijuana', person.id)).toEqual(person);
    });

    it('keys the blind indexes per centre: the same person at two centres shares no index value', async () => {
      const documents = [{ type: 'CURP' as const, number: 'GAPM900101MNEXXX09' }];
      const here = aPerson({ details: { identityDocuments: documents } });
      const there = aPerson({ tenant: 'tapachula', details: { identityDocuments: documents } });
      await f.people.add(here, []);
      await f.people.add(there, []);
      const [a, b] = [await f.raw('people', here.id), await f.raw('people', there.id)];
      const indexes = (doc: Record<string, unknown> | null) => Object.values((doc?.['matchKeys'] ?? {}) as Record<string, string[]>).flat();
      expect(indexes(a).length).toBeGreaterThan(0);
      expect(indexes(a).filter((value) => indexes(b).includes(value))).toEqual([]);
    });

    it('finds a person by name only with the year folded in: the same name in another year is not a candidate', async () => {
      const marie = aPerson();
      await f.people.add(marie, []);
      expect(await f.people.findByNameAndYear('tijuana', ['marie joseph'], 1995, 10)).toEqual([]);
      expect((await f.people.findByNameAndYear('tijuana', ['marie joseph'], 1994, 10)).map((p) => p.id)).toEqual([marie.id]);
    });
  });
}
